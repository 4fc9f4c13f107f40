// Generated from providers/posthog.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/organizations/{organization_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization with its projects and membership level. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects of the key's current organization. */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project (or the current one with @current) and its settings. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/actions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's actions (named combinations of events, URLs and selectors). */
        get: operations["listActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/cohorts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's cohorts with their size and calculation state. */
        get: operations["listCohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/dashboards/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's dashboards. */
        get: operations["listDashboards"];
        put?: never;
        /** Create a dashboard, empty or from a template. */
        post: operations["createDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/dashboards/{dashboard_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one dashboard with its tiles. */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/event_definitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event names seen in the project with their volume and last sighting. */
        get: operations["listEventDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/experiments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List A/B experiments with their flag, dates and metrics. */
        get: operations["listExperiments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/feature_flags/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's feature flags with their release conditions. */
        get: operations["listFeatureFlags"];
        put?: never;
        /** Create a feature flag with rollout groups and optional variants. */
        post: operations["createFeatureFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/feature_flags/{flag_id}/": {
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
        /** Change some fields of a feature flag; deleted true soft-deletes it. */
        patch: operations["updateFeatureFlag"];
        trace?: never;
    };
    "/api/projects/{project_id}/insights/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List saved insights (charts), newest first. */
        get: operations["listInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/persons/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List identified people, searchable by email, distinct id or properties. */
        get: operations["listPersons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/persons/{person_uuid}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person with all their properties and distinct ids. */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/property_definitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event, person, group or session properties known to the project. */
        get: operations["listPropertyDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/query/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a HogQL (SQL) query or another query kind over the project's events, persons and sessions. */
        post: operations["runQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/session_recordings/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List session recordings with their duration, activity counts and person. */
        get: operations["listSessionRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{project_id}/surveys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List in-app surveys with their questions, targeting and schedule. */
        get: operations["listSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/@me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the API key belongs to, with its current organization and project. */
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
        CreateDashboardRequest: {
            name?: string;
            description?: string;
            pinned?: boolean;
            tags?: string[];
            /**
             * @description 21 lets everyone in the project edit; 37 only invited collaborators.
             * @enum {integer}
             */
            restriction_level?: 21 | 37;
            /** @description Template to build the dashboard from. */
            use_template?: string;
        };
        CreateDashboardResponse: components["schemas"]["ListDashboardsResponseDashboard"];
        CreateFeatureFlagRequest: {
            /** @description Identifier the SDKs check; unique in the project. */
            key: string;
            /** @description Human-readable description of the flag. */
            name?: string;
            active?: boolean;
            /** @description true soft-deletes the flag. */
            deleted?: boolean;
            /** @description Keep a person's value stable across anonymous and identified sessions. */
            ensure_experience_continuity?: boolean;
            tags?: string[];
            filters?: {
                /** @description Release conditions; a person gets the flag when any group matches. */
                groups?: {
                    properties?: Record<string, unknown>[];
                    rollout_percentage?: number | null;
                    variant?: string | null;
                }[];
                multivariate?: {
                    variants?: {
                        key?: string;
                        name?: string;
                        rollout_percentage?: number;
                    }[];
                } | null;
                payloads?: Record<string, unknown>;
            };
        };
        CreateFeatureFlagResponse: components["schemas"]["ListFeatureFlagsResponseFlag"];
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
            /** Format: uuid */
            uuid?: string;
            distinct_id?: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            is_staff?: boolean;
            /** Format: date-time */
            date_joined?: string;
            organization?: {
                id?: string;
                name?: string;
                slug?: string;
            };
            /** @description The current project. */
            team?: {
                id?: number;
                name?: string;
                project_id?: number;
            };
            organizations?: {
                id?: string;
                name?: string;
                slug?: string;
            }[];
        };
        GetDashboardResponse: components["schemas"]["ListDashboardsResponseDashboard"];
        GetOrganizationResponse: {
            /** Format: uuid */
            id?: string;
            name?: string;
            slug?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            membership_level?: number | null;
            teams?: Record<string, unknown>[];
            projects?: Record<string, unknown>[];
            available_product_features?: Record<string, unknown>[];
        };
        GetPersonResponse: components["schemas"]["ListPersonsResponsePerson"];
        GetProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        ListActionsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: number;
                name?: string;
                description?: string;
                tags?: string[];
                steps?: {
                    event?: string | null;
                    url?: string | null;
                    /** @enum {string|null} */
                    url_matching?: "contains" | "regex" | "exact" | null;
                    selector?: string | null;
                    text?: string | null;
                    properties?: Record<string, unknown>[] | null;
                }[];
                deleted?: boolean;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        ListCohortsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: number;
                name?: string;
                description?: string;
                filters?: Record<string, unknown>;
                query?: Record<string, unknown> | null;
                is_static?: boolean;
                is_calculating?: boolean;
                count?: number | null;
                deleted?: boolean;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        ListDashboardsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: components["schemas"]["ListDashboardsResponseDashboard"][];
        };
        ListDashboardsResponseDashboard: {
            id?: number;
            name?: string;
            description?: string;
            pinned?: boolean;
            tags?: string[];
            deleted?: boolean;
            is_shared?: boolean;
            creation_mode?: string;
            restriction_level?: number;
            /** Format: date-time */
            created_at?: string;
            created_by?: Record<string, unknown> | null;
            /** @description Insights and text cards on the dashboard (detail view). */
            tiles?: Record<string, unknown>[];
        };
        ListEventDefinitionsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: string;
                name?: string;
                description?: string | null;
                tags?: string[];
                verified?: boolean;
                volume_30_day?: number | null;
                query_usage_30_day?: number | null;
                /** Format: date-time */
                created_at?: string | null;
                /** Format: date-time */
                last_seen_at?: string | null;
            }[];
        };
        ListExperimentsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: number;
                name?: string;
                description?: string | null;
                feature_flag_key?: string;
                feature_flag?: Record<string, unknown> | null;
                parameters?: Record<string, unknown> | null;
                metrics?: Record<string, unknown>[];
                /** Format: date-time */
                start_date?: string | null;
                /** Format: date-time */
                end_date?: string | null;
                archived?: boolean;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        ListFeatureFlagsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: components["schemas"]["ListFeatureFlagsResponseFlag"][];
        };
        ListFeatureFlagsResponseFlag: {
            id?: number;
            key?: string;
            name?: string;
            active?: boolean;
            deleted?: boolean;
            filters?: Record<string, unknown>;
            rollout_percentage?: number | null;
            ensure_experience_continuity?: boolean;
            tags?: string[];
            /** Format: date-time */
            created_at?: string;
            created_by?: Record<string, unknown> | null;
        };
        ListInsightsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: number;
                short_id?: string;
                name?: string | null;
                derived_name?: string | null;
                description?: string | null;
                query?: Record<string, unknown> | null;
                result?: unknown;
                dashboards?: number[];
                favorited?: boolean;
                saved?: boolean;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                last_modified_at?: string;
            }[];
        };
        ListPersonsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: components["schemas"]["ListPersonsResponsePerson"][];
        };
        ListPersonsResponsePerson: {
            id?: number | string;
            /** Format: uuid */
            uuid?: string;
            name?: string;
            distinct_ids?: string[];
            properties?: Record<string, unknown>;
            is_identified?: boolean;
            /** Format: date-time */
            created_at?: string;
        };
        ListProjectsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: components["schemas"]["ListProjectsResponseProject"][];
        };
        ListProjectsResponseProject: {
            id?: number;
            uuid?: string;
            organization?: string;
            name?: string;
            /** @description Public project key used by the capture SDKs. */
            api_token?: string;
            timezone?: string;
            is_demo?: boolean;
            ingested_event?: boolean;
            access_control?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListPropertyDefinitionsResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                id?: string;
                name?: string;
                description?: string | null;
                is_numerical?: boolean;
                /** @enum {string|null} */
                property_type?: "DateTime" | "String" | "Numeric" | "Boolean" | "Duration" | null;
                tags?: string[];
                is_seen_on_filtered_events?: boolean | null;
            }[];
        };
        ListSessionRecordingsResponse: {
            results?: {
                id?: string;
                distinct_id?: string;
                viewed?: boolean;
                /** @description Seconds. */
                recording_duration?: number;
                active_seconds?: number;
                /** Format: date-time */
                start_time?: string;
                /** Format: date-time */
                end_time?: string;
                click_count?: number;
                keypress_count?: number;
                console_error_count?: number;
                start_url?: string | null;
                person?: Record<string, unknown>;
            }[];
            has_next?: boolean;
        };
        ListSurveysResponse: {
            count?: number;
            next?: string | null;
            previous?: string | null;
            results?: {
                /** Format: uuid */
                id?: string;
                name?: string;
                description?: string;
                /** @enum {string} */
                type?: "popover" | "widget" | "external_survey" | "api";
                questions?: Record<string, unknown>[];
                linked_flag?: Record<string, unknown> | null;
                targeting_flag?: Record<string, unknown> | null;
                /** Format: date-time */
                start_date?: string | null;
                /** Format: date-time */
                end_date?: string | null;
                archived?: boolean;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        RunQueryRequest: {
            query: {
                /** @description Query type; HogQLQuery for SQL, others include EventsQuery, TrendsQuery and FunnelsQuery. */
                kind: string;
                /** @description The SQL text when kind is HogQLQuery. */
                query?: string;
                /** @description Values for the {placeholders} used in the SQL. */
                values?: Record<string, unknown>;
                /** @description Extra date and property filters applied to the query. */
                filters?: Record<string, unknown>;
            };
            /**
             * @description Whether to compute fresh results or reuse cached ones.
             * @enum {string}
             */
            refresh?: "blocking" | "async" | "force_blocking" | "force_async" | "force_cache" | "lazy_async";
            /** @description Caller-chosen id, usable to cancel the query. */
            client_query_id?: string;
            /** @description Label for the query in PostHog's query log. */
            name?: string;
        };
        RunQueryResponse: {
            /** @description One array per row. */
            results?: unknown[][];
            columns?: string[];
            types?: unknown[];
            hasMore?: boolean;
            limit?: number;
            offset?: number;
            /** @description The query as PostHog normalised it. */
            hogql?: string;
            clickhouse?: string;
            query_status?: Record<string, unknown> | null;
        };
        UpdateFeatureFlagRequest: {
            key?: string;
            name?: string;
            active?: boolean;
            /** @description true soft-deletes the flag. */
            deleted?: boolean;
            ensure_experience_continuity?: boolean;
            tags?: string[];
            filters?: Record<string, unknown>;
        };
        UpdateFeatureFlagResponse: components["schemas"]["ListFeatureFlagsResponseFlag"];
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
        /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Organization UUID, or @current for the key's organization. */
                organization_id: string;
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
    listProjects: {
        parameters: {
            query?: {
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["GetProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listActions: {
        parameters: {
            query?: {
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListActionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCohorts: {
        parameters: {
            query?: {
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListCohortsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDashboards: {
        parameters: {
            query?: {
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListDashboardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Dashboard",
                 *       "description": "Analytics overview"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDashboardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDashboardResponse"];
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
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
                /** @description Id of the dashboard. */
                dashboard_id: number;
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
    listEventDefinitions: {
        parameters: {
            query?: {
                /** @description Match against the event name. */
                search?: string;
                /** @description Limit to custom or built-in events. */
                event_type?: "all" | "event" | "action_event" | "event_custom" | "event_posthog";
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListEventDefinitionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listExperiments: {
        parameters: {
            query?: {
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListExperimentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFeatureFlags: {
        parameters: {
            query?: {
                /** @description Match against key or name. */
                search?: string;
                /** @description Only active, inactive or stale flags. */
                active?: "true" | "false" | "STALE";
                /** @description Only flags of this kind. */
                type?: "boolean" | "multivariant" | "experiment";
                /** @description Only flags created by this user id. */
                created_by_id?: string;
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListFeatureFlagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFeatureFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "my-feature-flag",
                 *       "name": "My Feature Flag",
                 *       "active": true,
                 *       "filters": {
                 *         "groups": [
                 *           {
                 *             "rollout_percentage": 100
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateFeatureFlagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFeatureFlagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateFeatureFlag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
                /** @description Id of the feature flag. */
                flag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deleted": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFeatureFlagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFeatureFlagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInsights: {
        parameters: {
            query?: {
                /** @description Only insights saved by a user. */
                saved?: boolean;
                /** @description Only the insight with this short id. */
                short_id?: string;
                /** @description Only insights created by this user id. */
                created_by?: number;
                /** @description Whether to recompute the results. */
                refresh?: "blocking" | "async" | "force_blocking" | "force_async" | "force_cache" | "lazy_async";
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListInsightsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPersons: {
        parameters: {
            query?: {
                /** @description Match against email or distinct id. */
                search?: string;
                email?: string;
                distinct_id?: string;
                /** @description JSON array of property filters, e.g. [{"key":"plan","value":"pro","type":"person"}]. */
                properties?: string;
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListPersonsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
                /** @description UUID of the person. */
                person_uuid: string;
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
                    "application/json": components["schemas"]["GetPersonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPropertyDefinitions: {
        parameters: {
            query?: {
                /** @description Match against the property name. */
                search?: string;
                type?: "event" | "person" | "group" | "session";
                /** @description JSON array of event names; marks which properties were seen on them. */
                event_names?: string;
                /** @description Only numeric properties. */
                is_numerical?: boolean;
                /** @description Only (or never) the $feature/… flag properties. */
                is_feature_flag?: boolean;
                /** @description Group type when type is group. */
                group_type_index?: number;
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListPropertyDefinitionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runQuery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "kind": "HogQLQuery",
                 *         "query": "SELECT event, count() FROM events GROUP BY event LIMIT 10"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RunQueryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunQueryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSessionRecordings: {
        parameters: {
            query?: {
                /** @description Only recordings of this person. */
                person_uuid?: string;
                /** @description Start of the window, e.g. -7d or 2024-01-01. */
                date_from?: string;
                /** @description End of the window. */
                date_to?: string;
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListSessionRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSurveys: {
        parameters: {
            query?: {
                /** @description Match against the survey name. */
                search?: string;
                /** @description Results per page. */
                limit?: number;
                /** @description Results to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric project id, or @current for the key's current project.
                 * @example @current
                 */
                project_id: string;
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
                    "application/json": components["schemas"]["ListSurveysResponse"];
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
                /** @description Id of the PostHog connection to use; without it the account's oldest active connection serves the request. */
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
