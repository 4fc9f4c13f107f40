// Generated from providers/google-tag-manager.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/tagmanager/v2/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Tag Manager accounts the user can reach. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one Tag Manager account. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the containers of an account. */
        get: operations["listContainers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/environments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a container's environments (live, latest and custom ones such as staging). */
        get: operations["listEnvironments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/version_headers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List short summaries of a container's versions, with tag, trigger and variable counts. */
        get: operations["listVersionHeaders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/versions/{versionId}:publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a container version the live one. */
        post: operations["publishVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces of a container. */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags in a workspace. */
        get: operations["listTags"];
        put?: never;
        /** Add a tag to a workspace, such as a custom HTML or GA4 event tag. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a tag with the full resource sent. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag from a workspace. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the triggers in a workspace. */
        get: operations["listTriggers"];
        put?: never;
        /** Add a trigger to a workspace, such as a page view or custom event. */
        post: operations["createTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user-defined variables in a workspace. */
        get: operations["listVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tagmanager/v2/accounts/{accountId}/user_permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who has access to an account and its containers, and at what level. */
        get: operations["listUserPermissions"];
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
        CreateTagRequest: {
            name: string;
            /** @description Tag template id, e.g. html for custom HTML, gaawc for the Google tag or gaawe for a GA4 event. */
            type: string;
            /** @description Settings of the tag template as typed key-value pairs. */
            parameter?: components["schemas"]["ListTagsResponseTagParameterItem"][];
            /** @description Triggers that fire the tag. */
            firingTriggerId?: string[];
            /** @description Triggers that stop the tag from firing. */
            blockingTriggerId?: string[];
            /** @enum {string} */
            tagFiringOption?: "tagFiringOptionUnspecified" | "unlimited" | "oncePerEvent" | "oncePerLoad";
            paused?: boolean;
            notes?: string;
            parentFolderId?: string;
            /** @description Current fingerprint, for full updates. */
            fingerprint?: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseTag"];
        CreateTriggerRequest: {
            name: string;
            /** @description Event kind, e.g. pageview, domReady, windowLoaded, customEvent, click, linkClick, formSubmission, timer or scrollDepth. */
            type: string;
            filter?: components["schemas"]["CreateTriggerRequestFilter"];
            customEventFilter?: components["schemas"]["CreateTriggerRequestFilter"];
            autoEventFilter?: components["schemas"]["CreateTriggerRequestFilter"];
            notes?: string;
            parentFolderId?: string;
        };
        /** @description Conditions that must all hold for the trigger to fire. */
        CreateTriggerRequestFilter: {
            /** @description Comparison, e.g. equals, contains, startsWith, endsWith or matchRegex. */
            type?: string;
            /** @description The two operands, keyed arg0 and arg1. */
            parameter?: components["schemas"]["ListTagsResponseTagParameterItem"][];
        }[];
        CreateTriggerResponse: components["schemas"]["ListTriggersResponseTrigger"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        ListAccountsResponse: {
            account?: components["schemas"]["ListAccountsResponseAccount"][];
            nextPageToken?: string;
        };
        ListAccountsResponseAccount: {
            path?: string;
            accountId?: string;
            name?: string;
            shareData?: boolean;
            fingerprint?: string;
            tagManagerUrl?: string;
            features?: {
                supportUserPermissions?: boolean;
                supportMultipleContainers?: boolean;
            };
        };
        ListContainersResponse: {
            container?: {
                path?: string;
                accountId?: string;
                containerId?: string;
                name?: string;
                /** @description The GTM-XXXXXX id used in the site snippet. */
                publicId?: string;
                domainName?: string[];
                usageContext?: ("web" | "android" | "ios" | "amp" | "server")[];
                notes?: string;
                fingerprint?: string;
                tagManagerUrl?: string;
            }[];
            nextPageToken?: string;
        };
        ListEnvironmentsResponse: {
            environment?: {
                path?: string;
                environmentId?: string;
                /** @enum {string} */
                type?: "user" | "live" | "latest" | "workspace";
                name?: string;
                description?: string;
                url?: string;
                enableDebug?: boolean;
                containerVersionId?: string;
                workspaceId?: string;
                authorizationCode?: string;
                fingerprint?: string;
            }[];
            nextPageToken?: string;
        };
        ListTagsResponse: {
            tag?: components["schemas"]["ListTagsResponseTag"][];
            nextPageToken?: string;
        };
        ListTagsResponseTag: {
            path?: string;
            tagId?: string;
            name?: string;
            type?: string;
            parameter?: components["schemas"]["ListTagsResponseTagParameterItem"][];
            firingTriggerId?: string[];
            blockingTriggerId?: string[];
            /** @enum {string} */
            tagFiringOption?: "tagFiringOptionUnspecified" | "unlimited" | "oncePerEvent" | "oncePerLoad";
            paused?: boolean;
            notes?: string;
            parentFolderId?: string;
            fingerprint?: string;
            tagManagerUrl?: string;
        };
        ListTagsResponseTagParameterItem: {
            /** @enum {string} */
            type?: "typeUnspecified" | "template" | "integer" | "boolean" | "list" | "map" | "triggerReference" | "tagReference";
            key?: string;
            value?: string;
            list?: Record<string, unknown>[];
            map?: Record<string, unknown>[];
        };
        ListTriggersResponse: {
            trigger?: components["schemas"]["ListTriggersResponseTrigger"][];
            nextPageToken?: string;
        };
        ListTriggersResponseTrigger: {
            path?: string;
            triggerId?: string;
            name?: string;
            type?: string;
            filter?: Record<string, unknown>[];
            customEventFilter?: Record<string, unknown>[];
            autoEventFilter?: Record<string, unknown>[];
            notes?: string;
            parentFolderId?: string;
            fingerprint?: string;
            tagManagerUrl?: string;
        };
        ListUserPermissionsResponse: {
            userPermission?: {
                path?: string;
                accountId?: string;
                emailAddress?: string;
                accountAccess?: {
                    /** @enum {string} */
                    permission?: "accountPermissionUnspecified" | "noAccess" | "user" | "admin";
                };
                containerAccess?: {
                    containerId?: string;
                    /** @enum {string} */
                    permission?: "containerPermissionUnspecified" | "noAccess" | "read" | "edit" | "approve" | "publish";
                }[];
            }[];
            nextPageToken?: string;
        };
        ListVariablesResponse: {
            variable?: {
                path?: string;
                variableId?: string;
                name?: string;
                /** @description Variable kind, e.g. v data layer, j JavaScript, c constant, k cookie. */
                type?: string;
                parameter?: Record<string, unknown>[];
                notes?: string;
                parentFolderId?: string;
                fingerprint?: string;
            }[];
            nextPageToken?: string;
        };
        ListVersionHeadersResponse: {
            containerVersionHeader?: {
                path?: string;
                containerVersionId?: string;
                name?: string;
                deleted?: boolean;
                numTags?: string;
                numTriggers?: string;
                numVariables?: string;
            }[];
            nextPageToken?: string;
        };
        ListWorkspacesResponse: {
            workspace?: {
                path?: string;
                workspaceId?: string;
                name?: string;
                description?: string;
                fingerprint?: string;
                tagManagerUrl?: string;
            }[];
            nextPageToken?: string;
        };
        PublishVersionResponse: {
            containerVersion?: {
                path?: string;
                containerVersionId?: string;
                name?: string;
                fingerprint?: string;
            };
            compilerError?: boolean;
        };
        UpdateTagRequest: components["schemas"]["CreateTagRequest"];
        UpdateTagResponse: components["schemas"]["ListTagsResponseTag"];
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
        /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Also return accounts that hold only Google tags. */
                includeGoogleTags?: boolean;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
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
    listContainers: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
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
                    "application/json": components["schemas"]["ListContainersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEnvironments: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
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
                    "application/json": components["schemas"]["ListEnvironmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVersionHeaders: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Also list deleted versions. */
                includeDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
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
                    "application/json": components["schemas"]["ListVersionHeadersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publishVersion: {
        parameters: {
            query?: {
                /** @description Current fingerprint of the version; the call fails if it no longer matches. */
                fingerprint?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Id of the container version to publish. */
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
                    "application/json": components["schemas"]["PublishVersionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
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
                    "application/json": components["schemas"]["ListWorkspacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Tag",
                 *       "type": "html",
                 *       "parameter": [
                 *         {
                 *           "type": "template",
                 *           "key": "html",
                 *           "value": "<script>...</script>"
                 *         }
                 *       ],
                 *       "firingTriggerId": [
                 *         "2147479553"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTag: {
        parameters: {
            query?: {
                /** @description Current fingerprint of the tag; the call fails if it no longer matches. */
                fingerprint?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
                /** @description Id of the tag. */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Tag",
                 *       "type": "html",
                 *       "parameter": [
                 *         {
                 *           "type": "template",
                 *           "key": "html",
                 *           "value": "<script>console.log(1)</script>"
                 *         }
                 *       ],
                 *       "firingTriggerId": [
                 *         "2147479553"
                 *       ],
                 *       "fingerprint": "1700000000000"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
                /** @description Id of the tag. */
                tagId: string;
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
    listTriggers: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListTriggersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTrigger: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Page View",
                 *       "type": "pageview"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTriggerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTriggerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVariables: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
                accountId: string;
                /** @description Numeric id of the container. */
                containerId: string;
                /** @description Numeric id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListVariablesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserPermissions: {
        parameters: {
            query?: {
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tag Manager connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Tag Manager account. */
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
                    "application/json": components["schemas"]["ListUserPermissionsResponse"];
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
