// Generated from providers/kit.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kit.js';

/**
 * Kit through the Switchboard gateway: Subscribers, tags, forms, sequences, broadcasts, segments, custom fields, email templates, purchases and webhooks of a Kit (ex-ConvertKit) account.
 */
export interface KitClient {
    /**
     * List subscribers, filtered by status, email address or creation and update dates.
     *
     * `GET /v4/subscribers`
     */
    listSubscribers: {
        (args?: Args<operations["listSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscribers"]>, void, undefined>;
    };
    /**
     * Read one subscriber with custom field values.
     *
     * `GET /v4/subscribers/{id}`
     */
    getSubscriber(args: Args<operations["getSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriber"]>>>;
    /**
     * Create a subscriber, or update the name and fields of the one with the same address.
     *
     * `POST /v4/subscribers`
     */
    createSubscriber(args: Args<operations["createSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscriber"]>>>;
    /**
     * Change a subscriber's first name, email address or custom fields.
     *
     * `PUT /v4/subscribers/{id}`
     */
    updateSubscriber(args: Args<operations["updateSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["updateSubscriber"]>>>;
    /**
     * List the account's tags.
     *
     * `GET /v4/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag.
     *
     * `POST /v4/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /v4/tags/{id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag.
     *
     * `DELETE /v4/tags/{id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * Tag a subscriber given by email address.
     *
     * `POST /v4/tags/{tag_id}/subscribers`
     */
    tagSubscriber(args: Args<operations["tagSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["tagSubscriber"]>>>;
    /**
     * Remove a tag from a subscriber.
     *
     * `DELETE /v4/tags/{tag_id}/subscribers/{subscriber_id}`
     */
    untagSubscriber(args: Args<operations["untagSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["untagSubscriber"]>>>;
    /**
     * List the subscribers carrying a tag, optionally by status and tagging date.
     *
     * `GET /v4/tags/{tag_id}/subscribers`
     */
    listTagSubscribers: {
        (args: Args<operations["listTagSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listTagSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTagSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTagSubscribers"]>, void, undefined>;
    };
    /**
     * List forms and landing pages, optionally by status and type.
     *
     * `GET /v4/forms`
     */
    listForms: {
        (args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * Add a subscriber given by email address to a form, as if they had signed up through it.
     *
     * `POST /v4/forms/{form_id}/subscribers`
     */
    addSubscriberToForm(args: Args<operations["addSubscriberToForm"]>, options?: CallOptions): Promise<Result<Data<operations["addSubscriberToForm"]>>>;
    /**
     * List the subscribers added through a form, optionally by status and date.
     *
     * `GET /v4/forms/{form_id}/subscribers`
     */
    listFormSubscribers: {
        (args: Args<operations["listFormSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubscribers"]>, void, undefined>;
    };
    /**
     * List the email sequences.
     *
     * `GET /v4/sequences`
     */
    listSequences: {
        (args?: Args<operations["listSequences"]>, options?: CallOptions): Promise<Result<Data<operations["listSequences"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSequences"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSequences"]>, void, undefined>;
    };
    /**
     * Add a subscriber given by email address to a sequence.
     *
     * `POST /v4/sequences/{sequence_id}/subscribers`
     */
    addSubscriberToSequence(args: Args<operations["addSubscriberToSequence"]>, options?: CallOptions): Promise<Result<Data<operations["addSubscriberToSequence"]>>>;
    /**
     * List broadcasts (one-off emails), sent, scheduled and drafts.
     *
     * `GET /v4/broadcasts`
     */
    listBroadcasts: {
        (args?: Args<operations["listBroadcasts"]>, options?: CallOptions): Promise<Result<Data<operations["listBroadcasts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBroadcasts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBroadcasts"]>, void, undefined>;
    };
    /**
     * List the segments.
     *
     * `GET /v4/segments`
     */
    listSegments: {
        (args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * List the custom subscriber fields.
     *
     * `GET /v4/custom_fields`
     */
    listCustomFields: {
        (args?: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCustomFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomFields"]>, void, undefined>;
    };
    /**
     * Create a custom subscriber field from a label.
     *
     * `POST /v4/custom_fields`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * Change a custom field's label (its key stays).
     *
     * `PUT /v4/custom_fields/{id}`
     */
    updateCustomField(args: Args<operations["updateCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["updateCustomField"]>>>;
    /**
     * Delete a custom field and its values.
     *
     * `DELETE /v4/custom_fields/{id}`
     */
    deleteCustomField(args: Args<operations["deleteCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCustomField"]>>>;
    /**
     * List the email templates available for broadcasts and sequences.
     *
     * `GET /v4/email_templates`
     */
    listEmailTemplates: {
        (args?: Args<operations["listEmailTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listEmailTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmailTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmailTemplates"]>, void, undefined>;
    };
    /**
     * List recorded purchases with their products.
     *
     * `GET /v4/purchases`
     */
    listPurchases: {
        (args?: Args<operations["listPurchases"]>, options?: CallOptions): Promise<Result<Data<operations["listPurchases"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPurchases"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPurchases"]>, void, undefined>;
    };
    /**
     * List the account's webhooks.
     *
     * `GET /v4/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register a URL to be called on a subscriber, purchase or custom-field event.
     *
     * `POST /v4/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Delete a webhook.
     *
     * `DELETE /v4/webhooks/{id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
    listSubscribers: {"method":"GET","path":"/v4/subscribers","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    getSubscriber: {"method":"GET","path":"/v4/subscribers/{id}"},
    createSubscriber: {"method":"POST","path":"/v4/subscribers","body":"application/json"},
    updateSubscriber: {"method":"PUT","path":"/v4/subscribers/{id}","body":"application/json"},
    listTags: {"method":"GET","path":"/v4/tags","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    createTag: {"method":"POST","path":"/v4/tags","body":"application/json"},
    updateTag: {"method":"PUT","path":"/v4/tags/{id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/v4/tags/{id}"},
    tagSubscriber: {"method":"POST","path":"/v4/tags/{tag_id}/subscribers","body":"application/json"},
    untagSubscriber: {"method":"DELETE","path":"/v4/tags/{tag_id}/subscribers/{subscriber_id}"},
    listTagSubscribers: {"method":"GET","path":"/v4/tags/{tag_id}/subscribers","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listForms: {"method":"GET","path":"/v4/forms","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    addSubscriberToForm: {"method":"POST","path":"/v4/forms/{form_id}/subscribers","body":"application/json"},
    listFormSubscribers: {"method":"GET","path":"/v4/forms/{form_id}/subscribers","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listSequences: {"method":"GET","path":"/v4/sequences","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    addSubscriberToSequence: {"method":"POST","path":"/v4/sequences/{sequence_id}/subscribers","body":"application/json"},
    listBroadcasts: {"method":"GET","path":"/v4/broadcasts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listSegments: {"method":"GET","path":"/v4/segments","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listCustomFields: {"method":"GET","path":"/v4/custom_fields","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    createCustomField: {"method":"POST","path":"/v4/custom_fields","body":"application/json"},
    updateCustomField: {"method":"PUT","path":"/v4/custom_fields/{id}","body":"application/json"},
    deleteCustomField: {"method":"DELETE","path":"/v4/custom_fields/{id}"},
    listEmailTemplates: {"method":"GET","path":"/v4/email_templates","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listPurchases: {"method":"GET","path":"/v4/purchases","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    listWebhooks: {"method":"GET","path":"/v4/webhooks","paging":{"style":"cursor","cursorParam":"after","nextCursor":"pagination.end_cursor"}},
    createWebhook: {"method":"POST","path":"/v4/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v4/webhooks/{id}"},
} satisfies Record<string, Route>;

/**
 * The Kit client: `const api = kit(new Switchboard({ baseUrl, apiKey }))`.
 */
export function kit(client: Switchboard): KitClient {
    const app = "kit";
    return {
        listSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscribers, args, options) }) as KitClient["listSubscribers"],
        getSubscriber: (args, options) => client.call(app, routes.getSubscriber, args, options),
        createSubscriber: (args, options) => client.call(app, routes.createSubscriber, args, options),
        updateSubscriber: (args, options) => client.call(app, routes.updateSubscriber, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as KitClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        tagSubscriber: (args, options) => client.call(app, routes.tagSubscriber, args, options),
        untagSubscriber: (args, options) => client.call(app, routes.untagSubscriber, args, options),
        listTagSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTagSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTagSubscribers, args, options) }) as KitClient["listTagSubscribers"],
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as KitClient["listForms"],
        addSubscriberToForm: (args, options) => client.call(app, routes.addSubscriberToForm, args, options),
        listFormSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubscribers, args, options) }) as KitClient["listFormSubscribers"],
        listSequences: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSequences, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSequences, args, options) }) as KitClient["listSequences"],
        addSubscriberToSequence: (args, options) => client.call(app, routes.addSubscriberToSequence, args, options),
        listBroadcasts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBroadcasts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBroadcasts, args, options) }) as KitClient["listBroadcasts"],
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as KitClient["listSegments"],
        listCustomFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomFields, args, options) }) as KitClient["listCustomFields"],
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        updateCustomField: (args, options) => client.call(app, routes.updateCustomField, args, options),
        deleteCustomField: (args, options) => client.call(app, routes.deleteCustomField, args, options),
        listEmailTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmailTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmailTemplates, args, options) }) as KitClient["listEmailTemplates"],
        listPurchases: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPurchases, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPurchases, args, options) }) as KitClient["listPurchases"],
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as KitClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}