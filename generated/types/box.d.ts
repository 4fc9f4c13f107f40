// Generated from providers/box.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/2.0/collaborations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a user or group ongoing access to a file or folder in a chosen role. */
        post: operations["createCollaboration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's collections, such as Favorites. */
        get: operations["listCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/collections/{collection_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files, folders and web links in a collection. */
        get: operations["listCollectionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the event stream of the user, or the enterprise's admin log. */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file's details such as name, size, owner and parent folder. */
        get: operations["getFile"];
        /** Rename, describe, move, lock or share a file. */
        put: operations["updateFile"];
        post?: never;
        /** Move a file to the trash. */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file's bytes.
         * @description Box usually answers with a redirect to a short-lived download URL; HTTP clients that follow redirects receive the bytes.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/files/{file_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a file into another folder, optionally under a new name. */
        post: operations["copyFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/files/{file_id}/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Permanently delete a file that is in the trash. */
        delete: operations["deleteTrashedFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a folder inside a parent folder. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/trash/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files, folders and web links currently in the trash. */
        get: operations["listTrashedItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/{folder_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a folder's details, including the first page of its items. */
        get: operations["getFolder"];
        /** Rename, describe, move or share a folder; a shared_link object creates or changes its shared link. */
        put: operations["updateFolder"];
        post?: never;
        /** Move a folder to the trash; recursive=true is needed when it is not empty. */
        delete: operations["deleteFolder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/{folder_id}/collaborations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who has been given access to a folder and in which role. */
        get: operations["listFolderCollaborations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/{folder_id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a folder and its contents into another folder. */
        post: operations["copyFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/{folder_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files, folders and web links inside a folder, a page at a time. */
        get: operations["listFolderItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/folders/{folder_id}/trash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Permanently delete a folder that is in the trash. */
        delete: operations["deleteTrashedFolder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/recent_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items the user opened or changed in the last 90 days, newest first. */
        get: operations["listRecentItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search over names, descriptions, tags and content of files, folders and web links. */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the user the connection acts for. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read another user of the enterprise by id. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks the application has registered. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register an HTTPS address to be notified of chosen events on a file or folder. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2.0/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook so its address stops receiving notifications. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a new file of up to 50 MB into a folder. */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/upload_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a chunked upload of a new file (20 MB or more) into a folder. */
        post: operations["createUploadSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/upload_sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the state of a chunked upload session. */
        get: operations["getUploadSession"];
        /** Send one part of a chunked upload. */
        put: operations["uploadPart"];
        post?: never;
        /** Cancel a chunked upload and discard the parts sent. */
        delete: operations["abortUploadSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/upload_sessions/{session_id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a chunked upload by listing its parts, which creates the file or version. */
        post: operations["commitUploadSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/upload_sessions/{session_id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the parts received so far in a chunked upload session. */
        get: operations["listUploadSessionParts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/{file_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a file's content with a new version of up to 50 MB. */
        post: operations["uploadFileVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/2.0/files/{file_id}/upload_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a chunked upload that becomes a new version of an existing file. */
        post: operations["createFileVersionUploadSession"];
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
        CommitUploadSessionRequest: {
            parts: {
                part_id: string;
                offset: number;
                size: number;
                sha1?: string;
            }[];
        };
        CommitUploadSessionResponse: components["schemas"]["UploadFileResponse"];
        CopyFileRequest: {
            name?: string;
            /** @description Id of the file version to copy. */
            version?: string;
            parent: {
                id: string;
            };
        };
        CopyFileResponse: components["schemas"]["GetFileResponse"];
        CopyFolderRequest: {
            /** @description Name of the copy; defaults to the original name. */
            name?: string;
            parent: {
                id: string;
            };
        };
        CopyFolderResponse: components["schemas"]["GetFolderResponse"];
        CreateCollaborationRequest: {
            item: {
                /** @enum {string} */
                type: "file" | "folder";
                id: string;
            };
            accessible_by: {
                /** @enum {string} */
                type: "user" | "group";
                /** @description Id of the user or group. */
                id?: string;
                /**
                 * Format: email
                 * @description Email address of the user, instead of an id.
                 */
                login?: string;
            };
            /** @enum {string} */
            role: "editor" | "viewer" | "previewer" | "uploader" | "previewer uploader" | "viewer uploader" | "co-owner";
            can_view_path?: boolean;
            /** Format: date-time */
            expires_at?: string;
        };
        CreateCollaborationResponse: components["schemas"]["ListFolderCollaborationsResponseEntriesItem"];
        CreateFileVersionUploadSessionRequest: {
            file_size: number;
            /** @description New name for the file, if it should change. */
            file_name?: string;
        };
        CreateFileVersionUploadSessionResponse: components["schemas"]["CreateUploadSessionResponse"];
        CreateFolderRequest: {
            /** @description Name of the new folder. */
            name: string;
            parent: {
                /** @description Id of the parent folder. */
                id: string;
            };
            folder_upload_email?: {
                /** @enum {string} */
                access?: "open" | "collaborators";
            };
            /** @enum {string} */
            sync_state?: "synced" | "not_synced" | "partially_synced";
        };
        CreateFolderResponse: components["schemas"]["GetFolderResponse"];
        CreateUploadSessionRequest: {
            /** @description Id of the destination folder. */
            folder_id: string;
            /** @description Total size of the file in bytes. */
            file_size: number;
            file_name: string;
        };
        CreateUploadSessionResponse: {
            /** @enum {string} */
            type?: "upload_session";
            id?: string;
            /** Format: date-time */
            session_expires_at?: string;
            /** @description Size every part except the last must have. */
            part_size?: number;
            total_parts?: number;
            num_parts_processed?: number;
            session_endpoints?: {
                upload_part?: string;
                commit?: string;
                abort?: string;
                list_parts?: string;
                status?: string;
                log_event?: string;
            };
        };
        CreateWebhookRequest: {
            target: {
                id: string;
                /** @enum {string} */
                type: "file" | "folder";
            };
            /**
             * Format: uri
             * @description HTTPS URL that receives the notifications.
             */
            address: string;
            /** @description Event names such as FILE.UPLOADED or FOLDER.CREATED. */
            triggers: string[];
        };
        CreateWebhookResponse: {
            type?: string;
            id?: string;
            target?: components["schemas"]["ListWebhooksResponseEntriesItemTarget"];
            address?: string;
            triggers?: string[];
            /** Format: date-time */
            created_at?: string;
        };
        DownloadFileResponse: string;
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
        GetCurrentUserResponse: {
            /** @enum {string} */
            type?: "user";
            id?: string;
            name?: string;
            login?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
            language?: string;
            timezone?: string;
            space_amount?: number;
            space_used?: number;
            max_upload_size?: number;
            /** @enum {string} */
            status?: "active" | "inactive" | "cannot_delete_edit" | "cannot_delete_edit_upload";
            avatar_url?: string;
        };
        GetFileResponse: {
            /** @enum {string} */
            type?: "file";
            id?: string;
            etag?: string;
            sequence_id?: string;
            sha1?: string;
            name?: string;
            description?: string;
            size?: number;
            extension?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
            parent?: {
                type?: string;
                id?: string;
                name?: string;
            };
            path_collection?: {
                total_count?: number;
                entries?: Record<string, unknown>[];
            };
            file_version?: {
                type?: string;
                id?: string;
                sha1?: string;
            };
            shared_link?: {
                url?: string;
                access?: string;
            };
            /** @enum {string} */
            item_status?: "active" | "trashed" | "deleted";
        };
        GetFolderResponse: {
            /** @enum {string} */
            type?: "folder";
            id?: string;
            etag?: string;
            sequence_id?: string;
            name?: string;
            description?: string;
            size?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            modified_at?: string;
            parent?: {
                type?: string;
                id?: string;
                name?: string;
            };
            path_collection?: {
                total_count?: number;
                entries?: Record<string, unknown>[];
            };
            shared_link?: {
                url?: string;
                access?: string;
                effective_access?: string;
            };
            /** @enum {string} */
            item_status?: "active" | "trashed" | "deleted";
            item_collection?: {
                total_count?: number;
                entries?: Record<string, unknown>[];
            };
        };
        GetUploadSessionResponse: components["schemas"]["CreateUploadSessionResponse"];
        GetUserResponse: components["schemas"]["GetCurrentUserResponse"];
        ListCollectionItemsResponse: components["schemas"]["ListFolderItemsResponse"];
        ListCollectionsResponse: {
            total_count?: number;
            entries?: {
                type?: string;
                id?: string;
                name?: string;
                collection_type?: string;
            }[];
            offset?: number;
            limit?: number;
        };
        ListEventsResponse: {
            chunk_size?: number;
            next_stream_position?: string;
            entries?: {
                type?: string;
                event_id?: string;
                event_type?: string;
                /** Format: date-time */
                created_at?: string;
                created_by?: Record<string, unknown>;
                source?: Record<string, unknown>;
            }[];
        };
        ListFolderCollaborationsResponse: {
            entries?: components["schemas"]["ListFolderCollaborationsResponseEntriesItem"][];
            next_marker?: string;
            limit?: number;
        };
        ListFolderCollaborationsResponseEntriesItem: {
            type?: string;
            id?: string;
            role?: string;
            status?: string;
            accessible_by?: Record<string, unknown>;
            item?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        ListFolderItemsResponse: {
            total_count?: number;
            entries?: {
                /** @enum {string} */
                type?: "file" | "folder" | "web_link";
                id?: string;
                etag?: string;
                sequence_id?: string;
                name?: string;
            }[];
            offset?: number;
            limit?: number;
            next_marker?: string;
            order?: {
                by?: string;
                direction?: string;
            }[];
        };
        ListRecentItemsResponse: {
            entries?: {
                type?: string;
                interaction_type?: string;
                /** Format: date-time */
                interacted_at?: string;
                item?: Record<string, unknown>;
            }[];
            next_marker?: string;
            limit?: number;
        };
        ListTrashedItemsResponse: components["schemas"]["ListFolderItemsResponse"];
        ListUploadSessionPartsResponse: {
            total_count?: number;
            entries?: components["schemas"]["UploadPartResponsePart"][];
            offset?: number;
            limit?: number;
        };
        ListWebhooksResponse: {
            entries?: {
                type?: string;
                id?: string;
                target?: components["schemas"]["ListWebhooksResponseEntriesItemTarget"];
            }[];
            next_marker?: string;
            limit?: number;
        };
        ListWebhooksResponseEntriesItemTarget: {
            type?: string;
            id?: string;
        };
        SearchResponse: components["schemas"]["ListFolderItemsResponse"];
        UpdateFileRequest: {
            name?: string;
            description?: string;
            parent?: {
                /** @description Id of the folder to move into. */
                id?: string;
            };
            tags?: string[];
            shared_link?: {
                /** @enum {string} */
                access?: "open" | "company" | "collaborators";
                password?: string;
                /** Format: date-time */
                unshared_at?: string;
            };
            lock?: {
                /** @enum {string} */
                access?: "lock";
                /** Format: date-time */
                expires_at?: string;
                is_download_prevented?: boolean;
            };
        };
        UpdateFileResponse: components["schemas"]["GetFileResponse"];
        UpdateFolderRequest: {
            name?: string;
            description?: string;
            parent?: {
                /** @description Id of the folder to move into. */
                id?: string;
            };
            tags?: string[];
            /** @description Create or change the shared link; send null to remove it. */
            shared_link?: {
                /**
                 * @description open makes the link public; prefer company or collaborators.
                 * @enum {string}
                 */
                access?: "open" | "company" | "collaborators";
                password?: string;
                /**
                 * Format: date-time
                 * @description When the link stops working.
                 */
                unshared_at?: string;
                vanity_name?: string;
                permissions?: {
                    can_download?: boolean;
                };
            };
        };
        UpdateFolderResponse: components["schemas"]["GetFolderResponse"];
        UploadFileRequest: {
            /** @description JSON text with name and parent.id (and optionally content_created_at, content_modified_at); must come before the file part. */
            attributes: string;
            /**
             * Format: binary
             * @description The file content.
             */
            file: string;
        };
        UploadFileResponse: {
            total_count?: number;
            entries?: components["schemas"]["GetFileResponse"][];
        };
        UploadFileVersionRequest: {
            /** @description JSON text; may carry a new name and content_modified_at. */
            attributes: string;
            /** Format: binary */
            file: string;
        };
        UploadFileVersionResponse: components["schemas"]["UploadFileResponse"];
        /** Format: binary */
        UploadPartRequest: string;
        UploadPartResponse: {
            part?: components["schemas"]["UploadPartResponsePart"];
        };
        UploadPartResponsePart: {
            part_id?: string;
            offset?: number;
            size?: number;
            sha1?: string;
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
        /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createCollaboration: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                /** @description Whether Box emails the new collaborator. */
                notify?: boolean;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "item": {
                 *         "type": "folder",
                 *         "id": "123"
                 *       },
                 *       "accessible_by": {
                 *         "type": "user",
                 *         "login": "user@example.com"
                 *       },
                 *       "role": "editor"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCollaborationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCollaborationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCollections: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                offset?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCollectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCollectionItems: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                offset?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the collection. */
                collection_id: string;
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
                    "application/json": components["schemas"]["ListCollectionItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                stream_type?: "all" | "changes" | "sync" | "admin_logs" | "admin_logs_streaming";
                /** @description Where to start reading: now for the present, 0 for the oldest event kept. */
                stream_position?: string;
                limit?: number;
                /** @description Comma-separated event types (admin logs only). */
                event_type?: string;
                /** @description Admin logs only. */
                created_after?: string;
                /** @description Admin logs only. */
                created_before?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFile: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
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
                    "application/json": components["schemas"]["GetFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateFile: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Only update when the file's etag still equals this value. */
                "If-Match"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "renamed.txt",
                 *       "description": "Quarterly figures"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Only delete when the file's etag still equals this value. */
                "If-Match"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadFile: {
        parameters: {
            query?: {
                /** @description Id of an earlier file version to download. */
                version?: string;
            };
            header?: {
                /** @description Byte range to download, e.g. bytes=0-1023. */
                Range?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content (after following Box's redirect). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["DownloadFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyFile: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent": {
                 *         "id": "0"
                 *       },
                 *       "name": "copy.txt"
                 *     }
                 */
                "application/json": components["schemas"]["CopyFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTrashedFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Folder",
                 *       "parent": {
                 *         "id": "0"
                 *       }
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
    listTrashedItems: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                limit?: number;
                offset?: number;
                /** @description true switches to marker paging. */
                usemarker?: boolean;
                marker?: string;
                sort?: "name" | "date" | "size";
                direction?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTrashedItemsResponse"];
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
                /** @description Comma-separated attributes to return. */
                fields?: string;
                /** @description Order of the embedded item_collection. */
                sort?: "id" | "name" | "date" | "size";
                direction?: "ASC" | "DESC";
                /** @description Position of the first embedded item. */
                offset?: number;
                /** @description Embedded items to return. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
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
    updateFolder: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Only update when the folder's etag still equals this value. */
                "If-Match"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name",
                 *       "description": "Description"
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
            query?: {
                /** @description true also removes a non-empty folder with everything inside it. */
                recursive?: boolean;
            };
            header?: {
                /** @description Only delete when the folder's etag still equals this value. */
                "If-Match"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderCollaborations: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                /** @description Collaborations per page. */
                limit?: number;
                /** @description Value of next_marker from the previous page. */
                marker?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
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
                    "application/json": components["schemas"]["ListFolderCollaborationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyFolder: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Copied Folder",
                 *       "parent": {
                 *         "id": "0"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CopyFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderItems: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return for each item. */
                fields?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Position of the first item (offset paging). */
                offset?: number;
                /** @description true switches to marker paging. */
                usemarker?: boolean;
                /** @description Value of next_marker from the previous page (marker paging). */
                marker?: string;
                sort?: "id" | "name" | "date" | "size";
                direction?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
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
                    /**
                     * @example {
                     *       "total_count": 250,
                     *       "entries": [],
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ListFolderItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTrashedFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder; 0 is the root folder.
                 * @example 0
                 */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecentItems: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
                limit?: number;
                /** @description Value of next_marker from the previous page. */
                marker?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRecentItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    search: {
        parameters: {
            query?: {
                /** @description Words to look for; quotes match an exact phrase and AND/OR/NOT combine terms. */
                query?: string;
                type?: "file" | "folder" | "web_link";
                scope?: "user_content" | "enterprise_content";
                /** @description Comma-separated extensions, e.g. pdf,docx. */
                file_extensions?: string;
                /** @description Comma-separated folder ids to search within. */
                ancestor_folder_ids?: string;
                /** @description Comma-separated fields to match: name, description, file_content, comments, tag. */
                content_types?: string;
                /** @description Two RFC 3339 timestamps separated by a comma; either may be empty. */
                created_at_range?: string;
                /** @description Same format as created_at_range. */
                updated_at_range?: string;
                /** @description Lower and upper size in bytes separated by a comma. */
                size_range?: string;
                /** @description Comma-separated user ids. */
                owner_user_ids?: string;
                trash_content?: "non_trashed_only" | "trashed_only" | "all_items";
                /** @description JSON array of metadata filters. */
                mdfilters?: string;
                sort?: "modified_at" | "relevance";
                direction?: "DESC" | "ASC";
                /** @description Comma-separated attributes to return. */
                fields?: string;
                /** @description Results per page. */
                limit?: number;
                /** @description Position of the first result. */
                offset?: number;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
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
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user. */
                user_id: string;
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
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Value of next_marker from the previous page. */
                marker?: string;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": {
                 *         "id": "123",
                 *         "type": "folder"
                 *       },
                 *       "address": "https://example.com/box-hook",
                 *       "triggers": [
                 *         "FILE.UPLOADED"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadFile: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description SHA-1 of the file; Box rejects the upload when it does not match. */
                "content-md5"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": "{\"name\":\"file.txt\",\"parent\":{\"id\":\"0\"}}"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUploadSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "folder_id": "0",
                 *       "file_size": 104857600,
                 *       "file_name": "large_file.zip"
                 *     }
                 */
                "application/json": components["schemas"]["CreateUploadSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUploadSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUploadSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the upload session. */
                session_id: string;
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
                    "application/json": components["schemas"]["GetUploadSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadPart: {
        parameters: {
            query?: never;
            header: {
                /** @description Byte range of this part in the whole file, e.g. bytes 0-8388607/104857600. */
                "Content-Range": string;
                /** @description sha= followed by the base64 SHA-1 of this part. */
                Digest: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the upload session. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadPartRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadPartResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    abortUploadSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the upload session. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    commitUploadSession: {
        parameters: {
            query?: never;
            header: {
                /** @description sha= followed by the base64 SHA-1 of the whole file. */
                Digest: string;
                /** @description For a new version, only commit when the file's etag still equals this value. */
                "If-Match"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the upload session. */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parts": [
                 *         {
                 *           "part_id": "6F2D3486",
                 *           "offset": 0,
                 *           "size": 8388608
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CommitUploadSessionRequest"];
            };
        };
        responses: {
            /** @description Box answers 202 with Retry-After while it is still assembling the parts. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitUploadSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUploadSessionParts: {
        parameters: {
            query?: {
                /** @description Position of the first part. */
                offset?: number;
                /** @description Parts per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the upload session. */
                session_id: string;
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
                    "application/json": components["schemas"]["ListUploadSessionPartsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadFileVersion: {
        parameters: {
            query?: {
                /** @description Comma-separated attributes to return. */
                fields?: string;
            };
            header?: {
                /** @description Only upload when the file's etag still equals this value. */
                "If-Match"?: string;
                /** @description SHA-1 of the new content. */
                "content-md5"?: string;
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": "{\"name\":\"file.txt\"}"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["UploadFileVersionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileVersionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFileVersionUploadSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Box connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file. */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file_size": 104857600,
                 *       "file_name": "large_file.zip"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFileVersionUploadSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFileVersionUploadSessionResponse"];
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
