// Generated from providers/acuity-scheduling.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/appointment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the bookable appointment types with duration, price and calendars. */
        get: operations["listAppointmentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List appointments, filtered by date range, calendar, type, client details or cancellation state. */
        get: operations["listAppointments"];
        put?: never;
        /** Book an appointment of a given type at an available time for a client. */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one appointment with its client details and form answers. */
        get: operations["getAppointment"];
        /** Change the client details, notes, labels or form answers of an appointment. */
        put: operations["updateAppointment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Cancel an appointment, optionally with a note or marking it a no-show. */
        put: operations["cancelAppointment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move an appointment to another available time, optionally on another calendar. */
        put: operations["rescheduleAppointment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/availability/dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the days of a month that still have open times for an appointment type. */
        get: operations["listAvailableDates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/availability/times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the open start times on one day for an appointment type. */
        get: operations["listAvailableTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List blocked-off time on the calendars. */
        get: operations["listBlocks"];
        put?: never;
        /** Block off a period on a calendar so nothing can be booked in it. */
        post: operations["createBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a blocked-off period. */
        delete: operations["deleteBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's calendars (staff members or resources). */
        get: operations["listCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clients, optionally searching by name, email or phone. */
        get: operations["listClients"];
        put?: never;
        /** Add a client to the account's client list. */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the intake forms and their fields. */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels that can be put on appointments. */
        get: operations["listLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected account's id, email, name, time zone, plan and scheduling page. */
        get: operations["getMe"];
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
        CancelAppointmentRequest: {
            /** @description Reason shown to the client. */
            cancelNote?: string;
            /** @description Record the cancellation as a no-show. */
            noShow?: boolean;
        };
        CancelAppointmentResponse: components["schemas"]["ListAppointmentsResponseAppointment"];
        CreateAppointmentRequest: {
            /** @description Start time; must be one of the offered times unless admin is set. */
            datetime: string;
            appointmentTypeID: number;
            /** @description Calendar to book on; Acuity picks one when omitted. */
            calendarID?: number;
            firstName: string;
            lastName: string;
            /** Format: email */
            email: string;
            phone?: string;
            /** @description Client's time zone. */
            timezone?: string;
            /** @description Package or coupon code to apply. */
            certificate?: string;
            notes?: string;
            addonIDs?: number[];
            labels?: {
                id?: number;
            }[];
            /** @description Answers to intake form fields. */
            fields?: {
                id: number;
                value: string | number | boolean;
            }[];
        };
        CreateAppointmentResponse: components["schemas"]["ListAppointmentsResponseAppointment"];
        CreateBlockRequest: {
            /** @description Start of the blocked period. */
            start: string;
            /** @description End of the blocked period. */
            end: string;
            calendarID: number;
            notes?: string;
        };
        CreateBlockResponse: components["schemas"]["ListBlocksResponseItem"];
        CreateClientRequest: {
            firstName: string;
            lastName: string;
            /** Format: email */
            email?: string;
            phone?: string;
            notes?: string;
        };
        CreateClientResponse: components["schemas"]["ListClientsResponseItem"];
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
        GetAppointmentResponse: components["schemas"]["ListAppointmentsResponseAppointment"];
        GetMeResponse: {
            id?: number;
            email?: string;
            name?: string;
            timezone?: string;
            plan?: string;
            currency?: string;
            /** Format: uri */
            schedulingPage?: string;
        };
        ListAppointmentTypesResponse: {
            id?: number;
            name?: string;
            active?: boolean;
            description?: string;
            /** @description Minutes. */
            duration?: number;
            price?: string;
            category?: string;
            color?: string;
            private?: boolean;
            /** @enum {string} */
            type?: "service" | "class" | "series";
            classSize?: number | null;
            /** Format: uri */
            schedulingUrl?: string;
            calendarIDs?: number[];
            addonIDs?: number[];
            formIDs?: number[];
        }[];
        ListAppointmentsResponse: components["schemas"]["ListAppointmentsResponseAppointment"][];
        ListAppointmentsResponseAppointment: {
            id?: number;
            firstName?: string;
            lastName?: string;
            email?: string;
            phone?: string;
            /** @description Start with offset, e.g. 2026-02-15T09:00:00-0500. */
            datetime?: string;
            endTime?: string;
            date?: string;
            time?: string;
            duration?: string;
            timezone?: string;
            calendar?: string;
            calendarID?: number;
            type?: string;
            appointmentTypeID?: number;
            price?: string;
            paid?: string;
            canceled?: boolean;
            notes?: string;
            /** Format: uri */
            confirmationPage?: string;
            labels?: {
                id?: number;
                name?: string;
                color?: string;
            }[] | null;
            forms?: Record<string, unknown>[];
        };
        ListAvailableDatesResponse: {
            /** Format: date */
            date?: string;
        }[];
        ListAvailableTimesResponse: {
            time?: string;
            slotsAvailable?: number;
        }[];
        ListBlocksResponse: components["schemas"]["ListBlocksResponseItem"][];
        ListBlocksResponseItem: {
            id?: number;
            calendarID?: number;
            calendar?: string;
            start?: string;
            end?: string;
            until?: string | null;
            recurring?: string | null;
            notes?: string;
        };
        ListCalendarsResponse: {
            id?: number;
            name?: string;
            email?: string;
            replyTo?: string;
            description?: string;
            location?: string;
            timezone?: string;
        }[];
        ListClientsResponse: components["schemas"]["ListClientsResponseItem"][];
        ListClientsResponseItem: {
            firstName?: string;
            lastName?: string;
            email?: string;
            phone?: string;
            notes?: string;
        };
        ListFormsResponse: {
            id?: number;
            name?: string;
            description?: string;
            hidden?: boolean;
            appointmentTypeIDs?: number[];
            fields?: {
                id?: number;
                name?: string;
                type?: string;
                required?: boolean;
                options?: string[] | null;
            }[];
        }[];
        ListLabelsResponse: {
            id?: number;
            name?: string;
            color?: string;
        }[];
        RescheduleAppointmentRequest: {
            /** @description New start time; must be offered by the availability endpoints unless admin is set. */
            datetime: string;
            calendarID?: number;
            timezone?: string;
        };
        RescheduleAppointmentResponse: components["schemas"]["ListAppointmentsResponseAppointment"];
        UpdateAppointmentRequest: {
            firstName?: string;
            lastName?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            certificate?: string;
            notes?: string;
            labels?: {
                id?: number;
            }[];
            fields?: {
                id?: number;
                value?: string | number | boolean;
            }[];
        };
        UpdateAppointmentResponse: components["schemas"]["ListAppointmentsResponseAppointment"];
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
        /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAppointmentTypes: {
        parameters: {
            query?: {
                /** @description Also return deleted appointment types. */
                includeDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAppointmentTypesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description Largest number of appointments to return. */
                max?: number;
                /** @description Only appointments on or after this date. */
                minDate?: string;
                /** @description Only appointments on or before this date. */
                maxDate?: string;
                /** @description Only appointments on this calendar. */
                calendarID?: number;
                /** @description Only appointments of this type. */
                appointmentTypeID?: number;
                /** @description true lists canceled appointments instead of booked ones. */
                canceled?: boolean;
                /** @description Only appointments whose client has this first name. */
                firstName?: string;
                /** @description Only appointments whose client has this last name. */
                lastName?: string;
                /** @description Only appointments whose client has this email. */
                email?: string;
                /** @description Only appointments whose client has this phone number. */
                phone?: string;
                /** @description Leave intake form answers out of the answer (faster). */
                excludeForms?: boolean;
                /** @description Order by appointment time. */
                direction?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAppointmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAppointment: {
        parameters: {
            query?: {
                /** @description Act as an administrator (may book outside availability and skip required fields). */
                admin?: boolean;
                /** @description Do not send the client the usual confirmation or notice email. */
                noEmail?: boolean;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datetime": "2026-02-15T09:00",
                 *       "appointmentTypeID": 123,
                 *       "firstName": "John",
                 *       "lastName": "Doe",
                 *       "email": "john@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAppointmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAppointmentResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the appointment or block. */
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
    updateAppointment: {
        parameters: {
            query?: {
                /** @description Act as an administrator (may book outside availability and skip required fields). */
                admin?: boolean;
                /** @description Do not send the client the usual confirmation or notice email. */
                noEmail?: boolean;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the appointment or block. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "Jane",
                 *       "lastName": "Smith"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAppointmentRequest"];
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
    cancelAppointment: {
        parameters: {
            query?: {
                /** @description Act as an administrator (may book outside availability and skip required fields). */
                admin?: boolean;
                /** @description Do not send the client the usual confirmation or notice email. */
                noEmail?: boolean;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the appointment or block. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "cancelNote": "Client asked to cancel"
                 *     }
                 */
                "application/json": components["schemas"]["CancelAppointmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelAppointmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rescheduleAppointment: {
        parameters: {
            query?: {
                /** @description Act as an administrator (may book outside availability and skip required fields). */
                admin?: boolean;
                /** @description Do not send the client the usual confirmation or notice email. */
                noEmail?: boolean;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the appointment or block. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datetime": "2026-02-20T10:00"
                 *     }
                 */
                "application/json": components["schemas"]["RescheduleAppointmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescheduleAppointmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAvailableDates: {
        parameters: {
            query: {
                /** @description Month to check as YYYY-MM. */
                month: string;
                /** @description Appointment type to check. */
                appointmentTypeID: number;
                /** @description Only this calendar's availability. */
                calendarID?: number;
                /** @description Time zone to express the dates in. */
                timezone?: string;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAvailableDatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAvailableTimes: {
        parameters: {
            query: {
                /** @description Day to check. */
                date: string;
                /** @description Appointment type to check. */
                appointmentTypeID: number;
                /** @description Only this calendar's availability. */
                calendarID?: number;
                /** @description Time zone to express the times in. */
                timezone?: string;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAvailableTimesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBlocks: {
        parameters: {
            query?: {
                /** @description Largest number of blocks to return. */
                max?: number;
                /** @description Only blocks on or after this date. */
                minDate?: string;
                /** @description Only blocks on or before this date. */
                maxDate?: string;
                /** @description Only blocks on this calendar. */
                calendarID?: number;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBlocksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start": "2026-02-15T12:00",
                 *       "end": "2026-02-15T13:00",
                 *       "calendarID": 1234
                 *     }
                 */
                "application/json": components["schemas"]["CreateBlockRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBlockResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the appointment or block. */
                id: number;
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
    listCalendars: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listClients: {
        parameters: {
            query?: {
                /** @description Text matched against first name, last name, email and phone. */
                search?: string;
            };
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListClientsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstName": "John",
                 *       "lastName": "Doe",
                 *       "email": "john@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClientRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateClientResponse"];
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
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
    listLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Acuity Scheduling connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
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
