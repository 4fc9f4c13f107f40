// Generated from providers/zoho-bookings.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/bookings/v1/json/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book an appointment for a customer with a service and staff member. */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/createservice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a service in a workspace. */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/createworkspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a workspace. */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/fetchappointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search appointments by time window, status, service, staff or customer. */
        post: operations["fetchAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/getappointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one appointment by its booking id. */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the services offered in a workspace. */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/staffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the staff members of a workspace. */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/updateappointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an appointment completed, cancelled or a no-show. */
        post: operations["updateAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/v1/json/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces of the Bookings account, or read one by id. */
        get: operations["listWorkspaces"];
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
        BookAppointmentRequest: {
            service_id: string;
            /** @description Staff member to book (for one-on-one services). */
            staff_id?: string;
            /** @description Resource to book (for resource services). */
            resource_id?: string;
            /** @description Start as dd-MMM-yyyy HH:mm:ss. */
            from_time: string;
            /** @description End as dd-MMM-yyyy HH:mm:ss, where the service type needs one. */
            to_time?: string;
            /** @description Time zone of the times, e.g. America/New_York. */
            timezone?: string;
            /** @description JSON written as a string with name, email and phone_number. */
            customer_details: string;
            notes?: string;
            /** @description JSON written as a string with custom booking-form fields. */
            additional_fields?: string;
        };
        BookAppointmentResponse: {
            response?: {
                returnvalue?: {
                    booking_id?: string;
                    /** @enum {string} */
                    status?: "UPCOMING" | "CANCEL" | "COMPLETED" | "NO_SHOW" | "PENDING" | "ONGOING";
                    service_name?: string;
                    staff_name?: string;
                    start_time?: string;
                    end_time?: string;
                    customer_booking_start_time?: string;
                    customer_name?: string;
                    customer_email?: string;
                };
                status?: string;
            };
        };
        CreateServiceRequest: {
            /** @description Name of the service. */
            name: string;
            /** @description Workspace to add it to. */
            workspace_id: string;
            /** @description Length in minutes. */
            duration?: number;
        };
        CreateServiceResponse: components["schemas"]["ListWorkspacesResponse"];
        CreateWorkspaceRequest: {
            /** @description Name of the new workspace. */
            name: string;
        };
        CreateWorkspaceResponse: components["schemas"]["ListWorkspacesResponse"];
        FetchAppointmentsRequest: {
            /** @description JSON written as a string with the filters: from_time and to_time (dd-MMM-yyyy HH:mm:ss), status (UPCOMING, CANCEL, COMPLETED, NO_SHOW, PENDING, ONGOING), service_id, staff_id, customer_name, customer_email, page and per_page. */
            data: string;
        };
        FetchAppointmentsResponse: components["schemas"]["ListWorkspacesResponse"];
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
        GetAppointmentResponse: components["schemas"]["BookAppointmentResponse"];
        ListServicesResponse: {
            response?: {
                returnvalue?: {
                    data?: {
                        id?: string;
                        name?: string;
                        duration?: unknown;
                    }[];
                };
                status?: string;
            };
        };
        ListStaffResponse: {
            response?: {
                returnvalue?: {
                    data?: {
                        id?: string;
                        name?: string;
                        email?: string;
                    }[];
                };
                status?: string;
            };
        };
        ListWorkspacesResponse: {
            response?: {
                returnvalue?: {
                    data?: Record<string, unknown>[];
                };
                /** @enum {string} */
                status?: "success" | "failure";
            };
        };
        UpdateAppointmentRequest: {
            /** @description Booking id including its leading #. */
            booking_id: string;
            /** @enum {string} */
            action: "completed" | "cancel" | "noshow";
        };
        UpdateAppointmentResponse: components["schemas"]["BookAppointmentResponse"];
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
        /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    bookAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "service_id": "{service_id}",
                 *       "staff_id": "{staff_id}",
                 *       "from_time": "20-Feb-2026 10:00:00",
                 *       "customer_details": "{\"name\":\"John\",\"email\":\"john@example.com\",\"phone_number\":\"+15551234567\"}"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["BookAppointmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookAppointmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Consultation",
                 *       "workspace_id": "{workspace_id}",
                 *       "duration": 60
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateServiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateServiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Workspace"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkspaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    fetchAppointments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": "{\"from_time\":\"17-Feb-2026 00:00:00\",\"to_time\":\"20-Feb-2026 23:59:59\"}"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["FetchAppointmentsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FetchAppointmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAppointment: {
        parameters: {
            query: {
                /**
                 * @description Booking id including its leading # (sent as %23).
                 * @example #NU-00001
                 */
                booking_id: string;
            };
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAppointmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listServices: {
        parameters: {
            query: {
                /** @description Workspace whose services to list. */
                workspace_id: string;
                /** @description Return only this service. */
                service_id?: string;
                /** @description Return only services this staff member offers. */
                staff_id?: string;
            };
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListServicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listStaff: {
        parameters: {
            query: {
                /** @description Workspace whose staff to list. */
                workspace_id: string;
                /** @description Only staff who offer this service. */
                service_id?: string;
                /** @description Return only this staff member. */
                staff_id?: string;
            };
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListStaffResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "booking_id": "#NU-00001",
                 *       "action": "cancel"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateAppointmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAppointmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Return only this workspace. */
                workspace_id?: string;
            };
            header?: {
                /** @description Id of the Zoho Bookings connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkspacesResponse"];
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
