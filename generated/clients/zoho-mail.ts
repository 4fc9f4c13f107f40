// Generated from providers/zoho-mail.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-mail.js';

/**
 * Zoho Mail through the Switchboard gateway: Mail accounts, folders, labels, messages and attachments of a Zoho Mail user, including sending and replying.
 */
export interface ZohoMailClient {
    /**
     * List the mail accounts of the signed-in user with their ids and addresses.
     *
     * `GET /api/accounts`
     */
    listAccounts(args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
    /**
     * Read one mail account's addresses, storage and sending settings.
     *
     * `GET /api/accounts/{accountId}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List the account's folders, system and custom, with their ids.
     *
     * `GET /api/accounts/{accountId}/folders`
     */
    listFolders(args: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
    /**
     * Create a folder, optionally inside another folder.
     *
     * `POST /api/accounts/{accountId}/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Rename a folder (mode rename) or apply another folder operation.
     *
     * `PUT /api/accounts/{accountId}/folders/{folderId}`
     */
    updateFolder(args: Args<operations["updateFolder"]>, options?: CallOptions): Promise<Result<Data<operations["updateFolder"]>>>;
    /**
     * Delete a custom folder and the messages in it.
     *
     * `DELETE /api/accounts/{accountId}/folders/{folderId}`
     */
    deleteFolder(args: Args<operations["deleteFolder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFolder"]>>>;
    /**
     * List the account's labels with their ids and colours.
     *
     * `GET /api/accounts/{accountId}/labels`
     */
    listLabels(args: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
    /**
     * Create a label with a name and optional colour.
     *
     * `POST /api/accounts/{accountId}/labels`
     */
    createLabel(args: Args<operations["createLabel"]>, options?: CallOptions): Promise<Result<Data<operations["createLabel"]>>>;
    /**
     * Rename a label or change its colour.
     *
     * `PUT /api/accounts/{accountId}/labels/{labelId}`
     */
    updateLabel(args: Args<operations["updateLabel"]>, options?: CallOptions): Promise<Result<Data<operations["updateLabel"]>>>;
    /**
     * Delete a label; messages keep existing without it.
     *
     * `DELETE /api/accounts/{accountId}/labels/{labelId}`
     */
    deleteLabel(args: Args<operations["deleteLabel"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLabel"]>>>;
    /**
     * List messages of a folder (or the whole account) with summaries, newest first by default.
     *
     * `GET /api/accounts/{accountId}/messages/view`
     */
    listMessages: {
        (args: Args<operations["listMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessages"]>, void, undefined>;
    };
    /**
     * Search messages with Zoho's search syntax (sender, subject, content, dates …).
     *
     * `GET /api/accounts/{accountId}/messages/search`
     */
    searchMessages: {
        (args: Args<operations["searchMessages"]>, options?: CallOptions): Promise<Result<Data<operations["searchMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchMessages"]>, void, undefined>;
    };
    /**
     * Read the body of a message as HTML.
     *
     * `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/content`
     */
    getMessageContent(args: Args<operations["getMessageContent"]>, options?: CallOptions): Promise<Result<Data<operations["getMessageContent"]>>>;
    /**
     * Read the raw header lines of a message.
     *
     * `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/header`
     */
    getMessageHeader(args: Args<operations["getMessageHeader"]>, options?: CallOptions): Promise<Result<Data<operations["getMessageHeader"]>>>;
    /**
     * Read a message's metadata (sender, recipients, subject, size, flags).
     *
     * `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/details`
     */
    getMessageDetails(args: Args<operations["getMessageDetails"]>, options?: CallOptions): Promise<Result<Data<operations["getMessageDetails"]>>>;
    /**
     * Fetch a message in its original MIME form.
     *
     * `GET /api/accounts/{accountId}/messages/{messageId}/originalmessage`
     */
    getOriginalMessage(args: Args<operations["getOriginalMessage"]>, options?: CallOptions): Promise<Result<Data<operations["getOriginalMessage"]>>>;
    /**
     * Send an email (or schedule it) from one of the account's addresses.
     *
     * `POST /api/accounts/{accountId}/messages`
     */
    sendMessage(args: Args<operations["sendMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendMessage"]>>>;
    /**
     * Reply to a message (action reply); add ccAddress to reply to more people.
     *
     * `POST /api/accounts/{accountId}/messages/{messageId}`
     */
    replyToMessage(args: Args<operations["replyToMessage"]>, options?: CallOptions): Promise<Result<Data<operations["replyToMessage"]>>>;
    /**
     * Mark read or unread, move, flag, label, archive or mark spam for a set of messages.
     *
     * `PUT /api/accounts/{accountId}/updatemessage`
     */
    updateMessages(args: Args<operations["updateMessages"]>, options?: CallOptions): Promise<Result<Data<operations["updateMessages"]>>>;
    /**
     * Move a message to Trash, or erase it for good with expunge.
     *
     * `DELETE /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}`
     */
    deleteMessage(args: Args<operations["deleteMessage"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMessage"]>>>;
    /**
     * Upload a file to attach to a message sent afterwards.
     *
     * `POST /api/accounts/{accountId}/messages/attachments`
     */
    uploadAttachment(args: Args<operations["uploadAttachment"]>, options?: CallOptions): Promise<Result<Data<operations["uploadAttachment"]>>>;
    /**
     * List a message's attachments with their ids, names and sizes.
     *
     * `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachmentinfo`
     */
    getAttachmentInfo(args: Args<operations["getAttachmentInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getAttachmentInfo"]>>>;
    /**
     * Download one attachment's bytes.
     *
     * `GET /api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachments/{attachmentId}`
     */
    downloadAttachment(args: Args<operations["downloadAttachment"]>, options?: CallOptions): Promise<Result<Data<operations["downloadAttachment"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Zoho Mail client: `const api = zohoMail(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoMail(client: Switchboard): ZohoMailClient {
    const app = "zoho-mail";
    return {
        listAccounts: (args, options) => client.call(app, routes.listAccounts, args, options),
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listFolders: (args, options) => client.call(app, routes.listFolders, args, options),
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        updateFolder: (args, options) => client.call(app, routes.updateFolder, args, options),
        deleteFolder: (args, options) => client.call(app, routes.deleteFolder, args, options),
        listLabels: (args, options) => client.call(app, routes.listLabels, args, options),
        createLabel: (args, options) => client.call(app, routes.createLabel, args, options),
        updateLabel: (args, options) => client.call(app, routes.updateLabel, args, options),
        deleteLabel: (args, options) => client.call(app, routes.deleteLabel, args, options),
        listMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessages, args, options) }) as ZohoMailClient["listMessages"],
        searchMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchMessages, args, options) }) as ZohoMailClient["searchMessages"],
        getMessageContent: (args, options) => client.call(app, routes.getMessageContent, args, options),
        getMessageHeader: (args, options) => client.call(app, routes.getMessageHeader, args, options),
        getMessageDetails: (args, options) => client.call(app, routes.getMessageDetails, args, options),
        getOriginalMessage: (args, options) => client.call(app, routes.getOriginalMessage, args, options),
        sendMessage: (args, options) => client.call(app, routes.sendMessage, args, options),
        replyToMessage: (args, options) => client.call(app, routes.replyToMessage, args, options),
        updateMessages: (args, options) => client.call(app, routes.updateMessages, args, options),
        deleteMessage: (args, options) => client.call(app, routes.deleteMessage, args, options),
        uploadAttachment: (args, options) => client.call(app, routes.uploadAttachment, args, options),
        getAttachmentInfo: (args, options) => client.call(app, routes.getAttachmentInfo, args, options),
        downloadAttachment: (args, options) => client.call(app, routes.downloadAttachment, args, options),
    };
}