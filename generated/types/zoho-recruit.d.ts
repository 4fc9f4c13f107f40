// Generated from providers/zoho-recruit.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/recruit/v2/settings/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the modules of the Recruit account with their API names. */
        get: operations["listModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruit/v2/settings/modules/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one module's metadata (labels, permissions, related lists). */
        get: operations["getModule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruit/v2/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List records of a module a page at a time. */
        get: operations["listRecords"];
        /** Update up to 100 records of a module; each entry names its id. */
        put: operations["updateRecords"];
        /** Insert up to 100 records into a module. */
        post: operations["createRecords"];
        /** Delete up to 100 records of a module by id. */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruit/v2/{module_api_name}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find records of a module by criteria, email, phone or a free-text word.
         * @description Give one of criteria, email, phone or word. Criteria are written (Field:operator:value); text fields take equals, not_equal, starts_with, ends_with, contains, not_contains and in, dates and numbers take equals, not_equal, greater_than, less_than, greater_equal, less_equal and between.
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
    "/recruit/v2/{module_api_name}/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record of a module. */
        get: operations["getRecord"];
        /** Update one record identified in the path. */
        put: operations["updateRecord"];
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
            trigger?: ("approval" | "workflow" | "blueprint")[];
        };
        CreateRecordsResponse: {
            data?: {
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
        GetModuleResponse: {
            modules?: components["schemas"]["ListModulesResponseModulesItem"][];
        };
        GetRecordResponse: {
            data?: Record<string, unknown>[];
        };
        ListModulesResponse: {
            modules?: components["schemas"]["ListModulesResponseModulesItem"][];
        };
        ListModulesResponseModulesItem: {
            id?: string;
            api_name?: string;
            module_name?: string;
            singular_label?: string;
            plural_label?: string;
            api_supported?: boolean;
        };
        ListRecordsResponse: {
            data?: Record<string, unknown>[];
            info?: {
                per_page?: number;
                count?: number;
                page?: number;
                more_records?: boolean;
            };
        };
        SearchRecordsResponse: components["schemas"]["ListRecordsResponse"];
        UpdateRecordRequest: {
            data: Record<string, unknown>[];
        };
        UpdateRecordResponse: components["schemas"]["CreateRecordsResponse"];
        UpdateRecordsRequest: {
            data: ({
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
        /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listModules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
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
    getModule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
                    "application/json": components["schemas"]["GetModuleResponse"];
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
            query?: {
                /** @description Comma-separated field API names to return. */
                fields?: string;
                /** @description Field API name to order by. */
                sort_by?: string;
                sort_order?: "asc" | "desc";
                /** @description Whether converted records are included. */
                converted?: "true" | "false" | "both";
                /** @description Whether records awaiting approval are included. */
                approved?: "true" | "false" | "both";
                /** @description Id of a custom view to filter by. */
                cvid?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
                 *           "field_api_name": "value"
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
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
                 * @description Filter such as (Last_Name:equals:Smith).
                 * @example (Last_Name:equals:Smith)
                 */
                criteria?: string;
                /** @description Match on email fields. */
                email?: string;
                /** @description Match on phone fields. */
                phone?: string;
                /** @description Free-text search across the module. */
                word?: string;
                converted?: "true" | "false" | "both";
                approved?: "true" | "false" | "both";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
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
            query?: never;
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
                 */
                module_api_name: string;
                /** @description Id of the record. */
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
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Recruit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module, e.g. Candidates, Job_Openings, Applications, Interviews, Clients, Contacts, Departments.
                 * @example Candidates
                 */
                module_api_name: string;
                /** @description Id of the record to change. */
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "field_api_name": "new_value"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRecordResponse"];
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
