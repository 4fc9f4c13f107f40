// Generated from providers/one-note.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/me/onenote/notebooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's notebooks, optionally with their sections and section groups expanded. */
        get: operations["listNotebooks"];
        put?: never;
        /** Create a notebook; its name must be unique among the user's notebooks. */
        post: operations["createNotebook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the notebooks the user opened most recently. */
        get: operations["getRecentNotebooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/notebooks/{notebookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one notebook. */
        get: operations["getNotebook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/notebooks/{notebookId}/copyNotebook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start copying a notebook, optionally under a new name or into a group or site; poll the returned operation. */
        post: operations["copyNotebook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/notebooks/{notebookId}/sectionGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a section group to a notebook. */
        post: operations["createSectionGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/notebooks/{notebookId}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sections directly inside one notebook. */
        get: operations["listNotebookSections"];
        put?: never;
        /** Add a section to a notebook. */
        post: operations["createSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pages across all of the user's sections, newest change first by default. */
        get: operations["listPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/pages/{pageId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the HTML of a page. */
        get: operations["getPageContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a page by appending, inserting, prepending or replacing HTML at chosen elements. */
        patch: operations["updatePageContent"];
        trace?: never;
    };
    "/v1.0/me/onenote/sectionGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every section group across the user's notebooks. */
        get: operations["listSectionGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every section across the user's notebooks. */
        get: operations["listSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onenote/sections/{sectionId}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of one section. */
        get: operations["listSectionPages"];
        put?: never;
        /**
         * Create a page in a section from an HTML document whose title element becomes the page title.
         * @description Send the page as text/html. To include images or files, send multipart/form-data instead, with the HTML in a part named Presentation and each binary in its own part referenced as name:partName.
         */
        post: operations["createPage"];
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
        CopyNotebookRequest: {
            /** @description Name for the copy; the original name is kept when omitted. */
            renameAs?: string;
            /** @description Microsoft 365 group to copy into. */
            groupId?: string;
            /** @description SharePoint site collection to copy into (with siteId). */
            siteCollectionId?: string;
            /** @description SharePoint site to copy into (with siteCollectionId). */
            siteId?: string;
        };
        CreateNotebookRequest: {
            /** @description Notebook name; the characters ?*\/:<>|'" are not allowed. */
            displayName: string;
        };
        CreateNotebookResponse: components["schemas"]["ListNotebooksResponseValueItem"];
        /** @description Complete HTML document of the page. */
        CreatePageRequest: string;
        CreatePageResponse: components["schemas"]["ListPagesResponseValueItem"];
        CreateSectionGroupRequest: components["schemas"]["CreateSectionRequest"];
        CreateSectionGroupResponse: components["schemas"]["ListSectionGroupsResponseValueItem"];
        CreateSectionRequest: {
            /** @description Name, unique within its parent; the characters ?*\/:<>|&#'%~ are not allowed. */
            displayName: string;
        };
        CreateSectionResponse: components["schemas"]["ListSectionsResponseValueItem"];
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
        GetNotebookResponse: components["schemas"]["ListNotebooksResponseValueItem"];
        GetPageContentResponse: string;
        GetRecentNotebooksResponse: {
            value?: {
                displayName?: string;
                /** Format: date-time */
                lastAccessedTime?: string;
                /** @enum {string} */
                sourceService?: "Unknown" | "OneDrive" | "OneDriveForBusiness" | "OnPremOneDriveForBusiness";
                links?: components["schemas"]["ListNotebooksResponseValueItemLinks"];
            }[];
        };
        ListNotebookSectionsResponse: {
            value?: components["schemas"]["ListSectionsResponseValueItem"][];
        };
        ListNotebooksResponse: {
            "@odata.nextLink"?: components["schemas"]["ListNotebooksResponseOdataNextLink"];
            value?: components["schemas"]["ListNotebooksResponseValueItem"][];
        };
        /**
         * Format: uri
         * @description Full URL of the next page; absent on the last page.
         */
        ListNotebooksResponseOdataNextLink: string;
        ListNotebooksResponseValueItem: {
            id?: string;
            displayName?: string;
            isDefault?: boolean;
            isShared?: boolean;
            /** @enum {string} */
            userRole?: "Owner" | "Contributor" | "Reader" | "None";
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: uri */
            sectionsUrl?: string;
            /** Format: uri */
            sectionGroupsUrl?: string;
            links?: components["schemas"]["ListNotebooksResponseValueItemLinks"];
            sections?: Record<string, unknown>[];
            sectionGroups?: Record<string, unknown>[];
        };
        ListNotebooksResponseValueItemLinks: {
            oneNoteClientUrl?: {
                href?: string;
            };
            oneNoteWebUrl?: {
                href?: string;
            };
        };
        ListPagesResponse: {
            "@odata.nextLink"?: components["schemas"]["ListNotebooksResponseOdataNextLink"];
            value?: components["schemas"]["ListPagesResponseValueItem"][];
        };
        ListPagesResponseValueItem: {
            id?: string;
            title?: string;
            level?: number;
            order?: number;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: uri */
            contentUrl?: string;
            links?: components["schemas"]["ListNotebooksResponseValueItemLinks"];
            parentSection?: {
                id?: string;
                displayName?: string;
            };
        };
        ListSectionGroupsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListNotebooksResponseOdataNextLink"];
            value?: components["schemas"]["ListSectionGroupsResponseValueItem"][];
        };
        ListSectionGroupsResponseValueItem: {
            id?: string;
            displayName?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: uri */
            sectionsUrl?: string;
            /** Format: uri */
            sectionGroupsUrl?: string;
            parentNotebook?: {
                id?: string;
                displayName?: string;
            };
        };
        ListSectionPagesResponse: components["schemas"]["ListPagesResponse"];
        ListSectionsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListNotebooksResponseOdataNextLink"];
            value?: components["schemas"]["ListSectionsResponseValueItem"][];
        };
        ListSectionsResponseValueItem: {
            id?: string;
            displayName?: string;
            isDefault?: boolean;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: uri */
            pagesUrl?: string;
            links?: components["schemas"]["ListNotebooksResponseValueItemLinks"];
            parentNotebook?: {
                id?: string;
                displayName?: string;
            };
        };
        UpdatePageContentRequest: {
            /** @description body, title, an element id (#id) or a data-id (#data-id) to act on. */
            target: string;
            /** @enum {string} */
            action: "append" | "insert" | "prepend" | "replace";
            /**
             * @description For append and insert; where the content goes relative to the target.
             * @enum {string}
             */
            position?: "after" | "before";
            /** @description HTML to put in place (plain text when the target is the title). */
            content?: string;
        }[];
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
        /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listNotebooks: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isDefault eq true. */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
                /**
                 * @description sections, sectionGroups or both (comma-separated) to include the notebook tree.
                 * @example sections,sectionGroups
                 */
                $expand?: string;
                /** @description true adds the total number of matches as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListNotebooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createNotebook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "New Notebook"
                 *     }
                 */
                "application/json": components["schemas"]["CreateNotebookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateNotebookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecentNotebooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description true also returns notebooks the user owns (not only shared ones).
                 * @example true
                 */
                includePersonalNotebooks: boolean;
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
                    "application/json": components["schemas"]["GetRecentNotebooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getNotebook: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description sections or sectionGroups to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notebook. */
                notebookId: string;
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
                    "application/json": components["schemas"]["GetNotebookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    copyNotebook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notebook. */
                notebookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "renameAs": "Copied Notebook"
                 *     }
                 */
                "application/json": components["schemas"]["CopyNotebookRequest"];
            };
        };
        responses: {
            /** @description Accepted; poll the URL in the Operation-Location header (an onenoteOperation) until its status is Completed, then read resourceLocation. */
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
    createSectionGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notebook. */
                notebookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "New Section Group"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSectionGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSectionGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listNotebookSections: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isDefault eq true. */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notebook. */
                notebookId: string;
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
                    "application/json": components["schemas"]["ListNotebookSectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notebook. */
                notebookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "New Section"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSectionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSectionResponse"];
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
                /** @description Pages per answer (20 by default, at most 100). */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. contains(tolower(title),'budget'). */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
                /** @description parentNotebook or parentSection to include them. */
                $expand?: string;
                /** @description true adds the total number of matches as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
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
    getPageContent: {
        parameters: {
            query?: {
                /** @description true adds the element ids that page updates target. */
                includeIDs?: boolean;
                /** @description true makes image and file links usable without a token for a while. */
                preAuthenticated?: boolean;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the page. */
                pageId: string;
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
                    "text/html": components["schemas"]["GetPageContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePageContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "target": "body",
                 *         "action": "append",
                 *         "content": "<p>Appended content</p>"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["UpdatePageContentRequest"];
            };
        };
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
    listSectionGroups: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isDefault eq true. */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
                /** @description sections, sectionGroups, parentNotebook or parentSectionGroup to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSectionGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSections: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isDefault eq true. */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
                /** @description parentNotebook or parentSectionGroup to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSectionPages: {
        parameters: {
            query?: {
                /** @description Pages per answer (20 by default, at most 100). */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isDefault eq true. */
                $filter?: string;
                /** @description Sort order, e.g. lastModifiedDateTime desc. */
                $orderby?: string;
                /** @description true adds the total number of matches as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the section. */
                sectionId: string;
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
                    "application/json": components["schemas"]["ListSectionPagesResponse"];
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
                /** @description Id of the OneNote connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the section. */
                sectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example <!DOCTYPE html>
                 *     <html>
                 *       <head><title>Page Title</title></head>
                 *       <body><p>Content</p></body>
                 *     </html>
                 */
                "text/html": components["schemas"]["CreatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
}
