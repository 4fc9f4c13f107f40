// Generated from providers/kit.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v4/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List broadcasts (one-off emails), sent, scheduled and drafts. */
        get: operations["listBroadcasts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom subscriber fields. */
        get: operations["listCustomFields"];
        put?: never;
        /** Create a custom subscriber field from a label. */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/custom_fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a custom field's label (its key stays). */
        put: operations["updateCustomField"];
        post?: never;
        /** Delete a custom field and its values. */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/email_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email templates available for broadcasts and sequences. */
        get: operations["listEmailTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List forms and landing pages, optionally by status and type. */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/forms/{form_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers added through a form, optionally by status and date. */
        get: operations["listFormSubscribers"];
        put?: never;
        /** Add a subscriber given by email address to a form, as if they had signed up through it. */
        post: operations["addSubscriberToForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recorded purchases with their products. */
        get: operations["listPurchases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the segments. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email sequences. */
        get: operations["listSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/sequences/{sequence_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a subscriber given by email address to a sequence. */
        post: operations["addSubscriberToSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscribers, filtered by status, email address or creation and update dates. */
        get: operations["listSubscribers"];
        put?: never;
        /** Create a subscriber, or update the name and fields of the one with the same address. */
        post: operations["createSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/subscribers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscriber with custom field values. */
        get: operations["getSubscriber"];
        /** Change a subscriber's first name, email address or custom fields. */
        put: operations["updateSubscriber"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's tags. */
        get: operations["listTags"];
        put?: never;
        /** Create a tag. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a tag. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/tags/{tag_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers carrying a tag, optionally by status and tagging date. */
        get: operations["listTagSubscribers"];
        put?: never;
        /** Tag a subscriber given by email address. */
        post: operations["tagSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/tags/{tag_id}/subscribers/{subscriber_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a tag from a subscriber. */
        delete: operations["untagSubscriber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's webhooks. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a URL to be called on a subscriber, purchase or custom-field event. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddSubscriberToFormRequest: {
            /**
             * Format: email
             * @description Address of an existing subscriber.
             */
            email_address: string;
            /** @description Page the signup came from; UTM parameters in it are recorded. */
            referrer?: string;
        };
        AddSubscriberToFormResponse: {
            subscriber?: {
                id?: number;
                first_name?: string | null;
                email_address?: string;
                state?: string;
                created_at?: string;
                added_at?: string;
                fields?: Record<string, unknown>;
                referrer?: string | null;
            };
        };
        AddSubscriberToSequenceRequest: components["schemas"]["TagSubscriberRequest"];
        AddSubscriberToSequenceResponse: components["schemas"]["AddSubscriberToFormResponse"];
        CreateCustomFieldRequest: {
            label: string;
        };
        CreateCustomFieldResponse: {
            custom_field?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"];
        };
        CreateSubscriberRequest: {
            /** Format: email */
            email_address: string;
            first_name?: string;
            /**
             * @description inactive creates the subscriber without subscribing them yet.
             * @default active
             * @enum {string}
             */
            state?: "active" | "bounced" | "cancelled" | "complained" | "inactive";
            /** @description Custom field values keyed by field key. */
            fields?: {
                [key: string]: string;
            };
        };
        CreateSubscriberResponse: components["schemas"]["GetSubscriberResponse"];
        CreateTagRequest: {
            name: string;
        };
        CreateTagResponse: {
            tag?: components["schemas"]["ListTagsResponseTagsItem"];
        };
        CreateWebhookRequest: {
            /** Format: uri */
            target_url: string;
            event: {
                /** @enum {string} */
                name: "subscriber.subscriber_activate" | "subscriber.subscriber_unsubscribe" | "subscriber.subscriber_bounce" | "subscriber.subscriber_complain" | "subscriber.form_subscribe" | "subscriber.course_subscribe" | "subscriber.course_complete" | "subscriber.link_click" | "subscriber.product_purchase" | "subscriber.tag_add" | "subscriber.tag_remove" | "purchase.purchase_create" | "custom_field.field_created" | "custom_field.field_deleted" | "custom_field.field_value_updated";
                /** @description For subscriber.form_subscribe. */
                form_id?: number;
                /** @description For subscriber.tag_add and subscriber.tag_remove. */
                tag_id?: number;
                /** @description For the course (sequence) events. */
                sequence_id?: number;
                /** @description For subscriber.product_purchase. */
                product_id?: number;
                /** @description Link URL for subscriber.link_click. */
                initiator_value?: string;
                /** @description For custom_field.field_value_updated. */
                custom_field_id?: number;
            };
        };
        CreateWebhookResponse: {
            webhook?: components["schemas"]["ListWebhooksResponseWebhooksItem"];
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
        GetSubscriberResponse: {
            subscriber?: components["schemas"]["ListSubscribersResponseSubscribersItem"];
        };
        ListBroadcastsResponse: {
            broadcasts?: {
                id?: number;
                publication_id?: number;
                created_at?: string;
                subject?: string;
                preview_text?: string | null;
                description?: string | null;
                content?: string | null;
                public?: boolean;
                published_at?: string | null;
                send_at?: string | null;
                thumbnail_alt?: string | null;
                thumbnail_url?: string | null;
                public_url?: string | null;
                email_address?: string | null;
                email_template?: {
                    id?: number;
                    name?: string;
                };
                subscriber_filter?: Record<string, unknown>[];
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListCustomFieldsResponse: {
            custom_fields?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"][];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListCustomFieldsResponseCustomFieldsItem: {
            id?: number;
            name?: string;
            key?: string;
            label?: string;
        };
        ListEmailTemplatesResponse: {
            email_templates?: {
                id?: number;
                name?: string;
                is_default?: boolean;
                category?: string;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListFormSubscribersResponse: {
            subscribers?: {
                id?: number;
                first_name?: string | null;
                email_address?: string;
                state?: string;
                created_at?: string;
                added_at?: string;
                fields?: Record<string, unknown>;
                referrer?: string | null;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListFormsResponse: {
            forms?: {
                id?: number;
                name?: string;
                created_at?: string;
                /** @enum {string} */
                type?: "embed" | "hosted";
                /** @enum {string|null} */
                format?: "inline" | "modal" | "slide in" | "sticky bar" | null;
                embed_js?: string;
                embed_url?: string;
                archived?: boolean;
                uid?: string;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListPurchasesResponse: {
            purchases?: {
                id?: number;
                transaction_id?: string;
                status?: string;
                email_address?: string;
                currency?: string;
                transaction_time?: string;
                subtotal?: number;
                discount?: number;
                tax?: number;
                total?: number;
                products?: {
                    quantity?: number;
                    lid?: string;
                    unit_price?: number;
                    sku?: string | null;
                    name?: string;
                    pid?: string;
                }[];
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListSegmentsResponse: {
            segments?: {
                id?: number;
                name?: string;
                created_at?: string;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListSequencesResponse: {
            sequences?: {
                id?: number;
                name?: string;
                hold?: boolean;
                repeat?: boolean;
                created_at?: string;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListSubscribersResponse: {
            subscribers?: components["schemas"]["ListSubscribersResponseSubscribersItem"][];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListSubscribersResponsePagination: {
            has_previous_page?: boolean;
            has_next_page?: boolean;
            start_cursor?: string | null;
            end_cursor?: string | null;
            per_page?: number;
            total_count?: number;
        };
        ListSubscribersResponseSubscribersItem: {
            id?: number;
            first_name?: string | null;
            email_address?: string;
            /** @enum {string} */
            state?: "active" | "inactive" | "bounced" | "complained" | "cancelled";
            /** Format: date-time */
            created_at?: string;
            /** @description Custom field values keyed by field key. */
            fields?: Record<string, unknown>;
        };
        ListTagSubscribersResponse: {
            subscribers?: {
                id?: number;
                first_name?: string | null;
                email_address?: string;
                state?: string;
                created_at?: string;
                tagged_at?: string;
                fields?: Record<string, unknown>;
            }[];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListTagsResponse: {
            tags?: components["schemas"]["ListTagsResponseTagsItem"][];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListTagsResponseTagsItem: {
            id?: number;
            name?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListWebhooksResponse: {
            webhooks?: components["schemas"]["ListWebhooksResponseWebhooksItem"][];
            pagination?: components["schemas"]["ListSubscribersResponsePagination"];
        };
        ListWebhooksResponseWebhooksItem: {
            id?: number;
            account_id?: number;
            event?: {
                name?: string;
                form_id?: number | null;
                tag_id?: number | null;
                sequence_id?: number | null;
                product_id?: number | null;
                initiator_value?: string | null;
                custom_field_id?: number | null;
            };
            target_url?: string;
        };
        TagSubscriberRequest: {
            /**
             * Format: email
             * @description Address of an existing subscriber.
             */
            email_address: string;
        };
        TagSubscriberResponse: {
            subscriber?: {
                id?: number;
                first_name?: string | null;
                email_address?: string;
                state?: string;
                created_at?: string;
                tagged_at?: string;
                fields?: Record<string, unknown>;
            };
        };
        UpdateCustomFieldRequest: {
            label: string;
        };
        UpdateCustomFieldResponse: components["schemas"]["CreateCustomFieldResponse"];
        UpdateSubscriberRequest: {
            /** Format: email */
            email_address?: string;
            first_name?: string;
            fields?: {
                [key: string]: string;
            };
        };
        UpdateSubscriberResponse: components["schemas"]["GetSubscriberResponse"];
        UpdateTagRequest: {
            name: string;
        };
        UpdateTagResponse: components["schemas"]["CreateTagResponse"];
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
        /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBroadcasts: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBroadcastsResponse"];
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
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Company"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Company Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
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
    listEmailTemplates: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEmailTemplatesResponse"];
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
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
                status?: "active" | "archived" | "trashed" | "all";
                /** @description embed for forms, hosted for landing pages. */
                type?: "embed" | "hosted";
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
    listFormSubscribers: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
                status?: "active" | "inactive" | "bounced" | "complained" | "cancelled" | "all";
                /** @description Only subscribers created after this time. */
                created_after?: string;
                /** @description Only subscribers created before this time. */
                created_before?: string;
                added_after?: string;
                added_before?: string;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                form_id: number;
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
                    "application/json": components["schemas"]["ListFormSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addSubscriberToForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                form_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["AddSubscriberToFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddSubscriberToFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPurchases: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPurchasesResponse"];
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
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
    listSequences: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSequencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addSubscriberToSequence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sequence. */
                sequence_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["AddSubscriberToSequenceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddSubscriberToSequenceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscribers: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
                status?: "active" | "inactive" | "bounced" | "complained" | "cancelled" | "all";
                /** @description Only the subscriber with this address. */
                email_address?: string;
                /** @description Only subscribers created after this time. */
                created_after?: string;
                /** @description Only subscribers created before this time. */
                created_before?: string;
                updated_after?: string;
                updated_before?: string;
                sort_field?: "id" | "updated_at" | "cancelled_at";
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "user@example.com",
                 *       "first_name": "John"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubscriberRequest"];
            };
        };
        responses: {
            /** @description 201 for a new subscriber, 200 when an existing one was updated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
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
                    "application/json": components["schemas"]["GetSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Updated Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "new-tag"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description 201 for a new tag, 200 when a tag of that name already existed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "updated-tag-name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
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
    listTagSubscribers: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
                status?: "active" | "inactive" | "bounced" | "complained" | "cancelled" | "all";
                /** @description Only subscribers created after this time. */
                created_after?: string;
                /** @description Only subscribers created before this time. */
                created_before?: string;
                tagged_after?: string;
                tagged_before?: string;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: number;
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
                    "application/json": components["schemas"]["ListTagSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    tagSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "user@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["TagSubscriberRequest"];
            };
        };
        responses: {
            /** @description 201 when the tag was added, 200 when the subscriber already had it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    untagSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: number;
                /** @description Id of the subscriber. */
                subscriber_id: number;
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
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Cursor from pagination.end_cursor to read the next page. */
                after?: string;
                /** @description Cursor from pagination.start_cursor to read the previous page. */
                before?: string;
                /** @description Items per page. */
                per_page?: number;
                /** @description Add total_count to pagination (slower). */
                include_total_count?: boolean;
            };
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target_url": "https://example.com/webhook",
                 *       "event": {
                 *         "name": "subscriber.subscriber_activate"
                 *       }
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Kit connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource. */
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
}
