// Generated from providers/google-docs.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an empty document with a title. */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a document's full structure - body, headers, footers, lists and styles. */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a list of edits (insert, delete, replace, style, tables, images …) to a document in one go. */
        post: operations["batchUpdateDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        BatchUpdateDocumentRequest: {
            /** @description Each item holds exactly one request kind. */
            requests: {
                insertText?: {
                    location?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextLocation"];
                    endOfSegmentLocation?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextEndOfSegmentLocation"];
                    text?: string;
                };
                deleteContentRange?: {
                    range?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemDeleteContentRangeRange"];
                };
                replaceAllText?: {
                    containsText?: {
                        text?: string;
                        matchCase?: boolean;
                    };
                    replaceText?: string;
                };
                insertTable?: {
                    location?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextLocation"];
                    endOfSegmentLocation?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextEndOfSegmentLocation"];
                    rows?: number;
                    columns?: number;
                };
                insertInlineImage?: {
                    location?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextLocation"];
                    endOfSegmentLocation?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextEndOfSegmentLocation"];
                    /** @description Publicly reachable image URL. */
                    uri?: string;
                    objectSize?: {
                        height?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertInlineImageObjectSizeHeight"];
                        width?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertInlineImageObjectSizeHeight"];
                    };
                };
                updateTextStyle?: {
                    range?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemDeleteContentRangeRange"];
                    textStyle?: {
                        bold?: boolean;
                        italic?: boolean;
                        underline?: boolean;
                        fontSize?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertInlineImageObjectSizeHeight"];
                        link?: {
                            url?: string;
                        };
                    };
                    /** @description Field mask of the style properties to change, e.g. bold,fontSize. */
                    fields?: string;
                };
                updateParagraphStyle?: Record<string, unknown>;
                createParagraphBullets?: Record<string, unknown>;
                insertPageBreak?: {
                    location?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextLocation"];
                    endOfSegmentLocation?: components["schemas"]["BatchUpdateDocumentRequestRequestsItemInsertTextEndOfSegmentLocation"];
                };
            }[];
            /** @description Optimistic locking - fail (requiredRevisionId) or merge (targetRevisionId) when the document changed since that revision. */
            writeControl?: {
                requiredRevisionId?: string;
                targetRevisionId?: string;
            };
        };
        BatchUpdateDocumentRequestRequestsItemDeleteContentRangeRange: {
            startIndex?: number;
            endIndex?: number;
            segmentId?: string;
            tabId?: string;
        };
        BatchUpdateDocumentRequestRequestsItemInsertInlineImageObjectSizeHeight: {
            magnitude?: number;
            /** @enum {string} */
            unit?: "PT";
        };
        BatchUpdateDocumentRequestRequestsItemInsertTextEndOfSegmentLocation: {
            segmentId?: string;
            tabId?: string;
        };
        BatchUpdateDocumentRequestRequestsItemInsertTextLocation: {
            index?: number;
            segmentId?: string;
            tabId?: string;
        };
        BatchUpdateDocumentResponse: {
            documentId?: string;
            /** @description One reply per request, in the same order (empty for most kinds). */
            replies?: Record<string, unknown>[];
            writeControl?: {
                requiredRevisionId?: string;
            };
        };
        CreateDocumentRequest: {
            /** @description Title of the new document. */
            title?: string;
        };
        CreateDocumentResponse: components["schemas"]["GetDocumentResponse"];
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GetDocumentResponse: {
            documentId?: string;
            title?: string;
            revisionId?: string;
            body?: {
                /** @description Structural elements, each with startIndex and endIndex and one of paragraph, table, sectionBreak or tableOfContents. */
                content?: {
                    startIndex?: number;
                    endIndex?: number;
                    paragraph?: Record<string, unknown>;
                    table?: Record<string, unknown>;
                    sectionBreak?: Record<string, unknown>;
                    tableOfContents?: Record<string, unknown>;
                }[];
            };
            headers?: Record<string, unknown>;
            footers?: Record<string, unknown>;
            lists?: Record<string, unknown>;
            namedStyles?: Record<string, unknown>;
            documentStyle?: Record<string, unknown>;
            tabs?: Record<string, unknown>[];
        };
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the Google Docs connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Docs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Document"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDocument: {
        parameters: {
            query?: {
                /** @description How pending suggestions appear in the answer. */
                suggestionsViewMode?: "DEFAULT_FOR_CURRENT_ACCESS" | "SUGGESTIONS_INLINE" | "PREVIEW_SUGGESTIONS_ACCEPTED" | "PREVIEW_WITHOUT_SUGGESTIONS";
                /** @description Fill the tabs field with the content of every tab instead of the first tab only. */
                includeTabsContent?: boolean;
            };
            header?: {
                /** @description Id of the Google Docs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (the long id in its URL). */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Docs connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (the long id in its URL). */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "insertText": {
                 *             "location": {
                 *               "index": 1
                 *             },
                 *             "text": "Hello, World!"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
