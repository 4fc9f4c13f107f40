// Generated from providers/google-docs.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-docs.js';

/**
 * Google Docs through the Switchboard gateway: Create Google Docs documents, read their structure and edit them through batches of update requests.
 */
export interface GoogleDocsClient {
    /**
     * Read a document's full structure - body, headers, footers, lists and styles.
     *
     * `GET /v1/documents/{documentId}`
     */
    getDocument(args: Args<operations["getDocument"]>, options?: CallOptions): Promise<Result<Data<operations["getDocument"]>>>;
    /**
     * Create an empty document with a title.
     *
     * `POST /v1/documents`
     */
    createDocument(args: Args<operations["createDocument"]>, options?: CallOptions): Promise<Result<Data<operations["createDocument"]>>>;
    /**
     * Apply a list of edits (insert, delete, replace, style, tables, images …) to a document in one go.
     *
     * `POST /v1/documents/{documentId}:batchUpdate`
     */
    batchUpdateDocument(args: Args<operations["batchUpdateDocument"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateDocument"]>>>;
}

const routes = {
    getDocument: {"method":"GET","path":"/v1/documents/{documentId}"},
    createDocument: {"method":"POST","path":"/v1/documents","body":"application/json"},
    batchUpdateDocument: {"method":"POST","path":"/v1/documents/{documentId}:batchUpdate","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Google Docs client: `const api = googleDocs(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleDocs(client: Switchboard): GoogleDocsClient {
    const app = "google-docs";
    return {
        getDocument: (args, options) => client.call(app, routes.getDocument, args, options),
        createDocument: (args, options) => client.call(app, routes.createDocument, args, options),
        batchUpdateDocument: (args, options) => client.call(app, routes.batchUpdateDocument, args, options),
    };
}