// Generated from providers/signnow.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file as a new document. */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Combine several documents into one PDF, returned as a file or saved as a new document. */
        post: operations["mergeDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a document with its fields, roles, signatures and invites. */
        get: operations["getDocument"];
        /** Rename a document or replace its fillable fields, texts, checks and signatures. */
        put: operations["updateDocument"];
        post?: never;
        /** Delete a document. */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/{document_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document as a flattened PDF or a zip, optionally with its history appended. */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/{document_id}/historyfull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every event in a document's life (views, signatures, field changes, invites). */
        get: operations["getDocumentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/{document_id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a signing invite, free-form to one signer or role-based to the document's roles. */
        post: operations["sendInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/document/{document_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a document into another folder. */
        post: operations["moveDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks registered for the user's documents. */
        get: operations["listEventSubscriptions"];
        put?: never;
        /** Register a webhook that signNow calls when a document or invite event happens. */
        post: operations["createEventSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_subscription/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook. */
        delete: operations["deleteEventSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user's root folder with its system folders and sub-folders. */
        get: operations["listFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/folder/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a folder and the documents in it, filtered, sorted and a page at a time. */
        get: operations["getFolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a link anyone can open to sign a document that has fields. */
        post: operations["createSigningLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a document into a reusable template (the source document is consumed). */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/template/{template_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a new document from a template. */
        post: operations["copyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile, emails, plan and document count of the connected user. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the documents the connected user owns. */
        get: operations["listUserDocuments"];
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
        CopyTemplateRequest: {
            /** @description Name of the new document. */
            document_name?: string;
            client_timestamp?: number;
        };
        CopyTemplateResponse: {
            id?: string;
            name?: string;
        };
        CreateEventSubscriptionRequest: {
            /** @description Event name such as document.complete, document.update, document.delete, user.document.create or user.invite.sent. */
            event: string;
            /** @description Id of the document or user the event is about. */
            entity_id: string;
            /** @enum {string} */
            action: "callback";
            attributes: {
                /** @description The HTTPS address signNow calls. */
                callback: string;
                use_tls_12?: boolean;
                docid_queryparam?: boolean;
                headers?: {
                    [key: string]: string;
                };
                include_metadata?: boolean;
                secret_key?: string;
            };
        };
        CreateEventSubscriptionResponse: {
            id?: string;
            created?: number;
        };
        CreateSigningLinkRequest: {
            document_id: string;
            /** @description Where the signer goes after signing. */
            redirect_uri?: string;
        };
        CreateSigningLinkResponse: {
            /** @description Link that asks the signer to log in or sign up. */
            url?: string;
            /** @description Link that lets the signer sign without an account. */
            url_no_signup?: string;
        };
        CreateTemplateRequest: {
            document_id: string;
            /** @description Name of the new template. */
            document_name: string;
        };
        CreateTemplateResponse: {
            id?: string;
        };
        DeleteDocumentResponse: {
            status?: string;
        };
        DeleteEventSubscriptionResponse: {
            id?: string;
            status?: string;
        };
        DownloadDocumentResponse: string;
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
        GetDocumentHistoryResponse: {
            unique_id?: string;
            user_id?: string;
            document_id?: string;
            email?: string;
            created?: number;
            event?: string;
            origin?: string;
            json_attributes?: Record<string, unknown>;
            client_app_name?: string;
            ip_address?: string;
        }[];
        GetDocumentResponse: components["schemas"]["ListUserDocumentsResponseDocument"];
        GetFolderResponse: components["schemas"]["ListFoldersResponse"];
        GetUserResponse: {
            id?: string;
            first_name?: string;
            last_name?: string;
            active?: string;
            created?: string;
            emails?: string[];
            primary_email?: string;
            credits?: number;
            is_logged_in?: boolean;
            document_count?: number;
            billing_period?: Record<string, unknown>;
            premium_access?: Record<string, unknown>;
            subscriptions?: Record<string, unknown>[];
            teams?: Record<string, unknown>[];
        };
        ListEventSubscriptionsResponse: {
            subscriptions?: {
                id?: string;
                event?: string;
                entity_id?: string;
                action?: string;
                callback_url?: string;
                created?: string;
                json_attributes?: Record<string, unknown>;
            }[];
        };
        ListFoldersResponse: {
            id?: string;
            created?: string;
            name?: string;
            user_id?: string;
            parent_id?: string;
            system_folder?: boolean;
            shared?: boolean;
            folders?: Record<string, unknown>[];
            documents?: Record<string, unknown>[];
            total_documents?: number;
        };
        ListUserDocumentsResponse: components["schemas"]["ListUserDocumentsResponseDocument"][];
        ListUserDocumentsResponseDocument: {
            id?: string;
            user_id?: string;
            document_name?: string;
            page_count?: string;
            created?: string;
            updated?: string;
            original_filename?: string;
            owner?: string;
            template?: boolean;
            roles?: Record<string, unknown>[];
            fields?: Record<string, unknown>[];
            signatures?: Record<string, unknown>[];
            texts?: Record<string, unknown>[];
            checks?: Record<string, unknown>[];
            requests?: Record<string, unknown>[];
            field_invites?: Record<string, unknown>[];
            tags?: Record<string, unknown>[];
        };
        MergeDocumentsRequest: {
            /** @description Name of the merged document. */
            name: string;
            document_ids: string[];
            /**
             * @description true saves the result in the account and answers with its id instead of the PDF.
             * @default false
             */
            upload_document?: boolean;
        };
        MergeDocumentsResponse: string;
        MoveDocumentRequest: {
            folder_id: string;
        };
        MoveDocumentResponse: {
            /** @enum {string} */
            result?: "success";
        };
        SendInviteRequest: {
            /** @description One email address (free-form invite) or a list of role assignments (role-based invite). */
            to: string | {
                email: string;
                role_id: string;
                role: string;
                order: number;
                subject?: string;
                message?: string;
                expiration_days?: number;
                reminder?: number;
                /** @enum {string} */
                authentication_type?: "password" | "phone";
            }[];
            /** @description Sender's email; must be the connected user's. */
            from: string;
            cc?: string[];
            subject?: string;
            message?: string;
            cc_subject?: string;
            cc_message?: string;
            /** @enum {string} */
            language?: "en" | "es" | "fr";
            redirect_uri?: string;
            decline_redirect_uri?: string;
            close_redirect_uri?: string;
        };
        SendInviteResponse: {
            result?: string;
            id?: string;
            callback_url?: string;
            status?: string;
        };
        UpdateDocumentRequest: {
            document_name?: string;
            client_timestamp?: number;
            /** @description Every field the document should have afterwards; fields left out are removed. */
            fields?: {
                x: number;
                y: number;
                width: number;
                height: number;
                /** @description Page index counted from 0. */
                page_number: number;
                /** @description Name of the signer role the field belongs to. */
                role: string;
                required: boolean;
                /** @enum {string} */
                type: "signature" | "initials" | "text" | "dropdown" | "checkbox" | "radiobutton" | "enumeration" | "attachment" | "hyperlink";
                label?: string;
                name?: string;
                prefilled_text?: string;
            }[];
            texts?: Record<string, unknown>[];
            checks?: Record<string, unknown>[];
            signatures?: Record<string, unknown>[];
        };
        UpdateDocumentResponse: {
            id?: string;
            signatures?: Record<string, unknown>[];
            texts?: Record<string, unknown>[];
            checks?: Record<string, unknown>[];
        };
        UploadDocumentRequest: {
            /**
             * Format: binary
             * @description The document file.
             */
            file: string;
            /** @description JSON text of text tags to turn into fields, e.g. [{"type":"signature","x":10,"y":10,"width":100,"height":30,"page_number":0,"role":"Signer 1","required":true}]. */
            Tags?: string;
        };
        UploadDocumentResponse: {
            /** @description Id of the new document. */
            id?: string;
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
        /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    mergeDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Merged contract",
                 *       "document_ids": [
                 *         "a7138ccc971e98080bfec6e9d5bc8d3b3d5ec2a7",
                 *         "c8d1c19a8e3d4a1f7e3a2b6c9d0e1f2a3b4c5d6e"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MergeDocumentsRequest"];
            };
        };
        responses: {
            /** @description The merged PDF, or JSON with document_id when upload_document is true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["MergeDocumentsResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
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
    updateDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": [
                 *         {
                 *           "x": 307,
                 *           "y": 67,
                 *           "width": 60,
                 *           "height": 12,
                 *           "page_number": 0,
                 *           "role": "Signer 1",
                 *           "required": true,
                 *           "type": "signature"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
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
                    "application/json": components["schemas"]["DeleteDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadDocument: {
        parameters: {
            query?: {
                /** @description collapsed gives one PDF; zip packs the document and its attachments. */
                type?: "collapsed" | "zip" | "email";
                /** @description 1 appends the signing history pages. */
                with_history?: 0 | 1;
            };
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["DownloadDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDocumentHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
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
                    "application/json": components["schemas"]["GetDocumentHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendInvite: {
        parameters: {
            query?: {
                /** @description disable sends no invite emails (for embedded signing). */
                email?: "disable";
            };
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "signer@example.com",
                 *       "from": "sender@example.com",
                 *       "subject": "Please sign",
                 *       "message": "Please review and sign this document."
                 *     }
                 */
                "application/json": components["schemas"]["SendInviteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendInviteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document (40 hexadecimal characters). */
                document_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "folder_id": "a7138ccc971e98080bfec6e9d5bc8d3b3d5ec2a7"
                 *     }
                 */
                "application/json": components["schemas"]["MoveDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEventSubscriptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEventSubscriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEventSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "document.complete",
                 *       "entity_id": "a7138ccc971e98080bfec6e9d5bc8d3b3d5ec2a7",
                 *       "action": "callback",
                 *       "attributes": {
                 *         "callback": "https://example.com/signnow-hook",
                 *         "use_tls_12": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateEventSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEventSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event subscription. */
                subscription_id: string;
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
                    "application/json": components["schemas"]["DeleteEventSubscriptionResponse"];
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
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
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
    getFolder: {
        parameters: {
            query?: {
                /** @description What to filter on. */
                filters?: "signing-status" | "document-updated" | "document-created";
                /** @description Value for the filter: a status (waiting-for-me, waiting-for-others, signed, pending) or a Unix timestamp. */
                "filter-values"?: string;
                sortby?: "document-name" | "updated" | "created";
                order?: "asc" | "desc";
                offset?: number;
                limit?: number;
                /** @description 1 includes details of sub-folders. */
                "subfolder-data"?: 0 | 1;
                with_team_documents?: boolean;
                include_documents_subfolders?: boolean;
                exclude_documents_relations?: boolean;
            };
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the folder. */
                folder_id: string;
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
                    "application/json": components["schemas"]["GetFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSigningLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_id": "a7138ccc971e98080bfec6e9d5bc8d3b3d5ec2a7"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSigningLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSigningLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_id": "a7138ccc971e98080bfec6e9d5bc8d3b3d5ec2a7",
                 *       "document_name": "NDA template"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the template. */
                template_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "document_name": "NDA for Acme"
                 *     }
                 */
                "application/json": components["schemas"]["CopyTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SignNow connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUserDocumentsResponse"];
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
