// Generated from providers/kibana.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/actions/connector/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one connector's type and settings (secrets are never returned). */
        get: operations["getConnector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/connector/{id}/_execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a connector once with the given parameters, such as sending a test message. */
        post: operations["executeConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the connectors (email, Slack, webhook, …) of the current space. */
        get: operations["listConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerting/rule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one alerting rule with its schedule, parameters and actions. */
        get: operations["getRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerting/rule/{id}/_disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a rule off; its active alerts are untracked unless told otherwise. */
        post: operations["disableRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerting/rule/{id}/_enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a rule on so that it runs on its schedule again. */
        post: operations["enableRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/alerting/rules/_find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search alerting rules, a page at a time. */
        get: operations["findRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/_find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search cases by status, severity, tags, owner or text, a page at a time. */
        get: operations["findCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the data views of the current space. */
        get: operations["listDataViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_views/data_view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a data view over an index pattern, optionally naming its time field. */
        post: operations["createDataView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/data_views/data_view/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one data view with its fields and settings. */
        get: operations["getDataView"];
        put?: never;
        post?: never;
        /** Delete a data view. */
        delete: operations["deleteDataView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Kibana features that spaces and roles can turn on or off. */
        get: operations["listFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/agent_policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Fleet agent policies, a page at a time. */
        get: operations["listAgentPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Elastic Agents enrolled in Fleet, a page at a time. */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/epm/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the integration packages available to or installed in Fleet. */
        get: operations["listPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved_objects/_find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search saved objects of one or more types, a page at a time. */
        get: operations["findSavedObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved_objects/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one saved object by type and id. */
        get: operations["getSavedObject"];
        put?: never;
        /** Create a saved object under the given id, or replace it when overwrite is true. */
        post: operations["createSavedObject"];
        /** Delete a saved object. */
        delete: operations["deleteSavedObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles with their Elasticsearch and Kibana privileges. */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/space": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the spaces the credentials can see. */
        get: operations["listSpaces"];
        put?: never;
        /** Create a space with an id, a name and optionally disabled features. */
        post: operations["createSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/space/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one space. */
        get: operations["getSpace"];
        put?: never;
        post?: never;
        /** Delete a space together with every saved object in it. */
        delete: operations["deleteSpace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Kibana's version and the health of its core services and plugins. */
        get: operations["getStatus"];
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
        CreateDataViewRequest: {
            data_view: {
                /** @description Index pattern, e.g. logs-* (comma-separate several). */
                title: string;
                /** @description Display name; the title is shown when absent. */
                name?: string;
                /** @description Date field used for time filtering. */
                timeFieldName?: string;
                /** @description Id to use instead of a generated one. */
                id?: string;
                allowNoIndex?: boolean;
                namespaces?: string[];
                sourceFilters?: {
                    value?: string;
                }[];
                runtimeFieldMap?: {
                    [key: string]: unknown;
                };
                fieldFormats?: {
                    [key: string]: unknown;
                };
            };
            /**
             * @description Replace a data view that has the same title.
             * @default false
             */
            override?: boolean;
        };
        CreateDataViewResponse: components["schemas"]["GetDataViewResponse"];
        CreateSavedObjectRequest: {
            /** @description The object's data; its shape depends on the type. */
            attributes: {
                title?: string;
            } & {
                [key: string]: unknown;
            };
            references?: {
                id: string;
                name: string;
                type: string;
            }[];
            /** @description Spaces to create the object in. */
            initialNamespaces?: string[];
        };
        CreateSavedObjectResponse: components["schemas"]["FindSavedObjectsResponseSavedObject"];
        CreateSpaceRequest: {
            /** @description URL-safe identifier; it appears in /s/<id>/ paths and cannot change. */
            id: string;
            name: string;
            description?: string;
            /** @description Hex color of the avatar such as #aabbcc. */
            color?: string;
            initials?: string;
            /** @description Data URL of an avatar image. */
            imageUrl?: string;
            /** @description Feature ids (from /api/features) hidden in the space. */
            disabledFeatures?: string[];
            /** @enum {string} */
            solution?: "security" | "oblt" | "es" | "classic";
        };
        CreateSpaceResponse: components["schemas"]["ListSpacesResponseSpace"];
        DeleteSavedObjectResponse: Record<string, unknown>;
        DisableRuleRequest: {
            /** @description Mark the rule's active alerts as untracked. */
            untrack?: boolean;
        };
        ExecuteConnectorRequest: {
            /** @description Inputs the connector type expects (for a Slack connector a message; for an index connector documents). */
            params: {
                [key: string]: unknown;
            };
        };
        ExecuteConnectorResponse: {
            connector_id?: string;
            /** @enum {string} */
            status?: "ok" | "error";
            /** @description What the connector returned. */
            data?: unknown;
            message?: string;
            service_message?: string;
        };
        FindCasesResponse: {
            cases?: {
                id?: string;
                title?: string;
                description?: string;
                status?: string;
                severity?: string;
                tags?: string[];
                owner?: string;
                totalAlerts?: number;
                totalComment?: number;
                /** Format: date-time */
                created_at?: string;
                updated_at?: string | null;
                version?: string;
            }[];
            page?: number;
            per_page?: number;
            total?: number;
            count_open_cases?: number;
            count_in_progress_cases?: number;
            count_closed_cases?: number;
        };
        FindRulesResponse: {
            page?: number;
            per_page?: number;
            total?: number;
            data?: components["schemas"]["FindRulesResponseRule"][];
        };
        FindRulesResponseRule: {
            id?: string;
            name?: string;
            tags?: string[];
            enabled?: boolean;
            rule_type_id?: string;
            consumer?: string;
            schedule?: {
                interval?: string;
            };
            params?: {
                [key: string]: unknown;
            };
            actions?: {
                [key: string]: unknown;
            }[];
            execution_status?: {
                status?: string;
                /** Format: date-time */
                last_execution_date?: string;
            };
            mute_all?: boolean;
            muted_alert_ids?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            created_by?: string | null;
            updated_by?: string | null;
        };
        FindSavedObjectsResponse: {
            page?: number;
            per_page?: number;
            total?: number;
            saved_objects?: components["schemas"]["FindSavedObjectsResponseSavedObject"][];
        };
        FindSavedObjectsResponseSavedObject: {
            id?: string;
            type?: string;
            version?: string;
            attributes?: {
                [key: string]: unknown;
            };
            references?: {
                id?: string;
                name?: string;
                type?: string;
            }[];
            namespaces?: string[];
            migrationVersion?: {
                [key: string]: string;
            };
            coreMigrationVersion?: string;
            typeMigrationVersion?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            managed?: boolean;
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
        GetConnectorResponse: components["schemas"]["ListConnectorsResponseConnector"];
        GetDataViewResponse: {
            data_view?: {
                id?: string;
                name?: string;
                title?: string;
                timeFieldName?: string;
                version?: string;
                namespaces?: string[];
                sourceFilters?: {
                    value?: string;
                }[];
                fields?: {
                    [key: string]: unknown;
                };
                fieldFormats?: {
                    [key: string]: unknown;
                };
                runtimeFieldMap?: {
                    [key: string]: unknown;
                };
                allowNoIndex?: boolean;
            };
        };
        GetRuleResponse: components["schemas"]["FindRulesResponseRule"];
        GetSavedObjectResponse: components["schemas"]["FindSavedObjectsResponseSavedObject"];
        GetSpaceResponse: components["schemas"]["ListSpacesResponseSpace"];
        GetStatusResponse: {
            name?: string;
            uuid?: string;
            version?: {
                number?: string;
                build_hash?: string;
                build_number?: number;
                build_snapshot?: boolean;
            };
            status?: {
                overall?: {
                    /** @enum {string} */
                    level?: "available" | "degraded" | "unavailable" | "critical";
                    summary?: string;
                };
                core?: {
                    [key: string]: unknown;
                };
                plugins?: {
                    [key: string]: unknown;
                };
            };
            metrics?: {
                [key: string]: unknown;
            };
        };
        ListAgentPoliciesResponse: {
            items?: {
                id?: string;
                name?: string;
                namespace?: string;
                description?: string;
                status?: string;
                is_managed?: boolean;
                revision?: number;
                agents?: number;
                /** Format: date-time */
                updated_at?: string;
            }[];
            total?: number;
            page?: number;
            perPage?: number;
        };
        ListAgentsResponse: {
            items?: {
                id?: string;
                policy_id?: string;
                status?: string;
                active?: boolean;
                /** Format: date-time */
                enrolled_at?: string;
                /** Format: date-time */
                last_checkin?: string;
                local_metadata?: {
                    [key: string]: unknown;
                };
                agent?: {
                    id?: string;
                    version?: string;
                };
            }[];
            total?: number;
            page?: number;
            perPage?: number;
            statusSummary?: {
                [key: string]: number;
            };
        };
        ListConnectorsResponse: components["schemas"]["ListConnectorsResponseConnector"][];
        ListConnectorsResponseConnector: {
            id?: string;
            name?: string;
            /** @description Such as .email, .slack or .webhook. */
            connector_type_id?: string;
            config?: {
                [key: string]: unknown;
            };
            is_preconfigured?: boolean;
            is_deprecated?: boolean;
            is_missing_secrets?: boolean;
            is_system_action?: boolean;
            referenced_by_count?: number;
        };
        ListDataViewsResponse: {
            data_view?: {
                id?: string;
                name?: string;
                /** @description Index pattern the view reads, such as logs-*. */
                title?: string;
                namespaces?: string[];
                typeMeta?: {
                    [key: string]: unknown;
                };
            }[];
        };
        ListFeaturesResponse: {
            id?: string;
            name?: string;
            category?: {
                id?: string;
                label?: string;
            };
            app?: string[];
            privileges?: {
                [key: string]: unknown;
            } | null;
        }[];
        ListPackagesResponse: {
            items?: {
                name?: string;
                title?: string;
                version?: string;
                description?: string;
                type?: string;
                categories?: string[];
                /** @description Installation status such as installed or not_installed. */
                status?: string;
            }[];
        };
        ListRolesResponse: {
            name?: string;
            description?: string;
            metadata?: {
                [key: string]: unknown;
            };
            transient_metadata?: {
                enabled?: boolean;
            };
            elasticsearch?: {
                cluster?: string[];
                indices?: {
                    [key: string]: unknown;
                }[];
                run_as?: string[];
            };
            kibana?: {
                base?: string[];
                feature?: {
                    [key: string]: string[];
                };
                spaces?: string[];
            }[];
        }[];
        ListSpacesResponse: components["schemas"]["ListSpacesResponseSpace"][];
        ListSpacesResponseSpace: {
            id?: string;
            name?: string;
            description?: string;
            color?: string;
            initials?: string;
            imageUrl?: string;
            disabledFeatures?: string[];
            /** @enum {string} */
            solution?: "security" | "oblt" | "es" | "classic";
            _reserved?: boolean;
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
        /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getConnector: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
                    "application/json": components["schemas"]["GetConnectorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    executeConnector: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "params": {
                 *         "message": "Test message from Kibana"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExecuteConnectorRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteConnectorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listConnectors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListConnectorsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
                    "application/json": components["schemas"]["GetRuleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    disableRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DisableRuleRequest"];
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
    enableRule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
    findRules: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Rules per page. */
                per_page?: number;
                /** @description simple_query_string over the rules. */
                search?: string;
                default_search_operator?: "OR" | "AND";
                /** @description Fields search runs against. */
                search_fields?: string[];
                /** @description Field to sort on. */
                sort_field?: string;
                sort_order?: "asc" | "desc";
                /** @description JSON object {"type": …, "id": …} the rules must reference. */
                has_reference?: string;
                /** @description Rule fields to return. */
                fields?: string[];
                /** @description KQL filter such as alert.attributes.tags:prod. */
                filter?: string;
                /** @description Only rules of these consumer apps. */
                filter_consumers?: string[];
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FindRulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    findCases: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Cases per page. */
                perPage?: number;
                status?: "open" | "in-progress" | "closed";
                severity?: "low" | "medium" | "high" | "critical";
                tags?: string[];
                /** @description Apps whose cases to return. */
                owner?: ("cases" | "observability" | "securitySolution")[];
                /** @description Text matched against the searchFields. */
                search?: string;
                searchFields?: ("description" | "title")[];
                sortField?: "createdAt" | "updatedAt" | "closedAt" | "title" | "category" | "status" | "severity";
                sortOrder?: "asc" | "desc";
                /** @description Only cases created at or after this date (ISO 8601, or date math like now-1d). */
                from?: string;
                /** @description Only cases created at or before this date. */
                to?: string;
                /** @description User names of the reporters. */
                reporters?: string[];
                /** @description Profile uids of the assignees. */
                assignees?: string[];
                category?: string[];
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FindCasesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDataViews: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDataViewsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data_view": {
                 *         "title": "logs-*",
                 *         "timeFieldName": "@timestamp"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDataViewRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDataViewResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
                    "application/json": components["schemas"]["GetDataViewResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDataView: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kibana answers with an empty body. */
            200: {
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
    listFeatures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFeaturesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAgentPolicies: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                perPage?: number;
                /** @description KQL filter on the records. */
                kuery?: string;
                sortField?: string;
                sortOrder?: "asc" | "desc";
                showUpgradeable?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAgentPoliciesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Records per page. */
                perPage?: number;
                /** @description KQL filter on the records. */
                kuery?: string;
                sortField?: string;
                sortOrder?: "asc" | "desc";
                showUpgradeable?: boolean;
                /** @description Include agents that are inactive or unenrolled. */
                showInactive?: boolean;
                /** @description Add CPU and memory figures. */
                withMetrics?: boolean;
                /** @description Add a count of agents per status. */
                getStatusSummary?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAgentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPackages: {
        parameters: {
            query?: {
                /** @description Only packages of this category. */
                category?: string;
                /** @description Include beta and technical-preview packages. */
                prerelease?: boolean;
                /** @description Leave out installation status to answer faster. */
                excludeInstallStatus?: boolean;
                /** @description Add how many package policies use each package. */
                withPackagePoliciesCount?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPackagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    findSavedObjects: {
        parameters: {
            query: {
                /** @description Types to look in, such as dashboard, visualization, index-pattern, search, lens or map. */
                type: string[];
                /** @description Page to return. */
                page?: number;
                /** @description Objects per page. */
                per_page?: number;
                /** @description Elasticsearch simple_query_string used to filter the objects (e.g. my*). */
                search?: string;
                /** @description Operator between the words of search. */
                default_search_operator?: "OR" | "AND";
                /** @description Fields search runs against (e.g. title). */
                search_fields?: string[];
                /** @description Attributes to return for each object. */
                fields?: string[];
                /** @description Field to sort on (e.g. updated_at or a type-specific attribute). */
                sort_field?: string;
                /** @description JSON object {"type": …, "id": …} limiting results to objects that reference it. */
                has_reference?: string;
                /** @description JSON object naming a reference the objects must not have. */
                has_no_reference?: string;
                /** @description KQL filter on attributes, written as <type>.attributes.<field>. */
                filter?: string;
                /** @description Spaces to search in addition to the current one. */
                namespaces?: string[];
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FindSavedObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSavedObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Saved object type, such as dashboard, visualization, index-pattern, search, lens or map. */
                type: string;
                /** @description Id of the object. */
                id: string;
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
                    "application/json": components["schemas"]["GetSavedObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSavedObject: {
        parameters: {
            query?: {
                /** @description Replace an existing object with the same id instead of failing. */
                overwrite?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Saved object type, such as dashboard, visualization, index-pattern, search, lens or map. */
                type: string;
                /** @description Id of the object. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "title": "Name"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSavedObjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSavedObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSavedObject: {
        parameters: {
            query?: {
                /** @description Also delete an object shared with several spaces. */
                force?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Saved object type, such as dashboard, visualization, index-pattern, search, lens or map. */
                type: string;
                /** @description Id of the object. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Kibana answers with an empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteSavedObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Answer with current privilege names in place of deprecated ones. */
                replaceDeprecatedPrivileges?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRolesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /** @description Only spaces usable for this purpose. */
                purpose?: "any" | "copySavedObjectsIntoSpace" | "shareSavedObjectsIntoSpace";
                /** @description Say for each space which purposes the caller may use it for. */
                include_authorized_purposes?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSpacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "space-id",
                 *       "name": "Space Name"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSpaceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
                    "application/json": components["schemas"]["GetSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the object. */
                id: string;
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
    getStatus: {
        parameters: {
            query?: {
                /** @description Answer in the older 7.x status layout. */
                v7format?: boolean;
                /** @description Answer in the 8.x status layout. */
                v8format?: boolean;
            };
            header?: {
                /** @description Id of the Kibana connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetStatusResponse"];
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
