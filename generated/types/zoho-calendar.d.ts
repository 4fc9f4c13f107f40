// Generated from providers/zoho-calendar.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's own, group, subscribed and app calendars. */
        get: operations["listCalendars"];
        put?: never;
        /** Create a personal calendar from a JSON description passed in the query. */
        post: operations["createCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{calendar_uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one calendar's name, colours, time zone and sharing. */
        get: operations["getCalendar"];
        /** Change a calendar's name, colours or description. */
        put: operations["updateCalendar"];
        post?: never;
        /** Delete a calendar and its events. */
        delete: operations["deleteCalendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{calendar_uid}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events of a calendar inside a window of up to 31 days. */
        get: operations["listEvents"];
        put?: never;
        /** Create an event from a JSON description passed in the query. */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{calendar_uid}/events/{event_uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event, including the etag needed to change it. */
        get: operations["getEvent"];
        /** Change an event; the JSON must carry the event's current etag. */
        put: operations["updateEvent"];
        post?: never;
        /** Delete an event; its current etag goes in a request header. */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateCalendarResponse: components["schemas"]["GetCalendarResponse"];
        CreateEventResponse: components["schemas"]["ListEventsResponse"];
        DeleteCalendarResponse: {
            calendars?: Record<string, unknown>[];
        };
        DeleteEventResponse: {
            events?: Record<string, unknown>[];
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
        GetCalendarResponse: {
            calendars?: components["schemas"]["ListCalendarsResponseCalendarsItem"][];
        };
        GetEventResponse: components["schemas"]["ListEventsResponse"];
        ListCalendarsResponse: {
            calendars?: components["schemas"]["ListCalendarsResponseCalendarsItem"][];
        };
        ListCalendarsResponseCalendarsItem: {
            uid?: string;
            name?: string;
            color?: string;
            textcolor?: string;
            description?: string;
            timezone?: string;
            isdefault?: boolean;
            privilege?: string;
        };
        ListEventsResponse: {
            events?: {
                uid?: string;
                title?: string;
                /** @description Version stamp to send back when changing or deleting the event. */
                etag?: string;
                dateandtime?: {
                    timezone?: string;
                    start?: string;
                    end?: string;
                };
                isallday?: boolean;
                location?: string;
                description?: string;
                rrule?: string;
                attendees?: {
                    email?: string;
                    permission?: number;
                    attendance?: number;
                    status?: string;
                }[];
                organizer?: string;
            }[];
        };
        UpdateCalendarResponse: components["schemas"]["GetCalendarResponse"];
        UpdateEventResponse: components["schemas"]["ListEventsResponse"];
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
        /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCalendars: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
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
    createCalendar: {
        parameters: {
            query: {
                /**
                 * @description URL-encoded JSON object with name (required), color and textcolor as #RRGGBB, and description.
                 * @example {"name":"Calendar Name","color":"#FF5733","textcolor":"#FFFFFF","description":"Calendar description"}
                 */
                calendarData: string;
            };
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["CreateCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
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
                    "application/json": components["schemas"]["GetCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCalendar: {
        parameters: {
            query: {
                /**
                 * @description URL-encoded JSON object with the calendar fields to change (name, color, textcolor, description).
                 * @example {"name":"Renamed calendar","color":"#2E86C1"}
                 */
                calendarData: string;
            };
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
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
                    "application/json": components["schemas"]["UpdateCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
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
                    "application/json": components["schemas"]["DeleteCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEvents: {
        parameters: {
            query: {
                /**
                 * @description URL-encoded JSON object {"start":"yyyyMMdd","end":"yyyyMMdd"}; the span may not exceed 31 days.
                 * @example {"start":"20260201","end":"20260228"}
                 */
                range: string;
                /** @description Return each occurrence of a recurring event separately. */
                byinstance?: boolean;
                /** @description Time zone to express times in, e.g. Europe/Berlin. */
                timezone?: string;
            };
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
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
                    "application/json": components["schemas"]["ListEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEvent: {
        parameters: {
            query: {
                /**
                 * @description URL-encoded JSON object: title, dateandtime {timezone, start, end} (required), description, location, isallday, attendees [{email, permission 0-3, attendance 0-2}], reminders [{action email|popup|notification, minutes}] and rrule (RFC 5545).
                 * @example {"title":"Meeting Title","dateandtime":{"timezone":"America/Los_Angeles","start":"20260220T170000Z","end":"20260220T180000Z"},"description":"Event description","location":"Meeting room","isallday":false,"attendees":[{"email":"user@example.com","permission":1,"attendance":1}],"reminders":[{"action":"popup","minutes":30}],"rrule":"FREQ=DAILY;COUNT=5"}
                 */
                eventdata: string;
            };
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
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
                    "application/json": components["schemas"]["CreateEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
                /** @description Unique id of the event. */
                event_uid: string;
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
                    "application/json": components["schemas"]["GetEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateEvent: {
        parameters: {
            query: {
                /**
                 * @description URL-encoded JSON object with the fields to change plus dateandtime and the current etag (from getEvent).
                 * @example {"title":"Updated Title","dateandtime":{"timezone":"America/Los_Angeles","start":"20260220T170000Z","end":"20260220T183000Z"},"etag":1770368451507}
                 */
                eventdata: string;
            };
            header?: {
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
                /** @description Unique id of the event. */
                event_uid: string;
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
                    "application/json": components["schemas"]["UpdateEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Current etag of the event; the query string is not accepted for it. */
                etag: string;
                /** @description Id of the Zoho Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id of the calendar (uid from the calendar list). */
                calendar_uid: string;
                /** @description Unique id of the event. */
                event_uid: string;
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
                    "application/json": components["schemas"]["DeleteEventResponse"];
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
