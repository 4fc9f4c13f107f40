// Generated from providers/quo.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/quo.js';

/**
 * Quo through the Switchboard gateway: Numbers, users, texts, calls with recordings and transcripts, contacts, conversations and webhooks of a Quo (formerly OpenPhone) workspace.
 */
export interface QuoClient {
    /**
     * List the workspace's phone numbers with the users who share them.
     *
     * `GET /v1/phone-numbers`
     */
    listPhoneNumbers(args?: Args<operations["listPhoneNumbers"]>, options?: CallOptions): Promise<Result<Data<operations["listPhoneNumbers"]>>>;
    /**
     * List the workspace's users.
     *
     * `GET /v1/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user of the workspace.
     *
     * `GET /v1/users/{userId}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Send a text message from one of the workspace's numbers.
     *
     * `POST /v1/messages`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * List the text messages between a workspace number and one participant.
     *
     * `GET /v1/messages`
     */
    listMessages: {
        (args: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * Read one text message.
     *
     * `GET /v1/messages/{messageId}`
     */
    getMessage(args: Args<operations["getMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getMessage"]>>>;
    /**
     * List the calls between a workspace number and one participant.
     *
     * `GET /v1/calls`
     */
    listCalls: {
        (args: Args<operations["listCalls"]>, options?: CallOptions): Promise<Result<Data<operations["listCalls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCalls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalls"]>, void, undefined>;
    };
    /**
     * Read one call.
     *
     * `GET /v1/calls/{callId}`
     */
    getCall(args: Args<operations["getCall"]>, options?: CallOptions): Promise<Result<Data<operations["getCall"]>>>;
    /**
     * List the recordings of a call with their download URLs.
     *
     * `GET /v1/call-recordings/{callId}`
     */
    getCallRecordings(args: Args<operations["getCallRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["getCallRecordings"]>>>;
    /**
     * Read the AI summary and next steps of a call.
     *
     * `GET /v1/call-summaries/{callId}`
     */
    getCallSummary(args: Args<operations["getCallSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getCallSummary"]>>>;
    /**
     * Read the transcript of a call as timed dialogue lines.
     *
     * `GET /v1/call-transcripts/{callId}`
     */
    getCallTranscript(args: Args<operations["getCallTranscript"]>, options?: CallOptions): Promise<Result<Data<operations["getCallTranscript"]>>>;
    /**
     * Read the voicemail left on a call, with its recording URL and transcript.
     *
     * `GET /v1/call-voicemails/{callId}`
     */
    getCallVoicemail(args: Args<operations["getCallVoicemail"]>, options?: CallOptions): Promise<Result<Data<operations["getCallVoicemail"]>>>;
    /**
     * List the workspace's contacts created through the API or shared with it.
     *
     * `GET /v1/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact.
     *
     * `GET /v1/contacts/{contactId}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact with default and custom fields.
     *
     * `POST /v1/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change fields of a contact; fields left out stay as they are.
     *
     * `PATCH /v1/contacts/{contactId}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /v1/contacts/{contactId}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * List the custom contact fields defined in the workspace.
     *
     * `GET /v1/contact-custom-fields`
     */
    listContactCustomFields(args?: Args<operations["listContactCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listContactCustomFields"]>>>;
    /**
     * List conversations, optionally for given numbers or a user and within a time range.
     *
     * `GET /v1/conversations`
     */
    listConversations: {
        (args?: Args<operations["listConversations"]>, options?: CallOptions): Promise<Result<Data<operations["listConversations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listConversations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConversations"]>, void, undefined>;
    };
    /**
     * List the webhooks created through the API.
     *
     * `GET /v1/webhooks`
     */
    listWebhooks(args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
    /**
     * Read one webhook.
     *
     * `GET /v1/webhooks/{webhookId}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Create a webhook for one resource type.
     *
     * `POST /v1/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Create a webhook for message events (received, delivered).
     *
     * `POST /v1/webhooks/messages`
     */
    createMessageWebhook(args: Args<operations["createMessageWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createMessageWebhook"]>>>;
    /**
     * Create a webhook for call events (ringing, completed, recording completed).
     *
     * `POST /v1/webhooks/calls`
     */
    createCallWebhook(args: Args<operations["createCallWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createCallWebhook"]>>>;
    /**
     * Create a webhook fired when a call summary is ready.
     *
     * `POST /v1/webhooks/call-summaries`
     */
    createCallSummaryWebhook(args: Args<operations["createCallSummaryWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createCallSummaryWebhook"]>>>;
    /**
     * Create a webhook fired when a call transcript is ready.
     *
     * `POST /v1/webhooks/call-transcripts`
     */
    createCallTranscriptWebhook(args: Args<operations["createCallTranscriptWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createCallTranscriptWebhook"]>>>;
    /**
     * Delete a webhook.
     *
     * `DELETE /v1/webhooks/{webhookId}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Quo client: `const api = quo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function quo(client: Switchboard): QuoClient {
    const app = "quo";
    return {
        listPhoneNumbers: (args, options) => client.call(app, routes.listPhoneNumbers, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as QuoClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as QuoClient["listMessages"],
        getMessage: (args, options) => client.call(app, routes.getMessage, args, options),
        listCalls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalls, args, options) }) as QuoClient["listCalls"],
        getCall: (args, options) => client.call(app, routes.getCall, args, options),
        getCallRecordings: (args, options) => client.call(app, routes.getCallRecordings, args, options),
        getCallSummary: (args, options) => client.call(app, routes.getCallSummary, args, options),
        getCallTranscript: (args, options) => client.call(app, routes.getCallTranscript, args, options),
        getCallVoicemail: (args, options) => client.call(app, routes.getCallVoicemail, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as QuoClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        listContactCustomFields: (args, options) => client.call(app, routes.listContactCustomFields, args, options),
        listConversations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConversations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConversations, args, options) }) as QuoClient["listConversations"],
        listWebhooks: (args, options) => client.call(app, routes.listWebhooks, args, options),
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        createMessageWebhook: (args, options) => client.call(app, routes.createMessageWebhook, args, options),
        createCallWebhook: (args, options) => client.call(app, routes.createCallWebhook, args, options),
        createCallSummaryWebhook: (args, options) => client.call(app, routes.createCallSummaryWebhook, args, options),
        createCallTranscriptWebhook: (args, options) => client.call(app, routes.createCallTranscriptWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}