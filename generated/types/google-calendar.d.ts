// Generated from providers/google-calendar.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/calendar/v3/calendars/{calendarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a calendar's title, description, time zone and location. */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/v3/calendars/{calendarId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the events of a calendar, optionally within a time window or matching text. */
        get: operations["listEvents"];
        put?: never;
        /** Create an event, timed (dateTime) or all-day (date). */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/v3/calendars/{calendarId}/events/quickAdd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an event from a plain-language sentence such as "Lunch with Sam Friday 1pm". */
        post: operations["quickAddEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/v3/calendars/{calendarId}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event. */
        get: operations["getEvent"];
        /** Replace an event as a whole; fields left out are cleared. */
        put: operations["updateEvent"];
        post?: never;
        /** Delete an event. */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /** Change only the event fields present in the body. */
        patch: operations["patchEvent"];
        trace?: never;
    };
    "/calendar/v3/freeBusy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find the busy intervals of calendars or groups within a time window. */
        post: operations["queryFreeBusy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/v3/users/me/calendarList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the calendars on the connected user's calendar list. */
        get: operations["listCalendarList"];
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
        CreateEventRequest: {
            /** @description Title of the event. */
            summary?: string;
            description?: string;
            location?: string;
            start: components["schemas"]["CreateEventRequestStart"];
            end: components["schemas"]["CreateEventRequestStart"];
            attendees?: {
                /** Format: email */
                email: string;
                displayName?: string;
                optional?: boolean;
            }[];
            /** @description RRULE, EXRULE, RDATE or EXDATE lines (RFC 5545). */
            recurrence?: string[];
            reminders?: {
                useDefault?: boolean;
                overrides?: {
                    /** @enum {string} */
                    method?: "email" | "popup";
                    minutes?: number;
                }[];
            };
            /** @enum {string} */
            visibility?: "default" | "public" | "private" | "confidential";
            /**
             * @description transparent leaves the time shown as free.
             * @enum {string}
             */
            transparency?: "opaque" | "transparent";
            colorId?: string;
        };
        /** @description Give dateTime (with timeZone unless the timestamp has an offset) for a timed event, or date for an all-day one. */
        CreateEventRequestStart: {
            /** Format: date-time */
            dateTime?: string;
            /** Format: date */
            date?: string;
            /** @description IANA time zone, e.g. America/Los_Angeles. */
            timeZone?: string;
        };
        CreateEventResponse: components["schemas"]["ListEventsResponseItemsItem"];
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
            kind?: string;
            etag?: string;
            id?: string;
            summary?: string;
            description?: string;
            location?: string;
            timeZone?: string;
        };
        GetEventResponse: components["schemas"]["ListEventsResponseItemsItem"];
        ListCalendarListResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            nextSyncToken?: string;
            items?: {
                id?: string;
                summary?: string;
                description?: string;
                timeZone?: string;
                /** @enum {string} */
                accessRole?: "freeBusyReader" | "reader" | "writer" | "owner";
                primary?: boolean;
                backgroundColor?: string;
                selected?: boolean;
            }[];
        };
        ListEventsResponse: {
            kind?: string;
            summary?: string;
            timeZone?: string;
            updated?: string;
            nextPageToken?: string;
            nextSyncToken?: string;
            items?: components["schemas"]["ListEventsResponseItemsItem"][];
        };
        ListEventsResponseItemsItem: {
            id?: string;
            /** @enum {string} */
            status?: "confirmed" | "tentative" | "cancelled";
            htmlLink?: string;
            created?: string;
            updated?: string;
            summary?: string;
            description?: string;
            location?: string;
            creator?: {
                email?: string;
                displayName?: string;
            };
            organizer?: {
                email?: string;
                displayName?: string;
            };
            start?: components["schemas"]["ListEventsResponseItemsItemStart"];
            end?: components["schemas"]["ListEventsResponseItemsItemStart"];
            recurrence?: string[];
            recurringEventId?: string;
            attendees?: {
                email?: string;
                displayName?: string;
                optional?: boolean;
                /** @enum {string} */
                responseStatus?: "needsAction" | "declined" | "tentative" | "accepted";
            }[];
            hangoutLink?: string;
            eventType?: string;
            iCalUID?: string;
        };
        ListEventsResponseItemsItemStart: {
            /**
             * Format: date
             * @description Day of an all-day event.
             */
            date?: string;
            /** Format: date-time */
            dateTime?: string;
            timeZone?: string;
        };
        /** @description Any subset of the event fields accepted by createEvent; arrays such as attendees are replaced whole. */
        PatchEventRequest: {
            summary?: string;
            description?: string;
            location?: string;
            start?: components["schemas"]["CreateEventRequestStart"];
            end?: components["schemas"]["CreateEventRequestStart"];
            attendees?: {
                email?: string;
            }[];
        };
        PatchEventResponse: components["schemas"]["ListEventsResponseItemsItem"];
        QueryFreeBusyRequest: {
            /**
             * Format: date-time
             * @description Start of the window.
             */
            timeMin: string;
            /**
             * Format: date-time
             * @description End of the window.
             */
            timeMax: string;
            /** @description Time zone of the answer (UTC by default). */
            timeZone?: string;
            /** @description How many calendars of one group to expand. */
            groupExpansionMax?: number;
            /** @description How many calendars to report on. */
            calendarExpansionMax?: number;
            items: {
                /** @description Calendar or group id. */
                id: string;
            }[];
        };
        QueryFreeBusyResponse: {
            kind?: string;
            timeMin?: string;
            timeMax?: string;
            /** @description Keyed by calendar id. */
            calendars?: {
                [key: string]: {
                    busy?: {
                        start?: string;
                        end?: string;
                    }[];
                    errors?: {
                        domain?: string;
                        reason?: string;
                    }[];
                };
            };
            groups?: {
                [key: string]: {
                    calendars?: string[];
                };
            };
        };
        QuickAddEventResponse: components["schemas"]["ListEventsResponseItemsItem"];
        UpdateEventRequest: components["schemas"]["CreateEventRequest"];
        UpdateEventResponse: components["schemas"]["ListEventsResponseItemsItem"];
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
        /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
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
    listEvents: {
        parameters: {
            query?: {
                /** @description Lower bound (exclusive) on an event's end time, RFC 3339 with offset. */
                timeMin?: string;
                /** @description Upper bound (exclusive) on an event's start time, RFC 3339 with offset. */
                timeMax?: string;
                /** @description Free text matched against summary, description, location, attendees and more. */
                q?: string;
                /** @description Expand recurring events into their individual instances. */
                singleEvents?: boolean;
                /** @description Sort order; startTime needs singleEvents=true. */
                orderBy?: "startTime" | "updated";
                /** @description Events per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include cancelled events. */
                showDeleted?: boolean;
                /** @description IANA time zone for the times in the answer, e.g. Europe/Berlin. */
                timeZone?: string;
                /** @description Only events changed after this time. */
                updatedMin?: string;
                /** @description nextSyncToken of an earlier listing, to get only the changes since. */
                syncToken?: string;
                /** @description Only the event with this iCalendar UID. */
                iCalUID?: string;
                /** @description Event types to include. */
                eventTypes?: ("default" | "birthday" | "focusTime" | "fromGmail" | "outOfOffice" | "workingLocation")[];
                /** @description Cap on the attendees returned per event. */
                maxAttendees?: number;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
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
            query?: {
                /** @description Which guests get an e-mail about the change. */
                sendUpdates?: "all" | "externalOnly" | "none";
                /** @description 1 lets the body create or keep Meet conference data. */
                conferenceDataVersion?: number;
                /** @description Set when the body carries Drive attachments. */
                supportsAttachments?: boolean;
                /** @description Cap on the attendees returned. */
                maxAttendees?: number;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "Team Meeting",
                 *       "description": "Weekly sync",
                 *       "start": {
                 *         "dateTime": "2024-01-15T10:00:00",
                 *         "timeZone": "America/Los_Angeles"
                 *       },
                 *       "end": {
                 *         "dateTime": "2024-01-15T11:00:00",
                 *         "timeZone": "America/Los_Angeles"
                 *       },
                 *       "attendees": [
                 *         {
                 *           "email": "attendee@example.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateEventRequest"];
            };
        };
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
    quickAddEvent: {
        parameters: {
            query: {
                /**
                 * @description The sentence describing the event.
                 * @example Meeting with John tomorrow at 3pm
                 */
                text: string;
                /** @description Which guests get an e-mail about the change. */
                sendUpdates?: "all" | "externalOnly" | "none";
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
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
                    "application/json": components["schemas"]["QuickAddEventResponse"];
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
            query?: {
                /** @description IANA time zone for the times in the answer. */
                timeZone?: string;
                /** @description Cap on the attendees returned. */
                maxAttendees?: number;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
                /** @description Id of the event. */
                eventId: string;
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
            query?: {
                /** @description Which guests get an e-mail about the change. */
                sendUpdates?: "all" | "externalOnly" | "none";
                /** @description 1 keeps or changes Meet conference data. */
                conferenceDataVersion?: number;
                /** @description Set when the body carries Drive attachments. */
                supportsAttachments?: boolean;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
                /** @description Id of the event. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "Updated Meeting Title",
                 *       "start": {
                 *         "dateTime": "2024-01-15T10:00:00Z"
                 *       },
                 *       "end": {
                 *         "dateTime": "2024-01-15T11:00:00Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEventRequest"];
            };
        };
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
            query?: {
                /** @description Which guests get an e-mail about the change. */
                sendUpdates?: "all" | "externalOnly" | "none";
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
                /** @description Id of the event. */
                eventId: string;
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
    patchEvent: {
        parameters: {
            query?: {
                /** @description Which guests get an e-mail about the change. */
                sendUpdates?: "all" | "externalOnly" | "none";
                /** @description 1 keeps or changes Meet conference data. */
                conferenceDataVersion?: number;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Calendar id (usually an e-mail-like address), or `primary` for the connected account's main calendar.
                 * @example primary
                 */
                calendarId: string;
                /** @description Id of the event. */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "New Title Only"
                 *     }
                 */
                "application/json": components["schemas"]["PatchEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatchEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryFreeBusy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timeMin": "2024-01-15T00:00:00Z",
                 *       "timeMax": "2024-01-16T00:00:00Z",
                 *       "items": [
                 *         {
                 *           "id": "primary"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["QueryFreeBusyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryFreeBusyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendarList: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Only calendars on which the user has at least this role. */
                minAccessRole?: "freeBusyReader" | "reader" | "writer" | "owner";
                /** @description Include entries removed from the list. */
                showDeleted?: boolean;
                /** @description Include entries hidden from the list. */
                showHidden?: boolean;
                /** @description nextSyncToken of an earlier full listing, to get only the changes since. */
                syncToken?: string;
            };
            header?: {
                /** @description Id of the Google Calendar connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarListResponse"];
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
