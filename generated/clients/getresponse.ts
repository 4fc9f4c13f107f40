// Generated from providers/getresponse.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/getresponse.js';

/**
 * GetResponse through the Switchboard gateway: Lists (campaigns), contacts, custom fields, tags, segments, newsletters, autoresponders and sender addresses of a GetResponse account.
 */
export interface GetresponseClient {
    /** Read the account owner's name, company, address and time zone. `GET /v3/accounts` */
    getAccount: Call<operations["getAccount"]>;
    /** List the campaigns (contact lists) of the account. `GET /v3/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Read a campaign with its confirmation, profile, postal and opt-in settings. `GET /v3/campaigns/{campaignId}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** Create a campaign (contact list). `POST /v3/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** List contacts, filtered by campaign, email, name, origin or dates. `GET /v3/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read a contact with its tags, custom field values and location. `GET /v3/contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Add a contact to a campaign; the contact is created in the background. `POST /v3/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's name, campaign, cycle day, tags, custom fields or note. `POST /v3/contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /v3/contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the custom contact fields. `GET /v3/custom-fields` */
    listCustomFields: Paged<operations["listCustomFields"]>;
    /** List the tags. `GET /v3/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag. `POST /v3/tags` */
    createTag: Call<operations["createTag"]>;
    /** List saved contact searches (segments). `GET /v3/search-contacts` */
    listSearchContacts: Paged<operations["listSearchContacts"]>;
    /** List the contacts matching a saved search (segment). `GET /v3/search-contacts/{searchContactId}/contacts` */
    listSearchContactsContacts: Paged<operations["listSearchContactsContacts"]>;
    /** Create a newsletter and send it now or at a set time, or save it as a draft. `POST /v3/newsletters` */
    createNewsletter: Call<operations["createNewsletter"]>;
    /** List autoresponder messages, filtered by campaign, status, type or date. `GET /v3/autoresponders` */
    listAutoresponders: Paged<operations["listAutoresponders"]>;
    /** List the sender addresses (from fields) the account may send from. `GET /v3/from-fields` */
    listFromFields: Paged<operations["listFromFields"]>;
}

const routes: Routes<GetresponseClient> = {
    getAccount: {"method":"GET","path":"/v3/accounts"},
    listCampaigns: {"method":"GET","path":"/v3/campaigns","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getCampaign: {"method":"GET","path":"/v3/campaigns/{campaignId}"},
    createCampaign: {"method":"POST","path":"/v3/campaigns","body":"application/json"},
    listContacts: {"method":"GET","path":"/v3/contacts","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getContact: {"method":"GET","path":"/v3/contacts/{contactId}"},
    createContact: {"method":"POST","path":"/v3/contacts","body":"application/json"},
    updateContact: {"method":"POST","path":"/v3/contacts/{contactId}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v3/contacts/{contactId}"},
    listCustomFields: {"method":"GET","path":"/v3/custom-fields","paging":{"style":"page","pageParam":"page","firstPage":1}},
    listTags: {"method":"GET","path":"/v3/tags","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTag: {"method":"POST","path":"/v3/tags","body":"application/json"},
    listSearchContacts: {"method":"GET","path":"/v3/search-contacts","paging":{"style":"page","pageParam":"page","firstPage":1}},
    listSearchContactsContacts: {"method":"GET","path":"/v3/search-contacts/{searchContactId}/contacts","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createNewsletter: {"method":"POST","path":"/v3/newsletters","body":"application/json"},
    listAutoresponders: {"method":"GET","path":"/v3/autoresponders","paging":{"style":"page","pageParam":"page","firstPage":1}},
    listFromFields: {"method":"GET","path":"/v3/from-fields","paging":{"style":"page","pageParam":"page","firstPage":1}},
};

/**
 * The GetResponse client: `const api = getresponse(new Switchboard({ baseUrl, apiKey }))`.
 */
export const getresponse = (sb: Switchboard): GetresponseClient => bindClient<GetresponseClient>(sb, "getresponse", routes);
