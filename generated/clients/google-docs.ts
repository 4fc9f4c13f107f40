// Generated from providers/google-docs.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-docs.js';

/**
 * Google Docs through the Switchboard gateway: Create Google Docs documents, read their structure and edit them through batches of update requests.
 */
export interface GoogleDocsClient {
    /** Read a document's full structure - body, headers, footers, lists and styles. `GET /v1/documents/{documentId}` */
    getDocument: Call<operations["getDocument"]>;
    /** Create an empty document with a title. `POST /v1/documents` */
    createDocument: Call<operations["createDocument"]>;
    /** Apply a list of edits (insert, delete, replace, style, tables, images …) to a document in one go. `POST /v1/documents/{documentId}:batchUpdate` */
    batchUpdateDocument: Call<operations["batchUpdateDocument"]>;
}

const routes: Routes<GoogleDocsClient> = {
    getDocument: {"method":"GET","path":"/v1/documents/{documentId}"},
    createDocument: {"method":"POST","path":"/v1/documents","body":"application/json"},
    batchUpdateDocument: {"method":"POST","path":"/v1/documents/{documentId}:batchUpdate","body":"application/json"},
};

/**
 * The Google Docs client: `const api = googleDocs(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleDocs = (sb: Switchboard): GoogleDocsClient => bindClient<GoogleDocsClient>(sb, "google-docs", routes);
