// Generated from providers/pipedrive.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activities, optionally by user, type, date range or completion. */
        get: operations["listActivities"];
        put?: never;
        /** Schedule an activity such as a call or meeting, linked to a deal, person or organization. */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals a page at a time, optionally by owner, filter, stage or status. */
        get: operations["listDeals"];
        put?: never;
        /** Create a deal, optionally tied to a person, organization and stage. */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search deals by title, notes or custom field values. */
        get: operations["searchDeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one deal with its related person, organization and stage. */
        get: operations["getDeal"];
        /** Change fields of a deal, including marking it won or lost. */
        put: operations["updateDeal"];
        post?: never;
        /** Mark a deal as deleted; Pipedrive purges it after 30 days. */
        delete: operations["deleteDeal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an HTML note to a deal, person, organization, lead or project, optionally pinned. */
        post: operations["createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations a page at a time, optionally by owner, filter or first letter. */
        get: operations["listOrganizations"];
        put?: never;
        /** Create an organization. */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List persons a page at a time, optionally by owner, filter or first letter. */
        get: operations["listPersons"];
        put?: never;
        /** Create a person with one or more emails and phone numbers. */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's sales pipelines. */
        get: operations["listPipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the stages of all pipelines or of one pipeline. */
        get: operations["listStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user behind the token, with their company, locale and time zone. */
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
        CreateActivityRequest: {
            subject?: string;
            /** @description Key of an activity type (call, meeting, task, deadline, email, lunch or a custom one). */
            type?: string;
            /** Format: date */
            due_date?: string;
            /** @description HH:MM in UTC. */
            due_time?: string;
            /** @description HH:MM. */
            duration?: string;
            /** @enum {integer} */
            done?: 0 | 1;
            busy_flag?: boolean;
            deal_id?: number;
            lead_id?: string;
            person_id?: number;
            org_id?: number;
            /** @description Owner; the token's user when left out. */
            user_id?: number;
            /** @description HTML note shown on the activity. */
            note?: string;
            location?: string;
            public_description?: string;
            participants?: {
                person_id?: number;
                primary_flag?: boolean;
            }[];
        };
        CreateActivityResponse: {
            success?: boolean;
            data?: components["schemas"]["ListActivitiesResponseDataItem"];
        };
        CreateDealRequest: {
            title: string;
            value?: number;
            currency?: components["schemas"]["CreateDealRequestCurrency"];
            /** @description Owner; the token's user when left out. */
            user_id?: number;
            person_id?: number;
            org_id?: number;
            pipeline_id?: number;
            stage_id?: number;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "deleted";
            /** Format: date */
            expected_close_date?: string;
            probability?: number;
            lost_reason?: string;
            /** @enum {string} */
            visible_to?: "1" | "3" | "5" | "7";
            label?: number[];
            add_time?: components["schemas"]["CreateDealRequestAddTime"];
        };
        /** @description Creation time as YYYY-MM-DD HH:MM:SS in UTC (admins only). */
        CreateDealRequestAddTime: string;
        /** @description Three-letter currency code; the company default when left out. */
        CreateDealRequestCurrency: string;
        CreateDealResponse: components["schemas"]["GetDealResponse"];
        CreateNoteRequest: {
            /** @description Note body; basic HTML is kept. */
            content: string;
            deal_id?: number;
            person_id?: number;
            org_id?: number;
            lead_id?: string;
            project_id?: number;
            /** @description Author; the token's user when left out. */
            user_id?: number;
            /** @enum {integer} */
            pinned_to_deal_flag?: 0 | 1;
            /** @enum {integer} */
            pinned_to_person_flag?: 0 | 1;
            /** @enum {integer} */
            pinned_to_organization_flag?: 0 | 1;
            /** @enum {integer} */
            pinned_to_lead_flag?: 0 | 1;
            /** @enum {integer} */
            pinned_to_project_flag?: 0 | 1;
        };
        CreateNoteResponse: {
            success?: boolean;
            data?: {
                id?: number;
                content?: string;
                deal_id?: number | null;
                person_id?: number | null;
                org_id?: number | null;
                user_id?: number;
                add_time?: string;
            };
        };
        CreateOrganizationRequest: {
            name: string;
            owner_id?: number;
            /** @description Full postal address in one line. */
            address?: string;
            label_ids?: number[];
            /** @enum {string} */
            visible_to?: "1" | "3" | "5" | "7";
        };
        CreateOrganizationResponse: {
            success?: boolean;
            data?: components["schemas"]["ListOrganizationsResponseDataItem"];
        };
        CreatePersonRequest: {
            name: string;
            owner_id?: number;
            org_id?: number;
            /** @description Plain addresses, or objects that also say which one is primary and its label. */
            email?: (string | components["schemas"]["ListPersonsResponseDataItemEmailItem"])[];
            phone?: (string | components["schemas"]["ListPersonsResponseDataItemEmailItem"])[];
            label_ids?: number[];
            /** @enum {string} */
            visible_to?: "1" | "3" | "5" | "7";
            /** @enum {string} */
            marketing_status?: "no_consent" | "unsubscribed" | "subscribed" | "archived";
        };
        CreatePersonResponse: {
            success?: boolean;
            data?: components["schemas"]["ListPersonsResponseDataItem"];
        };
        DeleteDealResponse: {
            success?: boolean;
            data?: {
                id?: number;
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
        GetCurrentUserResponse: {
            success?: boolean;
            data?: {
                id?: number;
                name?: string;
                email?: string;
                company_id?: number;
                company_name?: string;
                company_domain?: string;
                default_currency?: string;
                locale?: string;
                timezone_name?: string;
                is_admin?: number;
                active_flag?: boolean;
            };
        };
        GetDealResponse: {
            success?: boolean;
            data?: components["schemas"]["ListDealsResponseDataItem"];
        };
        ListActivitiesResponse: {
            success?: boolean;
            data?: components["schemas"]["ListActivitiesResponseDataItem"][];
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        ListActivitiesResponseDataItem: {
            id?: number;
            subject?: string;
            type?: string;
            done?: boolean;
            due_date?: string;
            due_time?: string;
            duration?: string;
            deal_id?: number | null;
            person_id?: number | null;
            org_id?: number | null;
            user_id?: number;
            note?: string | null;
        };
        ListDealsResponse: {
            success?: boolean;
            data?: components["schemas"]["ListDealsResponseDataItem"][];
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        ListDealsResponseAdditionalData: {
            pagination?: {
                start?: number;
                limit?: number;
                more_items_in_collection?: boolean;
                next_start?: number;
            };
        };
        ListDealsResponseDataItem: {
            id?: number;
            title?: string;
            value?: number;
            currency?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "deleted";
            stage_id?: number;
            pipeline_id?: number;
            person_id?: Record<string, unknown>;
            org_id?: Record<string, unknown>;
            user_id?: Record<string, unknown>;
            /** Format: date */
            expected_close_date?: string | null;
            add_time?: string;
            update_time?: string;
            visible_to?: string;
        };
        ListOrganizationsResponse: {
            success?: boolean;
            data?: components["schemas"]["ListOrganizationsResponseDataItem"][];
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        ListOrganizationsResponseDataItem: {
            id?: number;
            name?: string;
            address?: string | null;
            owner_id?: Record<string, unknown>;
            people_count?: number;
            open_deals_count?: number;
            add_time?: string;
            update_time?: string;
        };
        ListPersonsResponse: {
            success?: boolean;
            data?: components["schemas"]["ListPersonsResponseDataItem"][];
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        ListPersonsResponseDataItem: {
            id?: number;
            name?: string;
            first_name?: string;
            last_name?: string;
            email?: components["schemas"]["ListPersonsResponseDataItemEmailItem"][];
            phone?: components["schemas"]["ListPersonsResponseDataItemEmailItem"][];
            org_id?: Record<string, unknown> | null;
            owner_id?: Record<string, unknown>;
            add_time?: string;
            update_time?: string;
        };
        ListPersonsResponseDataItemEmailItem: {
            value?: string;
            primary?: boolean;
            label?: string;
        };
        ListPipelinesResponse: {
            success?: boolean;
            data?: {
                id?: number;
                name?: string;
                url_title?: string;
                order_nr?: number;
                active?: boolean;
                deal_probability?: boolean;
                add_time?: string;
                update_time?: string;
            }[];
        };
        ListStagesResponse: {
            success?: boolean;
            data?: {
                id?: number;
                name?: string;
                order_nr?: number;
                pipeline_id?: number;
                pipeline_name?: string;
                deal_probability?: number;
                rotten_flag?: boolean;
                rotten_days?: number | null;
                active_flag?: boolean;
            }[];
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        SearchDealsResponse: {
            success?: boolean;
            data?: {
                items?: {
                    result_score?: number;
                    item?: {
                        id?: number;
                        type?: string;
                        title?: string;
                        value?: number;
                        currency?: string;
                        status?: string;
                        owner?: Record<string, unknown>;
                        stage?: Record<string, unknown>;
                        person?: Record<string, unknown> | null;
                        organization?: Record<string, unknown> | null;
                    };
                }[];
            };
            additional_data?: components["schemas"]["ListDealsResponseAdditionalData"];
        };
        UpdateDealRequest: {
            title?: string;
            value?: number;
            currency?: components["schemas"]["CreateDealRequestCurrency"];
            /** @description Owner; the token's user when left out. */
            user_id?: number;
            person_id?: number;
            org_id?: number;
            pipeline_id?: number;
            stage_id?: number;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "deleted";
            /** Format: date */
            expected_close_date?: string;
            probability?: number;
            lost_reason?: string;
            /** @enum {string} */
            visible_to?: "1" | "3" | "5" | "7";
            label?: number[];
            add_time?: components["schemas"]["CreateDealRequestAddTime"];
        };
        UpdateDealResponse: components["schemas"]["GetDealResponse"];
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
        /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivities: {
        parameters: {
            query?: {
                /** @description Activities of this user; 0 for all users. */
                user_id?: number;
                filter_id?: number;
                /** @description Activity type key(s), comma-separated, such as call or meeting. */
                type?: string;
                /** @description 0 for open activities, 1 for done ones. */
                done?: 0 | 1;
                /** @description Due on or after this day. */
                start_date?: string;
                /** @description Due on or before this day. */
                end_date?: string;
                start?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListActivitiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Follow-up call",
                 *       "type": "call",
                 *       "due_date": "2025-03-15",
                 *       "due_time": "14:00",
                 *       "deal_id": 789,
                 *       "person_id": 123
                 *     }
                 */
                "application/json": components["schemas"]["CreateActivityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description Only deals in this state. */
                status?: "open" | "won" | "lost" | "deleted" | "all_not_deleted";
                /** @description Only deals owned by this user. */
                user_id?: number;
                /** @description Saved filter to apply. */
                filter_id?: number;
                /** @description Only deals in this stage. */
                stage_id?: number;
                /** @description 1 limits the list to deals owned by the token's user. */
                owned_by_you?: 0 | 1;
                /** @description Field and direction such as "update_time DESC"; several are comma-separated. */
                sort?: string;
                /** @description Position of the first item. */
                start?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDealsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Enterprise Deal",
                 *       "value": 50000,
                 *       "currency": "USD",
                 *       "person_id": 123,
                 *       "org_id": 456,
                 *       "stage_id": 1,
                 *       "expected_close_date": "2025-06-30"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchDeals: {
        parameters: {
            query: {
                /** @description Text to look for; at least 2 characters (1 with exact_match). */
                term: string;
                /** @description Comma-separated fields to search: custom_fields, notes, title. */
                fields?: string;
                /** @description Only full, case-insensitive matches. */
                exact_match?: boolean;
                /** @description Only deals of this person. */
                person_id?: number;
                /** @description Only deals of this organization. */
                organization_id?: number;
                status?: "open" | "won" | "lost";
                /** @description Extra field to return. */
                include_fields?: "deal.cc_email";
                start?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchDealsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal. */
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
                    "application/json": components["schemas"]["GetDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Deal Title",
                 *       "value": 75000,
                 *       "status": "won"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDealRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deal. */
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
                    "application/json": components["schemas"]["DeleteDealResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Meeting notes: Discussed pricing and timeline",
                 *       "deal_id": 789,
                 *       "pinned_to_deal_flag": 1
                 *     }
                 */
                "application/json": components["schemas"]["CreateNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateNoteResponse"];
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
                user_id?: number;
                filter_id?: number;
                first_char?: string;
                sort?: string;
                start?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Corporation",
                 *       "address": "123 Main St, City, Country"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    listPersons: {
        parameters: {
            query?: {
                /** @description Only persons owned by this user. */
                user_id?: number;
                /** @description Saved filter to apply. */
                filter_id?: number;
                /** @description Only persons whose name starts with this letter. */
                first_char?: string;
                /** @description Field and direction such as "name ASC". */
                sort?: string;
                start?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "John Doe",
                 *       "email": [
                 *         "john@example.com"
                 *       ],
                 *       "phone": [
                 *         "+1234567890"
                 *       ],
                 *       "org_id": 456
                 *     }
                 */
                "application/json": components["schemas"]["CreatePersonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePersonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPipelines: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPipelinesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listStages: {
        parameters: {
            query?: {
                /** @description Only stages of this pipeline. */
                pipeline_id?: number;
                start?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListStagesResponse"];
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
                /** @description Id of the Pipedrive connection to use; without it the account's oldest active connection serves the request. */
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
