// Generated from providers/zoho-people.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/forms/{viewName}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the records a view shows (P_EmployeeView, P_DepartmentView …). */
        get: operations["getViewRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a check-in, a check-out or both for an employee. */
        post: operations["recordAttendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/attendance/getAttendanceEntries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the check-in and check-out entries of an employee for a day. */
        get: operations["getAttendanceEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the forms of the organisation with their link names. */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/employee/getRecords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find employees by employee id or email, or page through all of them. */
        get: operations["searchEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/json/leave/insertRecord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply for leave on behalf of an employee. */
        post: operations["addLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/json/{formLinkName}/insertRecord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a record to a form. */
        post: operations["insertRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/json/{formLinkName}/updateRecord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change fields of an existing form record. */
        post: operations["updateRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/leave/getRecords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read leave records a page at a time. */
        get: operations["listLeaveRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/api/forms/{formLinkName}/getRecords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read records of a form in bulk, optionally searched or limited to recent changes. */
        get: operations["getFormRecords"];
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
        AddLeaveRequest: {
            /** @description JSON object written as a string with Employee_ID, Leavetype (leave type id), From and To (dd-MMM-yyyy) and optional Reasonforleave. */
            inputData: string;
        };
        AddLeaveResponse: components["schemas"]["InsertRecordResponse"];
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
        /** @description Entries of the day with first check-in, last check-out and total hours. */
        GetAttendanceEntriesResponse: Record<string, unknown>;
        GetFormRecordsResponse: {
            response?: {
                result?: Record<string, unknown>[];
                message?: string;
                status?: number;
                errors?: {
                    code?: number;
                    message?: string;
                };
            };
        };
        GetViewRecordsResponse: Record<string, unknown>[];
        InsertRecordRequest: {
            /** @description JSON object of field label names and values, written as a string, e.g. {"field1":"value1"}. */
            inputData: string;
        };
        InsertRecordResponse: {
            response?: {
                result?: {
                    pkId?: string;
                    message?: string;
                };
                message?: string;
                status?: number;
            };
        };
        ListFormsResponse: {
            response?: {
                result?: {
                    componentId?: number;
                    formLinkName?: string;
                    displayName?: string;
                    iscustom?: boolean;
                    viewDetails?: Record<string, unknown>;
                }[];
                message?: string;
                status?: number;
            };
        };
        ListLeaveRecordsResponse: components["schemas"]["GetFormRecordsResponse"];
        RecordAttendanceRequest: {
            /** @description Pattern of checkIn and checkOut, e.g. dd/MM/yyyy HH:mm:ss. */
            dateFormat: string;
            /** @description Check-in time written in dateFormat. */
            checkIn?: string;
            /** @description Check-out time written in dateFormat. */
            checkOut?: string;
            /** @description Employee id. */
            empId?: string;
            /** @description Employee email address instead of empId. */
            emailId?: string;
            /** @description Employee record id instead of empId. */
            mapId?: string;
        };
        /** @description Result of the check-in or check-out. */
        RecordAttendanceResponse: Record<string, unknown>;
        SearchEmployeesResponse: components["schemas"]["GetFormRecordsResponse"];
        UpdateRecordRequest: {
            /** @description JSON object of the fields to change written as a string. */
            inputData: string;
            /** @description Id of the record to change. */
            recordId: string;
        };
        UpdateRecordResponse: components["schemas"]["InsertRecordResponse"];
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
        /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getViewRecords: {
        parameters: {
            query?: {
                /** @description Position of the first record (counting from 1). */
                sIndex?: number;
                /** @description Records to return. */
                rec_limit?: number;
                /** @description Field to search on. */
                searchColumn?: string;
                /** @description Value searchColumn must equal. */
                searchValue?: string;
            };
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Name of the view, e.g. P_EmployeeView, P_DepartmentView or P_DesignationView.
                 * @example P_EmployeeView
                 */
                viewName: string;
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
                    "application/json": components["schemas"]["GetViewRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recordAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dateFormat": "dd/MM/yyyy HH:mm:ss",
                 *       "checkIn": "02/02/2026 09:00:00",
                 *       "checkOut": "02/02/2026 17:30:00",
                 *       "empId": "EMP001"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["RecordAttendanceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordAttendanceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAttendanceEntries: {
        parameters: {
            query?: {
                /** @description Day to read, written in dateFormat. */
                date?: string;
                /** @description Pattern of date, e.g. dd-MMM-yyyy. */
                dateFormat?: string;
                /** @description Employee id; the signed-in user when no employee is named. */
                empId?: string;
                /** @description Employee email address instead of empId. */
                emailId?: string;
                /** @description Employee record id instead of empId. */
                erecno?: string;
            };
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAttendanceEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listForms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFormsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchEmployees: {
        parameters: {
            query?: {
                /** @description Field to match. */
                SearchColumn?: "EMPLOYEEID" | "EMPLOYEEMAILALIAS";
                /** @description Employee id or email address to match. */
                SearchValue?: string;
                /** @description Position of the first record (counting from 1). */
                sIndex?: number;
                /** @description Records to return. */
                limit?: number;
                /** @description Only employees changed after this time (milliseconds since the epoch). */
                modifiedtime?: number;
            };
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchEmployeesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addLeave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputData": "{\"Employee_ID\":\"EMP001\",\"Leavetype\":\"123456\",\"From\":\"01-Feb-2026\",\"To\":\"02-Feb-2026\"}"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddLeaveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddLeaveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    insertRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Link name of the form, e.g. employee, department, designation, leave or P_ClientDetails.
                 * @example department
                 */
                formLinkName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputData": "{\"field1\":\"value1\",\"field2\":\"value2\"}"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["InsertRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsertRecordResponse"];
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
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Link name of the form, e.g. employee, department, designation, leave or P_ClientDetails.
                 * @example department
                 */
                formLinkName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "inputData": "{\"field1\":\"newValue\"}",
                 *       "recordId": "943596000000294355"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateRecordRequest"];
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
    listLeaveRecords: {
        parameters: {
            query?: {
                /** @description Position of the first record (counting from 1). */
                sIndex?: number;
                /** @description Records to return. */
                limit?: number;
                /** @description Only leave records changed after this time (milliseconds since the epoch). */
                modifiedtime?: number;
            };
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLeaveRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFormRecords: {
        parameters: {
            query?: {
                /** @description Position of the first record (counting from 1). */
                sIndex?: number;
                /** @description Records to return. */
                limit?: number;
                /** @description Field to search on, e.g. EMPLOYEEID or EMPLOYEEMAILALIAS. */
                SearchColumn?: string;
                /** @description Value SearchColumn must equal. */
                SearchValue?: string;
                /** @description Only records changed after this time (milliseconds since the epoch). */
                modifiedtime?: number;
            };
            header?: {
                /** @description Id of the Zoho People connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Link name of the form, e.g. employee, department, designation, leave or P_ClientDetails.
                 * @example department
                 */
                formLinkName: string;
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
                    "application/json": components["schemas"]["GetFormRecordsResponse"];
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
