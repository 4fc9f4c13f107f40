// Generated from providers/resend.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/resend.js';

/**
 * Resend through the Switchboard gateway: Transactional and batch email, sending domains, audiences and contacts, broadcasts, segments, topics, webhooks and API keys.
 */
export interface ResendClient {
    /** Send one email now or at a scheduled time, with optional attachments, headers and tags. `POST /emails` */
    sendEmail: Call<operations["sendEmail"]>;
    /** Send up to 100 emails in one call (no attachments or scheduling in a batch). `POST /emails/batch` */
    sendBatchEmails: Call<operations["sendBatchEmails"]>;
    /** List sent emails, newest first. `GET /emails` */
    listEmails: Paged<operations["listEmails"]>;
    /** Read one sent or scheduled email and its latest delivery event. `GET /emails/{email_id}` */
    getEmail: Call<operations["getEmail"]>;
    /** Move a scheduled email to another send time. `PATCH /emails/{email_id}` */
    updateEmail: Call<operations["updateEmail"]>;
    /** Cancel a scheduled email before it is sent. `POST /emails/{email_id}/cancel` */
    cancelEmail: Call<operations["cancelEmail"]>;
    /** List the sending domains with their verification status. `GET /domains` */
    listDomains: Paged<operations["listDomains"]>;
    /** Add a sending domain; the answer lists the DNS records to publish before verifying. `POST /domains` */
    createDomain: Call<operations["createDomain"]>;
    /** Read one domain with its DNS records and their status. `GET /domains/{domain_id}` */
    getDomain: Call<operations["getDomain"]>;
    /** Switch open or click tracking, or the TLS policy, of a domain. `PATCH /domains/{domain_id}` */
    updateDomain: Call<operations["updateDomain"]>;
    /** Remove a sending domain. `DELETE /domains/{domain_id}` */
    deleteDomain: Call<operations["deleteDomain"]>;
    /** Ask Resend to check the domain's DNS records now. `POST /domains/{domain_id}/verify` */
    verifyDomain: Call<operations["verifyDomain"]>;
    /** List the audiences (contact groups) of the team. `GET /audiences` */
    listAudiences: Paged<operations["listAudiences"]>;
    /** Create an audience. `POST /audiences` */
    createAudience: Call<operations["createAudience"]>;
    /** Read one audience. `GET /audiences/{audience_id}` */
    getAudience: Call<operations["getAudience"]>;
    /** Delete an audience together with its contacts. `DELETE /audiences/{audience_id}` */
    deleteAudience: Call<operations["deleteAudience"]>;
    /** List contacts, optionally only those of one segment. `GET /contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Add a contact, optionally to segments and with topic subscriptions and custom properties. `POST /contacts` */
    createContact: Call<operations["createContact"]>;
    /** Read one contact by id or email address. `GET /contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Change a contact's name, address or custom properties, or unsubscribe it. `PATCH /contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Remove a contact, by id or email address. `DELETE /contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List broadcasts with their status and send times. `GET /broadcasts` */
    listBroadcasts: Paged<operations["listBroadcasts"]>;
    /** Create a draft broadcast to an audience or segment. `POST /broadcasts` */
    createBroadcast: Call<operations["createBroadcast"]>;
    /** Read one broadcast. `GET /broadcasts/{broadcast_id}` */
    getBroadcast: Call<operations["getBroadcast"]>;
    /** Change a draft broadcast's name, sender, subject, content or recipients. `PATCH /broadcasts/{broadcast_id}` */
    updateBroadcast: Call<operations["updateBroadcast"]>;
    /** Delete a broadcast that is still a draft or only scheduled. `DELETE /broadcasts/{broadcast_id}` */
    deleteBroadcast: Call<operations["deleteBroadcast"]>;
    /** Send a broadcast now or schedule it. `POST /broadcasts/{broadcast_id}/send` */
    sendBroadcast: Call<operations["sendBroadcast"]>;
    /** List segments. `GET /segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** Create a segment of contacts. `POST /segments` */
    createSegment: Call<operations["createSegment"]>;
    /** Read one segment. `GET /segments/{segment_id}` */
    getSegment: Call<operations["getSegment"]>;
    /** Delete a segment (its contacts stay). `DELETE /segments/{segment_id}` */
    deleteSegment: Call<operations["deleteSegment"]>;
    /** List the subscription topics contacts can opt in to or out of. `GET /topics` */
    listTopics: Paged<operations["listTopics"]>;
    /** Create a subscription topic with its default opt-in or opt-out state. `POST /topics` */
    createTopic: Call<operations["createTopic"]>;
    /** Read one topic. `GET /topics/{topic_id}` */
    getTopic: Call<operations["getTopic"]>;
    /** Rename a topic or change its description or visibility. `PATCH /topics/{topic_id}` */
    updateTopic: Call<operations["updateTopic"]>;
    /** Delete a topic. `DELETE /topics/{topic_id}` */
    deleteTopic: Call<operations["deleteTopic"]>;
    /** List webhook endpoints and the events each receives. `GET /webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register an HTTPS endpoint to receive chosen email and contact events; the answer carries its signing secret. `POST /webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Read one webhook with its events and signing secret. `GET /webhooks/{webhook_id}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Change a webhook's endpoint or events, or switch it on or off. `PATCH /webhooks/{webhook_id}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Delete a webhook so events stop flowing to its endpoint. `DELETE /webhooks/{webhook_id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
    /** List the team's API keys (names and ids, never the secrets). `GET /api-keys` */
    listApiKeys: Paged<operations["listApiKeys"]>;
    /** Create an API key; the token in the answer is shown only this once. `POST /api-keys` */
    createApiKey: Call<operations["createApiKey"]>;
    /** Revoke an API key. `DELETE /api-keys/{api_key_id}` */
    deleteApiKey: Call<operations["deleteApiKey"]>;
    /** List the custom properties defined for contacts. `GET /contact-properties` */
    listContactProperties: Paged<operations["listContactProperties"]>;
    /** Define a custom contact property that broadcasts can use as a variable. `POST /contact-properties` */
    createContactProperty: Call<operations["createContactProperty"]>;
    /** Change a contact property's fallback value (key and type are fixed). `PATCH /contact-properties/{property_id}` */
    updateContactProperty: Call<operations["updateContactProperty"]>;
    /** Delete a contact property and its values on all contacts. `DELETE /contact-properties/{property_id}` */
    deleteContactProperty: Call<operations["deleteContactProperty"]>;
}

const routes: Routes<ResendClient> = {
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
    listContacts: {"method":"GET","path":"/contacts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createContact: {"method":"POST","path":"/contacts","body":"application/json"},
    getContact: {"method":"GET","path":"/contacts/{contact_id}"},
    updateContact: {"method":"PATCH","path":"/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/contacts/{contact_id}"},
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
    deleteWebhook: {"method":"DELETE","path":"/webhooks/{webhook_id}"},
    listApiKeys: {"method":"GET","path":"/api-keys","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createApiKey: {"method":"POST","path":"/api-keys","body":"application/json"},
    deleteApiKey: {"method":"DELETE","path":"/api-keys/{api_key_id}"},
    listContactProperties: {"method":"GET","path":"/contact-properties","paging":{"style":"cursor","cursorParam":"after","nextCursor":"data[-1].id"}},
    createContactProperty: {"method":"POST","path":"/contact-properties","body":"application/json"},
    updateContactProperty: {"method":"PATCH","path":"/contact-properties/{property_id}","body":"application/json"},
    deleteContactProperty: {"method":"DELETE","path":"/contact-properties/{property_id}"},
};

/**
 * The Resend client: `const api = resend(new Switchboard({ baseUrl, apiKey }))`.
 */
export const resend = (sb: Switchboard): ResendClient => bindClient<ResendClient>(sb, "resend", routes);
