// Generated from providers/sendgrid.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sendgrid.js';

/**
 * SendGrid through the Switchboard gateway: Mail sending, marketing contacts, lists and segments, templates, sender identities, suppressions, statistics and API keys of a Twilio SendGrid account.
 */
export interface SendgridClient {
    /**
     * Send an email to one or more recipients, inline or from a template.
     *
     * `POST /v3/mail/send`
     */
    sendMail(args: Args<operations["sendMail"]>, options?: CallOptions): Promise<Result<Data<operations["sendMail"]>>>;
    /**
     * Read the name, company and postal details of the account's user.
     *
     * `GET /v3/user/profile`
     */
    getUserProfile(args?: Args<operations["getUserProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getUserProfile"]>>>;
    /**
     * Read the account type (free or paid) and sender reputation.
     *
     * `GET /v3/user/account`
     */
    getUserAccount(args?: Args<operations["getUserAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getUserAccount"]>>>;
    /**
     * Return a sample of up to 50 of the most recent contacts and the total count.
     *
     * `GET /v3/marketing/contacts`
     */
    listContacts(args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
    /**
     * Add or update up to 30,000 contacts, optionally adding them to lists, as a background job.
     *
     * `PUT /v3/marketing/contacts`
     */
    upsertContacts(args: Args<operations["upsertContacts"]>, options?: CallOptions): Promise<Result<Data<operations["upsertContacts"]>>>;
    /**
     * Delete contacts by id, or every contact, as a background job.
     *
     * `DELETE /v3/marketing/contacts`
     */
    deleteContacts(args?: Args<operations["deleteContacts"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContacts"]>>>;
    /**
     * Find contacts with an SGQL condition (up to 100 results).
     *
     * `POST /v3/marketing/contacts/search`
     */
    searchContacts(args: Args<operations["searchContacts"]>, options?: CallOptions): Promise<Result<Data<operations["searchContacts"]>>>;
    /**
     * List marketing lists with their contact counts.
     *
     * `GET /v3/marketing/lists`
     */
    listLists: {
        (args?: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLists"]>, void, undefined>;
    };
    /**
     * Create a marketing list.
     *
     * `POST /v3/marketing/lists`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * Read a marketing list, optionally with a sample of its contacts.
     *
     * `GET /v3/marketing/lists/{list_id}`
     */
    getList(args: Args<operations["getList"]>, options?: CallOptions): Promise<Result<Data<operations["getList"]>>>;
    /**
     * Rename a marketing list.
     *
     * `PATCH /v3/marketing/lists/{list_id}`
     */
    updateList(args: Args<operations["updateList"]>, options?: CallOptions): Promise<Result<Data<operations["updateList"]>>>;
    /**
     * Delete a marketing list, and optionally the contacts on it.
     *
     * `DELETE /v3/marketing/lists/{list_id}`
     */
    deleteList(args: Args<operations["deleteList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteList"]>>>;
    /**
     * List segments, optionally by id or by the list they are built on.
     *
     * `GET /v3/marketing/segments`
     */
    listSegments(args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
    /**
     * Create a segment from an SGQL condition, over all contacts or one list.
     *
     * `POST /v3/marketing/segments`
     */
    createSegment(args: Args<operations["createSegment"]>, options?: CallOptions): Promise<Result<Data<operations["createSegment"]>>>;
    /**
     * Delete a segment (its contacts stay).
     *
     * `DELETE /v3/marketing/segments/{segment_id}`
     */
    deleteSegment(args: Args<operations["deleteSegment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSegment"]>>>;
    /**
     * List transactional templates of the legacy or dynamic generation.
     *
     * `GET /v3/templates`
     */
    listTemplates: {
        (args: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * Create a transactional template (versions with content are added separately).
     *
     * `POST /v3/templates`
     */
    createTemplate(args: Args<operations["createTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createTemplate"]>>>;
    /**
     * Read a template with all of its versions.
     *
     * `GET /v3/templates/{template_id}`
     */
    getTemplate(args: Args<operations["getTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["getTemplate"]>>>;
    /**
     * Rename a template.
     *
     * `PATCH /v3/templates/{template_id}`
     */
    updateTemplate(args: Args<operations["updateTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["updateTemplate"]>>>;
    /**
     * Delete a template and its versions.
     *
     * `DELETE /v3/templates/{template_id}`
     */
    deleteTemplate(args: Args<operations["deleteTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTemplate"]>>>;
    /**
     * List the sender identities used by marketing campaigns.
     *
     * `GET /v3/senders`
     */
    listSenders(args?: Args<operations["listSenders"]>, options?: CallOptions): Promise<Result<Data<operations["listSenders"]>>>;
    /**
     * Create a sender identity with its from address and postal address; SendGrid asks the address to verify.
     *
     * `POST /v3/senders`
     */
    createSender(args: Args<operations["createSender"]>, options?: CallOptions): Promise<Result<Data<operations["createSender"]>>>;
    /**
     * Change fields of a sender identity (a new from address needs verifying again).
     *
     * `PATCH /v3/senders/{sender_id}`
     */
    updateSender(args: Args<operations["updateSender"]>, options?: CallOptions): Promise<Result<Data<operations["updateSender"]>>>;
    /**
     * Delete a sender identity.
     *
     * `DELETE /v3/senders/{sender_id}`
     */
    deleteSender(args: Args<operations["deleteSender"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSender"]>>>;
    /**
     * List addresses that bounced, newest first.
     *
     * `GET /v3/suppression/bounces`
     */
    listBounces: {
        (args?: Args<operations["listBounces"]>, options?: CallOptions): Promise<Result<Data<operations["listBounces"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBounces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBounces"]>, void, undefined>;
    };
    /**
     * List addresses whose receiving server refused mail.
     *
     * `GET /v3/suppression/blocks`
     */
    listBlocks: {
        (args?: Args<operations["listBlocks"]>, options?: CallOptions): Promise<Result<Data<operations["listBlocks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBlocks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBlocks"]>, void, undefined>;
    };
    /**
     * List addresses rejected as malformed or non-existent.
     *
     * `GET /v3/suppression/invalid_emails`
     */
    listInvalidEmails: {
        (args?: Args<operations["listInvalidEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listInvalidEmails"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listInvalidEmails"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInvalidEmails"]>, void, undefined>;
    };
    /**
     * List addresses whose owners marked mail as spam.
     *
     * `GET /v3/suppression/spam_reports`
     */
    listSpamReports: {
        (args?: Args<operations["listSpamReports"]>, options?: CallOptions): Promise<Result<Data<operations["listSpamReports"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSpamReports"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSpamReports"]>, void, undefined>;
    };
    /**
     * List addresses that unsubscribed from all email of the account.
     *
     * `GET /v3/suppression/unsubscribes`
     */
    listGlobalUnsubscribes: {
        (args?: Args<operations["listGlobalUnsubscribes"]>, options?: CallOptions): Promise<Result<Data<operations["listGlobalUnsubscribes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGlobalUnsubscribes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGlobalUnsubscribes"]>, void, undefined>;
    };
    /**
     * List the unsubscribe groups (suppression groups) recipients can opt out of.
     *
     * `GET /v3/asm/groups`
     */
    listUnsubscribeGroups(args?: Args<operations["listUnsubscribeGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listUnsubscribeGroups"]>>>;
    /**
     * Create an unsubscribe group.
     *
     * `POST /v3/asm/groups`
     */
    createUnsubscribeGroup(args: Args<operations["createUnsubscribeGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createUnsubscribeGroup"]>>>;
    /**
     * Change the name, description or default flag of an unsubscribe group.
     *
     * `PATCH /v3/asm/groups/{group_id}`
     */
    updateUnsubscribeGroup(args: Args<operations["updateUnsubscribeGroup"]>, options?: CallOptions): Promise<Result<Data<operations["updateUnsubscribeGroup"]>>>;
    /**
     * Delete an unsubscribe group (its unsubscribes are dropped with it).
     *
     * `DELETE /v3/asm/groups/{group_id}`
     */
    deleteUnsubscribeGroup(args: Args<operations["deleteUnsubscribeGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteUnsubscribeGroup"]>>>;
    /**
     * Email activity totals (requests, deliveries, opens, clicks, bounces …) per day, week or month.
     *
     * `GET /v3/stats`
     */
    getGlobalStats: {
        (args: Args<operations["getGlobalStats"]>, options?: CallOptions): Promise<Result<Data<operations["getGlobalStats"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getGlobalStats"]>, options?: CallOptions): AsyncGenerator<Data<operations["getGlobalStats"]>, void, undefined>;
    };
    /**
     * Email activity per category for up to 10 categories.
     *
     * `GET /v3/categories/stats`
     */
    getCategoryStats: {
        (args: Args<operations["getCategoryStats"]>, options?: CallOptions): Promise<Result<Data<operations["getCategoryStats"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getCategoryStats"]>, options?: CallOptions): AsyncGenerator<Data<operations["getCategoryStats"]>, void, undefined>;
    };
    /**
     * Email activity broken down by receiving mailbox provider (Gmail, Outlook …).
     *
     * `GET /v3/mailbox_providers/stats`
     */
    getMailboxProviderStats: {
        (args: Args<operations["getMailboxProviderStats"]>, options?: CallOptions): Promise<Result<Data<operations["getMailboxProviderStats"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getMailboxProviderStats"]>, options?: CallOptions): AsyncGenerator<Data<operations["getMailboxProviderStats"]>, void, undefined>;
    };
    /**
     * List the account's API keys by id and name (secrets are never shown again).
     *
     * `GET /v3/api_keys`
     */
    listApiKeys(args?: Args<operations["listApiKeys"]>, options?: CallOptions): Promise<Result<Data<operations["listApiKeys"]>>>;
    /**
     * Create an API key with a set of scopes; the secret is only returned in this answer.
     *
     * `POST /v3/api_keys`
     */
    createApiKey(args: Args<operations["createApiKey"]>, options?: CallOptions): Promise<Result<Data<operations["createApiKey"]>>>;
    /**
     * Rename an API key.
     *
     * `PATCH /v3/api_keys/{api_key_id}`
     */
    updateApiKey(args: Args<operations["updateApiKey"]>, options?: CallOptions): Promise<Result<Data<operations["updateApiKey"]>>>;
    /**
     * Revoke an API key.
     *
     * `DELETE /v3/api_keys/{api_key_id}`
     */
    deleteApiKey(args: Args<operations["deleteApiKey"]>, options?: CallOptions): Promise<Result<Data<operations["deleteApiKey"]>>>;
}

const routes = {
    sendMail: {"method":"POST","path":"/v3/mail/send","body":"application/json"},
    getUserProfile: {"method":"GET","path":"/v3/user/profile"},
    getUserAccount: {"method":"GET","path":"/v3/user/account"},
    listContacts: {"method":"GET","path":"/v3/marketing/contacts"},
    upsertContacts: {"method":"PUT","path":"/v3/marketing/contacts","body":"application/json"},
    deleteContacts: {"method":"DELETE","path":"/v3/marketing/contacts","comma":["ids"]},
    searchContacts: {"method":"POST","path":"/v3/marketing/contacts/search","body":"application/json"},
    listLists: {"method":"GET","path":"/v3/marketing/lists","paging":{"style":"url","nextUrl":"_metadata.next"}},
    createList: {"method":"POST","path":"/v3/marketing/lists","body":"application/json"},
    getList: {"method":"GET","path":"/v3/marketing/lists/{list_id}"},
    updateList: {"method":"PATCH","path":"/v3/marketing/lists/{list_id}","body":"application/json"},
    deleteList: {"method":"DELETE","path":"/v3/marketing/lists/{list_id}"},
    listSegments: {"method":"GET","path":"/v3/marketing/segments","comma":["ids"]},
    createSegment: {"method":"POST","path":"/v3/marketing/segments","body":"application/json"},
    deleteSegment: {"method":"DELETE","path":"/v3/marketing/segments/{segment_id}"},
    listTemplates: {"method":"GET","path":"/v3/templates","paging":{"style":"url","nextUrl":"_metadata.next"}},
    createTemplate: {"method":"POST","path":"/v3/templates","body":"application/json"},
    getTemplate: {"method":"GET","path":"/v3/templates/{template_id}"},
    updateTemplate: {"method":"PATCH","path":"/v3/templates/{template_id}","body":"application/json"},
    deleteTemplate: {"method":"DELETE","path":"/v3/templates/{template_id}"},
    listSenders: {"method":"GET","path":"/v3/senders"},
    createSender: {"method":"POST","path":"/v3/senders","body":"application/json"},
    updateSender: {"method":"PATCH","path":"/v3/senders/{sender_id}","body":"application/json"},
    deleteSender: {"method":"DELETE","path":"/v3/senders/{sender_id}"},
    listBounces: {"method":"GET","path":"/v3/suppression/bounces","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listBlocks: {"method":"GET","path":"/v3/suppression/blocks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listInvalidEmails: {"method":"GET","path":"/v3/suppression/invalid_emails","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listSpamReports: {"method":"GET","path":"/v3/suppression/spam_reports","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listGlobalUnsubscribes: {"method":"GET","path":"/v3/suppression/unsubscribes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listUnsubscribeGroups: {"method":"GET","path":"/v3/asm/groups"},
    createUnsubscribeGroup: {"method":"POST","path":"/v3/asm/groups","body":"application/json"},
    updateUnsubscribeGroup: {"method":"PATCH","path":"/v3/asm/groups/{group_id}","body":"application/json"},
    deleteUnsubscribeGroup: {"method":"DELETE","path":"/v3/asm/groups/{group_id}"},
    getGlobalStats: {"method":"GET","path":"/v3/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    getCategoryStats: {"method":"GET","path":"/v3/categories/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    getMailboxProviderStats: {"method":"GET","path":"/v3/mailbox_providers/stats","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listApiKeys: {"method":"GET","path":"/v3/api_keys"},
    createApiKey: {"method":"POST","path":"/v3/api_keys","body":"application/json"},
    updateApiKey: {"method":"PATCH","path":"/v3/api_keys/{api_key_id}","body":"application/json"},
    deleteApiKey: {"method":"DELETE","path":"/v3/api_keys/{api_key_id}"},
} satisfies Record<string, Route>;

/**
 * The SendGrid client: `const api = sendgrid(new Switchboard({ baseUrl, apiKey }))`.
 */
export function sendgrid(client: Switchboard): SendgridClient {
    const app = "sendgrid";
    return {
        sendMail: (args, options) => client.call(app, routes.sendMail, args, options),
        getUserProfile: (args, options) => client.call(app, routes.getUserProfile, args, options),
        getUserAccount: (args, options) => client.call(app, routes.getUserAccount, args, options),
        listContacts: (args, options) => client.call(app, routes.listContacts, args, options),
        upsertContacts: (args, options) => client.call(app, routes.upsertContacts, args, options),
        deleteContacts: (args, options) => client.call(app, routes.deleteContacts, args, options),
        searchContacts: (args, options) => client.call(app, routes.searchContacts, args, options),
        listLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLists, args, options) }) as SendgridClient["listLists"],
        createList: (args, options) => client.call(app, routes.createList, args, options),
        getList: (args, options) => client.call(app, routes.getList, args, options),
        updateList: (args, options) => client.call(app, routes.updateList, args, options),
        deleteList: (args, options) => client.call(app, routes.deleteList, args, options),
        listSegments: (args, options) => client.call(app, routes.listSegments, args, options),
        createSegment: (args, options) => client.call(app, routes.createSegment, args, options),
        deleteSegment: (args, options) => client.call(app, routes.deleteSegment, args, options),
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as SendgridClient["listTemplates"],
        createTemplate: (args, options) => client.call(app, routes.createTemplate, args, options),
        getTemplate: (args, options) => client.call(app, routes.getTemplate, args, options),
        updateTemplate: (args, options) => client.call(app, routes.updateTemplate, args, options),
        deleteTemplate: (args, options) => client.call(app, routes.deleteTemplate, args, options),
        listSenders: (args, options) => client.call(app, routes.listSenders, args, options),
        createSender: (args, options) => client.call(app, routes.createSender, args, options),
        updateSender: (args, options) => client.call(app, routes.updateSender, args, options),
        deleteSender: (args, options) => client.call(app, routes.deleteSender, args, options),
        listBounces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBounces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBounces, args, options) }) as SendgridClient["listBounces"],
        listBlocks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBlocks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBlocks, args, options) }) as SendgridClient["listBlocks"],
        listInvalidEmails: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInvalidEmails, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInvalidEmails, args, options) }) as SendgridClient["listInvalidEmails"],
        listSpamReports: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSpamReports, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSpamReports, args, options) }) as SendgridClient["listSpamReports"],
        listGlobalUnsubscribes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGlobalUnsubscribes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGlobalUnsubscribes, args, options) }) as SendgridClient["listGlobalUnsubscribes"],
        listUnsubscribeGroups: (args, options) => client.call(app, routes.listUnsubscribeGroups, args, options),
        createUnsubscribeGroup: (args, options) => client.call(app, routes.createUnsubscribeGroup, args, options),
        updateUnsubscribeGroup: (args, options) => client.call(app, routes.updateUnsubscribeGroup, args, options),
        deleteUnsubscribeGroup: (args, options) => client.call(app, routes.deleteUnsubscribeGroup, args, options),
        getGlobalStats: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getGlobalStats, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getGlobalStats, args, options) }) as SendgridClient["getGlobalStats"],
        getCategoryStats: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getCategoryStats, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getCategoryStats, args, options) }) as SendgridClient["getCategoryStats"],
        getMailboxProviderStats: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getMailboxProviderStats, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getMailboxProviderStats, args, options) }) as SendgridClient["getMailboxProviderStats"],
        listApiKeys: (args, options) => client.call(app, routes.listApiKeys, args, options),
        createApiKey: (args, options) => client.call(app, routes.createApiKey, args, options),
        updateApiKey: (args, options) => client.call(app, routes.updateApiKey, args, options),
        deleteApiKey: (args, options) => client.call(app, routes.deleteApiKey, args, options),
    };
}