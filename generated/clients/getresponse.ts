// Generated from providers/getresponse.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/getresponse.js';

/**
 * GetResponse through the Switchboard gateway: Lists (campaigns), contacts, custom fields, tags, segments, newsletters, autoresponders and sender addresses of a GetResponse account.
 */
export interface GetresponseClient {
    /**
     * Read the account owner's name, company, address and time zone.
     *
     * `GET /v3/accounts`
     */
    getAccount(args?: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List the campaigns (contact lists) of the account.
     *
     * `GET /v3/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Read a campaign with its confirmation, profile, postal and opt-in settings.
     *
     * `GET /v3/campaigns/{campaignId}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * Create a campaign (contact list).
     *
     * `POST /v3/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * List contacts, filtered by campaign, email, name, origin or dates.
     *
     * `GET /v3/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read a contact with its tags, custom field values and location.
     *
     * `GET /v3/contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Add a contact to a campaign; the contact is created in the background.
     *
     * `POST /v3/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's name, campaign, cycle day, tags, custom fields or note.
     *
     * `POST /v3/contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /v3/contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the custom contact fields.
     *
     * `GET /v3/custom-fields`
     */
    listCustomFields: {
        (args?: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomFields"]>, void, undefined>;
    };
    /**
     * List the tags.
     *
     * `GET /v3/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag.
     *
     * `POST /v3/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * List saved contact searches (segments).
     *
     * `GET /v3/search-contacts`
     */
    listSearchContacts: {
        (args?: Args<operations["listSearchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listSearchContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSearchContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSearchContacts"]>, void, undefined>;
    };
    /**
     * List the contacts matching a saved search (segment).
     *
     * `GET /v3/search-contacts/{searchContactId}/contacts`
     */
    listSearchContactsContacts: {
        (args: Args<operations["listSearchContactsContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listSearchContactsContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSearchContactsContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSearchContactsContacts"]>, void, undefined>;
    };
    /**
     * Create a newsletter and send it now or at a set time, or save it as a draft.
     *
     * `POST /v3/newsletters`
     */
    createNewsletter(args: Args<operations["createNewsletter"]>, options?: CallOptions): Promise<Result<Data<operations["createNewsletter"]>>>;
    /**
     * List autoresponder messages, filtered by campaign, status, type or date.
     *
     * `GET /v3/autoresponders`
     */
    listAutoresponders: {
        (args?: Args<operations["listAutoresponders"]>, options?: CallOptions): Promise<Result<Data<operations["listAutoresponders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAutoresponders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutoresponders"]>, void, undefined>;
    };
    /**
     * List the sender addresses (from fields) the account may send from.
     *
     * `GET /v3/from-fields`
     */
    listFromFields: {
        (args?: Args<operations["listFromFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFromFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFromFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFromFields"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The GetResponse client: `const api = getresponse(new Switchboard({ baseUrl, apiKey }))`.
 */
export function getresponse(client: Switchboard): GetresponseClient {
    const app = "getresponse";
    return {
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as GetresponseClient["listCampaigns"],
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as GetresponseClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listCustomFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomFields, args, options) }) as GetresponseClient["listCustomFields"],
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as GetresponseClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        listSearchContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSearchContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSearchContacts, args, options) }) as GetresponseClient["listSearchContacts"],
        listSearchContactsContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSearchContactsContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSearchContactsContacts, args, options) }) as GetresponseClient["listSearchContactsContacts"],
        createNewsletter: (args, options) => client.call(app, routes.createNewsletter, args, options),
        listAutoresponders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutoresponders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutoresponders, args, options) }) as GetresponseClient["listAutoresponders"],
        listFromFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFromFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFromFields, args, options) }) as GetresponseClient["listFromFields"],
    };
}