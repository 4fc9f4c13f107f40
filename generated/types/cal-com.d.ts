// Generated from providers/cal-com.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bookings, filtered by status, attendee, event type or time and paged with take and skip. */
        get: operations["listBookings"];
        put?: never;
        /** Book a free slot of an event type for an attendee. */
        post: operations["createBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one booking by its uid. */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking, optionally with a reason and for all later occurrences of a recurring one. */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the connected calendars and which of them are checked for conflicts and written to. */
        get: operations["listCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/conferencing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the installed conferencing apps (Zoom, Google Meet, Cal Video …). */
        get: operations["listConferencingApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/conferencing/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read which conferencing app new meetings use by default. */
        get: operations["getDefaultConferencingApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's event types, or a named user's public ones. */
        get: operations["listEventTypes"];
        put?: never;
        /** Create an event type with a title, URL slug and length. */
        post: operations["createEventType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/event-types/{eventTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event type. */
        get: operations["getEventType"];
        put?: never;
        post?: never;
        /** Delete an event type. */
        delete: operations["deleteEventType"];
        options?: never;
        head?: never;
        /** Change fields of an event type. */
        patch: operations["updateEventType"];
        trace?: never;
    };
    "/v2/event-types/{eventTypeId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks attached to one event type. */
        get: operations["listEventTypeWebhooks"];
        put?: never;
        /** Attach a webhook to an event type for the chosen booking triggers. */
        post: operations["createEventTypeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/event-types/{eventTypeId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one webhook of an event type. */
        get: operations["getEventTypeWebhook"];
        put?: never;
        post?: never;
        /** Remove a webhook from an event type. */
        delete: operations["deleteEventTypeWebhook"];
        options?: never;
        head?: never;
        /** Change the URL, triggers, template or active state of an event type's webhook. */
        patch: operations["updateEventTypeWebhook"];
        trace?: never;
    };
    "/v2/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the account the key or token belongs to. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the profile's name, email, time zone, week start, time format, locale or default schedule. */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v2/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an availability schedule with weekly hours and date overrides. */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's default availability schedule. */
        get: operations["getDefaultSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one availability schedule. */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        /** Delete an availability schedule. */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        /** Change a schedule's name, time zone, weekly hours, overrides or default flag. */
        patch: operations["updateSchedule"];
        trace?: never;
    };
    "/v2/slots/available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the bookable start times of an event type between two instants, grouped by day. */
        get: operations["getAvailableSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/slots/reserve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold a slot for a short time while an attendee completes the booking. */
        post: operations["reserveSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams the account belongs to. */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/verified-resources/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email addresses the account has verified for use in workflows. */
        get: operations["listVerifiedEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account-level webhooks. */
        get: operations["listWebhooks"];
        put?: never;
        /** Create an account-level webhook that fires for all of the account's bookings. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one account-level webhook. */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete an account-level webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change an account-level webhook. */
        patch: operations["updateWebhook"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CancelBookingRequest: {
            cancellationReason?: string;
            /** @description For a recurring booking, also cancel the occurrences after this one. */
            cancelSubsequentBookings?: boolean;
        };
        CancelBookingResponse: components["schemas"]["GetBookingResponse"];
        CreateBookingRequest: {
            /**
             * Format: date-time
             * @description Start of the slot in UTC.
             */
            start: string;
            /** @description Event type to book; or give eventTypeSlug with username or teamSlug. */
            eventTypeId?: number;
            eventTypeSlug?: string;
            username?: string;
            teamSlug?: string;
            organizationSlug?: string;
            /** @description Only for event types that offer several lengths. */
            lengthInMinutes?: number;
            attendee: {
                name: string;
                /** Format: email */
                email: string;
                /** @description IANA time zone of the attendee. */
                timeZone: string;
                /** @description Language code for notifications such as en. */
                language?: string;
                phoneNumber?: string;
            };
            guests?: string[];
            /** @description Where the meeting takes place when the event type offers a choice. */
            location?: Record<string, unknown> | string;
            /** @description Answers to the event type's custom booking questions. */
            bookingFieldsResponses?: {
                [key: string]: unknown;
            };
            metadata?: {
                [key: string]: string;
            };
        };
        CreateBookingResponse: components["schemas"]["GetBookingResponse"];
        CreateEventTypeRequest: {
            title: string;
            /** @description Part of the booking URL. */
            slug: string;
            /** @description Duration of the meeting. */
            lengthInMinutes: number;
            description?: string;
            /** @description true keeps it off the public profile. */
            hidden?: boolean;
            locations?: {
                type?: string;
                address?: string;
                link?: string;
                public?: boolean;
            }[];
            bookingFields?: Record<string, unknown>[];
            disableGuests?: boolean;
            /** @description Minutes between offered start times. */
            slotInterval?: number;
            /** @description Minutes of notice a booking needs. */
            minimumBookingNotice?: number;
            beforeEventBuffer?: number;
            afterEventBuffer?: number;
            /** @description Availability schedule to use instead of the default one. */
            scheduleId?: number;
        };
        CreateEventTypeResponse: {
            status?: string;
            data?: components["schemas"]["ListEventTypesResponseEventType"];
        };
        CreateEventTypeWebhookRequest: {
            /**
             * Format: uri
             * @description Address the events are posted to.
             */
            subscriberUrl: string;
            /** @description Events to deliver, such as BOOKING_CREATED, BOOKING_RESCHEDULED, BOOKING_CANCELLED or MEETING_ENDED. */
            triggers: string[];
            active: boolean;
            /** @description Custom body template with {{variables}}; the full payload is sent when omitted. */
            payloadTemplate?: string;
            /** @description Key used to sign deliveries. */
            secret?: string;
        };
        CreateEventTypeWebhookResponse: {
            status?: string;
            data?: components["schemas"]["ListEventTypeWebhooksResponseWebhook"];
        };
        CreateScheduleRequest: {
            name: string;
            /** @description IANA time zone the hours are in. */
            timeZone: string;
            /** @description Make it the account's default schedule. */
            isDefault: boolean;
            availability?: components["schemas"]["GetDefaultScheduleResponseDataAvailability"];
            overrides?: components["schemas"]["GetDefaultScheduleResponseDataOverrides"];
        };
        CreateScheduleResponse: components["schemas"]["GetDefaultScheduleResponse"];
        CreateWebhookRequest: components["schemas"]["CreateEventTypeWebhookRequest"];
        CreateWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
        DeleteEventTypeResponse: {
            status?: string;
            data?: {
                id?: number;
                title?: string;
                slug?: string;
            };
        };
        DeleteEventTypeWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
        DeleteScheduleResponse: {
            status?: string;
        };
        DeleteWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
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
        GetAvailableSlotsResponse: {
            status?: string;
            data?: {
                /** @description Keyed by date (YYYY-MM-DD). */
                slots?: {
                    [key: string]: {
                        /** Format: date-time */
                        time?: string;
                    }[];
                };
            };
        };
        GetBookingResponse: {
            status?: string;
            data?: components["schemas"]["ListBookingsResponseBooking"];
        };
        GetDefaultConferencingAppResponse: {
            status?: string;
            data?: {
                appSlug?: string;
                appLink?: string | null;
            };
        };
        GetDefaultScheduleResponse: {
            status?: string;
            data?: {
                id?: number;
                ownerId?: number;
                name?: string;
                timeZone?: string;
                isDefault?: boolean;
                availability?: components["schemas"]["GetDefaultScheduleResponseDataAvailability"];
                overrides?: components["schemas"]["GetDefaultScheduleResponseDataOverrides"];
            };
        };
        GetDefaultScheduleResponseDataAvailability: {
            days?: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
            startTime?: string;
            endTime?: string;
        }[];
        GetDefaultScheduleResponseDataOverrides: {
            /** Format: date */
            date?: string;
            startTime?: string;
            endTime?: string;
        }[];
        GetEventTypeResponse: components["schemas"]["CreateEventTypeResponse"];
        GetEventTypeWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
        GetMeResponse: {
            /** @enum {string} */
            status?: "success" | "error";
            data?: {
                id?: number;
                username?: string;
                email?: string;
                name?: string | null;
                timeZone?: string;
                weekStart?: string;
                /** @enum {integer} */
                timeFormat?: 12 | 24;
                defaultScheduleId?: number | null;
                locale?: string | null;
                avatarUrl?: string | null;
                bio?: string | null;
                organizationId?: number | null;
                /** Format: date-time */
                createdDate?: string;
            };
        };
        GetScheduleResponse: components["schemas"]["GetDefaultScheduleResponse"];
        GetWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
        ListBookingsResponse: {
            status?: string;
            data?: components["schemas"]["ListBookingsResponseBooking"][];
            pagination?: {
                totalItems?: number;
                remainingItems?: number;
                hasNextPage?: boolean;
                currentPage?: number;
                totalPages?: number;
            };
        };
        ListBookingsResponseBooking: {
            id?: number;
            uid?: string;
            title?: string;
            description?: string | null;
            /** @enum {string} */
            status?: "accepted" | "cancelled" | "rejected" | "pending";
            /** Format: date-time */
            start?: string;
            /** Format: date-time */
            end?: string;
            duration?: number;
            eventTypeId?: number;
            meetingUrl?: string | null;
            location?: string | null;
            hosts?: {
                id?: number;
                name?: string;
                email?: string;
                timeZone?: string;
            }[];
            attendees?: {
                name?: string;
                email?: string;
                timeZone?: string;
                language?: string;
                absent?: boolean;
            }[];
            guests?: string[];
            cancellationReason?: string | null;
            /** Format: date-time */
            createdAt?: string;
        };
        ListCalendarsResponse: {
            status?: string;
            data?: {
                connectedCalendars?: Record<string, unknown>[];
                destinationCalendar?: Record<string, unknown>;
            };
        };
        ListConferencingAppsResponse: {
            status?: string;
            data?: {
                id?: number;
                type?: string;
                appId?: string;
                userId?: number;
                invalid?: boolean;
            }[];
        };
        ListEventTypeWebhooksResponse: {
            status?: string;
            data?: components["schemas"]["ListEventTypeWebhooksResponseWebhook"][];
        };
        ListEventTypeWebhooksResponseWebhook: {
            id?: string;
            /** Format: uri */
            subscriberUrl?: string;
            triggers?: string[];
            active?: boolean;
            payloadTemplate?: string | null;
            secret?: string | null;
            eventTypeId?: number;
            userId?: number;
        };
        ListEventTypesResponse: {
            status?: string;
            data?: components["schemas"]["ListEventTypesResponseEventType"][];
        };
        ListEventTypesResponseEventType: {
            id?: number;
            title?: string;
            slug?: string;
            lengthInMinutes?: number;
            description?: string | null;
            hidden?: boolean;
            locations?: Record<string, unknown>[];
            bookingFields?: Record<string, unknown>[];
            scheduleId?: number | null;
            ownerId?: number;
            users?: Record<string, unknown>[];
        };
        ListTeamsResponse: {
            status?: string;
            data?: {
                id?: number;
                name?: string;
                slug?: string | null;
                isOrganization?: boolean;
                parentId?: number | null;
            }[];
        };
        ListVerifiedEmailsResponse: {
            status?: string;
            data?: {
                id?: number;
                email?: string;
                userId?: number;
                teamId?: number | null;
            }[];
        };
        ListWebhooksResponse: {
            status?: string;
            data?: components["schemas"]["ListEventTypeWebhooksResponseWebhook"][];
        };
        ReserveSlotRequest: {
            eventTypeId: number;
            /** Format: date-time */
            slotUtcStartDate: string;
            /** Format: date-time */
            slotUtcEndDate: string;
            /** @description Booking being rescheduled, if any. */
            bookingUid?: string;
        };
        ReserveSlotResponse: {
            status?: string;
            /** @description Uid of the reservation. */
            data?: string;
        };
        UpdateEventTypeRequest: {
            title?: string;
            slug?: string;
            lengthInMinutes?: number;
            description?: string;
            hidden?: boolean;
            scheduleId?: number;
        };
        UpdateEventTypeResponse: components["schemas"]["CreateEventTypeResponse"];
        UpdateEventTypeWebhookRequest: {
            /** Format: uri */
            subscriberUrl?: string;
            triggers?: string[];
            active?: boolean;
            payloadTemplate?: string;
            secret?: string;
        };
        UpdateEventTypeWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
        UpdateMeRequest: {
            name?: string;
            /** Format: email */
            email?: string;
            /** @description IANA time zone such as Europe/Berlin. */
            timeZone?: string;
            /** @enum {string} */
            weekStart?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
            /** @enum {integer} */
            timeFormat?: 12 | 24;
            defaultScheduleId?: number;
            locale?: string;
            /** Format: uri */
            avatarUrl?: string;
            bio?: string;
        };
        UpdateMeResponse: components["schemas"]["GetMeResponse"];
        UpdateScheduleRequest: {
            name?: string;
            timeZone?: string;
            isDefault?: boolean;
            availability?: components["schemas"]["GetDefaultScheduleResponseDataAvailability"];
            overrides?: components["schemas"]["GetDefaultScheduleResponseDataOverrides"];
        };
        UpdateScheduleResponse: components["schemas"]["GetDefaultScheduleResponse"];
        UpdateWebhookRequest: components["schemas"]["UpdateEventTypeWebhookRequest"];
        UpdateWebhookResponse: components["schemas"]["CreateEventTypeWebhookResponse"];
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
        /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBookings: {
        parameters: {
            query?: {
                /**
                 * @description One or more of upcoming, recurring, past, cancelled and unconfirmed, comma-separated.
                 * @example upcoming
                 */
                status?: string;
                /** @description Only bookings with this attendee email. */
                attendeeEmail?: string;
                /** @description Only bookings with this attendee name. */
                attendeeName?: string;
                /** @description Only bookings of this event type. */
                eventTypeId?: number;
                /** @description Comma-separated event type ids. */
                eventTypeIds?: string;
                /** @description Only bookings of this team's event types. */
                teamId?: number;
                /** @description Only bookings starting after this time. */
                afterStart?: string;
                /** @description Only bookings ending before this time. */
                beforeEnd?: string;
                /** @description Only bookings created after this time. */
                afterCreatedAt?: string;
                /** @description Only bookings created before this time. */
                beforeCreatedAt?: string;
                /** @description Only bookings updated after this time. */
                afterUpdatedAt?: string;
                /** @description Order by start time. */
                sortStart?: "asc" | "desc";
                /** @description Order by end time. */
                sortEnd?: "asc" | "desc";
                /** @description Order by creation time. */
                sortCreated?: "asc" | "desc";
                /** @description Bookings per page (100 by default). */
                take?: number;
                /** @description Bookings to skip. */
                skip?: number;
            };
            header: {
                /** @description Version of the bookings endpoints; send this value. */
                "cal-api-version": "2024-08-13";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBookingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the bookings endpoints; send this value. */
                "cal-api-version": "2024-08-13";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start": "2026-03-10T15:00:00Z",
                 *       "eventTypeId": 123,
                 *       "attendee": {
                 *         "name": "Jane Smith",
                 *         "email": "jane@example.com",
                 *         "timeZone": "America/New_York",
                 *         "language": "en"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateBookingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBookingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the bookings endpoints; send this value. */
                "cal-api-version": "2024-08-13";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id (uid) of the booking. */
                bookingUid: string;
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
                    "application/json": components["schemas"]["GetBookingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the bookings endpoints; send this value. */
                "cal-api-version": "2024-08-13";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Unique id (uid) of the booking. */
                bookingUid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "cancellationReason": "Schedule conflict"
                 *     }
                 */
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelBookingResponse"];
                };
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
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
    listConferencingApps: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListConferencingAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDefaultConferencingApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetDefaultConferencingAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEventTypes: {
        parameters: {
            query?: {
                /** @description List the public event types of this user. */
                username?: string;
                /** @description With username, only the event type with this slug. */
                eventSlug?: string;
                /** @description Comma-separated usernames whose shared (dynamic) event types to list. */
                usernames?: string;
                /** @description Slug of the organization the users belong to. */
                orgSlug?: string;
                /** @description Id of the organization the users belong to. */
                orgId?: number;
                /** @description Order by creation time. */
                sortCreatedAt?: "asc" | "desc";
            };
            header: {
                /** @description Version of the event-types endpoints; send this value. */
                "cal-api-version": "2024-06-14";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEventTypesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEventType: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the event-types endpoints; send this value. */
                "cal-api-version": "2024-06-14";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Intro call",
                 *       "slug": "intro-call",
                 *       "lengthInMinutes": 30
                 *     }
                 */
                "application/json": components["schemas"]["CreateEventTypeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventTypeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEventType: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the event-types endpoints; send this value. */
                "cal-api-version": "2024-06-14";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
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
                    "application/json": components["schemas"]["GetEventTypeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEventType: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the event-types endpoints; send this value. */
                "cal-api-version": "2024-06-14";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
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
                    "application/json": components["schemas"]["DeleteEventTypeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateEventType: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the event-types endpoints; send this value. */
                "cal-api-version": "2024-06-14";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Intro call (45 min)",
                 *       "lengthInMinutes": 45
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEventTypeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateEventTypeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEventTypeWebhooks: {
        parameters: {
            query?: {
                /** @description Webhooks per page. */
                take?: number;
                /** @description Webhooks to skip. */
                skip?: number;
            };
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
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
                    "application/json": components["schemas"]["ListEventTypeWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEventTypeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscriberUrl": "https://example.com/webhook",
                 *       "triggers": [
                 *         "BOOKING_CREATED",
                 *         "BOOKING_CANCELLED"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateEventTypeWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventTypeWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEventTypeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
                /** @description Id of the webhook. */
                webhookId: string;
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
                    "application/json": components["schemas"]["GetEventTypeWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEventTypeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
                /** @description Id of the webhook. */
                webhookId: string;
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
                    "application/json": components["schemas"]["DeleteEventTypeWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateEventTypeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the event type. */
                eventTypeId: number;
                /** @description Id of the webhook. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEventTypeWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateEventTypeWebhookResponse"];
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
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
    updateMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timeZone": "America/New_York",
                 *       "weekStart": "Monday"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the schedules endpoints; send this value. */
                "cal-api-version": "2024-06-11";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Working hours",
                 *       "timeZone": "Europe/London",
                 *       "isDefault": false,
                 *       "availability": [
                 *         {
                 *           "days": [
                 *             "Monday",
                 *             "Tuesday",
                 *             "Wednesday",
                 *             "Thursday",
                 *             "Friday"
                 *           ],
                 *           "startTime": "09:00",
                 *           "endTime": "17:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDefaultSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the schedules endpoints; send this value. */
                "cal-api-version": "2024-06-11";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetDefaultScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the schedules endpoints; send this value. */
                "cal-api-version": "2024-06-11";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the schedule. */
                scheduleId: number;
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
                    "application/json": components["schemas"]["GetScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the schedules endpoints; send this value. */
                "cal-api-version": "2024-06-11";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the schedule. */
                scheduleId: number;
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
                    "application/json": components["schemas"]["DeleteScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSchedule: {
        parameters: {
            query?: never;
            header: {
                /** @description Version of the schedules endpoints; send this value. */
                "cal-api-version": "2024-06-11";
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the schedule. */
                scheduleId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Summer hours"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAvailableSlots: {
        parameters: {
            query: {
                /** @description Event type to check; or give eventTypeSlug with usernameList. */
                eventTypeId?: number;
                eventTypeSlug?: string;
                /** @description Users for a dynamic (multi-user) event. */
                usernameList?: string[];
                /** @description Start of the window (ISO 8601). */
                startTime: string;
                /** @description End of the window (ISO 8601). */
                endTime: string;
                /** @description Length in minutes, for event types with several lengths. */
                duration?: number;
                /** @description Time zone the slots are returned in. */
                timeZone?: string;
                /** @description Uid of a booking being rescheduled, so its own slot counts as free. */
                rescheduleUid?: string;
                orgSlug?: string;
            };
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAvailableSlotsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reserveSlot: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventTypeId": 123,
                 *       "slotUtcStartDate": "2026-03-10T15:00:00Z",
                 *       "slotUtcEndDate": "2026-03-10T15:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ReserveSlotRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReserveSlotResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVerifiedEmails: {
        parameters: {
            query?: {
                /** @description Items per page. */
                take?: number;
                /** @description Items to skip. */
                skip?: number;
            };
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListVerifiedEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Webhooks per page. */
                take?: number;
                /** @description Webhooks to skip. */
                skip?: number;
            };
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscriberUrl": "https://example.com/webhook",
                 *       "triggers": [
                 *         "BOOKING_CREATED"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
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
                    "application/json": components["schemas"]["GetWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
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
                    "application/json": components["schemas"]["DeleteWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Cal.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "triggers": [
                 *         "BOOKING_CREATED",
                 *         "BOOKING_RESCHEDULED"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
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
