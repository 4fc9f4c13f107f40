// Generated from providers/signnow.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/signnow.js';

/**
 * SignNow through the Switchboard gateway: Electronic signatures with signNow, covering document upload and download, templates, signing invites and links, folders and event subscriptions.
 */
export interface SignnowClient {
    /**
     * Read the profile, emails, plan and document count of the connected user.
     *
     * `GET /user`
     */
    getUser(args?: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List the documents the connected user owns.
     *
     * `GET /user/documents`
     */
    listUserDocuments(args?: Args<operations["listUserDocuments"]>, options?: CallOptions): Promise<Result<Data<operations["listUserDocuments"]>>>;
    /**
     * Upload a file as a new document.
     *
     * `POST /document`
     */
    uploadDocument(args: Args<operations["uploadDocument"]>, options?: CallOptions): Promise<Result<Data<operations["uploadDocument"]>>>;
    /**
     * Read a document with its fields, roles, signatures and invites.
     *
     * `GET /document/{document_id}`
     */
    getDocument(args: Args<operations["getDocument"]>, options?: CallOptions): Promise<Result<Data<operations["getDocument"]>>>;
    /**
     * Rename a document or replace its fillable fields, texts, checks and signatures.
     *
     * `PUT /document/{document_id}`
     */
    updateDocument(args: Args<operations["updateDocument"]>, options?: CallOptions): Promise<Result<Data<operations["updateDocument"]>>>;
    /**
     * Download a document as a flattened PDF or a zip, optionally with its history appended.
     *
     * `GET /document/{document_id}/download`
     */
    downloadDocument(args: Args<operations["downloadDocument"]>, options?: CallOptions): Promise<Result<Data<operations["downloadDocument"]>>>;
    /**
     * List every event in a document's life (views, signatures, field changes, invites).
     *
     * `GET /document/{document_id}/historyfull`
     */
    getDocumentHistory(args: Args<operations["getDocumentHistory"]>, options?: CallOptions): Promise<Result<Data<operations["getDocumentHistory"]>>>;
    /**
     * Move a document into another folder.
     *
     * `POST /document/{document_id}/move`
     */
    moveDocument(args: Args<operations["moveDocument"]>, options?: CallOptions): Promise<Result<Data<operations["moveDocument"]>>>;
    /**
     * Combine several documents into one PDF, returned as a file or saved as a new document.
     *
     * `POST /document/merge`
     */
    mergeDocuments(args: Args<operations["mergeDocuments"]>, options?: CallOptions): Promise<Result<Data<operations["mergeDocuments"]>>>;
    /**
     * Delete a document.
     *
     * `DELETE /document/{document_id}`
     */
    deleteDocument(args: Args<operations["deleteDocument"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDocument"]>>>;
    /**
     * Turn a document into a reusable template (the source document is consumed).
     *
     * `POST /template`
     */
    createTemplate(args: Args<operations["createTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["createTemplate"]>>>;
    /**
     * Create a new document from a template.
     *
     * `POST /template/{template_id}/copy`
     */
    copyTemplate(args: Args<operations["copyTemplate"]>, options?: CallOptions): Promise<Result<Data<operations["copyTemplate"]>>>;
    /**
     * Email a signing invite, free-form to one signer or role-based to the document's roles.
     *
     * `POST /document/{document_id}/invite`
     */
    sendInvite(args: Args<operations["sendInvite"]>, options?: CallOptions): Promise<Result<Data<operations["sendInvite"]>>>;
    /**
     * Create a link anyone can open to sign a document that has fields.
     *
     * `POST /link`
     */
    createSigningLink(args: Args<operations["createSigningLink"]>, options?: CallOptions): Promise<Result<Data<operations["createSigningLink"]>>>;
    /**
     * Read the user's root folder with its system folders and sub-folders.
     *
     * `GET /folder`
     */
    listFolders(args?: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
    /**
     * Read a folder and the documents in it, filtered, sorted and a page at a time.
     *
     * `GET /folder/{folder_id}`
     */
    getFolder: {
        (args: Args<operations["getFolder"]>, options?: CallOptions): Promise<Result<Data<operations["getFolder"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getFolder"]>, options?: CallOptions): AsyncGenerator<Data<operations["getFolder"]>, void, undefined>;
    };
    /**
     * List the webhooks registered for the user's documents.
     *
     * `GET /event_subscription`
     */
    listEventSubscriptions(args?: Args<operations["listEventSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listEventSubscriptions"]>>>;
    /**
     * Register a webhook that signNow calls when a document or invite event happens.
     *
     * `POST /event_subscription`
     */
    createEventSubscription(args: Args<operations["createEventSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createEventSubscription"]>>>;
    /**
     * Remove a webhook.
     *
     * `DELETE /event_subscription/{subscription_id}`
     */
    deleteEventSubscription(args: Args<operations["deleteEventSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEventSubscription"]>>>;
}

const routes = {
    getUser: {"method":"GET","path":"/user"},
    listUserDocuments: {"method":"GET","path":"/user/documents"},
    uploadDocument: {"method":"POST","path":"/document","body":"multipart/form-data"},
    getDocument: {"method":"GET","path":"/document/{document_id}"},
    updateDocument: {"method":"PUT","path":"/document/{document_id}","body":"application/json"},
    downloadDocument: {"method":"GET","path":"/document/{document_id}/download","binary":true},
    getDocumentHistory: {"method":"GET","path":"/document/{document_id}/historyfull"},
    moveDocument: {"method":"POST","path":"/document/{document_id}/move","body":"application/json"},
    mergeDocuments: {"method":"POST","path":"/document/merge","body":"application/json","binary":true},
    deleteDocument: {"method":"DELETE","path":"/document/{document_id}"},
    createTemplate: {"method":"POST","path":"/template","body":"application/json"},
    copyTemplate: {"method":"POST","path":"/template/{template_id}/copy","body":"application/json"},
    sendInvite: {"method":"POST","path":"/document/{document_id}/invite","body":"application/json"},
    createSigningLink: {"method":"POST","path":"/link","body":"application/json"},
    listFolders: {"method":"GET","path":"/folder"},
    getFolder: {"method":"GET","path":"/folder/{folder_id}","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"documents","total":"total_documents"}},
    listEventSubscriptions: {"method":"GET","path":"/event_subscription"},
    createEventSubscription: {"method":"POST","path":"/event_subscription","body":"application/json"},
    deleteEventSubscription: {"method":"DELETE","path":"/event_subscription/{subscription_id}"},
} satisfies Record<string, Route>;

/**
 * The SignNow client: `const api = signnow(new Switchboard({ baseUrl, apiKey }))`.
 */
export function signnow(client: Switchboard): SignnowClient {
    const app = "signnow";
    return {
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listUserDocuments: (args, options) => client.call(app, routes.listUserDocuments, args, options),
        uploadDocument: (args, options) => client.call(app, routes.uploadDocument, args, options),
        getDocument: (args, options) => client.call(app, routes.getDocument, args, options),
        updateDocument: (args, options) => client.call(app, routes.updateDocument, args, options),
        downloadDocument: (args, options) => client.call(app, routes.downloadDocument, args, options),
        getDocumentHistory: (args, options) => client.call(app, routes.getDocumentHistory, args, options),
        moveDocument: (args, options) => client.call(app, routes.moveDocument, args, options),
        mergeDocuments: (args, options) => client.call(app, routes.mergeDocuments, args, options),
        deleteDocument: (args, options) => client.call(app, routes.deleteDocument, args, options),
        createTemplate: (args, options) => client.call(app, routes.createTemplate, args, options),
        copyTemplate: (args, options) => client.call(app, routes.copyTemplate, args, options),
        sendInvite: (args, options) => client.call(app, routes.sendInvite, args, options),
        createSigningLink: (args, options) => client.call(app, routes.createSigningLink, args, options),
        listFolders: (args, options) => client.call(app, routes.listFolders, args, options),
        getFolder: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getFolder, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getFolder, args, options) }) as SignnowClient["getFolder"],
        listEventSubscriptions: (args, options) => client.call(app, routes.listEventSubscriptions, args, options),
        createEventSubscription: (args, options) => client.call(app, routes.createEventSubscription, args, options),
        deleteEventSubscription: (args, options) => client.call(app, routes.deleteEventSubscription, args, options),
    };
}