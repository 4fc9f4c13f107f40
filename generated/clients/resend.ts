// Generated from providers/resend.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/resend.js';

/**
 * Resend through the Switchboard gateway: Transactional and batch email, sending domains, audiences and contacts, broadcasts, segments, topics, webhooks and API keys.
 */
export interface ResendClient {
    /**
     * Send one email now or at a scheduled time, with optional attachments, headers and tags.
     *
     * `POST /emails`
     */
    sendEmail(args: Args<operations["sendEmail"]>, options?: CallOptions): Promise<Result<Data<operations["sendEmail"]>>>;
    /**
     * Send up to 100 emails in one call (no attachments or scheduling in a batch).
     *
     * `POST /emails/batch`
     */
    sendBatchEmails(args: Args<operations["sendBatchEmails"]>, options?: CallOptions): Promise<Result<Data<operations["sendBatchEmails"]>>>;
    /**
     * List sent emails, newest first.
     *
     * `GET /emails`
     */
    listEmails: {
        (args?: Args<operations["listEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listEmails"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmails"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmails"]>, void, undefined>;
    };
    /**
     * Read one sent or scheduled email and its latest delivery event.
     *
     * `GET /emails/{email_id}`
     */
    getEmail(args: Args<operations["getEmail"]>, options?: CallOptions): Promise<Result<Data<operations["getEmail"]>>>;
    /**
     * Move a scheduled email to another send time.
     *
     * `PATCH /emails/{email_id}`
     */
    updateEmail(args: Args<operations["updateEmail"]>, options?: CallOptions): Promise<Result<Data<operations["updateEmail"]>>>;
    /**
     * Cancel a scheduled email before it is sent.
     *
     * `POST /emails/{email_id}/cancel`
     */
    cancelEmail(args: Args<operations["cancelEmail"]>, options?: CallOptions): Promise<Result<Data<operations["cancelEmail"]>>>;
    /**
     * List the sending domains with their verification status.
     *
     * `GET /domains`
     */
    listDomains: {
        (args?: Args<operations["listDomains"]>, options?: CallOptions): Promise<Result<Data<operations["listDomains"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDomains"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDomains"]>, void, undefined>;
    };
    /**
     * Add a sending domain; the answer lists the DNS records to publish before verifying.
     *
     * `POST /domains`
     */
    createDomain(args: Args<operations["createDomain"]>, options?: CallOptions): Promise<Result<Data<operations["createDomain"]>>>;
    /**
     * Read one domain with its DNS records and their status.
     *
     * `GET /domains/{domain_id}`
     */
    getDomain(args: Args<operations["getDomain"]>, options?: CallOptions): Promise<Result<Data<operations["getDomain"]>>>;
    /**
     * Switch open or click tracking, or the TLS policy, of a domain.
     *
     * `PATCH /domains/{domain_id}`
     */
    updateDomain(args: Args<operations["updateDomain"]>, options?: CallOptions): Promise<Result<Data<operations["updateDomain"]>>>;
    /**
     * Remove a sending domain.
     *
     * `DELETE /domains/{domain_id}`
     */
    deleteDomain(args: Args<operations["deleteDomain"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDomain"]>>>;
    /**
     * Ask Resend to check the domain's DNS records now.
     *
     * `POST /domains/{domain_id}/verify`
     */
    verifyDomain(args: Args<operations["verifyDomain"]>, options?: CallOptions): Promise<Result<Data<operations["verifyDomain"]>>>;
    /**
     * List the audiences (contact groups) of the team.
     *
     * `GET /audiences`
     */
    listAudiences: {
        (args?: Args<operations["listAudiences"]>, options?: CallOptions): Promise<Result<Data<operations["listAudiences"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAudiences"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAudiences"]>, void, undefined>;
    };
    /**
     * Create an audience.
     *
     * `POST /audiences`
     */
    createAudience(args: Args<operations["createAudience"]>, options?: CallOptions): Promise<Result<Data<operations["createAudience"]>>>;
    /**
     * Read one audience.
     *
     * `GET /audiences/{audience_id}`
     */
    getAudience(args: Args<operations["getAudience"]>, options?: CallOptions): Promise<Result<Data<operations["getAudience"]>>>;
    /**
     * Delete an audience together with its contacts.
     *
     * `DELETE /audiences/{audience_id}`
     */
    deleteAudience(args: Args<operations["deleteAudience"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAudience"]>>>;
    /**
     * List the contacts of an audience.
     *
     * `GET /audiences/{audience_id}/contacts`
     */
    listContacts: {
        (args: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Add a contact to an audience.
     *
     * `POST /audiences/{audience_id}/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Read one contact by id or email address.
     *
     * `GET /audiences/{audience_id}/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Change a contact's name or unsubscribe it.
     *
     * `PATCH /audiences/{audience_id}/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Remove a contact, by id or email address, from an audience.
     *
     * `DELETE /audiences/{audience_id}/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List broadcasts with their status and send times.
     *
     * `GET /broadcasts`
     */
    listBroadcasts: {
        (args?: Args<operations["listBroadcasts"]>, options?: CallOptions): Promise<Result<Data<operations["listBroadcasts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBroadcasts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBroadcasts"]>, void, undefined>;
    };
    /**
     * Create a draft broadcast to an audience or segment.
     *
     * `POST /broadcasts`
     */
    createBroadcast(args: Args<operations["createBroadcast"]>, options?: CallOptions): Promise<Result<Data<operations["createBroadcast"]>>>;
    /**
     * Read one broadcast.
     *
     * `GET /broadcasts/{broadcast_id}`
     */
    getBroadcast(args: Args<operations["getBroadcast"]>, options?: CallOptions): Promise<Result<Data<operations["getBroadcast"]>>>;
    /**
     * Change a draft broadcast's name, sender, subject, content or recipients.
     *
     * `PATCH /broadcasts/{broadcast_id}`
     */
    updateBroadcast(args: Args<operations["updateBroadcast"]>, options?: CallOptions): Promise<Result<Data<operations["updateBroadcast"]>>>;
    /**
     * Delete a broadcast that is still a draft or only scheduled.
     *
     * `DELETE /broadcasts/{broadcast_id}`
     */
    deleteBroadcast(args: Args<operations["deleteBroadcast"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBroadcast"]>>>;
    /**
     * Send a broadcast now or schedule it.
     *
     * `POST /broadcasts/{broadcast_id}/send`
     */
    sendBroadcast(args: Args<operations["sendBroadcast"]>, options?: CallOptions): Promise<Result<Data<operations["sendBroadcast"]>>>;
    /**
     * List segments.
     *
     * `GET /segments`
     */
    listSegments: {
        (args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * Create a segment of contacts.
     *
     * `POST /segments`
     */
    createSegment(args: Args<operations["createSegment"]>, options?: CallOptions): Promise<Result<Data<operations["createSegment"]>>>;
    /**
     * Read one segment.
     *
     * `GET /segments/{segment_id}`
     */
    getSegment(args: Args<operations["getSegment"]>, options?: CallOptions): Promise<Result<Data<operations["getSegment"]>>>;
    /**
     * Delete a segment (its contacts stay).
     *
     * `DELETE /segments/{segment_id}`
     */
    deleteSegment(args: Args<operations["deleteSegment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSegment"]>>>;
    /**
     * List the subscription topics contacts can opt in to or out of.
     *
     * `GET /topics`
     */
    listTopics: {
        (args?: Args<operations["listTopics"]>, options?: CallOptions): Promise<Result<Data<operations["listTopics"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTopics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTopics"]>, void, undefined>;
    };
    /**
     * Create a subscription topic with its default opt-in or opt-out state.
     *
     * `POST /topics`
     */
    createTopic(args: Args<operations["createTopic"]>, options?: CallOptions): Promise<Result<Data<operations["createTopic"]>>>;
    /**
     * Read one topic.
     *
     * `GET /topics/{topic_id}`
     */
    getTopic(args: Args<operations["getTopic"]>, options?: CallOptions): Promise<Result<Data<operations["getTopic"]>>>;
    /**
     * Rename a topic or change its description or visibility.
     *
     * `PATCH /topics/{topic_id}`
     */
    updateTopic(args: Args<operations["updateTopic"]>, options?: CallOptions): Promise<Result<Data<operations["updateTopic"]>>>;
    /**
     * Delete a topic.
     *
     * `DELETE /topics/{topic_id}`
     */
    deleteTopic(args: Args<operations["deleteTopic"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTopic"]>>>;
    /**
     * List webhook endpoints and the events each receives.
     *
     * `GET /webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register an HTTPS endpoint to receive chosen email and contact events; the answer carries its signing secret.
     *
     * `POST /webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Read one webhook with its events and signing secret.
     *
     * `GET /webhooks/{webhook_id}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Change a webhook's endpoint or events, or switch it on or off.
     *
     * `PATCH /webhooks/{webhook_id}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Change a webhook's endpoint and events, as the reference page writes it with PUT.
     *
     * `PUT /webhooks/{webhook_id}`
     * @deprecated
     */
    replaceWebhook(args: Args<operations["replaceWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["replaceWebhook"]>>>;
    /**
     * Delete a webhook so events stop flowing to its endpoint.
     *
     * `DELETE /webhooks/{webhook_id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
    /**
     * List the team's API keys (names and ids, never the secrets).
     *
     * `GET /api-keys`
     */
    listApiKeys: {
        (args?: Args<operations["listApiKeys"]>, options?: CallOptions): Promise<Result<Data<operations["listApiKeys"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listApiKeys"]>, options?: CallOptions): AsyncGenerator<Data<operations["listApiKeys"]>, void, undefined>;
    };
    /**
     * Create an API key; the token in the answer is shown only this once.
     *
     * `POST /api-keys`
     */
    createApiKey(args: Args<operations["createApiKey"]>, options?: CallOptions): Promise<Result<Data<operations["createApiKey"]>>>;
    /**
     * Revoke an API key.
     *
     * `DELETE /api-keys/{api_key_id}`
     */
    deleteApiKey(args: Args<operations["deleteApiKey"]>, options?: CallOptions): Promise<Result<Data<operations["deleteApiKey"]>>>;
    /**
     * List the custom properties defined for contacts.
     *
     * `GET /contact-properties`
     */
    listContactProperties: {
        (args?: Args<operations["listContactProperties"]>, options?: CallOptions): Promise<Result<Data<operations["listContactProperties"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContactProperties"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContactProperties"]>, void, undefined>;
    };
    /**
     * Define a custom contact property that broadcasts can use as a variable.
     *
     * `POST /contact-properties`
     */
    createContactProperty(args: Args<operations["createContactProperty"]>, options?: CallOptions): Promise<Result<Data<operations["createContactProperty"]>>>;
    /**
     * Change a contact property's fallback value (key and type are fixed).
     *
     * `PATCH /contact-properties/{property_id}`
     */
    updateContactProperty(args: Args<operations["updateContactProperty"]>, options?: CallOptions): Promise<Result<Data<operations["updateContactProperty"]>>>;
    /**
     * Delete a contact property and its values on all contacts.
     *
     * `DELETE /contact-properties/{property_id}`
     */
    deleteContactProperty(args: Args<operations["deleteContactProperty"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContactProperty"]>>>;
}

const routes = {
    sendEmail: {"method":"POST","path":"/emails","body":"application/json"},
    sendBatchEmails: {"method":"POST","path":"/emails/batch","body":"application/json"},
    listEmails: {"method":"GET","path":"/emails","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    getEmail: {"method":"GET","path":"/emails/{email_id}"},
    updateEmail: {"method":"PATCH","path":"/emails/{email_id}","body":"application/json"},
    cancelEmail: {"method":"POST","path":"/emails/{email_id}/cancel"},
    listDomains: {"method":"GET","path":"/domains","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createDomain: {"method":"POST","path":"/domains","body":"application/json"},
    getDomain: {"method":"GET","path":"/domains/{domain_id}"},
    updateDomain: {"method":"PATCH","path":"/domains/{domain_id}","body":"application/json"},
    deleteDomain: {"method":"DELETE","path":"/domains/{domain_id}"},
    verifyDomain: {"method":"POST","path":"/domains/{domain_id}/verify"},
    listAudiences: {"method":"GET","path":"/audiences","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createAudience: {"method":"POST","path":"/audiences","body":"application/json"},
    getAudience: {"method":"GET","path":"/audiences/{audience_id}"},
    deleteAudience: {"method":"DELETE","path":"/audiences/{audience_id}"},
    listContacts: {"method":"GET","path":"/audiences/{audience_id}/contacts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createContact: {"method":"POST","path":"/audiences/{audience_id}/contacts","body":"application/json"},
    getContact: {"method":"GET","path":"/audiences/{audience_id}/contacts/{contact_id}"},
    updateContact: {"method":"PATCH","path":"/audiences/{audience_id}/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/audiences/{audience_id}/contacts/{contact_id}"},
    listBroadcasts: {"method":"GET","path":"/broadcasts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createBroadcast: {"method":"POST","path":"/broadcasts","body":"application/json"},
    getBroadcast: {"method":"GET","path":"/broadcasts/{broadcast_id}"},
    updateBroadcast: {"method":"PATCH","path":"/broadcasts/{broadcast_id}","body":"application/json"},
    deleteBroadcast: {"method":"DELETE","path":"/broadcasts/{broadcast_id}"},
    sendBroadcast: {"method":"POST","path":"/broadcasts/{broadcast_id}/send","body":"application/json"},
    listSegments: {"method":"GET","path":"/segments","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createSegment: {"method":"POST","path":"/segments","body":"application/json"},
    getSegment: {"method":"GET","path":"/segments/{segment_id}"},
    deleteSegment: {"method":"DELETE","path":"/segments/{segment_id}"},
    listTopics: {"method":"GET","path":"/topics","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createTopic: {"method":"POST","path":"/topics","body":"application/json"},
    getTopic: {"method":"GET","path":"/topics/{topic_id}"},
    updateTopic: {"method":"PATCH","path":"/topics/{topic_id}","body":"application/json"},
    deleteTopic: {"method":"DELETE","path":"/topics/{topic_id}"},
    listWebhooks: {"method":"GET","path":"/webhooks","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createWebhook: {"method":"POST","path":"/webhooks","body":"application/json"},
    getWebhook: {"method":"GET","path":"/webhooks/{webhook_id}"},
    updateWebhook: {"method":"PATCH","path":"/webhooks/{webhook_id}","body":"application/json"},
    replaceWebhook: {"method":"PUT","path":"/webhooks/{webhook_id}","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/webhooks/{webhook_id}"},
    listApiKeys: {"method":"GET","path":"/api-keys","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createApiKey: {"method":"POST","path":"/api-keys","body":"application/json"},
    deleteApiKey: {"method":"DELETE","path":"/api-keys/{api_key_id}"},
    listContactProperties: {"method":"GET","path":"/contact-properties","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createContactProperty: {"method":"POST","path":"/contact-properties","body":"application/json"},
    updateContactProperty: {"method":"PATCH","path":"/contact-properties/{property_id}","body":"application/json"},
    deleteContactProperty: {"method":"DELETE","path":"/contact-properties/{property_id}"},
} satisfies Record<string, Route>;

/**
 * The Resend client: `const api = resend(new Switchboard({ baseUrl, apiKey }))`.
 */
export function resend(client: Switchboard): ResendClient {
    const app = "resend";
    return {
        sendEmail: (args, options) => client.call(app, routes.sendEmail, args, options),
        sendBatchEmails: (args, options) => client.call(app, routes.sendBatchEmails, args, options),
        listEmails: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmails, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmails, args, options) }) as ResendClient["listEmails"],
        getEmail: (args, options) => client.call(app, routes.getEmail, args, options),
        updateEmail: (args, options) => client.call(app, routes.updateEmail, args, options),
        cancelEmail: (args, options) => client.call(app, routes.cancelEmail, args, options),
        listDomains: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDomains, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDomains, args, options) }) as ResendClient["listDomains"],
        createDomain: (args, options) => client.call(app, routes.createDomain, args, options),
        getDomain: (args, options) => client.call(app, routes.getDomain, args, options),
        updateDomain: (args, options) => client.call(app, routes.updateDomain, args, options),
        deleteDomain: (args, options) => client.call(app, routes.deleteDomain, args, options),
        verifyDomain: (args, options) => client.call(app, routes.verifyDomain, args, options),
        listAudiences: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAudiences, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAudiences, args, options) }) as ResendClient["listAudiences"],
        createAudience: (args, options) => client.call(app, routes.createAudience, args, options),
        getAudience: (args, options) => client.call(app, routes.getAudience, args, options),
        deleteAudience: (args, options) => client.call(app, routes.deleteAudience, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ResendClient["listContacts"],
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listBroadcasts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBroadcasts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBroadcasts, args, options) }) as ResendClient["listBroadcasts"],
        createBroadcast: (args, options) => client.call(app, routes.createBroadcast, args, options),
        getBroadcast: (args, options) => client.call(app, routes.getBroadcast, args, options),
        updateBroadcast: (args, options) => client.call(app, routes.updateBroadcast, args, options),
        deleteBroadcast: (args, options) => client.call(app, routes.deleteBroadcast, args, options),
        sendBroadcast: (args, options) => client.call(app, routes.sendBroadcast, args, options),
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as ResendClient["listSegments"],
        createSegment: (args, options) => client.call(app, routes.createSegment, args, options),
        getSegment: (args, options) => client.call(app, routes.getSegment, args, options),
        deleteSegment: (args, options) => client.call(app, routes.deleteSegment, args, options),
        listTopics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTopics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTopics, args, options) }) as ResendClient["listTopics"],
        createTopic: (args, options) => client.call(app, routes.createTopic, args, options),
        getTopic: (args, options) => client.call(app, routes.getTopic, args, options),
        updateTopic: (args, options) => client.call(app, routes.updateTopic, args, options),
        deleteTopic: (args, options) => client.call(app, routes.deleteTopic, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as ResendClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        replaceWebhook: (args, options) => client.call(app, routes.replaceWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
        listApiKeys: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listApiKeys, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listApiKeys, args, options) }) as ResendClient["listApiKeys"],
        createApiKey: (args, options) => client.call(app, routes.createApiKey, args, options),
        deleteApiKey: (args, options) => client.call(app, routes.deleteApiKey, args, options),
        listContactProperties: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContactProperties, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContactProperties, args, options) }) as ResendClient["listContactProperties"],
        createContactProperty: (args, options) => client.call(app, routes.createContactProperty, args, options),
        updateContactProperty: (args, options) => client.call(app, routes.updateContactProperty, args, options),
        deleteContactProperty: (args, options) => client.call(app, routes.deleteContactProperty, args, options),
    };
}