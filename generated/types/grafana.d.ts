// Generated from providers/grafana.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List annotations in a time range, by dashboard, panel, user, type or tags. */
        get: operations["listAnnotations"];
        put?: never;
        /** Add an annotation to a dashboard panel or, without a dashboard, to the organisation. */
        post: operations["createAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/annotations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an annotation. */
        delete: operations["deleteAnnotation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a dashboard, or replace one with the same uid, from its JSON model. */
        post: operations["saveDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/uid/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a dashboard's JSON model and its metadata. */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        /** Delete a dashboard. */
        delete: operations["deleteDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's data sources. */
        get: operations["listDataSources"];
        put?: never;
        /** Add a data source. */
        post: operations["createDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasources/name/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a data source by its name. */
        get: operations["getDataSourceByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasources/uid/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a data source by uid. */
        get: operations["getDataSourceByUid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/datasources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a data source by numeric id (deprecated in favour of the uid form).
         * @deprecated
         */
        get: operations["getDataSource"];
        put?: never;
        post?: never;
        /**
         * Delete a data source by numeric id (deprecated in favour of the uid form).
         * @deprecated
         */
        delete: operations["deleteDataSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the folders the credentials can see, one level at a time. */
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
    "/api/folders/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one folder with its permissions summary. */
        get: operations["getFolder"];
        put?: never;
        post?: never;
        /** Delete a folder together with the dashboards in it. */
        delete: operations["deleteFolder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the organisation the credentials act in. */
        get: operations["getCurrentOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List installed plugins (data sources, panels, apps). */
        get: operations["listPlugins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ruler/grafana/api/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Grafana-managed alert rules grouped by folder and rule group (ruler format). */
        get: operations["listRulerRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search dashboards and folders by title, tag, folder or starred state. */
        get: operations["searchDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/serviceaccounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the organisation's service accounts. */
        get: operations["searchServiceAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a team in the organisation. */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the organisation's teams by name. */
        get: operations["searchTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user (or the service account behind the token). */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provisioning/alert-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Grafana-managed alert rules through the provisioning API. */
        get: operations["listProvisionedAlertRules"];
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
        CreateAnnotationRequest: {
            dashboardUID?: string;
            panelId?: number;
            /** @description Epoch milliseconds; now when absent. */
            time?: number;
            /** @description Epoch milliseconds; makes it a region. */
            timeEnd?: number;
            tags?: string[];
            text: string;
        };
        CreateAnnotationResponse: {
            message?: string;
            id?: number;
        };
        CreateDataSourceRequest: {
            name: string;
            /** @description Plugin id such as prometheus, loki, graphite or postgres. */
            type: string;
            url?: string;
            /**
             * @description proxy sends queries through the Grafana server.
             * @enum {string}
             */
            access: "proxy" | "direct";
            uid?: string;
            basicAuth?: boolean;
            basicAuthUser?: string;
            user?: string;
            database?: string;
            isDefault?: boolean;
            /** @description Plugin-specific settings. */
            jsonData?: Record<string, unknown>;
            /** @description Plugin-specific secrets; stored encrypted and never returned. */
            secureJsonData?: Record<string, unknown>;
        };
        CreateDataSourceResponse: {
            datasource?: components["schemas"]["ListDataSourcesResponseItem"];
            id?: number;
            message?: string;
            name?: string;
        };
        CreateFolderRequest: {
            title: string;
            /** @description Chosen by Grafana when absent. */
            uid?: string;
            /** @description Parent folder (needs nested folders enabled). */
            parentUid?: string;
            description?: string;
        };
        CreateFolderResponse: components["schemas"]["GetFolderResponse"];
        CreateTeamRequest: {
            name: string;
            /** Format: email */
            email?: string;
            orgId?: number;
        };
        CreateTeamResponse: {
            message?: string;
            teamId?: number;
            uid?: string;
        };
        DeleteAnnotationResponse: {
            message?: string;
        };
        DeleteDashboardResponse: {
            title?: string;
            message?: string;
            id?: number;
        };
        DeleteDataSourceResponse: {
            message?: string;
        };
        DeleteFolderResponse: {
            message?: string;
            id?: number;
            title?: string;
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
        GetCurrentOrgResponse: {
            id?: number;
            name?: string;
            address?: {
                address1?: string;
                address2?: string;
                city?: string;
                zipCode?: string;
                state?: string;
                country?: string;
            };
        };
        GetCurrentUserResponse: {
            id?: number;
            uid?: string;
            email?: string;
            name?: string;
            login?: string;
            theme?: string;
            orgId?: number;
            isGrafanaAdmin?: boolean;
            isDisabled?: boolean;
            isExternal?: boolean;
            authLabels?: string[];
            avatarUrl?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        GetDashboardResponse: {
            /** @description The dashboard JSON model. */
            dashboard?: {
                id?: number;
                uid?: string;
                title?: string;
                tags?: string[];
                timezone?: string;
                schemaVersion?: number;
                version?: number;
                panels?: Record<string, unknown>[];
            } & {
                [key: string]: unknown;
            };
            meta?: {
                type?: string;
                canSave?: boolean;
                canEdit?: boolean;
                canAdmin?: boolean;
                slug?: string;
                url?: string;
                /** Format: date-time */
                created?: string;
                /** Format: date-time */
                updated?: string;
                createdBy?: string;
                updatedBy?: string;
                version?: number;
                folderUid?: string;
                folderTitle?: string;
                provisioned?: boolean;
            };
        };
        GetDataSourceByNameResponse: components["schemas"]["ListDataSourcesResponseItem"];
        GetDataSourceByUidResponse: components["schemas"]["ListDataSourcesResponseItem"];
        GetDataSourceResponse: components["schemas"]["ListDataSourcesResponseItem"];
        GetFolderResponse: {
            id?: number;
            uid?: string;
            title?: string;
            url?: string;
            parentUid?: string;
            hasAcl?: boolean;
            canSave?: boolean;
            canEdit?: boolean;
            canAdmin?: boolean;
            createdBy?: string;
            /** Format: date-time */
            created?: string;
            updatedBy?: string;
            /** Format: date-time */
            updated?: string;
            version?: number;
        };
        ListAnnotationsResponse: {
            id?: number;
            alertId?: number;
            dashboardId?: number;
            dashboardUID?: string;
            panelId?: number;
            userId?: number;
            login?: string;
            email?: string;
            newState?: string;
            prevState?: string;
            time?: number;
            timeEnd?: number;
            text?: string;
            tags?: string[];
            data?: Record<string, unknown>;
        }[];
        ListDataSourcesResponse: components["schemas"]["ListDataSourcesResponseItem"][];
        ListDataSourcesResponseItem: {
            id?: number;
            uid?: string;
            orgId?: number;
            name?: string;
            /** @description Plugin id such as prometheus, loki or postgres. */
            type?: string;
            typeName?: string;
            /** @enum {string} */
            access?: "proxy" | "direct";
            url?: string;
            user?: string;
            database?: string;
            basicAuth?: boolean;
            basicAuthUser?: string;
            withCredentials?: boolean;
            isDefault?: boolean;
            jsonData?: Record<string, unknown>;
            secureJsonFields?: {
                [key: string]: boolean;
            };
            version?: number;
            readOnly?: boolean;
        };
        ListFoldersResponse: {
            id?: number;
            uid?: string;
            title?: string;
            parentUid?: string;
        }[];
        ListPluginsResponse: {
            name?: string;
            type?: string;
            id?: string;
            enabled?: boolean;
            pinned?: boolean;
            info?: {
                version?: string;
                description?: string;
                author?: Record<string, unknown>;
            };
            hasUpdate?: boolean;
            category?: string;
            state?: string;
            signature?: string;
        }[];
        ListProvisionedAlertRulesResponse: {
            id?: number;
            uid?: string;
            orgID?: number;
            folderUID?: string;
            ruleGroup?: string;
            title?: string;
            condition?: string;
            data?: Record<string, unknown>[];
            /** Format: date-time */
            updated?: string;
            /** @enum {string} */
            noDataState?: "Alerting" | "NoData" | "OK";
            /** @enum {string} */
            execErrState?: "Alerting" | "Error" | "OK";
            for?: string;
            annotations?: {
                [key: string]: string;
            };
            labels?: {
                [key: string]: string;
            };
            isPaused?: boolean;
            provenance?: string;
        }[];
        /** @description Folder title to the rule groups stored in it. */
        ListRulerRulesResponse: {
            [key: string]: {
                name?: string;
                interval?: string;
                rules?: Record<string, unknown>[];
            }[];
        };
        SaveDashboardRequest: {
            dashboard: {
                /** @description null or absent to create. */
                id?: number | null;
                /** @description Chosen by Grafana when absent. */
                uid?: string;
                title: string;
                tags?: string[];
                timezone?: string;
                schemaVersion?: number;
                /** @description Current version when updating; a mismatch is rejected unless overwrite is true. */
                version?: number;
                refresh?: string;
                panels?: Record<string, unknown>[];
            } & {
                [key: string]: unknown;
            };
            /** @description Folder to save into; the General folder when absent. */
            folderUid?: string;
            /** @description Note stored in the version history. */
            message?: string;
            /**
             * @description Replace a dashboard with the same uid or title regardless of version.
             * @default false
             */
            overwrite?: boolean;
        };
        SaveDashboardResponse: {
            id?: number;
            uid?: string;
            url?: string;
            status?: string;
            version?: number;
            slug?: string;
        };
        SearchDashboardsResponse: {
            id?: number;
            uid?: string;
            title?: string;
            uri?: string;
            url?: string;
            slug?: string;
            /** @enum {string} */
            type?: "dash-db" | "dash-folder";
            tags?: string[];
            isStarred?: boolean;
            folderId?: number;
            folderUid?: string;
            folderTitle?: string;
            folderUrl?: string;
        }[];
        SearchServiceAccountsResponse: {
            totalCount?: number;
            serviceAccounts?: {
                id?: number;
                uid?: string;
                name?: string;
                login?: string;
                orgId?: number;
                isDisabled?: boolean;
                /** @enum {string} */
                role?: "None" | "Viewer" | "Editor" | "Admin";
                tokens?: number;
                avatarUrl?: string;
            }[];
            page?: number;
            perPage?: number;
        };
        SearchTeamsResponse: {
            totalCount?: number;
            teams?: {
                id?: number;
                uid?: string;
                orgId?: number;
                name?: string;
                email?: string;
                avatarUrl?: string;
                memberCount?: number;
            }[];
            page?: number;
            perPage?: number;
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
        /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAnnotations: {
        parameters: {
            query?: {
                /** @description Start of the range in epoch milliseconds. */
                from?: number;
                /** @description End of the range in epoch milliseconds. */
                to?: number;
                /** @description Most annotations to return. */
                limit?: number;
                dashboardUID?: string;
                /** @description Deprecated numeric form of dashboardUID. */
                dashboardId?: number;
                panelId?: number;
                alertId?: number;
                userId?: number;
                type?: "alert" | "annotation";
                /** @description Organisation annotations carrying these tags (repeat the parameter). */
                tags?: string[];
                /** @description Match any of the tags instead of all. */
                matchAny?: boolean;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAnnotationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAnnotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dashboardUID": "abc123",
                 *       "time": 1609459200000,
                 *       "text": "Annotation text",
                 *       "tags": [
                 *         "tag1"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateAnnotationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAnnotationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAnnotation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id. */
                id: number;
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
                    "application/json": components["schemas"]["DeleteAnnotationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    saveDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dashboard": {
                 *         "title": "Dashboard Title",
                 *         "panels": [],
                 *         "schemaVersion": 30
                 *       },
                 *       "overwrite": false
                 *     }
                 */
                "application/json": components["schemas"]["SaveDashboardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaveDashboardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Uid of the dashboard, folder or data source. */
                uid: string;
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
                    "application/json": components["schemas"]["GetDashboardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Uid of the dashboard, folder or data source. */
                uid: string;
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
                    "application/json": components["schemas"]["DeleteDashboardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDataSources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDataSourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Prometheus",
                 *       "type": "prometheus",
                 *       "url": "http://prometheus:9090",
                 *       "access": "proxy"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDataSourceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataSourceByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Name of the data source, URL-encoded. */
                name: string;
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
                    "application/json": components["schemas"]["GetDataSourceByNameResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataSourceByUid: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Uid of the dashboard, folder or data source. */
                uid: string;
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
                    "application/json": components["schemas"]["GetDataSourceByUidResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id. */
                id: number;
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
                    "application/json": components["schemas"]["GetDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id. */
                id: number;
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
                    "application/json": components["schemas"]["DeleteDataSourceResponse"];
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
            query?: {
                limit?: number;
                page?: number;
                /** @description List the subfolders of this folder (nested folders). */
                parentUid?: string;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
    createFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Folder Name"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Uid of the dashboard, folder or data source. */
                uid: string;
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
    deleteFolder: {
        parameters: {
            query?: {
                /** @description Also delete the alert rules stored in the folder. */
                forceDeleteRules?: boolean;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Uid of the dashboard, folder or data source. */
                uid: string;
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
    getCurrentOrg: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentOrgResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlugins: {
        parameters: {
            query?: {
                type?: "app" | "datasource" | "panel" | "renderer";
                enabled?: boolean;
                /** @description true for built-in plugins only. */
                core?: boolean;
                embedded?: boolean;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPluginsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRulerRules: {
        parameters: {
            query?: {
                /** @description Only rules linked to this dashboard. */
                dashboard_uid?: string;
                /** @description Only rules linked to this panel (needs dashboard_uid). */
                panel_id?: number;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRulerRulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchDashboards: {
        parameters: {
            query?: {
                /** @description Text matched against titles. */
                query?: string;
                /** @description Tags that must all be present (repeat the parameter). */
                tag?: string[];
                /** @description Only dashboards or only folders. */
                type?: "dash-db" | "dash-folder";
                dashboardUIDs?: string[];
                /** @description Only hits inside these folders. */
                folderUIDs?: string[];
                /** @description Deprecated numeric form of folderUIDs. */
                folderIds?: number[];
                /** @description Only dashboards the user starred. */
                starred?: boolean;
                /** @description Hits per page. */
                limit?: number;
                page?: number;
                sort?: "alpha-asc" | "alpha-desc";
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchDashboardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchServiceAccounts: {
        parameters: {
            query?: {
                query?: string;
                perpage?: number;
                page?: number;
                disabled?: boolean;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchServiceAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Team Name"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchTeams: {
        parameters: {
            query?: {
                /** @description Text matched against team names. */
                query?: string;
                /** @description Exact team name. */
                name?: string;
                perpage?: number;
                page?: number;
                /** @description Sort key such as name-asc or memberCount-desc. */
                sort?: string;
            };
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchTeamsResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
    listProvisionedAlertRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Grafana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProvisionedAlertRulesResponse"];
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
