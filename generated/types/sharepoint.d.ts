// Generated from providers/sharepoint.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/drives/{driveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one document library by id. */
        get: operations["getDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}": {
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
        /** Move a file or folder to the site's recycle bin. */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        /** Rename a file or folder, or move it by giving a new parent. */
        patch: operations["updateItem"];
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contents of a folder given its id. */
        get: operations["listFolderChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file's content by item id. */
        get: operations["downloadItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start copying a file or folder, optionally to another folder or under a new name. */
        post: operations["copyItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/createLink": {
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
    "/v1.0/drives/{driveId}/items/{itemId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who can reach a file or folder, through direct grants and sharing links. */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/thumbnails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the preview images of a file in small, medium and large sizes. */
        get: operations["listThumbnails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the saved versions of a file, newest first. */
        get: operations["listVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one version of a file. */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the content of one version of a file. */
        get: operations["downloadVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/root/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files and folders at the top of a document library. */
        get: operations["listRootChildren"];
        put?: never;
        /** Create a folder at the top of a document library. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/root/delta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Track changes in a library; the last page holds a delta link to ask for later changes. */
        get: operations["getDelta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/root/search(q='{q}')": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search a document library by file name, metadata and content. */
        get: operations["searchDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/root:/{itemPath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file or folder from its path in the library. */
        get: operations["getItemByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/drives/{driveId}/root:/{itemPath}:/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file's content by its path in the library. */
        get: operations["downloadItemByPath"];
        /**
         * Upload a file of up to 4 MB to a path in the library, creating it or replacing its content.
         * @description The request body is the raw file content. The query parameter @microsoft.graph.conflictBehavior (fail, replace or rename) decides what happens when the name is taken; the catalog cannot list it because of the @ in its name. A new file answers 201 and a replaced one 200.
         */
        put: operations["uploadFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/followedSites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sites the signed-in user follows. */
        get: operations["listFollowedSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the tenant's sites by keyword. */
        get: operations["searchSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/root": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the tenant's root SharePoint site. */
        get: operations["getRootSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{hostname}:/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the root site of a SharePoint host. */
        get: operations["getSiteByHostname"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{hostname}:/{managedPath}/{siteName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a site under a managed path such as /sites/marketing or /teams/sales. */
        get: operations["getSiteByManagedPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{hostname}:/{sitePath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a site from its host name and server-relative path. */
        get: operations["getSiteByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one site by id. */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the column definitions a site offers to its lists. */
        get: operations["listSiteColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/drive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a site's default document library (Documents). */
        get: operations["getSiteDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/drives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the document libraries of a site. */
        get: operations["listSiteDrives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lists and document libraries of a site. */
        get: operations["listLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one list with its template and settings. */
        get: operations["getList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the columns of a list with their types. */
        get: operations["listListColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}/contentTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the content types enabled on a list. */
        get: operations["listListContentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the items of a list, with their column values when fields is expanded. */
        get: operations["listListItems"];
        put?: never;
        /** Add an item to a list with the given column values. */
        post: operations["createListItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a list item (it goes to the recycle bin). */
        delete: operations["deleteListItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}/fields": {
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
        /** Change some column values of a list item. */
        patch: operations["updateListItemFields"];
        trace?: never;
    };
    "/v1.0/sites/{siteId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subsites directly under a site. */
        get: operations["listSubsites"];
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
        CopyItemRequest: {
            /** @description Name of the copy; the original name is kept when omitted. */
            name?: string;
            /** @description Destination folder; the same folder when omitted. */
            parentReference?: {
                driveId?: string;
                id?: string;
            };
        };
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
        CreateFolderResponse: components["schemas"]["ListRootChildrenResponseValueItem"];
        CreateListItemRequest: {
            /** @description Column values keyed by the columns' internal names (Title and so on). */
            fields: {
                [key: string]: unknown;
            };
        };
        CreateListItemResponse: components["schemas"]["ListListItemsResponseValueItem"];
        CreateSharingLinkRequest: {
            /**
             * @description What holders of the link may do.
             * @enum {string}
             */
            type: "view" | "edit" | "embed";
            /**
             * @description Who the link works for.
             * @enum {string}
             */
            scope?: "anonymous" | "organization" | "users";
            /** @description Password the link asks for. */
            password?: string;
            /**
             * Format: date-time
             * @description When the link stops working.
             */
            expirationDateTime?: string;
            /** @description false removes permissions inherited from the parent when the link is the item's first own permission. */
            retainInheritedPermissions?: boolean;
        };
        CreateSharingLinkResponse: components["schemas"]["ListPermissionsResponseValueItem"];
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
        GetDeltaResponse: {
            "@odata.nextLink"?: components["schemas"]["SearchSitesResponseOdataNextLink"];
            /**
             * Format: uri
             * @description URL to call later for changes after this point (last page only).
             */
            "@odata.deltaLink"?: string;
            value?: components["schemas"]["ListRootChildrenResponseValueItem"][];
        };
        GetDriveResponse: components["schemas"]["ListSiteDrivesResponseValueItem"];
        GetItemByPathResponse: components["schemas"]["ListRootChildrenResponseValueItem"];
        GetItemResponse: components["schemas"]["ListRootChildrenResponseValueItem"];
        GetListResponse: components["schemas"]["ListListsResponseValueItem"];
        GetRootSiteResponse: {
            id?: string;
            name?: string;
            displayName?: string;
            description?: string;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            siteCollection?: {
                hostname?: string;
            };
            /** @description Present on the root site of a site collection. */
            root?: Record<string, unknown>;
        };
        GetSiteByHostnameResponse: components["schemas"]["GetRootSiteResponse"];
        GetSiteByManagedPathResponse: components["schemas"]["GetRootSiteResponse"];
        GetSiteByPathResponse: components["schemas"]["GetRootSiteResponse"];
        GetSiteDriveResponse: components["schemas"]["ListSiteDrivesResponseValueItem"];
        GetSiteResponse: components["schemas"]["GetRootSiteResponse"];
        GetVersionResponse: components["schemas"]["ListVersionsResponseValueItem"];
        ListFolderChildrenResponse: components["schemas"]["ListRootChildrenResponse"];
        ListFollowedSitesResponse: components["schemas"]["SearchSitesResponse"];
        ListListColumnsResponse: components["schemas"]["ListSiteColumnsResponse"];
        ListListContentTypesResponse: {
            value?: {
                id?: string;
                name?: string;
                description?: string;
                group?: string;
                hidden?: boolean;
                readOnly?: boolean;
                sealed?: boolean;
            }[];
        };
        ListListItemsResponse: {
            "@odata.nextLink"?: components["schemas"]["SearchSitesResponseOdataNextLink"];
            value?: components["schemas"]["ListListItemsResponseValueItem"][];
        };
        ListListItemsResponseValueItem: {
            id?: string;
            eTag?: string;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            createdBy?: Record<string, unknown>;
            contentType?: {
                id?: string;
                name?: string;
            };
            /** @description Column values keyed by column name. */
            fields?: {
                [key: string]: unknown;
            };
        };
        ListListsResponse: {
            "@odata.nextLink"?: components["schemas"]["SearchSitesResponseOdataNextLink"];
            value?: components["schemas"]["ListListsResponseValueItem"][];
        };
        ListListsResponseValueItem: {
            id?: string;
            name?: string;
            displayName?: string;
            description?: string;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            list?: {
                template?: string;
                hidden?: boolean;
                contentTypesEnabled?: boolean;
            };
        };
        ListPermissionsResponse: {
            value?: components["schemas"]["ListPermissionsResponseValueItem"][];
        };
        ListPermissionsResponseValueItem: {
            id?: string;
            roles?: string[];
            grantedToV2?: Record<string, unknown>;
            grantedToIdentitiesV2?: Record<string, unknown>[];
            inheritedFrom?: Record<string, unknown>;
            /** Format: date-time */
            expirationDateTime?: string;
            hasPassword?: boolean;
            link?: {
                type?: string;
                scope?: string;
                /** Format: uri */
                webUrl?: string;
            };
        };
        ListRootChildrenResponse: {
            "@odata.nextLink"?: components["schemas"]["SearchSitesResponseOdataNextLink"];
            value?: components["schemas"]["ListRootChildrenResponseValueItem"][];
        };
        ListRootChildrenResponseValueItem: {
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
                id?: string;
                path?: string;
                siteId?: string;
            };
            file?: {
                mimeType?: string;
                hashes?: Record<string, unknown>;
            };
            folder?: {
                childCount?: number;
            };
            /**
             * Format: uri
             * @description Short-lived pre-signed download link (files only).
             */
            "@microsoft.graph.downloadUrl"?: string;
        };
        ListSiteColumnsResponse: {
            value?: {
                id?: string;
                name?: string;
                displayName?: string;
                description?: string;
                columnGroup?: string;
                hidden?: boolean;
                readOnly?: boolean;
                required?: boolean;
                indexed?: boolean;
                text?: Record<string, unknown>;
                number?: Record<string, unknown>;
                choice?: Record<string, unknown>;
                dateTime?: Record<string, unknown>;
                lookup?: Record<string, unknown>;
            }[];
        };
        ListSiteDrivesResponse: {
            value?: components["schemas"]["ListSiteDrivesResponseValueItem"][];
        };
        ListSiteDrivesResponseValueItem: {
            id?: string;
            name?: string;
            description?: string;
            /** @enum {string} */
            driveType?: "personal" | "business" | "documentLibrary";
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            quota?: {
                total?: number;
                used?: number;
                remaining?: number;
            };
        };
        ListSubsitesResponse: components["schemas"]["SearchSitesResponse"];
        ListThumbnailsResponse: {
            value?: {
                id?: string;
                small?: components["schemas"]["ListThumbnailsResponseValueItemSmall"];
                medium?: components["schemas"]["ListThumbnailsResponseValueItemSmall"];
                large?: components["schemas"]["ListThumbnailsResponseValueItemSmall"];
            }[];
        };
        ListThumbnailsResponseValueItemSmall: {
            height?: number;
            width?: number;
            /** Format: uri */
            url?: string;
        };
        ListVersionsResponse: {
            value?: components["schemas"]["ListVersionsResponseValueItem"][];
        };
        ListVersionsResponseValueItem: {
            id?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            lastModifiedBy?: Record<string, unknown>;
            size?: number;
        };
        SearchDriveResponse: components["schemas"]["ListRootChildrenResponse"];
        SearchSitesResponse: {
            "@odata.nextLink"?: components["schemas"]["SearchSitesResponseOdataNextLink"];
            value?: components["schemas"]["GetRootSiteResponse"][];
        };
        /**
         * Format: uri
         * @description Full URL of the next page; absent on the last page.
         */
        SearchSitesResponseOdataNextLink: string;
        UpdateItemRequest: {
            /** @description New name. */
            name?: string;
            parentReference?: {
                /** @description Id of the destination folder. */
                id?: string;
            };
            description?: string;
        };
        UpdateItemResponse: components["schemas"]["ListRootChildrenResponseValueItem"];
        /** @description Column values to set keyed by internal column name. */
        UpdateListItemFieldsRequest: {
            [key: string]: unknown;
        };
        /** @description All column values of the item after the change. */
        UpdateListItemFieldsResponse: {
            [key: string]: unknown;
        };
        /** Format: binary */
        UploadFileRequest: string;
        UploadFileResponse: components["schemas"]["ListRootChildrenResponseValueItem"];
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
        /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDrive: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
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
                    "application/json": components["schemas"]["GetDriveResponse"];
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
                /** @description children, thumbnails or listItem to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
                /** @description eTag the item must still have; otherwise the request fails with 412. */
                "if-match"?: string;
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
    updateItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description eTag the item must still have; otherwise the request fails with 412. */
                "if-match"?: string;
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "new-name.txt"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderChildren: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Property to sort by, optionally followed by asc or desc (e.g. name desc). */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
                    "application/json": components["schemas"]["ListFolderChildrenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (Location header) to a short-lived pre-signed URL that serves the file's bytes. */
            302: {
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
    copyItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "copied-file.txt"
                 *     }
                 */
                "application/json": components["schemas"]["CopyItemRequest"];
            };
        };
        responses: {
            /** @description Accepted; the Location header holds a monitor URL that reports progress and the new item's id. */
            202: {
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
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "view",
                 *       "scope": "organization"
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
    listPermissions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
                    "application/json": components["schemas"]["ListPermissionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listThumbnails: {
        parameters: {
            query?: {
                /** @description Thumbnail sizes to return, such as small,c300x400. */
                select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
                    "application/json": components["schemas"]["ListThumbnailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
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
                    "application/json": components["schemas"]["ListVersionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
                /** @description Id of the version (e.g. 3.0); current names the latest. */
                versionId: string;
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
                    "application/json": components["schemas"]["GetVersionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Id of the file or folder (drive item). */
                itemId: string;
                /** @description Id of the version (e.g. 3.0); current names the latest. */
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (Location header) to a short-lived pre-signed URL that serves the file's bytes. */
            302: {
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
    listRootChildren: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description thumbnails or listItem to include them. */
                $expand?: string;
                /** @description Property to sort by, optionally followed by asc or desc (e.g. name desc). */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
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
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Folder",
                 *       "folder": {},
                 *       "@microsoft.graph.conflictBehavior": "rename"
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
    getDelta: {
        parameters: {
            query?: {
                /** @description Token from an earlier @odata.deltaLink; latest returns only a fresh link. */
                token?: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Largest number of items on one page. */
                $top?: number;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
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
                    "application/json": components["schemas"]["GetDeltaResponse"];
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
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Search text; a single quote inside it is written twice. */
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
    getItemByPath: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Path of the item from the library root, such as Reports/summary.docx. */
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
    downloadItemByPath: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Path of the item from the library root, such as Reports/summary.docx. */
                itemPath: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (Location header) to a short-lived pre-signed URL that serves the file's bytes. */
            302: {
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
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the document library (drive). */
                driveId: string;
                /** @description Path of the file from the library root, such as report.pdf or Reports/report.pdf. */
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
    listFollowedSites: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFollowedSitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchSites: {
        parameters: {
            query: {
                /** @description Keywords matched against site names and descriptions. */
                search: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchSitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRootSite: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include (for example drive or lists). */
                $expand?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetRootSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSiteByHostname: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SharePoint host name such as contoso.sharepoint.com. */
                hostname: string;
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
                    "application/json": components["schemas"]["GetSiteByHostnameResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSiteByManagedPath: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SharePoint host name such as contoso.sharepoint.com. */
                hostname: string;
                /** @description Managed path the site sits under. */
                managedPath: "sites" | "teams";
                /** @description URL name of the site. */
                siteName: string;
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
                    "application/json": components["schemas"]["GetSiteByManagedPathResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSiteByPath: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SharePoint host name such as contoso.sharepoint.com. */
                hostname: string;
                /** @description Server-relative path of the site, such as sites/marketing (its parts joined with /). */
                sitePath: string;
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
                    "application/json": components["schemas"]["GetSiteByPathResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSite: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Related data to include (for example drive or lists). */
                $expand?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["GetSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteColumns: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["ListSiteColumnsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSiteDrive: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["GetSiteDriveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteDrives: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["ListSiteDrivesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLists: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
                /** @description columns or contentTypes to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["ListListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getList: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description columns or items to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
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
                    "application/json": components["schemas"]["GetListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listListColumns: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
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
                    "application/json": components["schemas"]["ListListColumnsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listListContentTypes: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
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
                    "application/json": components["schemas"]["ListListContentTypesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listListItems: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /**
                 * @description fields, or fields($select=Title,Status) for chosen columns.
                 * @example fields
                 */
                $expand?: string;
                /** @description Filter on column values, e.g. fields/Status eq 'Done' (unindexed columns need the Prefer header). */
                $filter?: string;
                /** @description Sort order, e.g. fields/Modified desc. */
                $orderby?: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description HonorNonIndexedQueriesWarningMayFailRandomly allows filtering on columns that are not indexed. */
                Prefer?: string;
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
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
                    "application/json": components["schemas"]["ListListItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createListItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "Title": "New Item",
                 *         "Description": "Item description"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateListItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateListItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteListItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
                /** @description Id of the list item. */
                listItemId: string;
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
    updateListItemFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
                /** @description Id (GUID) or display name of the list. */
                listId: string;
                /** @description Id of the list item. */
                listItemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Title": "Updated Title"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateListItemFieldsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateListItemFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubsites: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the SharePoint connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site id (hostname,site collection GUID,web GUID) or root. */
                siteId: string;
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
                    "application/json": components["schemas"]["ListSubsitesResponse"];
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
