// Generated from providers/active-campaign.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/active-campaign.js';

/**
 * ActiveCampaign through the Switchboard gateway: Contacts, tags, lists, deals and pipelines, automations, campaigns, users, fields, notes and webhooks in ActiveCampaign.
 */
export interface ActiveCampaignClient {
    /**
     * List contacts, optionally filtered by email, list, tag, segment, status or dates.
     *
     * `GET /api/3/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read a contact together with its lists, tags, deals and field values.
     *
     * `GET /api/3/contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact; an email address that already exists is rejected.
     *
     * `POST /api/3/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's email, name, phone or custom field values.
     *
     * `PUT /api/3/contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /api/3/contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the account's tags.
     *
     * `GET /api/3/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a contact or template tag.
     *
     * `POST /api/3/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Put a tag on a contact.
     *
     * `POST /api/3/contactTags`
     */
    addContactTag(args: Args<operations["addContactTag"]>, options?: CallOptions): Promise<Result<Data<operations["addContactTag"]>>>;
    /**
     * Take a tag off a contact, using the id of the contact-tag link.
     *
     * `DELETE /api/3/contactTags/{contactTagId}`
     */
    removeContactTag(args: Args<operations["removeContactTag"]>, options?: CallOptions): Promise<Result<Data<operations["removeContactTag"]>>>;
    /**
     * List the account's mailing lists.
     *
     * `GET /api/3/lists`
     */
    listLists: {
        (args?: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLists"]>, void, undefined>;
    };
    /**
     * Create a mailing list.
     *
     * `POST /api/3/lists`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * List deals, optionally filtered by pipeline, stage, owner, status or dates.
     *
     * `GET /api/3/deals`
     */
    listDeals: {
        (args?: Args<operations["listDeals"]>, options?: CallOptions): Promise<Result<Data<operations["listDeals"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDeals"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDeals"]>, void, undefined>;
    };
    /**
     * Create a deal in a pipeline stage, linked to a contact.
     *
     * `POST /api/3/deals`
     */
    createDeal(args: Args<operations["createDeal"]>, options?: CallOptions): Promise<Result<Data<operations["createDeal"]>>>;
    /**
     * List the stages of deal pipelines.
     *
     * `GET /api/3/dealStages`
     */
    listDealStages: {
        (args?: Args<operations["listDealStages"]>, options?: CallOptions): Promise<Result<Data<operations["listDealStages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDealStages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDealStages"]>, void, undefined>;
    };
    /**
     * List the deal pipelines.
     *
     * `GET /api/3/dealGroups`
     */
    listDealGroups: {
        (args?: Args<operations["listDealGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listDealGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDealGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDealGroups"]>, void, undefined>;
    };
    /**
     * List the account's automations.
     *
     * `GET /api/3/automations`
     */
    listAutomations: {
        (args?: Args<operations["listAutomations"]>, options?: CallOptions): Promise<Result<Data<operations["listAutomations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAutomations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutomations"]>, void, undefined>;
    };
    /**
     * List email campaigns with their status and send statistics.
     *
     * `GET /api/3/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * List the users of the account.
     *
     * `GET /api/3/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * List the companies (accounts) stored in the CRM.
     *
     * `GET /api/3/accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * List the custom contact fields with their options.
     *
     * `GET /api/3/fields`
     */
    listFields: {
        (args?: Args<operations["listFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFields"]>, void, undefined>;
    };
    /**
     * List notes attached to contacts, deals and accounts.
     *
     * `GET /api/3/notes`
     */
    listNotes: {
        (args?: Args<operations["listNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listNotes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listNotes"]>, void, undefined>;
    };
    /**
     * List the webhooks registered on the account.
     *
     * `GET /api/3/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The ActiveCampaign client: `const api = activeCampaign(new Switchboard({ baseUrl, apiKey }))`.
 */
export function activeCampaign(client: Switchboard): ActiveCampaignClient {
    const app = "active-campaign";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ActiveCampaignClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as ActiveCampaignClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        addContactTag: (args, options) => client.call(app, routes.addContactTag, args, options),
        removeContactTag: (args, options) => client.call(app, routes.removeContactTag, args, options),
        listLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLists, args, options) }) as ActiveCampaignClient["listLists"],
        createList: (args, options) => client.call(app, routes.createList, args, options),
        listDeals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDeals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDeals, args, options) }) as ActiveCampaignClient["listDeals"],
        createDeal: (args, options) => client.call(app, routes.createDeal, args, options),
        listDealStages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDealStages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDealStages, args, options) }) as ActiveCampaignClient["listDealStages"],
        listDealGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDealGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDealGroups, args, options) }) as ActiveCampaignClient["listDealGroups"],
        listAutomations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutomations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutomations, args, options) }) as ActiveCampaignClient["listAutomations"],
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as ActiveCampaignClient["listCampaigns"],
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as ActiveCampaignClient["listUsers"],
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as ActiveCampaignClient["listAccounts"],
        listFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFields, args, options) }) as ActiveCampaignClient["listFields"],
        listNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listNotes, args, options) }) as ActiveCampaignClient["listNotes"],
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as ActiveCampaignClient["listWebhooks"],
    };
}