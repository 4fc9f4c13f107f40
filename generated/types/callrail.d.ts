// Generated from providers/callrail.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/a.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts the API key has access to. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one account. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/calls.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls, filtered by date range, company, tracker, status or search text. */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/calls/summary.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals of calls for a period, optionally grouped by source, campaign, keyword or other dimension. */
        get: operations["getCallSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/calls/timeseries.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call counts per day, week or month over a period. */
        get: operations["getCallTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/calls/{call_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one call. */
        get: operations["getCall"];
        /** Set a call's customer name, note, tags, lead status or value. */
        put: operations["updateCall"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/companies.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the companies in an account. */
        get: operations["listCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/companies/{company_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one company. */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/integrations.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a company's integrations, such as webhooks and analytics connections. */
        get: operations["listIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/notifications.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email and push notification rules set up in an account. */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/tags.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags available for calls and texts. */
        get: operations["listTags"];
        put?: never;
        /** Create a tag for the whole account or for one company. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/tags/{tag_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename, recolour or disable a tag. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/trackers.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tracking numbers (source and session trackers) of an account. */
        get: operations["listTrackers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/trackers/{tracker_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one tracker. */
        get: operations["getTracker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/users.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of an account. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/a/{account_id}/users/{user_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user. */
        get: operations["getUser"];
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
            /**
             * @description account makes the tag available to every company.
             * @enum {string}
             */
            tag_level?: "account" | "company";
            /** @description Company the tag belongs to when tag_level is company. */
            company_id?: string;
            /** @description Colour name such as gray1, blue1 or green1. */
            color?: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseTagsItem"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccountsItem"];
        GetCallResponse: components["schemas"]["ListCallsResponseCallsItem"];
        GetCallSummaryResponse: {
            start_date?: string;
            end_date?: string;
            time_zone?: string;
            total_results?: {
                [key: string]: number;
            };
            grouped_results?: Record<string, unknown>[];
        };
        GetCallTimeseriesResponse: {
            start_date?: string;
            end_date?: string;
            time_zone?: string;
            data?: ({
                key?: string;
            } & {
                [key: string]: number;
            })[];
        };
        GetCompanyResponse: components["schemas"]["ListCompaniesResponseCompaniesItem"];
        GetTrackerResponse: components["schemas"]["ListTrackersResponseTrackersItem"];
        GetUserResponse: components["schemas"]["ListUsersResponseUsersItem"];
        ListAccountsResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            accounts?: components["schemas"]["ListAccountsResponseAccountsItem"][];
        };
        ListAccountsResponseAccountsItem: {
            id?: string;
            name?: string;
            outbound_recording_enabled?: boolean;
            hipaa_account?: boolean;
            numeric_id?: number;
        };
        ListCallsResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            calls?: components["schemas"]["ListCallsResponseCallsItem"][];
        };
        ListCallsResponseCallsItem: {
            id?: string;
            answered?: boolean;
            business_phone_number?: string;
            customer_city?: string;
            customer_country?: string;
            customer_name?: string;
            customer_phone_number?: string;
            customer_state?: string;
            direction?: string;
            duration?: number;
            recording?: string | null;
            recording_duration?: number | null;
            recording_player?: string | null;
            start_time?: string;
            tracking_phone_number?: string;
            voicemail?: boolean;
            lead_status?: string | null;
            note?: string | null;
            tags?: Record<string, unknown>[];
            value?: string | null;
        };
        ListCompaniesResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            companies?: components["schemas"]["ListCompaniesResponseCompaniesItem"][];
        };
        ListCompaniesResponseCompaniesItem: {
            id?: string;
            name?: string;
            status?: string;
            time_zone?: string;
            created_at?: string;
            disabled_at?: string | null;
            callscore_enabled?: boolean;
            lead_scoring_enabled?: boolean;
        };
        ListIntegrationsResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            integrations?: {
                id?: number;
                type?: string;
                company_id?: string;
                state?: string;
                config?: Record<string, unknown>;
            }[];
        };
        ListNotificationsResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            notifications?: {
                id?: number;
                user_id?: string;
                company_id?: string;
                tracker_id?: string | null;
                call_all?: boolean;
                call_missed?: boolean;
                sms_received?: boolean;
                voicemail?: boolean;
                alert_type?: string;
            }[];
        };
        ListTagsResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            tags?: components["schemas"]["ListTagsResponseTagsItem"][];
        };
        ListTagsResponseTagsItem: {
            id?: number;
            name?: string;
            tag_level?: string;
            color?: string;
            background_color?: string;
            company_id?: string | null;
            status?: string;
            created_at?: string;
        };
        ListTrackersResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            trackers?: components["schemas"]["ListTrackersResponseTrackersItem"][];
        };
        ListTrackersResponseTrackersItem: {
            id?: string;
            name?: string;
            type?: string;
            status?: string;
            destination_number?: string;
            tracking_numbers?: string[];
            whisper_message?: string;
            sms_enabled?: boolean;
            company?: {
                id?: string;
                name?: string;
            };
            source?: Record<string, unknown>;
            created_at?: string;
        };
        ListUsersResponse: {
            page?: number;
            per_page?: number;
            total_pages?: number;
            total_records?: number;
            users?: components["schemas"]["ListUsersResponseUsersItem"][];
        };
        ListUsersResponseUsersItem: {
            id?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            name?: string;
            role?: string;
            accepted?: boolean;
            created_at?: string;
        };
        UpdateCallRequest: {
            customer_name?: string;
            note?: string;
            /** @enum {string} */
            lead_status?: "good_lead" | "not_a_lead" | "previously_marked_good_lead";
            /** @description Tag names; replaces the call's tags unless append_tags is true. */
            tags?: string[];
            append_tags?: boolean;
            /** @description Monetary value of the call, e.g. 100.00. */
            value?: string;
            /** @description Mark the call as spam. */
            spam?: boolean;
        };
        UpdateCallResponse: components["schemas"]["ListCallsResponseCallsItem"];
        UpdateTagRequest: {
            name?: string;
            color?: string;
            disabled?: boolean;
        };
        UpdateTagResponse: components["schemas"]["ListTagsResponseTagsItem"];
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
        /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Field to sort by, such as name or id. */
                sort?: string;
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
    listCalls: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Named period; ignored when start_date or end_date is given. */
                date_range?: "recent" | "today" | "yesterday" | "last_7_days" | "last_week" | "last_30_days" | "this_month" | "last_month" | "all_time";
                /** @description Start of the period (ISO 8601 date or date-time). */
                start_date?: string;
                /** @description End of the period (ISO 8601 date or date-time). */
                end_date?: string;
                /** @description Only calls of this company. */
                company_id?: string;
                /** @description Only calls to this tracker. */
                tracker_id?: string;
                /** @description Match against caller name, number or other call fields. */
                search?: string;
                answer_status?: "answered" | "missed" | "voicemail";
                direction?: "inbound" | "outbound";
                lead_status?: "good_lead" | "not_a_lead" | "not_scored";
                /** @description Comma-separated extra fields to include, e.g. tags,note,lead_status,source. */
                fields?: string;
                /** @description Field to sort by, such as start_time. */
                sort?: string;
                order?: "asc" | "desc";
                /** @description Page by cursor (relative_pagination_url in the answer) instead of page numbers. */
                relative_pagination?: boolean;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallSummary: {
        parameters: {
            query?: {
                /** @description Dimension to break the totals down by. */
                group_by?: "source" | "keywords" | "campaign" | "referrer" | "landing_page" | "company";
                /** @description Comma-separated metrics, e.g. total_calls,missed_calls,answered_calls,first_time_callers,average_duration. */
                fields?: string;
                /** @description Named period; ignored when start_date or end_date is given. */
                date_range?: "recent" | "today" | "yesterday" | "last_7_days" | "last_week" | "last_30_days" | "this_month" | "last_month" | "all_time";
                /** @description Start of the period (ISO 8601 date or date-time). */
                start_date?: string;
                /** @description End of the period (ISO 8601 date or date-time). */
                end_date?: string;
                /** @description Only calls of this company. */
                company_id?: string;
                /** @description Only calls to this tracker. */
                tracker_id?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["GetCallSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallTimeseries: {
        parameters: {
            query?: {
                /** @description Length of each data point. */
                interval?: "day" | "week" | "month";
                /** @description Comma-separated metrics to count per interval. */
                fields?: string;
                /** @description Named period; ignored when start_date or end_date is given. */
                date_range?: "recent" | "today" | "yesterday" | "last_7_days" | "last_week" | "last_30_days" | "this_month" | "last_month" | "all_time";
                /** @description Start of the period (ISO 8601 date or date-time). */
                start_date?: string;
                /** @description End of the period (ISO 8601 date or date-time). */
                end_date?: string;
                /** @description Only calls of this company. */
                company_id?: string;
                /** @description Only calls to this tracker. */
                tracker_id?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["GetCallTimeseriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCall: {
        parameters: {
            query?: {
                /** @description Comma-separated extra fields to include. */
                fields?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the call (CAL…). */
                call_id: string;
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
                    "application/json": components["schemas"]["GetCallResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the call (CAL…). */
                call_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer_name": "John Smith",
                 *       "note": "Follow up scheduled",
                 *       "lead_status": "good_lead"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCallRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCallResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                status?: "active" | "disabled";
                /** @description Match against company names. */
                search?: string;
                sort?: string;
                order?: "asc" | "desc";
                /** @description Comma-separated extra fields to include. */
                fields?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompany: {
        parameters: {
            query?: {
                /** @description Comma-separated extra fields to include. */
                fields?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the company (COM…). */
                company_id: string;
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
                    "application/json": components["schemas"]["GetCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIntegrations: {
        parameters: {
            query: {
                /** @description Company whose integrations to list. */
                company_id: string;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListIntegrationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Only calls of this company. */
                company_id?: string;
                /** @description Only notifications of this user. */
                user_id?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListNotificationsResponse"];
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
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Only calls of this company. */
                company_id?: string;
                status?: "enabled" | "disabled";
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Tag",
                 *       "tag_level": "account",
                 *       "color": "blue1"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
            query?: never;
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the tag. */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name",
                 *       "color": "green1"
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
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the tag. */
                tag_id: number;
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
    listTrackers: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Only calls of this company. */
                company_id?: string;
                status?: "active" | "disabled";
                type?: "source" | "session";
                sort?: string;
                order?: "asc" | "desc";
                /** @description Comma-separated extra fields to include. */
                fields?: string;
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListTrackersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTracker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the tracker (TRK…). */
                tracker_id: string;
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
                    "application/json": components["schemas"]["GetTrackerResponse"];
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
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Only calls of this company. */
                company_id?: string;
                search?: string;
                sort?: string;
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
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
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the CallRail connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (ACC…), from GET /v3/a.json. */
                account_id: string;
                /** @description Id of the user (USR…). */
                user_id: string;
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
                    "application/json": components["schemas"]["GetUserResponse"];
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
