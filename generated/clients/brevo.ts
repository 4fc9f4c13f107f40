// Generated from providers/brevo.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/brevo.js';

/**
 * Brevo through the Switchboard gateway: Contacts, lists and folders, transactional email, email templates, campaigns and senders of a Brevo (ex-Sendinblue) account.
 */
export interface BrevoClient {
    /**
     * Read the account owner, company, plan and email credits.
     *
     * `GET /v3/account`
     */
    getAccount(args?: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List contacts a page at a time, optionally only those changed or created since a date.
     *
     * `GET /v3/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with its attributes, lists and campaign statistics.
     *
     * `GET /v3/contacts/{identifier}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Add a contact with attributes and list memberships, or update it when updateEnabled is set.
     *
     * `POST /v3/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's attributes, blocklist flags or list memberships.
     *
     * `PUT /v3/contacts/{identifier}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /v3/contacts/{identifier}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the contact attributes defined in the account, by category.
     *
     * `GET /v3/contacts/attributes`
     */
    listContactAttributes(args?: Args<operations["listContactAttributes"]>, options?: CallOptions): Promise<Result<Data<operations["listContactAttributes"]>>>;
    /**
     * List the contact lists with their subscriber counts.
     *
     * `GET /v3/contacts/lists`
     */
    listLists: {
        (args?: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLists"]>, void, undefined>;
    };
    /**
     * Create a contact list inside a folder.
     *
     * `POST /v3/contacts/lists`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * Add existing contacts to a list by email address, id or ext_id (up to 150 per call).
     *
     * `POST /v3/contacts/lists/{listId}/contacts/add`
     */
    addContactsToList(args: Args<operations["addContactsToList"]>, options?: CallOptions): Promise<Result<Data<operations["addContactsToList"]>>>;
    /**
     * List the folders that group contact lists.
     *
     * `GET /v3/contacts/folders`
     */
    listFolders: {
        (args?: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFolders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolders"]>, void, undefined>;
    };
    /**
     * Create a folder for contact lists.
     *
     * `POST /v3/contacts/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Send a transactional email from inline content or a stored template.
     *
     * `POST /v3/smtp/email`
     */
    sendTransactionalEmail(args: Args<operations["sendTransactionalEmail"]>, options?: CallOptions): Promise<Result<Data<operations["sendTransactionalEmail"]>>>;
    /**
     * List delivery events (sent, opened, clicked, bounced …) of transactional email.
     *
     * `GET /v3/smtp/statistics/events`
     */
    listTransactionalEvents: {
        (args?: Args<operations["listTransactionalEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listTransactionalEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTransactionalEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTransactionalEvents"]>, void, undefined>;
    };
    /**
     * List the stored email templates, optionally only active or inactive ones.
     *
     * `GET /v3/smtp/templates`
     */
    listTemplates: {
        (args?: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * Store an email template with its sender, subject and HTML.
     *
     * `POST /v3/smtp/templates`
     */
    createTemplate(args: Args<operations["createTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createTemplate"]>>>;
    /**
     * List email campaigns, filtered by type, status or send date.
     *
     * `GET /v3/emailCampaigns`
     */
    listEmailCampaigns: {
        (args?: Args<operations["listEmailCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmailCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmailCampaigns"]>, void, undefined>;
    };
    /**
     * Create an email campaign for lists or segments, optionally scheduled.
     *
     * `POST /v3/emailCampaigns`
     */
    createEmailCampaign(args: Args<operations["createEmailCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createEmailCampaign"]>>>;
    /**
     * Send a draft email campaign immediately.
     *
     * `POST /v3/emailCampaigns/{campaignId}/sendNow`
     */
    sendEmailCampaignNow(args: Args<operations["sendEmailCampaignNow"]>, options?: CallOptions): Promise<Result<Data<operations["sendEmailCampaignNow"]>>>;
    /**
     * List the sender identities, optionally those tied to a dedicated IP or domain.
     *
     * `GET /v3/senders`
     */
    listSenders(args?: Args<operations["listSenders"]>, options?: CallOptions): Promise<Result<Data<operations["listSenders"]>>>;
    /**
     * Add a sender identity; Brevo emails the address to confirm it.
     *
     * `POST /v3/senders`
     */
    createSender(args: Args<operations["createSender"]>, options?: CallOptions): Promise<Result<Data<operations["createSender"]>>>;
}

const routes = {
    getAccount: {"method":"GET","path":"/v3/account"},
    listContacts: {"method":"GET","path":"/v3/contacts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"contacts","total":"count"}},
    getContact: {"method":"GET","path":"/v3/contacts/{identifier}"},
    createContact: {"method":"POST","path":"/v3/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/v3/contacts/{identifier}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v3/contacts/{identifier}"},
    listContactAttributes: {"method":"GET","path":"/v3/contacts/attributes"},
    listLists: {"method":"GET","path":"/v3/contacts/lists","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"lists","total":"count"}},
    createList: {"method":"POST","path":"/v3/contacts/lists","body":"application/json"},
    addContactsToList: {"method":"POST","path":"/v3/contacts/lists/{listId}/contacts/add","body":"application/json"},
    listFolders: {"method":"GET","path":"/v3/contacts/folders","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"folders","total":"count"}},
    createFolder: {"method":"POST","path":"/v3/contacts/folders","body":"application/json"},
    sendTransactionalEmail: {"method":"POST","path":"/v3/smtp/email","body":"application/json"},
    listTransactionalEvents: {"method":"GET","path":"/v3/smtp/statistics/events","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"events"}},
    listTemplates: {"method":"GET","path":"/v3/smtp/templates","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"templates","total":"count"}},
    createTemplate: {"method":"POST","path":"/v3/smtp/templates","body":"application/json"},
    listEmailCampaigns: {"method":"GET","path":"/v3/emailCampaigns","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"campaigns","total":"count"}},
    createEmailCampaign: {"method":"POST","path":"/v3/emailCampaigns","body":"application/json"},
    sendEmailCampaignNow: {"method":"POST","path":"/v3/emailCampaigns/{campaignId}/sendNow"},
    listSenders: {"method":"GET","path":"/v3/senders"},
    createSender: {"method":"POST","path":"/v3/senders","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Brevo client: `const api = brevo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function brevo(client: Switchboard): BrevoClient {
    const app = "brevo";
    return {
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as BrevoClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listContactAttributes: (args, options) => client.call(app, routes.listContactAttributes, args, options),
        listLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLists, args, options) }) as BrevoClient["listLists"],
        createList: (args, options) => client.call(app, routes.createList, args, options),
        addContactsToList: (args, options) => client.call(app, routes.addContactsToList, args, options),
        listFolders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolders, args, options) }) as BrevoClient["listFolders"],
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        sendTransactionalEmail: (args, options) => client.call(app, routes.sendTransactionalEmail, args, options),
        listTransactionalEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTransactionalEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTransactionalEvents, args, options) }) as BrevoClient["listTransactionalEvents"],
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as BrevoClient["listTemplates"],
        createTemplate: (args, options) => client.call(app, routes.createTemplate, args, options),
        listEmailCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmailCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmailCampaigns, args, options) }) as BrevoClient["listEmailCampaigns"],
        createEmailCampaign: (args, options) => client.call(app, routes.createEmailCampaign, args, options),
        sendEmailCampaignNow: (args, options) => client.call(app, routes.sendEmailCampaignNow, args, options),
        listSenders: (args, options) => client.call(app, routes.listSenders, args, options),
        createSender: (args, options) => client.call(app, routes.createSender, args, options),
    };
}