// Generated from providers/beehiiv.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the publications the credential can reach. */
        get: operations["listPublications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one publication, optionally with its statistics. */
        get: operations["getPublication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a publication's automations. */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/automations/{automation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one automation with its trigger events. */
        get: operations["getAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscriber custom fields defined for a publication. */
        get: operations["listCustomFields"];
        put?: never;
        /** Define a new subscriber custom field. */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a publication's posts, filtered by audience, platform, status, tags or authors. */
        get: operations["listPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/posts/{post_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one post, optionally with statistics and rendered content. */
        get: operations["getPost"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a publication's segments, filtered by type or calculation status. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one segment. */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a publication's subscriptions, filtered by status, tier or email. */
        get: operations["listSubscriptions"];
        put?: never;
        /** Subscribe an email address to the publication, with attribution and custom field values. */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/subscriptions/by_email/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the subscription of one email address. */
        get: operations["getSubscriptionByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscription by id. */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /** Delete a subscription for good, which cannot be undone; unsubscribing is the gentler option. */
        delete: operations["deleteSubscription"];
        options?: never;
        head?: never;
        /** Change a subscription's tier, custom fields or Stripe customer, or unsubscribe it. */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v2/publications/{publication_id}/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a publication's premium tiers, optionally with prices and statistics. */
        get: operations["listTiers"];
        put?: never;
        /** Create a premium tier with its prices. */
        post: operations["createTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/publications/{publication_id}/tiers/{tier_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a premium tier or change its description and prices. */
        patch: operations["updateTier"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateCustomFieldRequest: {
            /**
             * @description Type of value the field holds.
             * @enum {string}
             */
            kind: "string" | "integer" | "boolean" | "date" | "datetime" | "list" | "double";
            /** @description Name shown for the field. */
            display: string;
        };
        CreateCustomFieldResponse: {
            data?: components["schemas"]["ListCustomFieldsResponseField"];
        };
        CreateSubscriptionRequest: {
            /** Format: email */
            email: string;
            /** @description true revives a subscription that was previously ended. */
            reactivate_existing?: boolean;
            send_welcome_email?: boolean;
            utm_source?: string;
            utm_medium?: string;
            utm_campaign?: string;
            utm_term?: string;
            utm_content?: string;
            referring_site?: string;
            /** @description Code of the subscriber who referred this one. */
            referral_code?: string;
            custom_fields?: {
                name: string;
                value: unknown;
            }[];
            /**
             * @description Override the publication's double opt-in setting for this subscriber.
             * @enum {string}
             */
            double_opt_override?: "on" | "off" | "not_set";
            /** @enum {string} */
            tier?: "free" | "premium";
            /** @description Premium tier names to grant. */
            premium_tiers?: string[];
            premium_tier_ids?: string[];
            stripe_customer_id?: string;
            /** @description Automations to enrol the subscriber in. */
            automation_ids?: string[];
        };
        CreateSubscriptionResponse: components["schemas"]["GetSubscriptionResponse"];
        CreateTierRequest: {
            name: string;
            description?: string;
            prices_attributes?: components["schemas"]["CreateTierRequestPricesAttributes"];
        };
        CreateTierRequestPricesAttributes: {
            /** @description Set when changing an existing price. */
            id?: string;
            /** @description Lower-case ISO currency code, e.g. usd. */
            currency?: string;
            amount_cents?: number;
            enabled?: boolean;
            /** @enum {string} */
            interval?: "month" | "year" | "one_time" | "donation";
            interval_display?: string;
            /** @description Label of the call-to-action button. */
            cta?: string;
            features?: string[];
            /** @description true removes an existing price. */
            delete?: boolean;
        }[];
        CreateTierResponse: {
            data?: components["schemas"]["ListTiersResponseTier"];
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
        GetAutomationResponse: {
            data?: components["schemas"]["ListAutomationsResponseAutomation"];
        };
        GetPostResponse: {
            data?: components["schemas"]["ListPostsResponsePost"];
        };
        GetPublicationResponse: {
            data?: components["schemas"]["ListPublicationsResponsePublication"];
        };
        GetSegmentResponse: {
            data?: components["schemas"]["ListSegmentsResponseSegment"];
        };
        GetSubscriptionByEmailResponse: components["schemas"]["GetSubscriptionResponse"];
        GetSubscriptionResponse: {
            data?: components["schemas"]["ListSubscriptionsResponseSubscription"];
        };
        ListAutomationsResponse: {
            data?: components["schemas"]["ListAutomationsResponseAutomation"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListAutomationsResponseAutomation: {
            id?: string;
            name?: string;
            status?: string;
            trigger_events?: string[];
            description?: string | null;
        };
        ListCustomFieldsResponse: {
            data?: components["schemas"]["ListCustomFieldsResponseField"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListCustomFieldsResponseField: {
            id?: string;
            /** @enum {string} */
            kind?: "string" | "integer" | "boolean" | "date" | "datetime" | "list" | "double";
            display?: string;
            created?: number;
        };
        ListPostsResponse: {
            data?: components["schemas"]["ListPostsResponsePost"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListPostsResponsePost: {
            id?: string;
            title?: string;
            subtitle?: string;
            authors?: string[];
            created?: number;
            /** @enum {string} */
            status?: "draft" | "confirmed" | "archived";
            publish_date?: number | null;
            displayed_date?: number | null;
            split_tested?: boolean;
            subject_line?: string;
            preview_text?: string;
            slug?: string;
            thumbnail_url?: string;
            web_url?: string;
            audience?: string;
            platform?: string;
            content_tags?: string[];
            hidden_from_feed?: boolean;
            /** @description Rendered content; present when requested through expand[]. */
            content?: Record<string, unknown>;
            stats?: Record<string, unknown>;
        };
        ListPublicationsResponse: {
            data?: components["schemas"]["ListPublicationsResponsePublication"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListPublicationsResponsePublication: {
            id?: string;
            name?: string;
            organization_name?: string;
            referral_program_enabled?: boolean;
            /** @description Unix time of creation. */
            created?: number;
            /** @description Present when requested through expand[]. */
            stats?: Record<string, unknown>;
        };
        ListSegmentsResponse: {
            data?: components["schemas"]["ListSegmentsResponseSegment"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListSegmentsResponseSegment: {
            id?: string;
            name?: string;
            /** @enum {string} */
            type?: "dynamic" | "static" | "manual";
            last_calculated?: number | null;
            /** @description Subscribers matched at the last calculation. */
            total_results?: number;
            status?: string;
            active?: boolean;
            stats?: Record<string, unknown>;
        };
        ListSubscriptionsResponse: {
            data?: components["schemas"]["ListSubscriptionsResponseSubscription"][];
            limit?: number;
            has_more?: boolean;
            next_cursor?: string | null;
            total_results?: number;
        };
        ListSubscriptionsResponseSubscription: {
            id?: string;
            email?: string;
            /** @enum {string} */
            status?: "validating" | "invalid" | "pending" | "active" | "inactive";
            /** @description Unix time the subscription began. */
            created?: number;
            /** @enum {string} */
            subscription_tier?: "free" | "premium";
            subscription_premium_tier_names?: string[];
            utm_source?: string;
            utm_medium?: string;
            utm_channel?: string;
            utm_campaign?: string;
            referring_site?: string;
            referral_code?: string;
            custom_fields?: {
                name?: string;
                kind?: string;
                value?: unknown;
            }[];
            tags?: string[];
            stats?: Record<string, unknown>;
        };
        ListTiersResponse: {
            data?: components["schemas"]["ListTiersResponseTier"][];
            limit?: number;
            page?: number;
            total_results?: number;
            total_pages?: number;
        };
        ListTiersResponseTier: {
            id?: string;
            name?: string;
            description?: string | null;
            status?: string;
            prices?: {
                id?: string;
                currency?: string;
                amount_cents?: number;
                enabled?: boolean;
                /** @enum {string} */
                interval?: "month" | "year" | "one_time" | "donation";
                interval_display?: string;
                cta?: string;
                features?: string[];
            }[];
            stats?: Record<string, unknown>;
        };
        UpdateSubscriptionRequest: {
            /** @enum {string} */
            tier?: "free" | "premium";
            premium_tiers?: string[];
            premium_tier_ids?: string[];
            stripe_customer_id?: string;
            /** @description true ends the subscription. */
            unsubscribe?: boolean;
            custom_fields?: {
                name: string;
                value?: unknown;
                /** @description true clears the field's value. */
                delete?: boolean;
            }[];
        };
        UpdateSubscriptionResponse: components["schemas"]["GetSubscriptionResponse"];
        UpdateTierRequest: {
            name?: string;
            description?: string;
            prices_attributes?: components["schemas"]["CreateTierRequestPricesAttributes"];
        };
        UpdateTierResponse: {
            data?: components["schemas"]["ListTiersResponseTier"];
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
        /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPublications: {
        parameters: {
            query?: {
                /** @description Statistics to add to each publication. */
                "expand[]"?: ("stats" | "stat_active_subscriptions" | "stat_active_premium_subscriptions" | "stat_active_free_subscriptions" | "stat_average_open_rate" | "stat_average_click_rate" | "stat_total_sent" | "stat_total_unique_opened" | "stat_total_clicked")[];
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
                order_by?: "created" | "name";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPublicationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPublication: {
        parameters: {
            query?: {
                "expand[]"?: ("stats" | "stat_active_subscriptions" | "stat_active_premium_subscriptions" | "stat_active_free_subscriptions" | "stat_average_open_rate" | "stat_average_click_rate" | "stat_total_sent" | "stat_total_unique_opened" | "stat_total_clicked")[];
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["GetPublicationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAutomations: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListAutomationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAutomation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the automation, starting with aut_. */
                automation_id: string;
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
                    "application/json": components["schemas"]["GetAutomationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListCustomFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "string",
                 *       "display": "Company"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /** @description Statistics or rendered content to add to each post. */
                "expand[]"?: ("stats" | "free_web_content" | "free_email_content" | "free_rss_content" | "premium_web_content" | "premium_email_content")[];
                audience?: "free" | "premium" | "all";
                platform?: "web" | "email" | "both" | "all";
                /** @description confirmed covers scheduled and published posts. */
                status?: "draft" | "confirmed" | "archived" | "all";
                /** @description Only posts carrying any of these tags. */
                "content_tags[]"?: string[];
                "slugs[]"?: string[];
                "authors[]"?: string[];
                "premium_tiers[]"?: string[];
                hidden_from_feed?: "all" | "true" | "false";
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
                order_by?: "created" | "publish_date" | "displayed_date";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListPostsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPost: {
        parameters: {
            query?: {
                /** @description Statistics or rendered content to add to each post. */
                "expand[]"?: ("stats" | "free_web_content" | "free_email_content" | "free_rss_content" | "premium_web_content" | "premium_email_content")[];
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the post, starting with post_. */
                post_id: string;
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
                    "application/json": components["schemas"]["GetPostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSegments: {
        parameters: {
            query?: {
                type?: "dynamic" | "static" | "manual" | "all";
                /** @description State of the latest calculation. */
                status?: "pending" | "processing" | "completed" | "failed" | "all";
                "expand[]"?: "stats"[];
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
                order_by?: "created" | "last_calculated";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListSegmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSegment: {
        parameters: {
            query?: {
                "expand[]"?: "stats"[];
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the segment, starting with seg_. */
                segment_id: string;
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
                    "application/json": components["schemas"]["GetSegmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description Extra parts to add to each subscription. */
                "expand[]"?: ("stats" | "custom_fields" | "referrals" | "tags" | "subscription_premium_tiers")[];
                status?: "validating" | "invalid" | "pending" | "active" | "inactive" | "all";
                tier?: "free" | "premium" | "all";
                /** @description Only subscriptions on these premium tier names. */
                "premium_tiers[]"?: string[];
                /** @description Only subscriptions on these premium tier ids. */
                "premium_tier_ids[]"?: string[];
                /** @description Only the subscription with this address (exact match). */
                email?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description next_cursor of the previous page; leave out for the first page. */
                cursor?: string;
                /** @description Page number for the older page-based paging (superseded by cursor). */
                page?: number;
                order_by?: "created" | "email";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListSubscriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "subscriber@example.com",
                 *       "utm_source": "api"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscriptionByEmail: {
        parameters: {
            query?: {
                /** @description Extra parts to add to each subscription. */
                "expand[]"?: ("stats" | "custom_fields" | "referrals" | "tags" | "subscription_premium_tiers")[];
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Email address of the subscriber (URL-encoded). */
                email: string;
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
                    "application/json": components["schemas"]["GetSubscriptionByEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscription: {
        parameters: {
            query?: {
                /** @description Extra parts to add to each subscription. */
                "expand[]"?: ("stats" | "custom_fields" | "referrals" | "tags" | "subscription_premium_tiers")[];
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the subscription, starting with sub_. */
                subscription_id: string;
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
                    "application/json": components["schemas"]["GetSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the subscription, starting with sub_. */
                subscription_id: string;
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
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the subscription, starting with sub_. */
                subscription_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unsubscribe": false,
                 *       "custom_fields": [
                 *         {
                 *           "name": "First Name",
                 *           "value": "Ann"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTiers: {
        parameters: {
            query?: {
                "expand[]"?: ("stats" | "prices")[];
                /** @description Items per page. */
                limit?: number;
                /** @description Page number (at most 100 pages can be reached). */
                page?: number;
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
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
                    "application/json": components["schemas"]["ListTiersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Supporter",
                 *       "description": "Monthly supporter tier",
                 *       "prices_attributes": [
                 *         {
                 *           "currency": "usd",
                 *           "amount_cents": 500,
                 *           "interval": "month",
                 *           "enabled": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTierRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTierResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the beehiiv connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the publication, e.g. pub_00000000-0000-0000-0000-000000000000. */
                publication_id: string;
                /** @description Id of the premium tier, starting with tier_. */
                tier_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Now with a yearly plan",
                 *       "prices_attributes": [
                 *         {
                 *           "currency": "usd",
                 *           "amount_cents": 5000,
                 *           "interval": "year",
                 *           "enabled": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTierRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTierResponse"];
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
