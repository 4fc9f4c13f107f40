// Generated from providers/make.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v2/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the app connections stored in a team. */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/connections/{connectionId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check whether an app connection's credentials still work. */
        post: operations["testConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/data-stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the data stores of a team with their record counts and sizes. */
        get: operations["listDataStores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/data-stores/{dataStoreId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one data store's details. */
        get: operations["getDataStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/dlqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a scenario's incomplete executions waiting to be resolved or retried. */
        get: operations["listIncompleteExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/dlqs/{dlqId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry one incomplete execution. */
        post: operations["retryIncompleteExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks and mailhooks of a team. */
        get: operations["listHooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/hooks/{hookId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a hook off so it stops accepting incoming data. */
        post: operations["disableHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/hooks/{hookId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a hook back on so it accepts incoming data. */
        post: operations["enableHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the user belongs to, with their zones and plans. */
        get: operations["listOrganizations"];
        put?: never;
        /** Create a new organization in a region. */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one organization's details. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/organizations/{organizationId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization's daily operations and data transfer for the last 30 days. */
        get: operations["getOrganizationUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scenarios of a team or organization. */
        get: operations["listScenarios"];
        put?: never;
        /** Create a scenario in a team from a blueprint. */
        post: operations["createScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one scenario's settings and state. */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios/{scenarioId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a scenario's execution and change logs, newest first. */
        get: operations["listScenarioLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios/{scenarioId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a scenario once now, optionally passing input data and waiting for the result. */
        post: operations["runScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios/{scenarioId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a scenario so it runs on its schedule or trigger. */
        post: operations["startScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/scenarios/{scenarioId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a scenario. */
        post: operations["stopScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams of an organization. */
        get: operations["listTeams"];
        put?: never;
        /** Create a team in an organization. */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one team. */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scenario templates of a team. */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/templates/{templateId}/blueprint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the blueprint and scheduling of a template. */
        get: operations["getTemplateBlueprint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of an organization or team. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token or OAuth grant belongs to. */
        get: operations["getCurrentUser"];
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
        CreateOrganizationRequest: {
            /** @description Name of the organization. */
            name: string;
            /** @description Region (zone) the organization is hosted in. */
            regionId: number;
            /** @description Time zone id. */
            timezoneId: number;
            /** @description Country id. */
            countryId: number;
        };
        CreateOrganizationResponse: components["schemas"]["GetOrganizationResponse"];
        CreateScenarioRequest: {
            /** @description Team that will own the scenario. */
            teamId: number;
            /** @description Scenario name (the blueprint's name is used otherwise). */
            name?: string;
            /** @description The scenario blueprint as a JSON string. */
            blueprint: string;
            /** @description Scheduling as a JSON string, e.g. {"type":"indefinitely","interval":900}. */
            scheduling?: string;
            /** @description Folder to put the scenario in. */
            folderId?: number;
        };
        CreateScenarioResponse: components["schemas"]["GetScenarioResponse"];
        CreateTeamRequest: {
            /** @description Name of the team. */
            name: string;
            /** @description Organization the team belongs to. */
            organizationId: number;
            /** @description Cap on operations the team may use. */
            operationsLimit?: number;
        };
        CreateTeamResponse: components["schemas"]["GetTeamResponse"];
        DisableHookResponse: components["schemas"]["EnableHookResponse"];
        EnableHookResponse: {
            hook?: components["schemas"]["ListHooksResponseHooksItem"];
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
        GetCurrentUserResponse: {
            authUser?: {
                id?: number;
                name?: string;
                email?: string;
                language?: string;
                timezoneId?: number;
                localeId?: number;
                countryId?: number;
                avatar?: string;
                lastLogin?: string;
            };
        };
        GetDataStoreResponse: {
            dataStore?: components["schemas"]["ListDataStoresResponseDataStoresItem"];
        };
        GetOrganizationResponse: {
            organization?: components["schemas"]["ListOrganizationsResponseOrganizationsItem"];
        };
        GetOrganizationUsageResponse: {
            data?: {
                date?: string;
                operations?: number;
                dataTransfer?: number;
                centicredits?: number;
            }[];
        };
        GetScenarioResponse: {
            scenario?: components["schemas"]["ListScenariosResponseScenario"];
        };
        GetTeamResponse: {
            team?: components["schemas"]["ListTeamsResponseTeamsItem"];
        };
        GetTemplateBlueprintResponse: {
            code?: string;
            response?: {
                blueprint?: Record<string, unknown>;
                scheduling?: Record<string, unknown>;
                controller?: Record<string, unknown>;
            };
        };
        ListConnectionsResponse: {
            connections?: {
                id?: number;
                name?: string;
                accountName?: string;
                accountLabel?: string;
                packageName?: string;
                accountType?: string;
                teamId?: number;
                expire?: string;
                editable?: boolean;
                upgradeable?: boolean;
                scoped?: boolean;
                scopes?: number;
            }[];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListDataStoresResponse: {
            dataStores?: components["schemas"]["ListDataStoresResponseDataStoresItem"][];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListDataStoresResponseDataStoresItem: {
            id?: number;
            name?: string;
            records?: number;
            size?: string;
            maxSize?: string;
            teamId?: number;
            datastructureId?: number;
        };
        ListHooksResponse: {
            hooks?: components["schemas"]["ListHooksResponseHooksItem"][];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListHooksResponseHooksItem: {
            id?: number;
            name?: string;
            teamId?: number;
            udid?: string;
            type?: string;
            typeName?: string;
            packageName?: string;
            url?: string;
            enabled?: boolean;
            gone?: boolean;
            scenarioId?: number;
            queueCount?: number;
            queueLimit?: number;
        };
        ListIncompleteExecutionsResponse: {
            dlqs?: {
                id?: string;
                reason?: string;
                created?: string;
                size?: number;
                resolved?: boolean;
                attempts?: number;
            }[];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListOrganizationsResponse: {
            organizations?: components["schemas"]["ListOrganizationsResponseOrganizationsItem"][];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListOrganizationsResponseOrganizationsItem: {
            id?: number;
            name?: string;
            countryId?: number;
            timezoneId?: number;
            zone?: string;
            license?: Record<string, unknown>;
            serviceName?: string;
            isPaused?: boolean;
            externalId?: string;
        };
        ListScenarioLogsResponse: {
            scenarioLogs?: {
                id?: string;
                imtId?: string;
                type?: string;
                status?: number;
                duration?: number;
                operations?: number;
                transfer?: number;
                organizationId?: number;
                teamId?: number;
                authorId?: number;
                instant?: boolean;
                timestamp?: string;
            }[];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListScenariosResponse: {
            scenarios?: components["schemas"]["ListScenariosResponseScenario"][];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListScenariosResponseScenario: {
            id?: number;
            name?: string;
            description?: string;
            teamId?: number;
            folderId?: number;
            hookId?: number;
            isinvalid?: boolean;
            islinked?: boolean;
            islocked?: boolean;
            isPaused?: boolean;
            iswaiting?: boolean;
            usedPackages?: string[];
            scheduling?: {
                type?: string;
                interval?: number;
            };
            dlqCount?: number;
            lastEdit?: string;
            nextExec?: string;
            created?: string;
        };
        ListTeamsResponse: {
            teams?: components["schemas"]["ListTeamsResponseTeamsItem"][];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListTeamsResponseTeamsItem: {
            id?: number;
            name?: string;
            organizationId?: number;
        };
        ListTemplatesResponse: {
            templates?: {
                id?: number;
                name?: string;
                description?: string;
                teamId?: number;
                usedApps?: string[];
                public?: boolean;
                published?: boolean;
            }[];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListUsersResponse: {
            users?: {
                id?: number;
                name?: string;
                email?: string;
                language?: string;
                timezoneId?: number;
            }[];
            pg?: components["schemas"]["ListUsersResponsePg"];
        };
        ListUsersResponsePg: {
            sortBy?: string;
            sortDir?: string;
            limit?: number;
            offset?: number;
        };
        RetryIncompleteExecutionResponse: unknown;
        RunScenarioRequest: {
            /** @description Values for the scenario's inputs. */
            data?: Record<string, unknown>;
            /** @description Wait for the run to finish (up to 40 seconds) and return its outputs. */
            responsive?: boolean;
            /** @description URL called when the run ends. */
            callbackUrl?: string;
        };
        RunScenarioResponse: {
            executionId?: string;
            statusUrl?: string;
            status?: string;
            outputs?: Record<string, unknown>;
        };
        StartScenarioResponse: {
            scenario?: {
                id?: number;
                islinked?: boolean;
                isActive?: boolean;
            };
        };
        StopScenarioResponse: components["schemas"]["StartScenarioResponse"];
        TestConnectionResponse: {
            verified?: boolean;
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
        /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listConnections: {
        parameters: {
            query: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Team whose connections to list. */
                teamId: number;
                /** @description Only connections of these app types. */
                "type[]"?: string[];
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListConnectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    testConnection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the connection. */
                connectionId: number;
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
                    "application/json": components["schemas"]["TestConnectionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDataStores: {
        parameters: {
            query: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Team whose data stores to list. */
                teamId: number;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDataStoresResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the data store. */
                dataStoreId: number;
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
                    "application/json": components["schemas"]["GetDataStoreResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIncompleteExecutions: {
        parameters: {
            query: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Scenario whose incomplete executions to list. */
                scenarioId: number;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListIncompleteExecutionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retryIncompleteExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the incomplete execution. */
                dlqId: string;
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
                    "application/json": components["schemas"]["RetryIncompleteExecutionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listHooks: {
        parameters: {
            query: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Team whose hooks to list. */
                teamId: number;
                /** @description Only hooks of this type. */
                typeName?: string;
                /** @description Only hooks that are (true) or are not (false) used by a scenario. */
                assigned?: boolean;
                /** @description Hooks that this scenario could use. */
                viewForScenarioId?: number;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListHooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    disableHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the hook. */
                hookId: number;
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
                    "application/json": components["schemas"]["DisableHookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enableHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the hook. */
                hookId: number;
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
                    "application/json": components["schemas"]["EnableHookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrganizationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Organization Name",
                 *       "regionId": 2,
                 *       "timezoneId": 301,
                 *       "countryId": 202
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrganizationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization. */
                organizationId: number;
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
                    "application/json": components["schemas"]["GetOrganizationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganizationUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization. */
                organizationId: number;
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
                    "application/json": components["schemas"]["GetOrganizationUsageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listScenarios: {
        parameters: {
            query?: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Scenarios of this team (give this or organizationId). */
                teamId?: number;
                /** @description Scenarios of this organization (give this or teamId). */
                organizationId?: number;
                /** @description Only scenarios in this folder. */
                folderId?: number;
                /** @description Only scenarios whose blueprint is invalid (true) or valid (false). */
                isinvalid?: boolean;
                /** @description Only these scenario ids. */
                "id[]"?: number[];
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListScenariosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createScenario: {
        parameters: {
            query?: {
                /** @description true also installs the apps the blueprint uses. */
                confirmed?: boolean;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "teamId": 123456,
                 *       "name": "Scenario Name",
                 *       "blueprint": "{...}"
                 *     }
                 */
                "application/json": components["schemas"]["CreateScenarioRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScenarioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the scenario. */
                scenarioId: number;
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
                    "application/json": components["schemas"]["GetScenarioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listScenarioLogs: {
        parameters: {
            query?: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Start of the period as a Unix time in milliseconds. */
                from?: number;
                /** @description End of the period as a Unix time in milliseconds. */
                to?: number;
                /** @description 1 success, 2 warning, 3 error. */
                status?: 1 | 2 | 3;
                /** @description Include runs that found nothing to process. */
                showCheckRuns?: boolean;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the scenario. */
                scenarioId: number;
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
                    "application/json": components["schemas"]["ListScenarioLogsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the scenario. */
                scenarioId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "responsive": true
                 *     }
                 */
                "application/json": components["schemas"]["RunScenarioRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunScenarioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the scenario. */
                scenarioId: number;
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
                    "application/json": components["schemas"]["StartScenarioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stopScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the scenario. */
                scenarioId: number;
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
                    "application/json": components["schemas"]["StopScenarioResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeams: {
        parameters: {
            query: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Organization whose teams to list. */
                organizationId: number;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamsResponse"];
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
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Team Name",
                 *       "organizationId": 123456
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
    getTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team. */
                teamId: number;
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
                    "application/json": components["schemas"]["GetTeamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Team whose templates to list. */
                teamId?: number;
                /** @description List public templates instead of the team's own. */
                public?: boolean;
                /** @description Only templates that use these apps. */
                "usedApps[]"?: string[];
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTemplateBlueprint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the template. */
                templateId: number;
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
                    "application/json": components["schemas"]["GetTemplateBlueprintResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Fields to include in each item. */
                "cols[]"?: string[];
                /** @description Items to skip. */
                "pg[offset]"?: number;
                /** @description Items per page. */
                "pg[limit]"?: number;
                /** @description Field to sort by. */
                "pg[sortBy]"?: string;
                /** @description Sort direction. */
                "pg[sortDir]"?: "asc" | "desc";
                /** @description Users of this organization (give this or teamId). */
                organizationId?: number;
                /** @description Users of this team (give this or organizationId). */
                teamId?: number;
            };
            header?: {
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
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
                /** @description Id of the Make connection to use; without it the account's oldest active connection serves the request. */
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
}
