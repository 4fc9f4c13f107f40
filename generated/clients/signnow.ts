// Generated from providers/signnow.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/signnow.js';

/**
 * SignNow through the Switchboard gateway: Electronic signatures with signNow, covering document upload and download, templates, signing invites and links, folders and event subscriptions.
 */
export interface SignnowClient {
    /** Read the profile, emails, plan and document count of the connected user. `GET /user` */
    getUser: Call<operations["getUser"]>;
    /** List the documents the connected user owns. `GET /user/documents` */
    listUserDocuments: Call<operations["listUserDocuments"]>;
    /** Upload a file as a new document. `POST /document` */
    uploadDocument: Call<operations["uploadDocument"]>;
    /** Read a document with its fields, roles, signatures and invites. `GET /document/{document_id}` */
    getDocument: Call<operations["getDocument"]>;
    /** Rename a document or replace its fillable fields, texts, checks and signatures. `PUT /document/{document_id}` */
    updateDocument: Call<operations["updateDocument"]>;
    /** Download a document as a flattened PDF or a zip, optionally with its history appended. `GET /document/{document_id}/download` */
    downloadDocument: Call<operations["downloadDocument"]>;
    /** List every event in a document's life (views, signatures, field changes, invites). `GET /document/{document_id}/historyfull` */
    getDocumentHistory: Call<operations["getDocumentHistory"]>;
    /** Move a document into another folder. `POST /document/{document_id}/move` */
    moveDocument: Call<operations["moveDocument"]>;
    /** Combine several documents into one PDF, returned as a file or saved as a new document. `POST /document/merge` */
    mergeDocuments: Call<operations["mergeDocuments"]>;
    /** Delete a document. `DELETE /document/{document_id}` */
    deleteDocument: Call<operations["deleteDocument"]>;
    /** Turn a document into a reusable template (the source document is consumed). `POST /template` */
    createTemplate: Call<operations["createTemplate"]>;
    /** Create a new document from a template. `POST /template/{template_id}/copy` */
    copyTemplate: Call<operations["copyTemplate"]>;
    /** Email a signing invite, free-form to one signer or role-based to the document's roles. `POST /document/{document_id}/invite` */
    sendInvite: Call<operations["sendInvite"]>;
    /** Create a link anyone can open to sign a document that has fields. `POST /link` */
    createSigningLink: Call<operations["createSigningLink"]>;
    /** Read the user's root folder with its system folders and sub-folders. `GET /folder` */
    listFolders: Call<operations["listFolders"]>;
    /** Read a folder and the documents in it, filtered, sorted and a page at a time. `GET /folder/{folder_id}` */
    getFolder: Paged<operations["getFolder"]>;
    /** List the webhooks registered for the user's documents. `GET /event_subscription` */
    listEventSubscriptions: Call<operations["listEventSubscriptions"]>;
    /** Register a webhook that signNow calls when a document or invite event happens. `POST /event_subscription` */
    createEventSubscription: Call<operations["createEventSubscription"]>;
    /** Remove a webhook. `DELETE /event_subscription/{subscription_id}` */
    deleteEventSubscription: Call<operations["deleteEventSubscription"]>;
}

const routes: Routes<SignnowClient> = {
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
};

/**
 * The SignNow client: `const api = signnow(new Switchboard({ baseUrl, apiKey }))`.
 */
export const signnow = (sb: Switchboard): SignnowClient => bindClient<SignnowClient>(sb, "signnow", routes);
