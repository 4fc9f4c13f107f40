// Generated from providers/google-mail.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-mail.js';

/**
 * Gmail through the Switchboard gateway: Read, search, label, trash and send Gmail messages and threads, and manage drafts of a Google account.
 */
export interface GoogleMailClient {
    /** Read the mailbox address and its message and thread totals. `GET /gmail/v1/users/{userId}/profile` */
    getProfile: Call<operations["getProfile"]>;
    /** Page through message ids, optionally narrowed by a search query or labels. `GET /gmail/v1/users/{userId}/messages` */
    listMessages: Paged<operations["listMessages"]>;
    /** Read one message in full, as raw MIME, as headers only, or as bare ids and labels. `GET /gmail/v1/users/{userId}/messages/{messageId}` */
    getMessage: Call<operations["getMessage"]>;
    /** Send an email given as a base64url-encoded RFC 2822 message. `POST /gmail/v1/users/{userId}/messages/send` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Add labels to and remove labels from one message (star, mark read, archive …). `POST /gmail/v1/users/{userId}/messages/{messageId}/modify` */
    modifyMessage: Call<operations["modifyMessage"]>;
    /** Move a message to the trash. `POST /gmail/v1/users/{userId}/messages/{messageId}/trash` */
    trashMessage: Call<operations["trashMessage"]>;
    /** Page through conversation threads, optionally narrowed by a search query or labels. `GET /gmail/v1/users/{userId}/threads` */
    listThreads: Paged<operations["listThreads"]>;
    /** Read a thread with all of its messages. `GET /gmail/v1/users/{userId}/threads/{threadId}` */
    getThread: Call<operations["getThread"]>;
    /** List the system and user labels of the mailbox. `GET /gmail/v1/users/{userId}/labels` */
    listLabels: Call<operations["listLabels"]>;
    /** Save a new draft (the DRAFT label is applied automatically). `POST /gmail/v1/users/{userId}/drafts` */
    createDraft: Call<operations["createDraft"]>;
    /** Replace the whole content of an existing draft. `PUT /gmail/v1/users/{userId}/drafts/{draftId}` */
    updateDraft: Call<operations["updateDraft"]>;
    /** Send a saved draft, optionally replacing its message first. `POST /gmail/v1/users/{userId}/drafts/send` */
    sendDraft: Call<operations["sendDraft"]>;
}

const routes: Routes<GoogleMailClient> = {
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
};

/**
 * The Gmail client: `const api = googleMail(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleMail = (sb: Switchboard): GoogleMailClient => bindClient<GoogleMailClient>(sb, "google-mail", routes);
