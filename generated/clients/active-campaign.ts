// Generated from providers/active-campaign.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/active-campaign.js';

/**
 * ActiveCampaign through the Switchboard gateway: Contacts, tags, lists, deals and pipelines, automations, campaigns, users, fields, notes and webhooks in ActiveCampaign.
 */
export interface ActiveCampaignClient {
    /** List contacts, optionally filtered by email, list, tag, segment, status or dates. `GET /api/3/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read a contact together with its lists, tags, deals and field values. `GET /api/3/contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact; an email address that already exists is rejected. `POST /api/3/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's email, name, phone or custom field values. `PUT /api/3/contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /api/3/contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the account's tags. `GET /api/3/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a contact or template tag. `POST /api/3/tags` */
    createTag: Call<operations["createTag"]>;
    /** Put a tag on a contact. `POST /api/3/contactTags` */
    addContactTag: Call<operations["addContactTag"]>;
    /** Take a tag off a contact, using the id of the contact-tag link. `DELETE /api/3/contactTags/{contactTagId}` */
    removeContactTag: Call<operations["removeContactTag"]>;
    /** List the account's mailing lists. `GET /api/3/lists` */
    listLists: Paged<operations["listLists"]>;
    /** Create a mailing list. `POST /api/3/lists` */
    createList: Call<operations["createList"]>;
    /** List deals, optionally filtered by pipeline, stage, owner, status or dates. `GET /api/3/deals` */
    listDeals: Paged<operations["listDeals"]>;
    /** Create a deal in a pipeline stage, linked to a contact. `POST /api/3/deals` */
    createDeal: Call<operations["createDeal"]>;
    /** List the stages of deal pipelines. `GET /api/3/dealStages` */
    listDealStages: Paged<operations["listDealStages"]>;
    /** List the deal pipelines. `GET /api/3/dealGroups` */
    listDealGroups: Paged<operations["listDealGroups"]>;
    /** List the account's automations. `GET /api/3/automations` */
    listAutomations: Paged<operations["listAutomations"]>;
    /** List email campaigns with their status and send statistics. `GET /api/3/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** List the users of the account. `GET /api/3/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** List the companies (accounts) stored in the CRM. `GET /api/3/accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** List the custom contact fields with their options. `GET /api/3/fields` */
    listFields: Paged<operations["listFields"]>;
    /** List notes attached to contacts, deals and accounts. `GET /api/3/notes` */
    listNotes: Paged<operations["listNotes"]>;
    /** List the webhooks registered on the account. `GET /api/3/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
}

const routes: Routes<ActiveCampaignClient> = {
    listContacts: {"method":"GET","path":"/api/3/contacts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"contacts","total":"meta.total"}},
    getContact: {"method":"GET","path":"/api/3/contacts/{contactId}"},
    createContact: {"method":"POST","path":"/api/3/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/api/3/contacts/{contactId}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/api/3/contacts/{contactId}"},
    listTags: {"method":"GET","path":"/api/3/tags","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"tags","total":"meta.total"}},
    createTag: {"method":"POST","path":"/api/3/tags","body":"application/json"},
    addContactTag: {"method":"POST","path":"/api/3/contactTags","body":"application/json"},
    removeContactTag: {"method":"DELETE","path":"/api/3/contactTags/{contactTagId}"},
    listLists: {"method":"GET","path":"/api/3/lists","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"lists","total":"meta.total"}},
    createList: {"method":"POST","path":"/api/3/lists","body":"application/json"},
    listDeals: {"method":"GET","path":"/api/3/deals","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"deals","total":"meta.total"}},
    createDeal: {"method":"POST","path":"/api/3/deals","body":"application/json"},
    listDealStages: {"method":"GET","path":"/api/3/dealStages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"dealStages","total":"meta.total"}},
    listDealGroups: {"method":"GET","path":"/api/3/dealGroups","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"dealGroups","total":"meta.total"}},
    listAutomations: {"method":"GET","path":"/api/3/automations","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"automations","total":"meta.total"}},
    listCampaigns: {"method":"GET","path":"/api/3/campaigns","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"campaigns","total":"meta.total"}},
    listUsers: {"method":"GET","path":"/api/3/users","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"users","total":"meta.total"}},
    listAccounts: {"method":"GET","path":"/api/3/accounts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"accounts","total":"meta.total"}},
    listFields: {"method":"GET","path":"/api/3/fields","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"fields","total":"meta.total"}},
    listNotes: {"method":"GET","path":"/api/3/notes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"notes","total":"meta.total"}},
    listWebhooks: {"method":"GET","path":"/api/3/webhooks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"webhooks","total":"meta.total"}},
};

/**
 * The ActiveCampaign client: `const api = activeCampaign(new Switchboard({ baseUrl, apiKey }))`.
 */
export const activeCampaign = (sb: Switchboard): ActiveCampaignClient => bindClient<ActiveCampaignClient>(sb, "active-campaign", routes);
