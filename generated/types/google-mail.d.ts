// Generated from providers/google-mail.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/gmail/v1/users/{userId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a new draft (the DRAFT label is applied automatically). */
        post: operations["createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/drafts/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a saved draft, optionally replacing its message first. */
        post: operations["sendDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/drafts/{draftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the whole content of an existing draft. */
        put: operations["updateDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the system and user labels of the mailbox. */
        get: operations["listLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through message ids, optionally narrowed by a search query or labels. */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/messages/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an email given as a base64url-encoded RFC 2822 message. */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one message in full, as raw MIME, as headers only, or as bare ids and labels. */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/messages/{messageId}/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add labels to and remove labels from one message (star, mark read, archive …). */
        post: operations["modifyMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/messages/{messageId}/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a message to the trash. */
        post: operations["trashMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the mailbox address and its message and thread totals. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through conversation threads, optionally narrowed by a search query or labels. */
        get: operations["listThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gmail/v1/users/{userId}/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a thread with all of its messages. */
        get: operations["getThread"];
        put?: never;
        post?: never;
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
        CreateDraftRequest: {
            message: {
                /** @description The full draft message, base64url-encoded. */
                raw: string;
                /** @description Thread the draft replies in. */
                threadId?: string;
            };
        };
        CreateDraftResponse: {
            id?: string;
            message?: components["schemas"]["SendMessageResponse"];
        };
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
        GetMessageResponse: {
            id?: string;
            threadId?: string;
            labelIds?: string[];
            snippet?: string;
            historyId?: string;
            /** @description Receipt time in epoch milliseconds. */
            internalDate?: string;
            sizeEstimate?: number;
            /** @description The whole message, base64url-encoded (format=raw only). */
            raw?: string;
            payload?: components["schemas"]["GetMessageResponsePart"];
        };
        GetMessageResponsePart: {
            partId?: string;
            mimeType?: string;
            filename?: string;
            headers?: {
                name?: string;
                value?: string;
            }[];
            body?: {
                attachmentId?: string;
                size?: number;
                /** @description Base64url-encoded content of the part. */
                data?: string;
            };
            parts?: components["schemas"]["GetMessageResponsePart"][];
        };
        GetProfileResponse: {
            emailAddress?: string;
            messagesTotal?: number;
            threadsTotal?: number;
            /** @description Current history record id, the starting point for incremental sync. */
            historyId?: string;
        };
        GetThreadResponse: {
            id?: string;
            snippet?: string;
            historyId?: string;
            messages?: Record<string, unknown>[];
        };
        ListLabelsResponse: {
            labels?: {
                id?: string;
                name?: string;
                /** @enum {string} */
                type?: "system" | "user";
                /** @enum {string} */
                messageListVisibility?: "show" | "hide";
                /** @enum {string} */
                labelListVisibility?: "labelShow" | "labelShowIfUnread" | "labelHide";
            }[];
        };
        ListMessagesResponse: {
            messages?: {
                id?: string;
                threadId?: string;
            }[];
            nextPageToken?: string;
            resultSizeEstimate?: number;
        };
        ListThreadsResponse: {
            threads?: {
                id?: string;
                snippet?: string;
                historyId?: string;
            }[];
            nextPageToken?: string;
            resultSizeEstimate?: number;
        };
        ModifyMessageRequest: {
            /** @description Label ids to apply, e.g. STARRED or a user label id. */
            addLabelIds?: string[];
            /** @description Label ids to take off, e.g. UNREAD or INBOX. */
            removeLabelIds?: string[];
        };
        ModifyMessageResponse: components["schemas"]["SendMessageResponse"];
        SendDraftRequest: {
            /** @description Id of the draft to send. */
            id: string;
            /** @description Optional new content to send instead of the stored one. */
            message?: {
                raw?: string;
            };
        };
        SendDraftResponse: components["schemas"]["SendMessageResponse"];
        SendMessageRequest: {
            /** @description The full message (headers and body), base64url-encoded. */
            raw: string;
            /** @description Thread to file the sent message in; the Subject and References headers must match it. */
            threadId?: string;
        };
        SendMessageResponse: {
            id?: string;
            threadId?: string;
            labelIds?: string[];
        };
        TrashMessageResponse: components["schemas"]["SendMessageResponse"];
        UpdateDraftRequest: components["schemas"]["CreateDraftRequest"];
        UpdateDraftResponse: components["schemas"]["CreateDraftResponse"];
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
        /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": {
                 *         "raw": "BASE64URL_ENCODED_EMAIL"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDraftRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDraftResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "r-1234567890"
                 *     }
                 */
                "application/json": components["schemas"]["SendDraftRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendDraftResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
                /** @description Id of the draft. */
                draftId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": {
                 *         "raw": "BASE64URL_ENCODED_EMAIL"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDraftRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDraftResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
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
                    "application/json": components["schemas"]["ListLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Gmail search expression, e.g. is:unread from:alice@example.com.
                 * @example is:unread
                 */
                q?: string;
                /** @description Ids per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Only messages that carry every one of these label ids. */
                labelIds?: string[];
                /** @description Also return messages in SPAM and TRASH. */
                includeSpamTrash?: boolean;
            };
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
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
                    "application/json": components["schemas"]["ListMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "raw": "BASE64_ENCODED_EMAIL"
                 *     }
                 */
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessage: {
        parameters: {
            query?: {
                /** @description How much of the message to return. */
                format?: "minimal" | "full" | "raw" | "metadata";
                /** @description With format=metadata, the header names to include (From, Subject, Date …). */
                metadataHeaders?: string[];
            };
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
                /** @description Id of the message. */
                messageId: string;
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
                    "application/json": components["schemas"]["GetMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    modifyMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "addLabelIds": [
                 *         "STARRED"
                 *       ],
                 *       "removeLabelIds": [
                 *         "UNREAD"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ModifyMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifyMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    trashMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
                /** @description Id of the message. */
                messageId: string;
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
                    "application/json": components["schemas"]["TrashMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
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
                    "application/json": components["schemas"]["GetProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                /** @description Gmail search expression. */
                q?: string;
                /** @description Threads per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Only threads that carry every one of these label ids. */
                labelIds?: string[];
                /** @description Also return threads in SPAM and TRASH. */
                includeSpamTrash?: boolean;
            };
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
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
                    "application/json": components["schemas"]["ListThreadsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getThread: {
        parameters: {
            query?: {
                /** @description How much of each message to return. */
                format?: "full" | "metadata" | "minimal";
                /** @description With format=metadata, the header names to include. */
                metadataHeaders?: string[];
            };
            header?: {
                /** @description Id of the Gmail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Mailbox to act on; `me` is the connected account (an address of the same account also works).
                 * @example me
                 */
                userId: string;
                /** @description Id of the thread. */
                threadId: string;
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
                    "application/json": components["schemas"]["GetThreadResponse"];
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
