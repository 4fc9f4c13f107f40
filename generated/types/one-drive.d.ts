// Generated from providers/one-drive.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/me/drive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user's default drive with its owner and storage quota. */
        get: operations["getMyDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file or folder by id. */
        get: operations["getItem"];
        put?: never;
        post?: never;
        /** Move a file or folder to the recycle bin. */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/items/{itemId}/createLink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make (or reuse) a sharing link to a file or folder with a chosen access type and audience.
         * @description scope anonymous gives access to anyone who has the URL without signing in, and many tenants block it; organization limits it to signed-in people of the tenant and users to the people the item is shared with. Answers 201 for a new link and 200 when an equal link already existed.
         */
        post: operations["createSharingLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files the user opened or changed recently. */
        get: operations["listRecentItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the drive's root folder. */
        get: operations["getRoot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files and folders at the top of the drive. */
        get: operations["listRootChildren"];
        put?: never;
        /** Create a folder at the top of the drive. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root/search(q='{q}')": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the drive by file name, metadata and content. */
        get: operations["searchDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{folderPath}/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file or folder inside a folder by its path from the drive root. */
        get: operations["getItemInFolderByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{folderPath}:/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contents of a folder given its path from the drive root. */
        get: operations["listFolderChildrenByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file or folder at the top of the drive by its name. */
        get: operations["getItemByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a file of up to 4 MB to a path in the drive, creating it or replacing its content.
         * @description The request body is the raw file content; any media type may be sent in Content-Type (text/plain, application/pdf, …). The query parameter @microsoft.graph.conflictBehavior (fail, replace or rename) decides what happens when the name is taken; the catalog cannot list it because of the @ in its name. A new file answers 201 and a replaced one 200.
         */
        put: operations["uploadFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/sharedWithMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files and folders other people have shared with the user. */
        get: operations["listSharedWithMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/special/{folderName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one of the drive's well-known folders, such as Documents or Photos, by name. */
        get: operations["getSpecialFolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the drives the signed-in user can reach. */
        get: operations["listDrives"];
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
        CreateFolderRequest: {
            /** @description Name of the new folder. */
            name: string;
            /** @description Send an empty object to make the new item a folder. */
            folder: Record<string, unknown>;
            /**
             * @description What to do when the name is already taken.
             * @enum {string}
             */
            "@microsoft.graph.conflictBehavior"?: "fail" | "replace" | "rename";
        };
        CreateFolderResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        CreateSharingLinkRequest: {
            /**
             * @description What holders of the link may do; embed works on personal accounts only.
             * @enum {string}
             */
            type: "view" | "edit" | "embed";
            /**
             * @description Who the link works for.
             * @enum {string}
             */
            scope?: "anonymous" | "organization" | "users";
            /** @description Password the link asks for (personal accounts only). */
            password?: string;
            /**
             * Format: date-time
             * @description When the link stops working.
             */
            expirationDateTime?: string;
            /** @description false removes permissions inherited from the parent when the link is the item's first own permission. */
            retainInheritedPermissions?: boolean;
        };
        CreateSharingLinkResponse: {
            id?: string;
            roles?: string[];
            /** Format: date-time */
            expirationDateTime?: string;
            hasPassword?: boolean;
            link?: {
                type?: string;
                scope?: string;
                /** Format: uri */
                webUrl?: string;
                preventsDownload?: boolean;
            };
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
        GetItemByPathResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        GetItemInFolderByPathResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        GetItemResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        GetMyDriveResponse: {
            id?: string;
            name?: string;
            /** @enum {string} */
            driveType?: "personal" | "business" | "documentLibrary";
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            owner?: {
                user?: {
                    id?: string;
                    displayName?: string;
                };
            };
            quota?: {
                total?: number;
                used?: number;
                remaining?: number;
                deleted?: number;
                /** @enum {string} */
                state?: "normal" | "nearing" | "critical" | "exceeded";
            };
        };
        GetRootResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        GetSpecialFolderResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
        ListDrivesResponse: {
            value?: components["schemas"]["GetMyDriveResponse"][];
        };
        ListFolderChildrenByPathResponse: components["schemas"]["ListRecentItemsResponse"];
        ListRecentItemsResponse: {
            /**
             * Format: uri
             * @description Full URL of the next page; absent on the last page.
             */
            "@odata.nextLink"?: string;
            value?: components["schemas"]["ListRecentItemsResponseValueItem"][];
        };
        ListRecentItemsResponseValueItem: {
            id?: string;
            name?: string;
            size?: number;
            eTag?: string;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            createdBy?: Record<string, unknown>;
            lastModifiedBy?: Record<string, unknown>;
            parentReference?: {
                driveId?: string;
                driveType?: string;
                id?: string;
                path?: string;
            };
            file?: {
                mimeType?: string;
                hashes?: Record<string, unknown>;
            };
            folder?: {
                childCount?: number;
            };
            /** @description Set when the item lives in another drive (shared or recent items). */
            remoteItem?: Record<string, unknown>;
            /**
             * Format: uri
             * @description Short-lived pre-signed download link (files only).
             */
            "@microsoft.graph.downloadUrl"?: string;
        };
        ListRootChildrenResponse: components["schemas"]["ListRecentItemsResponse"];
        ListSharedWithMeResponse: components["schemas"]["ListRecentItemsResponse"];
        SearchDriveResponse: components["schemas"]["ListRecentItemsResponse"];
        /** Format: binary */
        UploadFileRequest: string;
        UploadFileResponse: components["schemas"]["ListRecentItemsResponseValueItem"];
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
        /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMyDrive: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMyDriveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItem: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the drive item (file or folder). */
                itemId: string;
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
                    "application/json": components["schemas"]["GetItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description eTag the item must still have; otherwise the delete fails with 412. */
                "if-match"?: string;
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the drive item (file or folder). */
                itemId: string;
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
    createSharingLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the drive item (file or folder). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "view",
                 *       "scope": "anonymous"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSharingLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSharingLinkResponse"];
                };
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
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
    getRoot: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetRootResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRootChildren: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
                /** @description Property to sort by, optionally followed by asc or desc (e.g. name desc). */
                $orderby?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRootChildrenResponse"];
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
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "folder": {}
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
    searchDrive: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Search text; a single quote inside it is written twice.
                 * @example quarterly report
                 */
                q: string;
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
                    "application/json": components["schemas"]["SearchDriveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItemInFolderByPath: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Folder the item is in, from the drive root (deeper levels joined with /).
                 * @example Documents
                 */
                folderPath: string;
                /**
                 * @description Name of the item inside that folder.
                 * @example file.txt
                 */
                fileName: string;
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
                    "application/json": components["schemas"]["GetItemInFolderByPathResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderChildrenByPath: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
                /** @description Property to sort by, optionally followed by asc or desc (e.g. name desc). */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the folder from the drive root, such as Documents or Documents/Reports.
                 * @example Documents
                 */
                folderPath: string;
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
                    "application/json": components["schemas"]["ListFolderChildrenByPathResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItemByPath: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include, such as children or thumbnails. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Name of the item in the root folder, such as report.docx.
                 * @example file.txt
                 */
                itemPath: string;
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
                    "application/json": components["schemas"]["GetItemByPathResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the file from the drive root, such as filename.txt or Documents/filename.txt.
                 * @example filename.txt
                 */
                itemPath: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadFileRequest"];
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
    listSharedWithMe: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSharedWithMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpecialFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Which well-known folder to read.
                 * @example documents
                 */
                folderName: "documents" | "photos" | "cameraroll" | "approot" | "music" | "recordings";
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
                    "application/json": components["schemas"]["GetSpecialFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDrives: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the OneDrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDrivesResponse"];
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
