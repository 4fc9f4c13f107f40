// Generated from providers/quo.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/quo.js';

/**
 * Quo through the Switchboard gateway: Numbers, users, texts, calls with recordings and transcripts, contacts, conversations and webhooks of a Quo (formerly OpenPhone) workspace.
 */
export interface QuoClient {
    /** List the workspace's phone numbers with the users who share them. `GET /v1/phone-numbers` */
    listPhoneNumbers: Call<operations["listPhoneNumbers"]>;
    /** List the workspace's users. `GET /v1/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user of the workspace. `GET /v1/users/{userId}` */
    getUser: Call<operations["getUser"]>;
    /** Send a text message from one of the workspace's numbers. `POST /v1/messages` */
    sendMessage: Call<operations["sendMessage"]>;
    /** List the text messages between a workspace number and one participant. `GET /v1/messages` */
    listMessages: Paged<operations["listMessages"]>;
    /** Read one text message. `GET /v1/messages/{messageId}` */
    getMessage: Call<operations["getMessage"]>;
    /** List the calls between a workspace number and one participant. `GET /v1/calls` */
    listCalls: Paged<operations["listCalls"]>;
    /** Read one call. `GET /v1/calls/{callId}` */
    getCall: Call<operations["getCall"]>;
    /** List the recordings of a call with their download URLs. `GET /v1/call-recordings/{callId}` */
    getCallRecordings: Call<operations["getCallRecordings"]>;
    /** Read the AI summary and next steps of a call. `GET /v1/call-summaries/{callId}` */
    getCallSummary: Call<operations["getCallSummary"]>;
    /** Read the transcript of a call as timed dialogue lines. `GET /v1/call-transcripts/{callId}` */
    getCallTranscript: Call<operations["getCallTranscript"]>;
    /** Read the voicemail left on a call, with its recording URL and transcript. `GET /v1/call-voicemails/{callId}` */
    getCallVoicemail: Call<operations["getCallVoicemail"]>;
    /** List the workspace's contacts created through the API or shared with it. `GET /v1/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact. `GET /v1/contacts/{contactId}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact with default and custom fields. `POST /v1/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change fields of a contact; fields left out stay as they are. `PATCH /v1/contacts/{contactId}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /v1/contacts/{contactId}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** List the custom contact fields defined in the workspace. `GET /v1/contact-custom-fields` */
    listContactCustomFields: Call<operations["listContactCustomFields"]>;
    /** List conversations, optionally for given numbers or a user and within a time range. `GET /v1/conversations` */
    listConversations: Paged<operations["listConversations"]>;
    /** List the webhooks created through the API. `GET /v1/webhooks` */
    listWebhooks: Call<operations["listWebhooks"]>;
    /** Read one webhook. `GET /v1/webhooks/{webhookId}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Create a webhook for one resource type. `POST /v1/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Create a webhook for message events (received, delivered). `POST /v1/webhooks/messages` */
    createMessageWebhook: Call<operations["createMessageWebhook"]>;
    /** Create a webhook for call events (ringing, completed, recording completed). `POST /v1/webhooks/calls` */
    createCallWebhook: Call<operations["createCallWebhook"]>;
    /** Create a webhook fired when a call summary is ready. `POST /v1/webhooks/call-summaries` */
    createCallSummaryWebhook: Call<operations["createCallSummaryWebhook"]>;
    /** Create a webhook fired when a call transcript is ready. `POST /v1/webhooks/call-transcripts` */
    createCallTranscriptWebhook: Call<operations["createCallTranscriptWebhook"]>;
    /** Delete a webhook. `DELETE /v1/webhooks/{webhookId}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<QuoClient> = {
    listPhoneNumbers: {"method":"GET","path":"/v1/phone-numbers"},
    listUsers: {"method":"GET","path":"/v1/users","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getUser: {"method":"GET","path":"/v1/users/{userId}"},
    sendMessage: {"method":"POST","path":"/v1/messages","body":"application/json"},
    listMessages: {"method":"GET","path":"/v1/messages","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getMessage: {"method":"GET","path":"/v1/messages/{messageId}"},
    listCalls: {"method":"GET","path":"/v1/calls","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getCall: {"method":"GET","path":"/v1/calls/{callId}"},
    getCallRecordings: {"method":"GET","path":"/v1/call-recordings/{callId}"},
    getCallSummary: {"method":"GET","path":"/v1/call-summaries/{callId}"},
    getCallTranscript: {"method":"GET","path":"/v1/call-transcripts/{callId}"},
    getCallVoicemail: {"method":"GET","path":"/v1/call-voicemails/{callId}"},
    listContacts: {"method":"GET","path":"/v1/contacts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getContact: {"method":"GET","path":"/v1/contacts/{contactId}"},
    createContact: {"method":"POST","path":"/v1/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/v1/contacts/{contactId}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/v1/contacts/{contactId}"},
    listContactCustomFields: {"method":"GET","path":"/v1/contact-custom-fields"},
    listConversations: {"method":"GET","path":"/v1/conversations","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listWebhooks: {"method":"GET","path":"/v1/webhooks"},
    getWebhook: {"method":"GET","path":"/v1/webhooks/{webhookId}"},
    createWebhook: {"method":"POST","path":"/v1/webhooks","body":"application/json"},
    createMessageWebhook: {"method":"POST","path":"/v1/webhooks/messages","body":"application/json"},
    createCallWebhook: {"method":"POST","path":"/v1/webhooks/calls","body":"application/json"},
    createCallSummaryWebhook: {"method":"POST","path":"/v1/webhooks/call-summaries","body":"application/json"},
    createCallTranscriptWebhook: {"method":"POST","path":"/v1/webhooks/call-transcripts","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v1/webhooks/{webhookId}"},
};

/**
 * The Quo client: `const api = quo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const quo = (sb: Switchboard): QuoClient => bindClient<QuoClient>(sb, "quo", routes);
