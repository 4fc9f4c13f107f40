// Generated from providers/google-drive.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/drive/v3/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search or list files and folders the user can reach, a page at a time. */
        get: operations["listFiles"];
        put?: never;
        /** Create a file or folder from metadata alone (no content). */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drive/v3/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a file's metadata, or with alt=media download its content.
         * @description Without `alt` the answer is the file resource as JSON; with `alt=media` it is the raw bytes of the file in its own content type.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /** Permanently delete a file owned by the user, skipping the trash. */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        /** Rename a file, change other metadata, or move it between folders. */
        patch: operations["updateFile"];
        trace?: never;
    };
    "/drive/v3/files/{fileId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Duplicate a file, optionally under a new name or in another folder. */
        post: operations["copyFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drive/v3/files/{fileId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Convert a Google Docs, Sheets or Slides file to another format and download it. */
        get: operations["exportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drive/v3/files/{fileId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share a file or folder with a user, group, domain or anyone with the link. */
        post: operations["createPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/drive/v3/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a new file's content - raw bytes, metadata plus bytes, or the start of a resumable session.
         * @description uploadType=media sends the bytes alone with their own Content-Type. uploadType=multipart sends a multipart/related body whose first part is the JSON metadata and whose second part is the content. uploadType=resumable sends only the JSON metadata (with X-Upload-Content-Type and X-Upload-Content-Length headers); the answer's Location header is the session URI the content is then PUT to in chunks.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload/drive/v3/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Replace the content of an existing file (its id and sharing stay the same). */
        patch: operations["updateFileContent"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CopyFileRequest: components["schemas"]["CreateFileRequest"];
        CopyFileResponse: components["schemas"]["ListFilesResponseFilesItem"];
        CreateFileRequest: {
            name?: string;
            /** @description application/vnd.google-apps.folder makes a folder; application/vnd.google-apps.document, .spreadsheet or .presentation an empty Google file. */
            mimeType?: string;
            /** @description Id of the folder to put the file in (one parent). */
            parents?: string[];
            description?: string;
            starred?: boolean;
            appProperties?: {
                [key: string]: string;
            };
            properties?: {
                [key: string]: string;
            };
        };
        CreateFileResponse: components["schemas"]["ListFilesResponseFilesItem"];
        CreatePermissionRequest: {
            /** @enum {string} */
            role: "owner" | "organizer" | "fileOrganizer" | "writer" | "commenter" | "reader";
            /** @enum {string} */
            type: "user" | "group" | "domain" | "anyone";
            /**
             * Format: email
             * @description For type user or group.
             */
            emailAddress?: string;
            /** @description For type domain. */
            domain?: string;
            /** @description For domain or anyone - whether the file shows up in search. */
            allowFileDiscovery?: boolean;
            /** Format: date-time */
            expirationTime?: string;
        };
        CreatePermissionResponse: {
            kind?: string;
            id?: string;
            type?: string;
            role?: string;
            emailAddress?: string;
            domain?: string;
        };
        ExportFileResponse: string;
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
        GetFileResponse: components["schemas"]["ListFilesResponseFilesItem"];
        ListFilesResponse: {
            kind?: string;
            nextPageToken?: string;
            incompleteSearch?: boolean;
            files?: components["schemas"]["ListFilesResponseFilesItem"][];
        };
        ListFilesResponseFilesItem: {
            id?: string;
            name?: string;
            mimeType?: string;
            parents?: string[];
            /** @description Size in bytes (absent for Google Docs formats and folders). */
            size?: string;
            /** Format: date-time */
            createdTime?: string;
            /** Format: date-time */
            modifiedTime?: string;
            trashed?: boolean;
            webViewLink?: string;
            owners?: {
                displayName?: string;
                emailAddress?: string;
            }[];
            driveId?: string;
        };
        /** Format: binary */
        UpdateFileContentRequest: string;
        UpdateFileContentResponse: components["schemas"]["ListFilesResponseFilesItem"];
        UpdateFileRequest: {
            name?: string;
            description?: string;
            mimeType?: string;
            starred?: boolean;
            /** @description true moves the file to the trash. */
            trashed?: boolean;
            appProperties?: {
                [key: string]: string;
            };
            properties?: {
                [key: string]: string;
            };
        };
        UpdateFileResponse: components["schemas"]["ListFilesResponseFilesItem"];
        /** Format: binary */
        UploadFileRequest: string;
        UploadFileResponse: components["schemas"]["ListFilesResponseFilesItem"];
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
        /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFiles: {
        parameters: {
            query?: {
                /**
                 * @description Search expression such as name contains 'report' and trashed = false, or 'FOLDER_ID' in parents.
                 * @example name contains 'report'
                 */
                q?: string;
                /** @description Files per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Partial-response selector, e.g. nextPageToken,files(id,name,mimeType,modifiedTime). */
                fields?: string;
                /** @description Comma-separated sort keys such as folder,modifiedTime desc,name. */
                orderBy?: string;
                /** @description Storage space to search. */
                spaces?: "drive" | "appDataFolder";
                /** @description Which bodies of items to search. */
                corpora?: "user" | "domain" | "drive" | "allDrives";
                /** @description Shared drive to search (with corpora=drive). */
                driveId?: string;
                /** @description Include items from shared drives. */
                includeItemsFromAllDrives?: boolean;
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFile: {
        parameters: {
            query?: {
                /** @description Needed to create in a shared drive. */
                supportsAllDrives?: boolean;
                /** @description Fields of the new file to return. */
                fields?: string;
                /** @description Skip the domain's default sharing settings. */
                ignoreDefaultVisibility?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Document",
                 *       "mimeType": "application/vnd.google-apps.document"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFileResponse"];
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
                /** @description Partial-response selector, e.g. id,name,mimeType,size,createdTime. */
                fields?: string;
                /** @description media downloads the file content. */
                alt?: "json" | "media";
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
                /** @description Download even a file flagged as abusive (alt=media only). */
                acknowledgeAbuse?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
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
    deleteFile: {
        parameters: {
            query?: {
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
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
    updateFile: {
        parameters: {
            query?: {
                /** @description Comma-separated folder ids to add the file to. */
                addParents?: string;
                /** @description Comma-separated folder ids to take the file out of. */
                removeParents?: string;
                /** @description Fields of the updated file to return. */
                fields?: string;
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Renamed File"
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
    copyFile: {
        parameters: {
            query?: {
                /** @description Fields of the copy to return. */
                fields?: string;
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Copy of File"
                 *     }
                 */
                "application/json": components["schemas"]["CopyFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    exportFile: {
        parameters: {
            query: {
                /**
                 * @description Target format, e.g. application/pdf or text/csv.
                 * @example application/pdf
                 */
                mimeType: string;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The converted document, in the content type asked for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ExportFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPermission: {
        parameters: {
            query?: {
                /** @description E-mail the new user or group (on by default for those types). */
                sendNotificationEmail?: boolean;
                /** @description Text added to the notification e-mail. */
                emailMessage?: string;
                /** @description Make the grantee the owner (role must be owner). */
                transferOwnership?: boolean;
                /** @description When ownership moves, also move the file to the new owner's root. */
                moveToNewOwnersRoot?: boolean;
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
                /** @description Fields of the permission to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "reader",
                 *       "type": "user",
                 *       "emailAddress": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePermissionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePermissionResponse"];
                };
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
            query: {
                /** @description How the content is sent. */
                uploadType: "media" | "multipart" | "resumable";
                /** @description Fields of the new file to return. */
                fields?: string;
                /** @description Needed to upload into a shared drive. */
                supportsAllDrives?: boolean;
                /** @description Language hint (ISO 639-1) for OCR when images are converted. */
                ocrLanguage?: string;
                /** @description Index the uploaded content for search. */
                useContentAsIndexableText?: boolean;
            };
            header?: {
                /** @description Resumable only: MIME type of the content to follow. */
                "X-Upload-Content-Type"?: string;
                /** @description Resumable only: byte length of the content to follow. */
                "X-Upload-Content-Length"?: number;
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    updateFileContent: {
        parameters: {
            query: {
                /** @description How the content is sent. */
                uploadType: "media" | "multipart" | "resumable";
                /** @description Comma-separated folder ids to add the file to. */
                addParents?: string;
                /** @description Comma-separated folder ids to take the file out of. */
                removeParents?: string;
                /** @description Fields of the updated file to return. */
                fields?: string;
                /** @description The caller understands shared drives. */
                supportsAllDrives?: boolean;
            };
            header?: {
                /** @description Id of the Google Drive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the file or folder. */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UpdateFileContentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFileContentResponse"];
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
