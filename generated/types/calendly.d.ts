// Generated from providers/calendly.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/event_type_available_times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the open start times of an event type within a window of up to seven days. */
        get: operations["listEventTypeAvailableTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event types of a user or of a whole organization. */
        get: operations["listEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event_types/{uuid}": {
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization_memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of an organization, or the memberships of one user. */
        get: operations["listOrganizationMemberships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduled_events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List booked events of a user, group or organization, filtered by status and start time. */
        get: operations["listScheduledEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduled_events/{event_uuid}/invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the invitees of a scheduled event with their answers and status. */
        get: operations["listEventInvitees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduled_events/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one scheduled event. */
        get: operations["getScheduledEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduled_events/{uuid}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled event, optionally with a reason shown to invitees. */
        post: operations["cancelScheduledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_busy_times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's busy blocks (Calendly events and connected calendars) within up to seven days. */
        get: operations["listUserBusyTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected user, including their URI, scheduling link and current organization. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook subscriptions of an organization, user or group. */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /** Subscribe a callback URL to invitee or routing-form events of an organization, user or group. */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook_subscriptions/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook subscription so no further events are delivered. */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CancelScheduledEventRequest: {
            /** @description Why the event is canceled. */
            reason?: string;
        };
        CancelScheduledEventResponse: {
            resource?: {
                canceled_by?: string;
                reason?: string | null;
                /** @enum {string} */
                canceler_type?: "host" | "invitee";
                /** Format: date-time */
                created_at?: string;
            };
        };
        CreateWebhookSubscriptionRequest: {
            /**
             * Format: uri
             * @description HTTPS address the events are posted to.
             */
            url: string;
            events: ("invitee.created" | "invitee.canceled" | "invitee_no_show.created" | "invitee_no_show.deleted" | "routing_form_submission.created")[];
            /**
             * Format: uri
             * @description URI of the organization the subscription belongs to.
             */
            organization: string;
            /**
             * Format: uri
             * @description URI of the user; required when scope is user.
             */
            user?: string;
            /**
             * Format: uri
             * @description URI of the group; required when scope is group.
             */
            group?: string;
            /** @enum {string} */
            scope: "organization" | "user" | "group";
            /** @description Secret used to sign deliveries so the receiver can verify them. */
            signing_key?: string;
        };
        CreateWebhookSubscriptionResponse: {
            resource?: components["schemas"]["ListWebhookSubscriptionsResponseWebhook"];
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
            resource?: components["schemas"]["GetCurrentUserResponseResource"];
        };
        GetCurrentUserResponseResource: {
            /** Format: uri */
            uri?: string;
            name?: string;
            slug?: string;
            email?: string;
            /** Format: uri */
            scheduling_url?: string;
            timezone?: string;
            avatar_url?: string | null;
            /** Format: uri */
            current_organization?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        GetEventTypeResponse: {
            resource?: components["schemas"]["ListEventTypesResponseEventType"];
        };
        GetScheduledEventResponse: {
            resource?: components["schemas"]["ListScheduledEventsResponseScheduledEvent"];
        };
        ListEventInviteesResponse: {
            collection?: {
                /** Format: uri */
                uri?: string;
                name?: string;
                email?: string;
                /** @enum {string} */
                status?: "active" | "canceled";
                timezone?: string;
                /** Format: uri */
                event?: string;
                rescheduled?: boolean;
                questions_and_answers?: {
                    question?: string;
                    answer?: string;
                    position?: number;
                }[];
                /** Format: uri */
                cancel_url?: string;
                /** Format: uri */
                reschedule_url?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                updated_at?: string;
            }[];
            pagination?: components["schemas"]["ListEventTypesResponsePagination"];
        };
        ListEventTypeAvailableTimesResponse: {
            collection?: {
                status?: string;
                invitees_remaining?: number;
                /** Format: date-time */
                start_time?: string;
                /** Format: uri */
                scheduling_url?: string;
            }[];
        };
        ListEventTypesResponse: {
            collection?: components["schemas"]["ListEventTypesResponseEventType"][];
            pagination?: components["schemas"]["ListEventTypesResponsePagination"];
        };
        ListEventTypesResponseEventType: {
            /** Format: uri */
            uri?: string;
            name?: string;
            slug?: string;
            active?: boolean;
            /** @enum {string} */
            kind?: "solo" | "group";
            type?: string;
            /** @description Length in minutes. */
            duration?: number;
            /** Format: uri */
            scheduling_url?: string;
            color?: string;
            description_plain?: string | null;
            profile?: {
                type?: string;
                name?: string;
                owner?: string;
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListEventTypesResponsePagination: {
            count?: number;
            next_page?: string | null;
            next_page_token?: string | null;
            previous_page?: string | null;
            previous_page_token?: string | null;
        };
        ListOrganizationMembershipsResponse: {
            collection?: {
                /** Format: uri */
                uri?: string;
                /** @enum {string} */
                role?: "owner" | "admin" | "user";
                /** Format: uri */
                organization?: string;
                user?: components["schemas"]["GetCurrentUserResponseResource"];
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                updated_at?: string;
            }[];
            pagination?: components["schemas"]["ListEventTypesResponsePagination"];
        };
        ListScheduledEventsResponse: {
            collection?: components["schemas"]["ListScheduledEventsResponseScheduledEvent"][];
            pagination?: components["schemas"]["ListEventTypesResponsePagination"];
        };
        ListScheduledEventsResponseScheduledEvent: {
            /** Format: uri */
            uri?: string;
            name?: string;
            /** @enum {string} */
            status?: "active" | "canceled";
            /** Format: date-time */
            start_time?: string;
            /** Format: date-time */
            end_time?: string;
            /** Format: uri */
            event_type?: string;
            location?: {
                type?: string;
                location?: string;
                join_url?: string;
            };
            invitees_counter?: {
                total?: number;
                active?: number;
                limit?: number;
            };
            event_memberships?: {
                user?: string;
                user_email?: string;
                user_name?: string;
            }[];
            event_guests?: {
                email?: string;
            }[];
            cancellation?: {
                canceled_by?: string;
                reason?: string | null;
                canceler_type?: string;
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListUserBusyTimesResponse: {
            collection?: {
                /** @enum {string} */
                type?: "calendly" | "external" | "reserved";
                /** Format: date-time */
                start_time?: string;
                /** Format: date-time */
                end_time?: string;
                /** Format: date-time */
                buffered_start_time?: string;
                /** Format: date-time */
                buffered_end_time?: string;
                event?: {
                    /** Format: uri */
                    uri?: string;
                };
            }[];
        };
        ListWebhookSubscriptionsResponse: {
            collection?: components["schemas"]["ListWebhookSubscriptionsResponseWebhook"][];
            pagination?: components["schemas"]["ListEventTypesResponsePagination"];
        };
        ListWebhookSubscriptionsResponseWebhook: {
            /** Format: uri */
            uri?: string;
            /** Format: uri */
            callback_url?: string;
            /** @enum {string} */
            state?: "active" | "disabled";
            events?: string[];
            /** @enum {string} */
            scope?: "organization" | "user" | "group";
            /** Format: uri */
            organization?: string;
            user?: string | null;
            group?: string | null;
            creator?: string;
            retry_started_at?: string | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
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
        /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEventTypeAvailableTimes: {
        parameters: {
            query: {
                /** @description URI of the event type. */
                event_type: string;
                /** @description Window start (ISO 8601, in the future). */
                start_time: string;
                /** @description Window end; no more than seven days after start_time. */
                end_time: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEventTypeAvailableTimesResponse"];
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
                /** @description URI of the user whose event types to list; give user or organization. */
                user?: string;
                /** @description URI of the organization whose event types to list. */
                organization?: string;
                /** @description true lists only active event types, false only inactive ones. */
                active?: boolean;
                /** @description Limit to (or exclude) admin-managed event types. */
                admin_managed?: boolean;
                /** @description Only event types that use this availability schedule (with user). */
                user_availability_schedule?: string;
                /** @description Sort field and direction, e.g. name:asc or position:desc. */
                sort?: string;
                /** @description Items per page (20 by default). */
                count?: number;
                /** @description Token of the page to fetch (pagination.next_page_token of the previous page). */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
    getEventType: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The resource's UUID (the last segment of its URI). */
                uuid: string;
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
    listOrganizationMemberships: {
        parameters: {
            query?: {
                /** @description URI of the organization; give organization or user. */
                organization?: string;
                /** @description URI of a user whose memberships to list. */
                user?: string;
                /** @description Only the membership of this email address. */
                email?: string;
                /** @description Only members with this role. */
                role?: "owner" | "admin" | "user";
                /** @description Items per page (20 by default). */
                count?: number;
                /** @description Token of the page to fetch. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrganizationMembershipsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listScheduledEvents: {
        parameters: {
            query?: {
                /** @description URI of the user whose events to list. */
                user?: string;
                /** @description URI of the organization whose events to list (admins). */
                organization?: string;
                /** @description URI of a group whose events to list. */
                group?: string;
                /** @description Only events with an invitee of this email address. */
                invitee_email?: string;
                /** @description Only events in this state. */
                status?: "active" | "canceled";
                /** @description Only events starting at or after this time. */
                min_start_time?: string;
                /** @description Only events starting before this time. */
                max_start_time?: string;
                /** @description Order by start time. */
                sort?: "start_time:asc" | "start_time:desc";
                /** @description Items per page (20 by default). */
                count?: number;
                /** @description Token of the page to fetch. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListScheduledEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEventInvitees: {
        parameters: {
            query?: {
                /** @description Only invitees in this state. */
                status?: "active" | "canceled";
                /** @description Only the invitee with this email address. */
                email?: string;
                /** @description Order by creation time. */
                sort?: "created_at:asc" | "created_at:desc";
                /** @description Items per page (20 by default). */
                count?: number;
                /** @description Token of the page to fetch. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the scheduled event. */
                event_uuid: string;
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
                    "application/json": components["schemas"]["ListEventInviteesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getScheduledEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The resource's UUID (the last segment of its URI). */
                uuid: string;
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
                    "application/json": components["schemas"]["GetScheduledEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelScheduledEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The resource's UUID (the last segment of its URI). */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Meeting rescheduled"
                 *     }
                 */
                "application/json": components["schemas"]["CancelScheduledEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelScheduledEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserBusyTimes: {
        parameters: {
            query: {
                /** @description URI of the user. */
                user: string;
                /** @description Window start (ISO 8601). */
                start_time: string;
                /** @description Window end; no more than seven days after start_time. */
                end_time: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUserBusyTimesResponse"];
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
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
    listWebhookSubscriptions: {
        parameters: {
            query: {
                /** @description URI of the organization. */
                organization: string;
                /** @description Which level of subscriptions to list. */
                scope: "organization" | "user" | "group";
                /** @description URI of the user (scope user). */
                user?: string;
                /** @description URI of the group (scope group). */
                group?: string;
                /** @description Order by creation time. */
                sort?: "created_at:asc" | "created_at:desc";
                /** @description Items per page (20 by default). */
                count?: number;
                /** @description Token of the page to fetch. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhookSubscriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhook",
                 *       "events": [
                 *         "invitee.created",
                 *         "invitee.canceled"
                 *       ],
                 *       "organization": "ORGANIZATION_URI",
                 *       "scope": "organization"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Calendly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The resource's UUID (the last segment of its URI). */
                uuid: string;
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
}
