// Generated from providers/zoho-mail.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the mail accounts of the signed-in user with their ids and addresses. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one mail account's addresses, storage and sending settings. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's folders, system and custom, with their ids. */
        get: operations["listFolders"];
        put?: never;
        /** Create a folder, optionally inside another folder. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a folder (mode rename) or apply another folder operation. */
        put: operations["updateFolder"];
        post?: never;
        /** Delete a custom folder and the messages in it. */
        delete: operations["deleteFolder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Move a message to Trash, or erase it for good with expunge. */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachmentinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a message's attachments with their ids, names and sizes. */
        get: operations["getAttachmentInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one attachment's bytes. */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the body of a message as HTML. */
        get: operations["getMessageContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a message's metadata (sender, recipients, subject, size, flags). */
        get: operations["getMessageDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/folders/{folderId}/messages/{messageId}/header": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the raw header lines of a message. */
        get: operations["getMessageHeader"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's labels with their ids and colours. */
        get: operations["listLabels"];
        put?: never;
        /** Create a label with a name and optional colour. */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/labels/{labelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a label or change its colour. */
        put: operations["updateLabel"];
        post?: never;
        /** Delete a label; messages keep existing without it. */
        delete: operations["deleteLabel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an email (or schedule it) from one of the account's addresses. */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file to attach to a message sent afterwards. */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search messages with Zoho's search syntax (sender, subject, content, dates …). */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List messages of a folder (or the whole account) with summaries, newest first by default. */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a message (action reply); add ccAddress to reply to more people. */
        post: operations["replyToMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/messages/{messageId}/originalmessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch a message in its original MIME form. */
        get: operations["getOriginalMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/updatemessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark read or unread, move, flag, label, archive or mark spam for a set of messages. */
        put: operations["updateMessages"];
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
        CreateFolderRequest: {
            folderName: string;
            /** @description Folder to create it in; top level when left out. */
            parentFolderId?: string;
        };
        CreateFolderResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListFoldersResponseDataItem"];
        };
        CreateLabelRequest: {
            /** @description Name of the label. */
            displayName: string;
            /** @description Colour as #RRGGBB; a gold default applies when left out. */
            color?: string;
        };
        CreateLabelResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListLabelsResponseDataItem"];
        };
        DeleteFolderResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
        };
        DeleteLabelResponse: components["schemas"]["DeleteFolderResponse"];
        DeleteMessageResponse: components["schemas"]["DeleteFolderResponse"];
        DownloadAttachmentResponse: string;
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
        GetAccountResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListAccountsResponseDataItem"];
        };
        GetAttachmentInfoResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                messageId?: string;
                attachments?: {
                    attachmentId?: string;
                    attachmentName?: string;
                    attachmentSize?: number;
                }[];
            };
        };
        GetMessageContentResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                messageId?: string;
                content?: string;
            };
        };
        GetMessageDetailsResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                messageId?: string;
                subject?: string;
                fromAddress?: string;
                toAddress?: string;
                ccAddress?: string;
                sentDateInGMT?: string;
                receivedTime?: string;
                size?: string;
                hasAttachment?: string;
                flagid?: string;
            };
        };
        GetMessageHeaderResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                headerContent?: unknown;
            };
        };
        GetOriginalMessageResponse: unknown;
        ListAccountsResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListAccountsResponseDataItem"][];
        };
        ListAccountsResponseDataItem: {
            accountId?: string;
            accountName?: string;
            displayName?: string;
            primaryEmailAddress?: string;
            mailboxAddress?: string;
            emailAddress?: Record<string, unknown>[];
            incomingUserName?: string;
        };
        ListAccountsResponseStatus: {
            code?: number;
            description?: string;
        };
        ListFoldersResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListFoldersResponseDataItem"][];
        };
        ListFoldersResponseDataItem: {
            folderId?: string;
            folderName?: string;
            /** @description Inbox, Drafts, Templates, Snoozed, Sent, Spam, Trash, Outbox or a custom folder. */
            folderType?: string;
            path?: string;
            isArchived?: number;
        };
        ListLabelsResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: components["schemas"]["ListLabelsResponseDataItem"][];
        };
        ListLabelsResponseDataItem: {
            labelId?: string;
            displayName?: string;
            color?: string;
            sequence?: number;
        };
        ListMessagesResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                messageId?: string;
                folderId?: string;
                threadId?: string;
                subject?: string;
                summary?: string;
                sender?: string;
                fromAddress?: string;
                toAddress?: string;
                /** @description Milliseconds since the epoch. */
                receivedTime?: string;
                status?: string;
                hasAttachment?: string;
                flagid?: string;
            }[];
        };
        ReplyToMessageRequest: {
            /**
             * @description Must be reply.
             * @enum {string}
             */
            action: "reply";
            fromAddress: string;
            toAddress: string;
            ccAddress?: string;
            bccAddress?: string;
            subject?: string;
            content?: string;
            /** @enum {string} */
            mailFormat?: "html" | "plaintext";
            /** @enum {string} */
            askReceipt?: "yes" | "no";
            attachments?: components["schemas"]["SendMessageRequestAttachments"];
        };
        ReplyToMessageResponse: components["schemas"]["SendMessageResponse"];
        SearchMessagesResponse: components["schemas"]["ListMessagesResponse"];
        SendMessageRequest: {
            /** @description Sender; must belong to the connected account. */
            fromAddress: string;
            /** @description Comma-separated recipients. */
            toAddress: string;
            ccAddress?: string;
            bccAddress?: string;
            subject?: string;
            /** @description Body of the message. */
            content?: string;
            /**
             * @default html
             * @enum {string}
             */
            mailFormat?: "html" | "plaintext";
            /**
             * @description Request a read receipt.
             * @enum {string}
             */
            askReceipt?: "yes" | "no";
            /** @description Character encoding, e.g. UTF-8. */
            encoding?: string;
            /** @description Send later instead of now. */
            isSchedule?: boolean;
            /** @description When to send, as MM/dd/yyyy HH:mm:ss, with isSchedule. */
            scheduleTime?: string;
            /** @description Time zone of scheduleTime. */
            timeZone?: string;
            attachments?: components["schemas"]["SendMessageRequestAttachments"];
        };
        /** @description Files uploaded beforehand through uploadAttachment. */
        SendMessageRequestAttachments: {
            storeName?: string;
            attachmentPath?: string;
            attachmentName?: string;
        }[];
        SendMessageResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                messageId?: string;
                subject?: string;
                fromAddress?: string;
                toAddress?: string;
            };
        };
        UpdateFolderRequest: {
            /** @description Operation to perform: rename for a new name; Zoho also offers moving, marking all read and emptying. */
            mode: string;
            /** @description New name when mode is rename. */
            folderName?: string;
            /** @description Destination folder when moving. */
            parentFolderId?: string;
        };
        UpdateFolderResponse: components["schemas"]["CreateFolderResponse"];
        UpdateLabelRequest: {
            displayName?: string;
            color?: string;
        };
        UpdateLabelResponse: components["schemas"]["CreateLabelResponse"];
        UpdateMessagesRequest: {
            /** @enum {string} */
            mode: "markAsRead" | "markAsUnread" | "moveMessage" | "setFlag" | "applyLabel" | "archive" | "unArchive" | "spam" | "notSpam";
            /** @description Messages to change (or give threadId). */
            messageId?: string[];
            /** @description Conversations to change instead of single messages. */
            threadId?: string[];
            /** @description Folder the messages are in. */
            folderId?: string;
            /** @description Limit thread operations to folderId. */
            isFolderSpecific?: boolean;
            /** @description Target folder for moveMessage. */
            destfolderId?: string;
            /**
             * @description Flag for setFlag; flag_not_set clears it.
             * @enum {string}
             */
            flagid?: "info" | "important" | "followup" | "flag_not_set";
            /** @description Labels for applyLabel. */
            labelId?: string[];
            /** @description Also act on archived messages. */
            isArchive?: boolean;
        };
        UpdateMessagesResponse: components["schemas"]["DeleteFolderResponse"];
        UploadAttachmentRequest: {
            /**
             * Format: binary
             * @description The file.
             */
            attach?: string;
        };
        UploadAttachmentResponse: {
            status?: components["schemas"]["ListAccountsResponseStatus"];
            data?: {
                storeName?: string;
                attachmentPath?: string;
                attachmentName?: string;
                url?: string;
            }[];
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
        /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
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
                    "application/json": components["schemas"]["GetAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
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
                    "application/json": components["schemas"]["ListFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "folderName": "My Folder"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "rename",
                 *       "folderName": "Renamed Folder"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["DeleteFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: {
                /** @description Delete permanently instead of moving to Trash. */
                expunge?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["DeleteMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAttachmentInfo: {
        parameters: {
            query?: {
                /** @description Also list inline images. */
                includeInline?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["GetAttachmentInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
                /** @description Id of the message. */
                messageId: string;
                /** @description Id of the attachment (from the attachment info). */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["DownloadAttachmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessageContent: {
        parameters: {
            query?: {
                /** @description Also return quoted (blockquote) content. */
                includeBlockContent?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["GetMessageContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessageDetails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["GetMessageDetailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessageHeader: {
        parameters: {
            query?: {
                /** @description Return the headers as one raw string instead of parsed. */
                raw?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the folder. */
                folderId: string;
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
                    "application/json": components["schemas"]["GetMessageHeaderResponse"];
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
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
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
    createLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Important",
                 *       "color": "#FFD700"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLabelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLabelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the label. */
                labelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Follow up"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLabelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLabelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the label. */
                labelId: string;
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
                    "application/json": components["schemas"]["DeleteLabelResponse"];
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
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromAddress": "sender@yourdomain.com",
                 *       "toAddress": "recipient@example.com",
                 *       "subject": "Subject",
                 *       "content": "Email body",
                 *       "mailFormat": "html"
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
    uploadAttachment: {
        parameters: {
            query?: {
                /** @description Set to multipart when the file is sent as multipart form data. */
                uploadType?: "multipart";
                /** @description Name of the file when the body is the raw file instead of a form. */
                fileName?: string;
                /** @description Upload an image to show inline in the body. */
                isInline?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAttachmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchMessages: {
        parameters: {
            query: {
                /**
                 * @description Search expression such as entire:invoice or from:someone@example.com; combine conditions with ::.
                 * @example entire:invoice
                 */
                searchKey: string;
                /** @description Only messages received after this time (milliseconds since the epoch). */
                receivedTime?: string;
                start?: number;
                limit?: number;
                includeto?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
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
                    "application/json": components["schemas"]["SearchMessagesResponse"];
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
                /** @description Folder to list; all folders when left out. */
                folderId?: string;
                /** @description Position of the first message to return (counting from 1). */
                start?: number;
                /** @description How many messages to return. */
                limit?: number;
                /** @description Read-state filter. */
                status?: "read" | "unread" | "all";
                /** @description Only messages carrying this flag. */
                flagid?: string;
                /** @description Only messages carrying this label. */
                labelid?: string;
                /** @description Only messages of this conversation. */
                threadId?: string;
                /** @description Field to order by. */
                sortBy?: "date" | "messageId" | "size";
                /** @description true for ascending order. */
                sortorder?: boolean;
                /** @description Include the To addresses in each summary. */
                includeto?: boolean;
                /** @description Include sent messages. */
                includesent?: boolean;
                /** @description Include archived messages. */
                includearchive?: boolean;
                /** @description Only messages with attachments. */
                attachedMails?: boolean;
                /** @description Only flagged messages. */
                flaggedMails?: boolean;
                /** @description Group messages into conversations. */
                threadedMails?: boolean;
            };
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
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
    replyToMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "reply",
                 *       "fromAddress": "sender@yourdomain.com",
                 *       "toAddress": "recipient@example.com",
                 *       "content": "Thanks for the update."
                 *     }
                 */
                "application/json": components["schemas"]["ReplyToMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyToMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOriginalMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The complete MIME source of the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOriginalMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Mail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail account (accountId from GET /api/accounts). */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "setFlag",
                 *       "messageId": [
                 *         "messageId1"
                 *       ],
                 *       "flagid": "important"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMessagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMessagesResponse"];
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
