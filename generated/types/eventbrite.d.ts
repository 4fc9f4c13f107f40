// Generated from providers/eventbrite.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/categories/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the top-level event categories. */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/categories/{category_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one category with its subcategories. */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event, optionally with its venue, ticket classes and category expanded. */
        get: operations["getEvent"];
        put?: never;
        /** Change an event's name, description, times or settings. */
        post: operations["updateEvent"];
        /** Delete an event that has no pending or completed orders. */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/attendees/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the attendees of an event with their ticket and check-in state. */
        get: operations["listEventAttendees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/cancel/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event that has no pending or completed orders. */
        post: operations["cancelEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the orders placed for an event. */
        get: operations["listEventOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/publish/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft event so tickets can be sold.
         * @description The event needs a name, start and end times, an organizer and at least one ticket class before it can go live.
         */
        post: operations["publishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/events/{event_id}/ticket_classes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ticket types of an event with prices and quantities. */
        get: operations["listTicketClasses"];
        put?: never;
        /** Add a ticket type to an event. */
        post: operations["createTicketClass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/formats/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the event formats such as conference, seminar or party. */
        get: operations["listFormats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/orders/{order_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one order with its buyer and costs. */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/organizations/{organization_id}/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organization's events, filtered by status or time and sorted as asked. */
        get: operations["listOrganizationEvents"];
        put?: never;
        /** Create a draft event for an organization. */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/organizations/{organization_id}/venues/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the venues an organization has saved. */
        get: operations["listOrganizationVenues"];
        put?: never;
        /** Save a new venue with its address for an organization. */
        post: operations["createVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/subcategories/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all event subcategories with their parent categories. */
        get: operations["listSubcategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/system/countries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the countries Eventbrite knows with their codes. */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/system/regions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the states and regions Eventbrite knows with their country codes. */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account of the user behind the token. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/me/orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the orders the user placed as a buyer. */
        get: operations["listMyOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/users/me/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the user is a member of. */
        get: operations["listMyOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/venues/{venue_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one venue and its address. */
        get: operations["getVenue"];
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
        CancelEventResponse: {
            canceled?: boolean;
        };
        CreateEventRequest: {
            event: components["schemas"]["CreateEventRequestEvent"];
        };
        CreateEventRequestEvent: {
            name?: {
                html: string;
            };
            description?: {
                html?: string;
            };
            summary?: string;
            start?: {
                /** @description IANA zone, e.g. America/Los_Angeles. */
                timezone: string;
                /** Format: date-time */
                utc: string;
            };
            end?: {
                timezone: string;
                /** Format: date-time */
                utc: string;
            };
            /** @description ISO 4217 code. */
            currency?: string;
            online_event?: boolean;
            organizer_id?: string;
            venue_id?: string;
            /** @description false keeps the event off public listings. */
            listed?: boolean;
            shareable?: boolean;
            invite_only?: boolean;
            capacity?: number;
            category_id?: string;
            subcategory_id?: string;
            format_id?: string;
            logo_id?: string;
        };
        CreateEventResponse: components["schemas"]["ListOrganizationEventsResponseEventsItem"];
        CreateTicketClassRequest: {
            ticket_class: {
                name: string;
                description?: string;
                /** @description Tickets available of this type. */
                quantity_total?: number;
                /**
                 * @description Currency and amount in cents, e.g. USD,2500; leave out for free tickets.
                 * @example USD,2500
                 */
                cost?: string;
                free?: boolean;
                donation?: boolean;
                minimum_quantity?: number;
                maximum_quantity?: number;
                /** Format: date-time */
                sales_start?: string;
                /** Format: date-time */
                sales_end?: string;
                hidden?: boolean;
            };
        };
        CreateTicketClassResponse: components["schemas"]["ListTicketClassesResponseTicketClassesItem"];
        CreateVenueRequest: {
            venue: {
                name: string;
                capacity?: number;
                /** @enum {string} */
                age_restriction?: "AGE_RESTRICTION_ALL_AGES" | "AGE_RESTRICTION_MIN_TWELVE" | "AGE_RESTRICTION_MIN_THIRTEEN" | "AGE_RESTRICTION_MIN_FOURTEEN" | "AGE_RESTRICTION_MIN_FIFTEEN" | "AGE_RESTRICTION_MIN_SIXTEEN" | "AGE_RESTRICTION_MIN_SEVENTEEN" | "AGE_RESTRICTION_MIN_EIGHTEEN" | "AGE_RESTRICTION_MIN_NINETEEN" | "AGE_RESTRICTION_MIN_TWENTY" | "AGE_RESTRICTION_MIN_TWENTY_ONE";
                google_place_id?: string;
                address?: {
                    address_1?: string;
                    address_2?: string;
                    city?: string;
                    /** @description State or province code. */
                    region?: string;
                    postal_code?: string;
                    /** @description ISO 3166 two-letter country code. */
                    country?: string;
                    latitude?: string;
                    longitude?: string;
                };
            };
        };
        CreateVenueResponse: components["schemas"]["ListOrganizationVenuesResponseVenuesItem"];
        DeleteEventResponse: {
            deleted?: boolean;
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
        GetCategoryResponse: {
            id?: string;
            name?: string;
            name_localized?: string;
            short_name?: string;
            resource_uri?: string;
            subcategories?: {
                id?: string;
                name?: string;
                resource_uri?: string;
            }[];
        };
        GetEventResponse: components["schemas"]["ListOrganizationEventsResponseEventsItem"];
        GetMeResponse: {
            id?: string;
            name?: string;
            first_name?: string;
            last_name?: string;
            is_public?: boolean;
            image_id?: string | null;
            emails?: {
                email?: string;
                verified?: boolean;
                primary?: boolean;
            }[];
        };
        GetOrderResponse: components["schemas"]["ListMyOrdersResponseOrdersItem"];
        GetVenueResponse: components["schemas"]["ListOrganizationVenuesResponseVenuesItem"];
        ListCategoriesResponse: {
            locale?: string;
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            categories?: components["schemas"]["ListCategoriesResponseCategoriesItem"][];
        };
        ListCategoriesResponseCategoriesItem: {
            id?: string;
            name?: string;
            name_localized?: string;
            short_name?: string;
            short_name_localized?: string;
            resource_uri?: string;
        };
        ListCountriesResponse: {
            locale?: string;
            countries?: {
                code?: string;
                label?: string;
            }[];
        };
        ListEventAttendeesResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            attendees?: {
                id?: string;
                event_id?: string;
                order_id?: string;
                ticket_class_id?: string;
                ticket_class_name?: string;
                quantity?: number;
                status?: string;
                checked_in?: boolean;
                cancelled?: boolean;
                refunded?: boolean;
                /** Format: date-time */
                created?: string;
                /** Format: date-time */
                changed?: string;
                profile?: {
                    name?: string;
                    first_name?: string;
                    last_name?: string;
                    email?: string;
                };
                costs?: Record<string, unknown>;
            }[];
        };
        ListEventOrdersResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            orders?: components["schemas"]["ListMyOrdersResponseOrdersItem"][];
        };
        ListFormatsResponse: {
            formats?: {
                id?: string;
                name?: string;
                name_localized?: string;
                short_name?: string;
                short_name_localized?: string;
                resource_uri?: string;
            }[];
        };
        ListMyOrdersResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            orders?: components["schemas"]["ListMyOrdersResponseOrdersItem"][];
        };
        ListMyOrdersResponseOrdersItem: {
            id?: string;
            event_id?: string;
            name?: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            status?: string;
            /** Format: date-time */
            created?: string;
            /** Format: date-time */
            changed?: string;
            time_remaining?: number | null;
            costs?: {
                base_price?: components["schemas"]["ListMyOrdersResponseOrdersItemCostsBasePrice"];
                gross?: components["schemas"]["ListMyOrdersResponseOrdersItemCostsBasePrice"];
                eventbrite_fee?: components["schemas"]["ListMyOrdersResponseOrdersItemCostsBasePrice"];
                payment_fee?: components["schemas"]["ListMyOrdersResponseOrdersItemCostsBasePrice"];
                tax?: components["schemas"]["ListMyOrdersResponseOrdersItemCostsBasePrice"];
            };
            resource_uri?: string;
        };
        ListMyOrdersResponseOrdersItemCostsBasePrice: {
            currency?: string;
            value?: number;
            major_value?: string;
            display?: string;
        };
        ListMyOrganizationsResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            organizations?: {
                id?: string;
                name?: string;
                vertical?: string;
                image_id?: string | null;
            }[];
        };
        ListMyOrganizationsResponsePagination: {
            object_count?: number;
            page_number?: number;
            page_size?: number;
            page_count?: number;
            continuation?: string;
            has_more_items?: boolean;
        };
        ListOrganizationEventsResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            events?: components["schemas"]["ListOrganizationEventsResponseEventsItem"][];
        };
        ListOrganizationEventsResponseEventsItem: {
            id?: string;
            name?: components["schemas"]["ListOrganizationEventsResponseEventsItemName"];
            description?: components["schemas"]["ListOrganizationEventsResponseEventsItemName"];
            summary?: string | null;
            url?: string;
            start?: components["schemas"]["ListOrganizationEventsResponseEventsItemStart"];
            end?: components["schemas"]["ListOrganizationEventsResponseEventsItemStart"];
            /** Format: date-time */
            created?: string;
            /** Format: date-time */
            changed?: string;
            published?: string | null;
            /** @enum {string} */
            status?: "draft" | "live" | "started" | "ended" | "completed" | "canceled";
            currency?: string;
            online_event?: boolean;
            listed?: boolean;
            shareable?: boolean;
            invite_only?: boolean;
            capacity?: number | null;
            is_free?: boolean;
            is_series?: boolean;
            organization_id?: string;
            organizer_id?: string;
            venue_id?: string | null;
            category_id?: string | null;
            subcategory_id?: string | null;
            format_id?: string | null;
            logo_id?: string | null;
            resource_uri?: string;
        };
        ListOrganizationEventsResponseEventsItemName: {
            text?: string | null;
            html?: string | null;
        };
        ListOrganizationEventsResponseEventsItemStart: {
            timezone?: string;
            local?: string;
            /** Format: date-time */
            utc?: string;
        };
        ListOrganizationVenuesResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            venues?: components["schemas"]["ListOrganizationVenuesResponseVenuesItem"][];
        };
        ListOrganizationVenuesResponseVenuesItem: {
            id?: string;
            name?: string;
            capacity?: number | null;
            age_restriction?: string | null;
            latitude?: string;
            longitude?: string;
            address?: {
                address_1?: string | null;
                address_2?: string | null;
                city?: string | null;
                region?: string | null;
                postal_code?: string | null;
                country?: string | null;
                localized_address_display?: string;
            };
            resource_uri?: string;
        };
        ListRegionsResponse: {
            locale?: string;
            regions?: {
                code?: string;
                label?: string;
                country_code?: string;
            }[];
        };
        ListSubcategoriesResponse: {
            locale?: string;
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            subcategories?: {
                id?: string;
                name?: string;
                parent_category?: components["schemas"]["ListCategoriesResponseCategoriesItem"];
                resource_uri?: string;
            }[];
        };
        ListTicketClassesResponse: {
            pagination?: components["schemas"]["ListMyOrganizationsResponsePagination"];
            ticket_classes?: components["schemas"]["ListTicketClassesResponseTicketClassesItem"][];
        };
        ListTicketClassesResponseTicketClassesItem: {
            id?: string;
            event_id?: string;
            name?: string;
            description?: string | null;
            cost?: Record<string, unknown> | null;
            fee?: Record<string, unknown> | null;
            free?: boolean;
            donation?: boolean;
            quantity_total?: number;
            quantity_sold?: number;
            minimum_quantity?: number;
            maximum_quantity?: number | null;
            sales_start?: string | null;
            sales_end?: string | null;
            hidden?: boolean;
            on_sale_status?: string;
            resource_uri?: string;
        };
        PublishEventResponse: {
            published?: boolean;
        };
        UpdateEventRequest: {
            event: components["schemas"]["CreateEventRequestEvent"];
        };
        UpdateEventResponse: components["schemas"]["ListOrganizationEventsResponseEventsItem"];
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
        /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCategories: {
        parameters: {
            query?: {
                /** @description Language of the names, e.g. en_US or de_DE. */
                locale?: string;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCategory: {
        parameters: {
            query?: {
                /** @description Language of the names, e.g. en_US or de_DE. */
                locale?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the category. */
                category_id: string;
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
                    "application/json": components["schemas"]["GetCategoryResponse"];
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
                /** @description Related objects to include, comma-separated: venue, ticket_classes, category, subcategory, format, organizer. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": {
                 *         "name": {
                 *           "html": "Updated Name"
                 *         }
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
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
    listEventAttendees: {
        parameters: {
            query?: {
                /** @description Attendees in this state. */
                status?: "attending" | "not_attending" | "unpaid";
                /** @description Only attendees changed after this time (UTC). */
                changed_since?: string;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
                    "application/json": components["schemas"]["ListEventAttendeesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
                    "application/json": components["schemas"]["CancelEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEventOrders: {
        parameters: {
            query?: {
                /** @description Which orders to include. */
                status?: "active" | "inactive" | "both" | "all_not_deleted";
                /** @description Only orders changed after this time (UTC). */
                changed_since?: string;
                /** @description Comma-separated buyer emails to include. */
                only_emails?: string;
                /** @description Comma-separated buyer emails to leave out. */
                exclude_emails?: string;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
                    "application/json": components["schemas"]["ListEventOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publishEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
                    "application/json": components["schemas"]["PublishEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTicketClasses: {
        parameters: {
            query?: {
                /** @description Only ticket classes sold through this channel. */
                pos?: "online" | "at_the_door";
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
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
                    "application/json": components["schemas"]["ListTicketClassesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTicketClass: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ticket_class": {
                 *         "name": "General Admission",
                 *         "quantity_total": 100,
                 *         "cost": "USD,2500"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTicketClassRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTicketClassResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormats: {
        parameters: {
            query?: {
                /** @description Language of the names, e.g. en_US or de_DE. */
                locale?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFormatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrder: {
        parameters: {
            query?: {
                /** @description Related objects to include, e.g. event,attendees. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
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
                    "application/json": components["schemas"]["GetOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationEvents: {
        parameters: {
            query?: {
                /** @description Events in this state. */
                status?: "draft" | "live" | "started" | "ended" | "completed" | "canceled" | "all";
                /** @description Sort order. */
                order_by?: "start_asc" | "start_desc" | "created_asc" | "created_desc" | "name_asc" | "name_desc";
                /** @description Past or upcoming events only. */
                time_filter?: "all" | "past" | "current_future";
                /** @description Only events whose name contains this text. */
                name_filter?: string;
                /** @description Only events priced in this currency. */
                currency_filter?: string;
                /** @description Comma-separated series ids to include. */
                series_filter?: string;
                /** @description true lists the parent of a series instead of its occurrences. */
                show_series_parent?: boolean;
                /** @description Comma-separated venue ids. */
                venue_filter?: string;
                /** @description Comma-separated organizer ids. */
                organizer_filter?: string;
                /** @description Records per page. */
                page_size?: number;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
                /** @description Related objects to include, comma-separated: venue, ticket_classes, category, subcategory, format, organizer. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (from /v3/users/me/organizations/). */
                organization_id: string;
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
                    "application/json": components["schemas"]["ListOrganizationEventsResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (from /v3/users/me/organizations/). */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": {
                 *         "name": {
                 *           "html": "My Event"
                 *         },
                 *         "start": {
                 *           "timezone": "America/Los_Angeles",
                 *           "utc": "2026-03-01T19:00:00Z"
                 *         },
                 *         "end": {
                 *           "timezone": "America/Los_Angeles",
                 *           "utc": "2026-03-01T22:00:00Z"
                 *         },
                 *         "currency": "USD"
                 *       }
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
    listOrganizationVenues: {
        parameters: {
            query?: {
                /** @description Records per page. */
                page_size?: number;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (from /v3/users/me/organizations/). */
                organization_id: string;
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
                    "application/json": components["schemas"]["ListOrganizationVenuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVenue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (from /v3/users/me/organizations/). */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "venue": {
                 *         "name": "Conference Center",
                 *         "address": {
                 *           "address_1": "123 Main St",
                 *           "city": "San Francisco",
                 *           "region": "CA",
                 *           "postal_code": "94105",
                 *           "country": "US"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateVenueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVenueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubcategories: {
        parameters: {
            query?: {
                /** @description Language of the names, e.g. en_US or de_DE. */
                locale?: string;
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSubcategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCountries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCountriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRegionsResponse"];
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
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
    listMyOrders: {
        parameters: {
            query?: {
                /** @description Only orders changed after this time (UTC). */
                changed_since?: string;
                /** @description Orders for past or upcoming events. */
                time_filter?: "all" | "past" | "current_future";
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyOrganizations: {
        parameters: {
            query?: {
                /** @description The pagination.continuation value of the previous page. */
                continuation?: string;
            };
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyOrganizationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVenue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Eventbrite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the venue. */
                venue_id: string;
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
                    "application/json": components["schemas"]["GetVenueResponse"];
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
