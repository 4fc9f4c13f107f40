// Generated from providers/zoho-crm.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/crm/v8/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the organisation's name, id, currency, time zone and licence details. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the fields of a module with their API names, types and picklist values. */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/layouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the layouts of a module with their sections and fields. */
        get: operations["listLayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the modules of the organisation with their API names and capabilities. */
        get: operations["listModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the permission profiles of the organisation. */
        get: operations["listProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/profiles/{profile_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one profile with its permission details. */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the roles of the organisation's role hierarchy. */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one role and whom it reports to. */
        get: operations["getRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's users, filtered by kind (active, admins, current user …). */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user with role, profile and locale settings. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List records of a module a page at a time, with the fields asked for. */
        get: operations["listRecords"];
        /** Update up to 100 records in one call; each record carries its id. */
        put: operations["updateRecords"];
        /**
         * Insert up to 100 records into a module in one call.
         * @description Mandatory fields depend on the module, e.g. Last_Name for Leads and Contacts, Account_Name for Accounts, Deal_Name and Stage for Deals, Subject for Tasks.
         */
        post: operations["createRecords"];
        /** Delete up to 100 records of a module by id (they go to the recycle bin). */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find records of a module by criteria, email, phone or a free-text word.
         * @description Give exactly one of criteria, email, phone or word. Criteria are written (Field:operator:value) and joined with and/or; text fields take equals, not_equal, starts_with and in, dates and numbers also greater_than, less_than and between.
         */
        get: operations["searchRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record with all of its fields. */
        get: operations["getRecord"];
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
        CreateRecordsRequest: {
            data: Record<string, unknown>[];
            /** @description Automation to run for the written records; leave out to run none. */
            trigger?: ("approval" | "workflow" | "blueprint")[];
        };
        CreateRecordsResponse: {
            data?: {
                /** @description SUCCESS or an error code for this record. */
                code?: string;
                /** @enum {string} */
                status?: "success" | "error";
                message?: string;
                details?: {
                    id?: string;
                    Created_Time?: string;
                    Modified_Time?: string;
                };
            }[];
        };
        DeleteRecordsResponse: components["schemas"]["CreateRecordsResponse"];
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
        GetOrganizationResponse: {
            org?: {
                id?: string;
                company_name?: string;
                primary_email?: string;
                currency?: string;
                iso_code?: string;
                time_zone?: string;
                country_code?: string;
                zgid?: string;
                domain_name?: string;
                license_details?: Record<string, unknown>;
            }[];
        };
        GetProfileResponse: components["schemas"]["ListProfilesResponse"];
        GetRecordResponse: {
            data?: Record<string, unknown>[];
        };
        GetRoleResponse: components["schemas"]["ListRolesResponse"];
        GetUserResponse: {
            users?: components["schemas"]["ListUsersResponseUsersItem"][];
        };
        ListFieldsResponse: {
            fields?: {
                id?: string;
                api_name?: string;
                field_label?: string;
                data_type?: string;
                system_mandatory?: boolean;
                pick_list_values?: Record<string, unknown>[];
            }[];
        };
        ListLayoutsResponse: {
            layouts?: {
                id?: string;
                name?: string;
                status?: string;
                sections?: Record<string, unknown>[];
            }[];
        };
        ListModulesResponse: {
            modules?: {
                id?: string;
                api_name?: string;
                module_name?: string;
                singular_label?: string;
                plural_label?: string;
                api_supported?: boolean;
                creatable?: boolean;
                editable?: boolean;
                deletable?: boolean;
            }[];
        };
        ListProfilesResponse: {
            profiles?: {
                id?: string;
                name?: string;
                display_label?: string;
                custom?: boolean;
                permissions_details?: Record<string, unknown>[];
            }[];
        };
        ListRecordsResponse: {
            data?: Record<string, unknown>[];
            info?: components["schemas"]["ListRecordsResponseInfo"];
        };
        ListRecordsResponseInfo: {
            per_page?: number;
            count?: number;
            page?: number;
            sort_by?: string;
            sort_order?: string;
            more_records?: boolean;
            next_page_token?: string;
            previous_page_token?: string;
            /** Format: date-time */
            page_token_expiry?: string;
        };
        ListRolesResponse: {
            roles?: {
                id?: string;
                name?: string;
                display_label?: string;
                reporting_to?: Record<string, unknown>;
                admin_user?: boolean;
            }[];
        };
        ListUsersResponse: {
            users?: components["schemas"]["ListUsersResponseUsersItem"][];
            info?: components["schemas"]["ListRecordsResponseInfo"];
        };
        ListUsersResponseUsersItem: {
            id?: string;
            full_name?: string;
            email?: string;
            status?: string;
            role?: Record<string, unknown>;
            profile?: Record<string, unknown>;
        };
        SearchRecordsResponse: components["schemas"]["ListRecordsResponse"];
        UpdateRecordsRequest: {
            data: ({
                /** @description Id of the record to change. */
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            trigger?: ("approval" | "workflow" | "blueprint")[];
        };
        UpdateRecordsResponse: components["schemas"]["CreateRecordsResponse"];
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
        /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
    listFields: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: string;
                /** @description all also returns unused fields; unused returns only those. */
                type?: "all" | "unused";
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLayouts: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: string;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLayoutsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listModules: {
        parameters: {
            query?: {
                /** @description Comma-separated visibility filter such as visible, user_hidden, system_hidden, scheduled_for_deletion. */
                status?: string;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListModulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProfiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProfilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the profile. */
                profile_id: string;
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
                    "application/json": components["schemas"]["GetProfileResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
    getRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the role. */
                role_id: string;
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
                    "application/json": components["schemas"]["GetRoleResponse"];
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
                /** @description Which users to return. */
                type?: "AllUsers" | "ActiveUsers" | "DeactiveUsers" | "ConfirmedUsers" | "NotConfirmedUsers" | "DeletedUsers" | "ActiveConfirmedUsers" | "AdminUsers" | "ActiveConfirmedAdmins" | "CurrentUser";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
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
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user. */
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
    listRecords: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated field API names to return (at most 50), e.g. Last_Name,Email.
                 * @example Last_Name,Email
                 */
                fields: string;
                /** @description Comma-separated record ids to fetch only those records. */
                ids?: string;
                /** @description Id of a custom view whose filter to apply. */
                cvid?: string;
                /** @description Field to order the records by. */
                sort_by?: "id" | "Created_Time" | "Modified_Time";
                /** @description Order direction. */
                sort_order?: "asc" | "desc";
                /** @description For leads, whether to include converted records. */
                converted?: "true" | "false" | "both";
                /** @description Whether to include records awaiting approval. */
                approved?: "true" | "false" | "both";
                /** @description Limit to records of this territory. */
                territory_id?: string;
                /** @description With territory_id, also include records of child territories. */
                include_child?: boolean;
                /** @description Page number; only the first 2,000 records can be reached this way. */
                page?: number;
                /** @description Records per page. */
                per_page?: number;
                /** @description Token from info.next_page_token to continue past 2,000 records. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
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
                    "application/json": components["schemas"]["ListRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "id": "record_id",
                 *           "field_api_name": "updated_value"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "field_api_name": "value"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecords: {
        parameters: {
            query: {
                /** @description Comma-separated ids of the records to delete (at most 100). */
                ids: string;
                /** @description Whether workflow rules run on the deletion. */
                wf_trigger?: boolean;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
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
                    "application/json": components["schemas"]["DeleteRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchRecords: {
        parameters: {
            query?: {
                /**
                 * @description Filter such as (Last_Name:equals:Smith) or ((Last_Name:equals:Smith)and(City:equals:Austin)).
                 * @example (Last_Name:equals:Smith)
                 */
                criteria?: string;
                /** @description Match records whose email fields equal this address. */
                email?: string;
                /** @description Match records whose phone fields equal this number. */
                phone?: string;
                /** @description Free-text search across the module's text fields. */
                word?: string;
                converted?: "true" | "false" | "both";
                approved?: "true" | "false" | "both";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
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
                    "application/json": components["schemas"]["SearchRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecord: {
        parameters: {
            query?: {
                /** @description Comma-separated field API names to limit the answer to. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Zoho CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Leads, Contacts, Accounts, Deals, Campaigns, Tasks, Calls, Events, Products or a custom module.
                 * @example Leads
                 */
                module_api_name: string;
                /** @description Id of the record (a long numeric string). */
                record_id: string;
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
                    "application/json": components["schemas"]["GetRecordResponse"];
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
