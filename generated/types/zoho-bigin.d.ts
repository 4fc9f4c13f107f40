// Generated from providers/zoho-bigin.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/bigin/v2/Accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List companies (the Accounts module) with the fields asked for. */
        get: operations["listCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/Contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts a page at a time with the fields asked for. */
        get: operations["listContacts"];
        /** Update up to 100 contacts; each entry carries the contact's id. */
        put: operations["updateContacts"];
        /** Create up to 100 contacts; each needs a Last_Name. */
        post: operations["createContacts"];
        /** Delete up to 100 contacts by id. */
        delete: operations["deleteContacts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/Contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find contacts by criteria, email, phone or a free-text word. */
        get: operations["searchContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/Contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with all its fields. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/settings/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the modules of the Bigin account with their API names. */
        get: operations["listModules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of the Bigin organisation, filtered by kind. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List records of any module (Pipelines, Products, Tasks …) with the fields asked for. */
        get: operations["listRecords"];
        /** Update up to 100 records of any module; each entry carries its id. */
        put: operations["updateRecords"];
        /** Create up to 100 records in any module. */
        post: operations["createRecords"];
        /** Delete up to 100 records of any module by id. */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/{module_api_name}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find records of any module by criteria, email, phone or word. */
        get: operations["searchRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigin/v2/{module_api_name}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record of any module. */
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
        CreateContactsRequest: {
            data: {
                Last_Name: string;
                First_Name?: string;
                /** Format: email */
                Email?: string;
                Phone?: string;
                Mobile?: string;
                Title?: string;
                /** @description Company lookup as an object with its id. */
                Account_Name?: {
                    id?: string;
                };
            }[];
            trigger?: components["schemas"]["CreateContactsRequestTrigger"];
        };
        /** @description Automation to run; leave out for none. */
        CreateContactsRequestTrigger: ("approval" | "workflow" | "blueprint")[];
        CreateContactsResponse: {
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
        CreateRecordsRequest: {
            data: Record<string, unknown>[];
            trigger?: components["schemas"]["CreateContactsRequestTrigger"];
        };
        CreateRecordsResponse: components["schemas"]["CreateContactsResponse"];
        DeleteContactsResponse: components["schemas"]["CreateContactsResponse"];
        DeleteRecordsResponse: components["schemas"]["CreateContactsResponse"];
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
        GetContactResponse: {
            data?: Record<string, unknown>[];
        };
        GetRecordResponse: components["schemas"]["GetContactResponse"];
        ListCompaniesResponse: components["schemas"]["ListContactsResponse"];
        ListContactsResponse: {
            data?: Record<string, unknown>[];
            info?: {
                per_page?: number;
                count?: number;
                page?: number;
                more_records?: boolean;
            };
        };
        ListModulesResponse: {
            modules?: {
                id?: string;
                api_name?: string;
                module_name?: string;
                singular_label?: string;
                plural_label?: string;
                api_supported?: boolean;
            }[];
        };
        ListRecordsResponse: components["schemas"]["ListContactsResponse"];
        ListUsersResponse: {
            users?: {
                id?: string;
                full_name?: string;
                email?: string;
                status?: string;
                role?: Record<string, unknown>;
                profile?: Record<string, unknown>;
            }[];
            info?: {
                per_page?: number;
                count?: number;
                page?: number;
                more_records?: boolean;
            };
        };
        SearchContactsResponse: components["schemas"]["ListContactsResponse"];
        SearchRecordsResponse: components["schemas"]["ListContactsResponse"];
        UpdateContactsRequest: {
            data: {
                id: string;
                Phone?: string;
                Email?: string;
            }[];
            trigger?: components["schemas"]["CreateContactsRequestTrigger"];
        };
        UpdateContactsResponse: components["schemas"]["CreateContactsResponse"];
        UpdateRecordsRequest: {
            data: ({
                id: string;
            } & {
                [key: string]: unknown;
            })[];
            trigger?: components["schemas"]["CreateContactsRequestTrigger"];
        };
        UpdateRecordsResponse: components["schemas"]["CreateContactsResponse"];
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
        /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCompanies: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated field API names, e.g. Account_Name,Website.
                 * @example Account_Name,Website
                 */
                fields: string;
                /** @description Field to order by. */
                sort_by?: "id" | "Created_Time" | "Modified_Time";
                sort_order?: "asc" | "desc";
                /** @description Id of a custom view to filter by. */
                cvid?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
    listContacts: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated field API names to return, e.g. First_Name,Last_Name,Email.
                 * @example First_Name,Last_Name,Email
                 */
                fields: string;
                /** @description Field to order by. */
                sort_by?: "id" | "Created_Time" | "Modified_Time";
                sort_order?: "asc" | "desc";
                /** @description Id of a custom view to filter by. */
                cvid?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "id": "{record_id}",
                 *           "Phone": "+1-555-1234"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "Last_Name": "Smith",
                 *           "First_Name": "John",
                 *           "Email": "john@example.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContacts: {
        parameters: {
            query: {
                /** @description Comma-separated ids of the records to delete (at most 100). */
                ids: string;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["DeleteContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchContacts: {
        parameters: {
            query?: {
                /**
                 * @description Filter written (Field:operator:value), e.g. (Last_Name:equals:Smith).
                 * @example (Last_Name:equals:Smith)
                 */
                criteria?: string;
                /** @description Match on email fields. */
                email?: string;
                /** @description Match on phone fields. */
                phone?: string;
                /** @description Free-text search across the module. */
                word?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
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
                    "application/json": components["schemas"]["GetContactResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Which users to return. */
                type?: "AllUsers" | "ActiveUsers" | "DeactiveUsers" | "ConfirmedUsers" | "NotConfirmedUsers" | "DeletedUsers" | "ActiveConfirmedUsers" | "AdminUsers" | "ActiveConfirmedAdmins" | "CurrentUser";
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
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
    listRecords: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated field API names to return, e.g. First_Name,Last_Name,Email.
                 * @example First_Name,Last_Name,Email
                 */
                fields: string;
                /** @description Field to order by. */
                sort_by?: "id" | "Created_Time" | "Modified_Time";
                sort_order?: "asc" | "desc";
                /** @description Id of a custom view to filter by. */
                cvid?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
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
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
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
                 *           "id": "{record_id}",
                 *           "Stage": "Closed Won"
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
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
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
                 *           "Deal_Name": "New deal",
                 *           "Stage": "Qualification"
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
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
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
                 * @description Filter written (Field:operator:value), e.g. (Last_Name:equals:Smith).
                 * @example (Last_Name:equals:Smith)
                 */
                criteria?: string;
                /** @description Match on email fields. */
                email?: string;
                /** @description Match on phone fields. */
                phone?: string;
                /** @description Free-text search across the module. */
                word?: string;
                page?: number;
                per_page?: number;
            };
            header?: {
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
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
                /** @description Id of the Zoho Bigin connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API name of the module: Contacts, Accounts, Pipelines, Products, Tasks, Events, Calls, Notes.
                 * @example Pipelines
                 */
                module_api_name: string;
                /** @description Id of the record. */
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
