// Generated from providers/coda.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/apis/v1/analytics/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List usage metrics (views, copies, likes, sessions) per doc over a date range. */
        get: operations["listDocAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/analytics/packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List usage metrics of the user's Packs over a date range. */
        get: operations["listPackAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/analytics/updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the dates up to which doc and Pack analytics have been computed. */
        get: operations["getAnalyticsUpdated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the category names docs can be published under. */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the docs the user can reach, filtered by owner, folder, workspace or a search term. */
        get: operations["listDocs"];
        put?: never;
        /** Create a doc, empty or as a copy of another, optionally with a first page. */
        post: operations["createDoc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one doc's metadata. */
        get: operations["getDoc"];
        put?: never;
        post?: never;
        /** Delete a doc. */
        delete: operations["deleteDoc"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/acl/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read whether the user may share or copy the doc and with whom. */
        get: operations["getSharingMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/acl/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who the doc is shared with and their access level. */
        get: operations["listPermissions"];
        put?: never;
        /** Share the doc with a person, domain, workspace or anyone with the link. */
        post: operations["addPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/acl/permissions/{permissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one share of the doc. */
        delete: operations["deletePermission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the controls (buttons, sliders, pickers …) of a doc. */
        get: operations["listControls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/controls/{controlIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a control, its type and its current value. */
        get: operations["getControl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/formulas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the named formulas of a doc. */
        get: operations["listFormulas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/formulas/{formulaIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a named formula and its current value. */
        get: operations["getFormula"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of a doc. */
        get: operations["listPages"];
        put?: never;
        /** Add a page to a doc, optionally under a parent page and with initial content. */
        post: operations["createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/pages/{pageIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one page's metadata. */
        get: operations["getPage"];
        /** Rename a page, change its icon, hide it, or append to or replace its content. */
        put: operations["updatePage"];
        post?: never;
        /** Delete a page. */
        delete: operations["deletePage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tables and views of a doc. */
        get: operations["listTables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables/{tableIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a table's metadata, including its row count, display column, sorts and filter. */
        get: operations["getTable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables/{tableIdOrName}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the columns of a table with their formats and formulas. */
        get: operations["listColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables/{tableIdOrName}/columns/{columnIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one column. */
        get: operations["getColumn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a table's rows, optionally filtered to rows where one column has a given value. */
        get: operations["listRows"];
        put?: never;
        /** Insert rows, or update matching rows instead when key columns are given. */
        post: operations["upsertRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one row with its cell values. */
        get: operations["getRow"];
        /** Change cell values of one row. */
        put: operations["updateRow"];
        post?: never;
        /** Delete one row. */
        delete: operations["deleteRow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/mutationStatus/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether a queued write has been applied. */
        get: operations["getMutationStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/resolveBrowserLink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Turn a coda.io browser URL into the API object it points at. */
        get: operations["resolveBrowserLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apis/v1/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token belongs to and the token's own settings. */
        get: operations["whoami"];
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
        AddPermissionRequest: {
            /** @enum {string} */
            access: "readonly" | "write" | "comment" | "none";
            principal: components["schemas"]["ListPermissionsResponseItemsItemPrincipal"];
            /** @description Do not email the person about the share. */
            suppressEmail?: boolean;
        };
        AddPermissionResponse: Record<string, unknown>;
        CreateDocRequest: {
            title?: string;
            /** @description Id of a doc to copy. */
            sourceDoc?: string;
            /** @example America/Los_Angeles */
            timezone?: string;
            /** @description Folder to create the doc in (the user's default when omitted). */
            folderId?: string;
            initialPage?: components["schemas"]["CreateDocRequestInitialPage"];
        };
        CreateDocRequestInitialPage: {
            name?: string;
            subtitle?: string;
            iconName?: string;
            imageUrl?: string;
            parentPageId?: string;
            pageContent?: {
                /** @enum {string} */
                type?: "canvas" | "embed";
                canvasContent?: components["schemas"]["CreateDocRequestInitialPagePageContentCanvasContent"];
                /** @description Address to embed (type embed). */
                url?: string;
            };
        };
        CreateDocRequestInitialPagePageContentCanvasContent: {
            /** @enum {string} */
            format: "html" | "markdown";
            content: string;
        };
        CreateDocResponse: components["schemas"]["ListDocsResponseItemsItem"];
        CreatePageRequest: components["schemas"]["CreateDocRequestInitialPage"];
        CreatePageResponse: {
            /** @description Pass to mutationStatus to learn when the change is applied. */
            requestId?: string;
            /** @description Id of the object changed. */
            id?: string;
        };
        DeleteDocResponse: Record<string, unknown>;
        DeletePageResponse: components["schemas"]["CreatePageResponse"];
        DeletePermissionResponse: Record<string, unknown>;
        DeleteRowResponse: components["schemas"]["CreatePageResponse"];
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
        GetAnalyticsUpdatedResponse: {
            /** Format: date */
            docAnalyticsLastUpdated?: string;
            /** Format: date */
            packAnalyticsLastUpdated?: string;
            /** Format: date */
            packFormulaAnalyticsLastUpdated?: string;
        };
        GetColumnResponse: components["schemas"]["ListColumnsResponseItemsItem"];
        GetControlResponse: {
            id?: string;
            /** @enum {string} */
            type?: "control";
            href?: string;
            name?: string;
            parent?: Record<string, unknown>;
            /** @enum {string} */
            controlType?: "button" | "checkbox" | "datePicker" | "dateRangePicker" | "dateTimePicker" | "lookup" | "multiselect" | "select" | "scale" | "slider" | "reaction" | "textbox" | "timePicker";
            /** @description Current value of the control. */
            value?: unknown;
        };
        GetDocResponse: components["schemas"]["ListDocsResponseItemsItem"];
        GetFormulaResponse: {
            id?: string;
            /** @enum {string} */
            type?: "formula";
            href?: string;
            name?: string;
            parent?: Record<string, unknown>;
            /** @description Current result: text, number, boolean, or an array of them. */
            value?: unknown;
        };
        GetMutationStatusResponse: {
            completed?: boolean;
            warning?: string;
        };
        GetPageResponse: components["schemas"]["ListPagesResponseItemsItem"];
        GetRowResponse: components["schemas"]["ListRowsResponseItemsItem"];
        GetSharingMetadataResponse: {
            canShare?: boolean;
            canShareWithWorkspace?: boolean;
            canShareWithOrg?: boolean;
            canCopy?: boolean;
        };
        GetTableResponse: {
            id?: string;
            /** @enum {string} */
            type?: "table";
            /** @enum {string} */
            tableType?: "table" | "view";
            href?: string;
            browserLink?: string;
            name?: string;
            parent?: Record<string, unknown>;
            parentTable?: components["schemas"]["ListTablesResponseItemsItem"];
            displayColumn?: {
                id?: string;
                type?: string;
                href?: string;
            };
            rowCount?: number;
            sorts?: Record<string, unknown>[];
            layout?: string;
            filter?: Record<string, unknown>;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListCategoriesResponse: {
            items?: {
                name?: string;
            }[];
        };
        ListColumnsResponse: {
            items?: components["schemas"]["ListColumnsResponseItemsItem"][];
            href?: string;
            nextPageToken?: string;
        };
        ListColumnsResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            type?: "column";
            href?: string;
            name?: string;
            display?: boolean;
            calculated?: boolean;
            formula?: string;
            defaultValue?: string;
            format?: {
                type?: string;
                isArray?: boolean;
            };
            parent?: components["schemas"]["ListTablesResponseItemsItem"];
        };
        ListControlsResponse: components["schemas"]["ListFormulasResponse"];
        ListDocAnalyticsResponse: {
            items?: {
                doc?: components["schemas"]["ListDocsResponseItemsItem"];
                metrics?: {
                    /** Format: date */
                    date?: string;
                    views?: number;
                    copies?: number;
                    likes?: number;
                    sessionsMobile?: number;
                    sessionsDesktop?: number;
                    sessionsOther?: number;
                    totalSessions?: number;
                }[];
            }[];
            nextPageToken?: string;
        };
        ListDocsResponse: {
            items?: components["schemas"]["ListDocsResponseItemsItem"][];
            href?: string;
            nextPageToken?: string;
            nextPageLink?: string;
        };
        ListDocsResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            type?: "doc";
            href?: string;
            browserLink?: string;
            name?: string;
            owner?: string;
            ownerName?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            workspaceId?: string;
            folderId?: string;
            workspace?: components["schemas"]["WhoamiResponseWorkspace"];
            folder?: Record<string, unknown>;
            icon?: Record<string, unknown>;
            sourceDoc?: Record<string, unknown>;
            published?: Record<string, unknown>;
            docSize?: {
                totalRowCount?: number;
                tableAndViewCount?: number;
                pageCount?: number;
                overApiSizeLimit?: boolean;
            };
        };
        ListFormulasResponse: {
            items?: {
                id?: string;
                type?: string;
                href?: string;
                name?: string;
                parent?: Record<string, unknown>;
            }[];
            href?: string;
            nextPageToken?: string;
        };
        ListPackAnalyticsResponse: {
            items?: {
                pack?: {
                    id?: number;
                    name?: string;
                    logoUrl?: string;
                    /** Format: date-time */
                    createdAt?: string;
                };
                metrics?: {
                    /** Format: date */
                    date?: string;
                    docInstalls?: number;
                    workspaceInstalls?: number;
                    numFormulaInvocations?: number;
                    numActionInvocations?: number;
                }[];
            }[];
            nextPageToken?: string;
        };
        ListPagesResponse: {
            items?: components["schemas"]["ListPagesResponseItemsItem"][];
            href?: string;
            nextPageToken?: string;
        };
        ListPagesResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            type?: "page";
            href?: string;
            browserLink?: string;
            name?: string;
            subtitle?: string;
            icon?: {
                name?: string;
                type?: string;
                browserLink?: string;
            };
            image?: Record<string, unknown>;
            /** @enum {string} */
            contentType?: "canvas" | "embed" | "syncPage";
            isHidden?: boolean;
            isEffectivelyHidden?: boolean;
            parent?: Record<string, unknown>;
            children?: Record<string, unknown>[];
            authors?: Record<string, unknown>[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListPermissionsResponse: {
            items?: {
                id?: string;
                /** @enum {string} */
                access?: "readonly" | "write" | "comment" | "none";
                principal?: components["schemas"]["ListPermissionsResponseItemsItemPrincipal"];
            }[];
            href?: string;
            nextPageToken?: string;
        };
        ListPermissionsResponseItemsItemPrincipal: {
            /** @enum {string} */
            type: "email" | "domain" | "workspace" | "anyone";
            email?: string;
            domain?: string;
            workspaceId?: string;
        };
        ListRowsResponse: {
            items?: components["schemas"]["ListRowsResponseItemsItem"][];
            href?: string;
            nextPageToken?: string;
            nextSyncToken?: string;
        };
        ListRowsResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            type?: "row";
            href?: string;
            name?: string;
            index?: number;
            browserLink?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            /** @description Cell values keyed by column id (or name with useColumnNames). */
            values?: {
                [key: string]: unknown;
            };
        };
        ListTablesResponse: {
            items?: components["schemas"]["ListTablesResponseItemsItem"][];
            href?: string;
            nextPageToken?: string;
        };
        ListTablesResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            type?: "table";
            /** @enum {string} */
            tableType?: "table" | "view";
            href?: string;
            browserLink?: string;
            name?: string;
            parent?: Record<string, unknown>;
        };
        ResolveBrowserLinkResponse: {
            /** @enum {string} */
            type?: "apiLink";
            href?: string;
            browserLink?: string;
            resource?: {
                type?: string;
                id?: string;
                name?: string;
                href?: string;
            };
        };
        UpdatePageRequest: {
            name?: string;
            subtitle?: string;
            iconName?: string;
            imageUrl?: string;
            isHidden?: boolean;
            contentUpdate?: {
                /** @enum {string} */
                insertionMode?: "append" | "replace";
                canvasContent?: components["schemas"]["CreateDocRequestInitialPagePageContentCanvasContent"];
            };
        };
        UpdatePageResponse: components["schemas"]["CreatePageResponse"];
        UpdateRowRequest: {
            row: {
                cells: components["schemas"]["UpsertRowsRequestRowsItemCells"];
            };
        };
        UpdateRowResponse: components["schemas"]["CreatePageResponse"];
        UpsertRowsRequest: {
            rows: {
                cells: components["schemas"]["UpsertRowsRequestRowsItemCells"];
            }[];
            /** @description Columns whose values identify an existing row to update. */
            keyColumns?: string[];
        };
        UpsertRowsRequestRowsItemCells: {
            /** @description Column id or name. */
            column: string;
            /** @description Value to store: text, number, boolean, or an array of them. */
            value: unknown;
        }[];
        UpsertRowsResponse: {
            requestId?: string;
            /** @description Ids of rows inserted (not those updated). */
            addedRowIds?: string[];
        };
        WhoamiResponse: {
            name?: string;
            loginId?: string;
            /** @enum {string} */
            type?: "user";
            /** @description The token is limited to certain docs or actions. */
            scoped?: boolean;
            tokenName?: string;
            href?: string;
            pictureLink?: string;
            workspace?: components["schemas"]["WhoamiResponseWorkspace"];
        };
        WhoamiResponseWorkspace: {
            id?: string;
            type?: string;
            browserLink?: string;
            name?: string;
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
        /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDocAnalytics: {
        parameters: {
            query?: {
                isPublished?: boolean;
                /** @description First day of the range (YYYY-MM-DD). */
                sinceDate?: string;
                /** @description Last day of the range (YYYY-MM-DD). */
                untilDate?: string;
                scale?: "daily" | "cumulative";
                workspaceId?: string;
                /** @description Search term matched against doc titles. */
                query?: string;
                /** @description Metric to sort by, e.g. views or copies. */
                orderBy?: string;
                direction?: "ascending" | "descending";
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDocAnalyticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPackAnalytics: {
        parameters: {
            query?: {
                /** @description Comma-separated Pack ids. */
                packIds?: string;
                workspaceId?: string;
                query?: string;
                /** @description First day of the range (YYYY-MM-DD). */
                sinceDate?: string;
                /** @description Last day of the range (YYYY-MM-DD). */
                untilDate?: string;
                scale?: "daily" | "cumulative";
                /** @description Metric to sort by, e.g. docInstalls or workspaceInstalls. */
                orderBy?: string;
                direction?: "ascending" | "descending";
                isPublished?: boolean;
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPackAnalyticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAnalyticsUpdated: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAnalyticsUpdatedResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDocs: {
        parameters: {
            query?: {
                /** @description Only docs the user owns. */
                isOwner?: boolean;
                /** @description Only published docs. */
                isPublished?: boolean;
                isStarred?: boolean;
                inGallery?: boolean;
                /** @description Search term matched against doc titles. */
                query?: string;
                /** @description Only copies of this doc id. */
                sourceDoc?: string;
                workspaceId?: string;
                folderId?: string;
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDocsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDoc: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Project Tracker",
                 *       "timezone": "America/Los_Angeles"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDocRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDocResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDoc: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["GetDocResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDoc: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteDocResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSharingMetadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["GetSharingMetadataResponse"];
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
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
    addPermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "access": "write",
                 *       "principal": {
                 *         "type": "email",
                 *         "email": "colleague@example.com"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AddPermissionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddPermissionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePermission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /** @description Id of the permission from the permission list. */
                permissionId: string;
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
                    "application/json": components["schemas"]["DeletePermissionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listControls: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
                sortBy?: "name";
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["ListControlsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getControl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the control.
                 * @example ctrl-cDefGhij
                 */
                controlIdOrName: string;
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
                    "application/json": components["schemas"]["GetControlResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormulas: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
                sortBy?: "name";
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["ListFormulasResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFormula: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the formula.
                 * @example f-fgHijkLm
                 */
                formulaIdOrName: string;
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
                    "application/json": components["schemas"]["GetFormulaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPages: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["ListPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Launch Status",
                 *       "subtitle": "See the status of launch-related tasks.",
                 *       "pageContent": {
                 *         "type": "canvas",
                 *         "canvasContent": {
                 *           "format": "markdown",
                 *           "content": "# Status"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the page.
                 * @example canvas-IjkLmnO
                 */
                pageIdOrName: string;
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
                    "application/json": components["schemas"]["GetPageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the page.
                 * @example canvas-IjkLmnO
                 */
                pageIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Launch Status",
                 *       "contentUpdate": {
                 *         "insertionMode": "append",
                 *         "canvasContent": {
                 *           "format": "markdown",
                 *           "content": "Done: 3 of 5"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the page.
                 * @example canvas-IjkLmnO
                 */
                pageIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTables: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
                sortBy?: "name";
                /** @description Comma-separated kinds to include: table, view. */
                tableTypes?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
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
                    "application/json": components["schemas"]["ListTablesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTable: {
        parameters: {
            query?: {
                /** @description Report the newer layout names (detail, form and others). */
                useUpdatedTableLayouts?: boolean;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
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
                    "application/json": components["schemas"]["GetTableResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listColumns: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
                /** @description Only columns visible in the table. */
                visibleOnly?: boolean;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
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
                    "application/json": components["schemas"]["ListColumnsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getColumn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
                /**
                 * @description Id or URL-encoded name of the column.
                 * @example c-tuVwxYz
                 */
                columnIdOrName: string;
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
                    "application/json": components["schemas"]["GetColumnResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRows: {
        parameters: {
            query?: {
                /** @description Filter of the form <column id or name>:<JSON value>, e.g. c-tuVwxYz:"Apple". */
                query?: string;
                sortBy?: "createdAt" | "natural" | "updatedAt";
                /** @description Key values by column name instead of column id. */
                useColumnNames?: boolean;
                valueFormat?: "simple" | "simpleWithArrays" | "rich";
                /** @description Only rows visible in the table or view. */
                visibleOnly?: boolean;
                /** @description Objects per page. */
                limit?: number;
                /** @description nextPageToken of the previous answer. */
                pageToken?: string;
                /** @description nextSyncToken of an earlier full listing; returns only rows changed since. */
                syncToken?: string;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
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
                    "application/json": components["schemas"]["ListRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsertRows: {
        parameters: {
            query?: {
                /** @description Store values as given instead of parsing them as if typed in. */
                disableParsing?: boolean;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "cells": [
                 *             {
                 *               "column": "c-tuVwxYz",
                 *               "value": "Apple"
                 *             },
                 *             {
                 *               "column": "c-bCdeFgh",
                 *               "value": 12
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "keyColumns": [
                 *         "c-tuVwxYz"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpsertRowsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRow: {
        parameters: {
            query?: {
                /** @description Key values by column name instead of column id. */
                useColumnNames?: boolean;
                valueFormat?: "simple" | "simpleWithArrays" | "rich";
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
                /**
                 * @description Id of the row or the value of its display column.
                 * @example i-tuVwxYz
                 */
                rowIdOrName: string;
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
                    "application/json": components["schemas"]["GetRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRow: {
        parameters: {
            query?: {
                /** @description Store values as given instead of parsing them as if typed in. */
                disableParsing?: boolean;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
                /**
                 * @description Id of the row or the value of its display column.
                 * @example i-tuVwxYz
                 */
                rowIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "row": {
                 *         "cells": [
                 *           {
                 *             "column": "c-bCdeFgh",
                 *             "value": 13
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRowRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the doc (the part after _d in its URL).
                 * @example AbCDeFGH
                 */
                docId: string;
                /**
                 * @description Id or URL-encoded name of the table or view.
                 * @example grid-pqRst-U
                 */
                tableIdOrName: string;
                /**
                 * @description Id of the row or the value of its display column.
                 * @example i-tuVwxYz
                 */
                rowIdOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMutationStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description requestId from the 202 answer of a write. */
                requestId: string;
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
                    "application/json": components["schemas"]["GetMutationStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    resolveBrowserLink: {
        parameters: {
            query: {
                /**
                 * @description The browser URL, URL-encoded.
                 * @example https://coda.io/d/_dAbCDeFGH/Launch-Status_sumnO
                 */
                url: string;
                /** @description Answer with the closest parent object when the exact one no longer exists. */
                degradeGracefully?: boolean;
            };
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ResolveBrowserLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    whoami: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Coda connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["WhoamiResponse"];
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
