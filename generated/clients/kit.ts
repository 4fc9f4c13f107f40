// Generated from providers/kit.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kit.js';

/**
 * Kit through the Switchboard gateway: Subscribers, tags, forms, sequences, broadcasts, segments, custom fields, email templates, purchases and webhooks of a Kit (ex-ConvertKit) account.
 */
export interface KitClient {
    /** List subscribers, filtered by status, email address or creation and update dates. `GET /v4/subscribers` */
    listSubscribers: Paged<operations["listSubscribers"]>;
    /** Read one subscriber with custom field values. `GET /v4/subscribers/{id}` */
    getSubscriber: Call<operations["getSubscriber"]>;
    /** Create a subscriber, or update the name and fields of the one with the same address. `POST /v4/subscribers` */
    createSubscriber: Call<operations["createSubscriber"]>;
    /** Change a subscriber's first name, email address or custom fields. `PUT /v4/subscribers/{id}` */
    updateSubscriber: Call<operations["updateSubscriber"]>;
    /** List the account's tags. `GET /v4/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag. `POST /v4/tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag. `PUT /v4/tags/{id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag. `DELETE /v4/tags/{id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** Tag a subscriber given by email address. `POST /v4/tags/{tag_id}/subscribers` */
    tagSubscriber: Call<operations["tagSubscriber"]>;
    /** Remove a tag from a subscriber. `DELETE /v4/tags/{tag_id}/subscribers/{subscriber_id}` */
    untagSubscriber: Call<operations["untagSubscriber"]>;
    /** List the subscribers carrying a tag, optionally by status and tagging date. `GET /v4/tags/{tag_id}/subscribers` */
    listTagSubscribers: Paged<operations["listTagSubscribers"]>;
    /** List forms and landing pages, optionally by status and type. `GET /v4/forms` */
    listForms: Paged<operations["listForms"]>;
    /** Add a subscriber given by email address to a form, as if they had signed up through it. `POST /v4/forms/{form_id}/subscribers` */
    addSubscriberToForm: Call<operations["addSubscriberToForm"]>;
    /** List the subscribers added through a form, optionally by status and date. `GET /v4/forms/{form_id}/subscribers` */
    listFormSubscribers: Paged<operations["listFormSubscribers"]>;
    /** List the email sequences. `GET /v4/sequences` */
    listSequences: Paged<operations["listSequences"]>;
    /** Add a subscriber given by email address to a sequence. `POST /v4/sequences/{sequence_id}/subscribers` */
    addSubscriberToSequence: Call<operations["addSubscriberToSequence"]>;
    /** List broadcasts (one-off emails), sent, scheduled and drafts. `GET /v4/broadcasts` */
    listBroadcasts: Paged<operations["listBroadcasts"]>;
    /** List the segments. `GET /v4/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** List the custom subscriber fields. `GET /v4/custom_fields` */
    listCustomFields: Paged<operations["listCustomFields"]>;
    /** Create a custom subscriber field from a label. `POST /v4/custom_fields` */
    createCustomField: Call<operations["createCustomField"]>;
    /** Change a custom field's label (its key stays). `PUT /v4/custom_fields/{id}` */
    updateCustomField: Call<operations["updateCustomField"]>;
    /** Delete a custom field and its values. `DELETE /v4/custom_fields/{id}` */
    deleteCustomField: Call<operations["deleteCustomField"]>;
    /** List the email templates available for broadcasts and sequences. `GET /v4/email_templates` */
    listEmailTemplates: Paged<operations["listEmailTemplates"]>;
    /** List recorded purchases with their products. `GET /v4/purchases` */
    listPurchases: Paged<operations["listPurchases"]>;
    /** List the account's webhooks. `GET /v4/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register a URL to be called on a subscriber, purchase or custom-field event. `POST /v4/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Delete a webhook. `DELETE /v4/webhooks/{id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<KitClient> = {
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
};

/**
 * The Kit client: `const api = kit(new Switchboard({ baseUrl, apiKey }))`.
 */
export const kit = (sb: Switchboard): KitClient => bindClient<KitClient>(sb, "kit", routes);
