// Generated from providers/google-mail.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-mail.js';

/**
 * Gmail through the Switchboard gateway: Read, search, label, trash and send Gmail messages and threads, and manage drafts of a Google account.
 */
export interface GoogleMailClient {
    /**
     * Read the mailbox address and its message and thread totals.
     *
     * `GET /gmail/v1/users/{userId}/profile`
     */
    getProfile(args: Args<operations["getProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getProfile"]>>>;
    /**
     * Page through message ids, optionally narrowed by a search query or labels.
     *
     * `GET /gmail/v1/users/{userId}/messages`
     */
    listMessages: {
        (args: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * Read one message in full, as raw MIME, as headers only, or as bare ids and labels.
     *
     * `GET /gmail/v1/users/{userId}/messages/{messageId}`
     */
    getMessage(args: Args<operations["getMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getMessage"]>>>;
    /**
     * Send an email given as a base64url-encoded RFC 2822 message.
     *
     * `POST /gmail/v1/users/{userId}/messages/send`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Add labels to and remove labels from one message (star, mark read, archive …).
     *
     * `POST /gmail/v1/users/{userId}/messages/{messageId}/modify`
     */
    modifyMessage(args: Args<operations["modifyMessage"]>, options?: CallOptions): Promise<Result<Data<operations["modifyMessage"]>>>;
    /**
     * Move a message to the trash.
     *
     * `POST /gmail/v1/users/{userId}/messages/{messageId}/trash`
     */
    trashMessage(args: Args<operations["trashMessage"]>, options?: CallOptions): Promise<Result<Data<operations["trashMessage"]>>>;
    /**
     * Page through conversation threads, optionally narrowed by a search query or labels.
     *
     * `GET /gmail/v1/users/{userId}/threads`
     */
    listThreads: {
        (args: Args<operations["listThreads"]>, options?: CallOptions): Promise<Result<Data<operations["listThreads"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listThreads"]>, options?: CallOptions): AsyncGenerator<Data<operations["listThreads"]>, void, undefined>;
    };
    /**
     * Read a thread with all of its messages.
     *
     * `GET /gmail/v1/users/{userId}/threads/{threadId}`
     */
    getThread(args: Args<operations["getThread"]>, options?: CallOptions): Promise<Result<Data<operations["getThread"]>>>;
    /**
     * List the system and user labels of the mailbox.
     *
     * `GET /gmail/v1/users/{userId}/labels`
     */
    listLabels(args: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
    /**
     * Save a new draft (the DRAFT label is applied automatically).
     *
     * `POST /gmail/v1/users/{userId}/drafts`
     */
    createDraft(args: Args<operations["createDraft"]>, options?: CallOptions): Promise<Result<Data<operations["createDraft"]>>>;
    /**
     * Replace the whole content of an existing draft.
     *
     * `PUT /gmail/v1/users/{userId}/drafts/{draftId}`
     */
    updateDraft(args: Args<operations["updateDraft"]>, options?: CallOptions): Promise<Result<Data<operations["updateDraft"]>>>;
    /**
     * Send a saved draft, optionally replacing its message first.
     *
     * `POST /gmail/v1/users/{userId}/drafts/send`
     */
    sendDraft(args: Args<operations["sendDraft"]>, options?: CallOptions): Promise<Result<Data<operations["sendDraft"]>>>;
}

const routes = {
    getProfile: {"method":"GET","path":"/gmail/v1/users/{userId}/profile"},
    listMessages: {"method":"GET","path":"/gmail/v1/users/{userId}/messages","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getMessage: {"method":"GET","path":"/gmail/v1/users/{userId}/messages/{messageId}"},
    sendMessage: {"method":"POST","path":"/gmail/v1/users/{userId}/messages/send","body":"application/json"},
    modifyMessage: {"method":"POST","path":"/gmail/v1/users/{userId}/messages/{messageId}/modify","body":"application/json"},
    trashMessage: {"method":"POST","path":"/gmail/v1/users/{userId}/messages/{messageId}/trash"},
    listThreads: {"method":"GET","path":"/gmail/v1/users/{userId}/threads","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getThread: {"method":"GET","path":"/gmail/v1/users/{userId}/threads/{threadId}"},
    listLabels: {"method":"GET","path":"/gmail/v1/users/{userId}/labels"},
    createDraft: {"method":"POST","path":"/gmail/v1/users/{userId}/drafts","body":"application/json"},
    updateDraft: {"method":"PUT","path":"/gmail/v1/users/{userId}/drafts/{draftId}","body":"application/json"},
    sendDraft: {"method":"POST","path":"/gmail/v1/users/{userId}/drafts/send","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Gmail client: `const api = googleMail(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleMail(client: Switchboard): GoogleMailClient {
    const app = "google-mail";
    return {
        getProfile: (args, options) => client.call(app, routes.getProfile, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as GoogleMailClient["listMessages"],
        getMessage: (args, options) => client.call(app, routes.getMessage, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        modifyMessage: (args, options) => client.call(app, routes.modifyMessage, args, options),
        trashMessage: (args, options) => client.call(app, routes.trashMessage, args, options),
        listThreads: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listThreads, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listThreads, args, options) }) as GoogleMailClient["listThreads"],
        getThread: (args, options) => client.call(app, routes.getThread, args, options),
        listLabels: (args, options) => client.call(app, routes.listLabels, args, options),
        createDraft: (args, options) => client.call(app, routes.createDraft, args, options),
        updateDraft: (args, options) => client.call(app, routes.updateDraft, args, options),
        sendDraft: (args, options) => client.call(app, routes.sendDraft, args, options),
    };
}