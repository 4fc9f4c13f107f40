// Generated from providers/zoho-mail.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-mail.js';

/**
 * Zoho Mail through the Switchboard gateway: Mail accounts, folders, labels, messages and attachments of a Zoho Mail user, including sending and replying.
 */
export interface ZohoMailClient {
    /** List the mail accounts of the signed-in user with their ids and addresses. `GET /api/accounts` */
    listAccounts: Call<operations["listAccounts"]>;
    /** Read one mail account's addresses, storage and sending settings. `GET /api/accounts/{accountId}` */
    getAccount: Call<operations["getAccount"]>;
    /** List the account's folders, system and custom, with their ids. `GET /api/accounts/{accountId}/folders` */
    listFolders: Call<operations["listFolders"]>;
    /** Create a folder, optionally inside another folder. `POST /api/accounts/{accountId}/folders` */
    createFolder: Call<operations["createFolder"]>;
    /** Rename a folder (mode rename) or apply another folder operation. `PUT /api/accounts/{accountId}/folders/{folderId}` */
    updateFolder: Call<operations["updateFolder"]>;
    /** Delete a custom folder and the messages in it. `DELETE /api/accounts/{accountId}/folders/{folderId}` */
    deleteFolder: Call<operations["deleteFolder"]>;
    /** List the account's labels with their ids and colours. `GET /api/accounts/{accountId}/labels` */
    listLabels: Call<operations["listLabels"]>;
    /** Create a label with a name and optional colour. `POST /api/accounts/{accountId}/labels` */
    createLabel: Call<operations["createLabel"]>;
    /** Rename a label or change its colour. `PUT /api/accounts/{accountId}/labels/{labelId}` */
    updateLabel: Call<operations["updateLabel"]>;
    /** Delete a label; messages keep existing without it. `DELETE /api/accounts/{accountId}/labels/{labelId}` */
    deleteLabel: Call<operations["deleteLabel"]>;
    /** List messages of a folder (or the whole account) with summaries, newest first by default. `GET /api/accounts/{accountId}/messages/view` */
    listMessages: Paged<operations["listMessages"]>;
    /** Search messages with Zoho's search syntax (sender, subject, content, dates …). `GET /api/accounts/{accountId}/messages/search` */
    searchMessages: Paged<operations["searchMessages"]>;
    /** Read the body of a message as HTML. `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/content` */
    getMessageContent: Call<operations["getMessageContent"]>;
    /** Read the raw header lines of a message. `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/header` */
    getMessageHeader: Call<operations["getMessageHeader"]>;
    /** Read a message's metadata (sender, recipients, subject, size, flags). `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/details` */
    getMessageDetails: Call<operations["getMessageDetails"]>;
    /** Fetch a message in its original MIME form. `GET /api/accounts/{accountId}/messages/{messageId}/originalmessage` */
    getOriginalMessage: Call<operations["getOriginalMessage"]>;
    /** Send an email (or schedule it) from one of the account's addresses. `POST /api/accounts/{accountId}/messages` */
    sendMessage: Call<operations["sendMessage"]>;
    /** Reply to a message (action reply); add ccAddress to reply to more people. `POST /api/accounts/{accountId}/messages/{messageId}` */
    replyToMessage: Call<operations["replyToMessage"]>;
    /** Mark read or unread, move, flag, label, archive or mark spam for a set of messages. `PUT /api/accounts/{accountId}/updatemessage` */
    updateMessages: Call<operations["updateMessages"]>;
    /** Move a message to Trash, or erase it for good with expunge. `DELETE /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}` */
    deleteMessage: Call<operations["deleteMessage"]>;
    /** Upload a file to attach to a message sent afterwards. `POST /api/accounts/{accountId}/messages/attachments` */
    uploadAttachment: Call<operations["uploadAttachment"]>;
    /** List a message's attachments with their ids, names and sizes. `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachmentinfo` */
    getAttachmentInfo: Call<operations["getAttachmentInfo"]>;
    /** Download one attachment's bytes. `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachments/{attachmentId}` */
    downloadAttachment: Call<operations["downloadAttachment"]>;
}

const routes: Routes<ZohoMailClient> = {
    listAccounts: {"method":"GET","path":"/api/accounts"},
    getAccount: {"method":"GET","path":"/api/accounts/{accountId}"},
    listFolders: {"method":"GET","path":"/api/accounts/{accountId}/folders"},
    createFolder: {"method":"POST","path":"/api/accounts/{accountId}/folders","body":"application/json"},
    updateFolder: {"method":"PUT","path":"/api/accounts/{accountId}/folders/{folderId}","body":"application/json"},
    deleteFolder: {"method":"DELETE","path":"/api/accounts/{accountId}/folders/{folderId}"},
    listLabels: {"method":"GET","path":"/api/accounts/{accountId}/labels"},
    createLabel: {"method":"POST","path":"/api/accounts/{accountId}/labels","body":"application/json"},
    updateLabel: {"method":"PUT","path":"/api/accounts/{accountId}/labels/{labelId}","body":"application/json"},
    deleteLabel: {"method":"DELETE","path":"/api/accounts/{accountId}/labels/{labelId}"},
    listMessages: {"method":"GET","path":"/api/accounts/{accountId}/messages/view","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    searchMessages: {"method":"GET","path":"/api/accounts/{accountId}/messages/search","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    getMessageContent: {"method":"GET","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/content"},
    getMessageHeader: {"method":"GET","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/header"},
    getMessageDetails: {"method":"GET","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/details"},
    getOriginalMessage: {"method":"GET","path":"/api/accounts/{accountId}/messages/{messageId}/originalmessage"},
    sendMessage: {"method":"POST","path":"/api/accounts/{accountId}/messages","body":"application/json"},
    replyToMessage: {"method":"POST","path":"/api/accounts/{accountId}/messages/{messageId}","body":"application/json"},
    updateMessages: {"method":"PUT","path":"/api/accounts/{accountId}/updatemessage","body":"application/json"},
    deleteMessage: {"method":"DELETE","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}"},
    uploadAttachment: {"method":"POST","path":"/api/accounts/{accountId}/messages/attachments","body":"multipart/form-data"},
    getAttachmentInfo: {"method":"GET","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachmentinfo"},
    downloadAttachment: {"method":"GET","path":"/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachments/{attachmentId}","binary":true},
};

/**
 * The Zoho Mail client: `const api = zohoMail(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoMail = (sb: Switchboard): ZohoMailClient => bindClient<ZohoMailClient>(sb, "zoho-mail", routes);
