// Generated from providers/gumroad.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/licenses/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn a license key off so that verifying it fails. */
        put: operations["disableLicense"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/licenses/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn a disabled license key back on. */
        put: operations["enableLicense"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/licenses/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a license key against a product and, by default, count one more use of it. */
        post: operations["verifyLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all of the user's products. */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one product with its price, variants and sales totals. */
        get: operations["getProduct"];
        /** Change a product's name, description or price. */
        put: operations["updateProduct"];
        post?: never;
        /** Delete a product for good. */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the extra fields buyers fill in when buying a product. */
        get: operations["listCustomFields"];
        put?: never;
        /** Add a checkout field to a product. */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/custom_fields/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a checkout field required or optional. */
        put: operations["updateCustomField"];
        post?: never;
        /** Remove a checkout field from a product. */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/offer_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the discount codes of a product. */
        get: operations["listOfferCodes"];
        put?: never;
        /** Create a discount code for a product, as a fixed amount in cents or a percentage. */
        post: operations["createOfferCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/offer_codes/{offer_code_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change how many times a discount code may be used. */
        put: operations["updateOfferCode"];
        post?: never;
        /** Delete a discount code. */
        delete: operations["deleteOfferCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the active subscribers of a membership or subscription product. */
        get: operations["listSubscribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/variant_categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the variant categories (such as size or format) of a product. */
        get: operations["listVariantCategories"];
        put?: never;
        /** Add a variant category to a product. */
        post: operations["createVariantCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/variant_categories/{variant_category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a variant category and its variants. */
        delete: operations["deleteVariantCategory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/variant_categories/{variant_category_id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the variants in a variant category. */
        get: operations["listVariants"];
        put?: never;
        /** Add a variant with its price difference to a variant category. */
        post: operations["createVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{product_id}/variant_categories/{variant_category_id}/variants/{variant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a variant's name, price difference or purchase limit. */
        put: operations["updateVariant"];
        post?: never;
        /** Delete a variant. */
        delete: operations["deleteVariant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/resource_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook subscriptions for one kind of event. */
        get: operations["listResourceSubscriptions"];
        /** Subscribe a URL to one kind of event so Gumroad posts to it when the event happens. */
        put: operations["createResourceSubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/resource_subscriptions/{resource_subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a webhook subscription. */
        delete: operations["deleteResourceSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through sales, newest first, optionally by date range, buyer email, order or product. */
        get: operations["listSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sales/{sale_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sale. */
        get: operations["getSale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/subscribers/{subscriber_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscriber and the state of their subscription. */
        get: operations["getSubscriber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the user the token belongs to. */
        get: operations["getUser"];
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
        CreateCustomFieldRequest: {
            /** @description Label of the field; it also identifies the field later. */
            name: string;
            /**
             * @description true makes buyers fill it in.
             * @default false
             */
            required?: boolean;
        };
        CreateCustomFieldResponse: {
            success?: boolean;
            custom_field?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"];
        };
        CreateOfferCodeRequest: {
            /** @description The code buyers type. */
            name: string;
            /** @description Discount in cents or in percent depending on offer_type. */
            amount_off: number;
            /**
             * @default cents
             * @enum {string}
             */
            offer_type?: "cents" | "percent";
            /** @description How often the code may be used. */
            max_purchase_count?: number;
            /**
             * @description true makes the code valid for all of the user's products.
             * @default false
             */
            universal?: boolean;
        };
        CreateOfferCodeResponse: {
            success?: boolean;
            offer_code?: components["schemas"]["ListOfferCodesResponseOfferCodesItem"];
        };
        CreateResourceSubscriptionRequest: {
            /** @enum {string} */
            resource_name: "sale" | "refund" | "dispute" | "dispute_won" | "cancellation" | "subscription_updated" | "subscription_ended" | "subscription_restarted";
            /**
             * Format: uri
             * @description Address that receives the event posts.
             */
            post_url: string;
        };
        CreateResourceSubscriptionResponse: {
            success?: boolean;
            resource_subscription?: components["schemas"]["ListResourceSubscriptionsResponseResourceSubscriptionsItem"];
        };
        CreateVariantCategoryRequest: {
            /** @description Name of the category, e.g. Size. */
            title: string;
        };
        CreateVariantCategoryResponse: {
            success?: boolean;
            variant_category?: components["schemas"]["ListVariantCategoriesResponseVariantCategoriesItem"];
        };
        CreateVariantRequest: {
            name: string;
            /** @description Amount added to the product price for this variant. */
            price_difference_cents: number;
            max_purchase_count?: number;
        };
        CreateVariantResponse: {
            success?: boolean;
            variant?: components["schemas"]["ListVariantsResponseVariantsItem"];
        };
        DeleteCustomFieldResponse: components["schemas"]["DeleteProductResponse"];
        DeleteOfferCodeResponse: components["schemas"]["DeleteProductResponse"];
        DeleteProductResponse: {
            success?: boolean;
            message?: string;
        };
        DeleteResourceSubscriptionResponse: components["schemas"]["DeleteProductResponse"];
        DeleteVariantCategoryResponse: components["schemas"]["DeleteProductResponse"];
        DeleteVariantResponse: components["schemas"]["DeleteProductResponse"];
        DisableLicenseRequest: components["schemas"]["EnableLicenseRequest"];
        DisableLicenseResponse: components["schemas"]["VerifyLicenseResponse"];
        EnableLicenseRequest: {
            product_id: string;
            license_key: string;
        };
        EnableLicenseResponse: components["schemas"]["VerifyLicenseResponse"];
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
        GetProductResponse: {
            success?: boolean;
            product?: components["schemas"]["ListProductsResponseProductsItem"];
        };
        GetSaleResponse: {
            success?: boolean;
            sale?: components["schemas"]["ListSalesResponseSalesItem"];
        };
        GetSubscriberResponse: {
            success?: boolean;
            subscriber?: components["schemas"]["ListSubscribersResponseSubscribersItem"];
        };
        GetUserResponse: {
            success?: boolean;
            user?: {
                user_id?: string;
                name?: string;
                email?: string;
                bio?: string | null;
                twitter_handle?: string | null;
                url?: string;
            };
        };
        ListCustomFieldsResponse: {
            success?: boolean;
            custom_fields?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"][];
        };
        ListCustomFieldsResponseCustomFieldsItem: {
            name?: string;
            required?: boolean;
        };
        ListOfferCodesResponse: {
            success?: boolean;
            offer_codes?: components["schemas"]["ListOfferCodesResponseOfferCodesItem"][];
        };
        ListOfferCodesResponseOfferCodesItem: {
            id?: string;
            name?: string;
            amount_cents?: number;
            percent_off?: number;
            max_purchase_count?: number | null;
            universal?: boolean;
            times_used?: number;
        };
        ListProductsResponse: {
            success?: boolean;
            products?: components["schemas"]["ListProductsResponseProductsItem"][];
        };
        ListProductsResponseProductsItem: {
            id?: string;
            name?: string;
            description?: string;
            custom_permalink?: string | null;
            custom_receipt?: string | null;
            custom_summary?: string | null;
            preview_url?: string | null;
            thumbnail_url?: string | null;
            short_url?: string;
            formatted_price?: string;
            /** @description Price in cents. */
            price?: number;
            currency?: string;
            customizable_price?: boolean | null;
            max_purchase_count?: number | null;
            deleted?: boolean;
            published?: boolean;
            is_tiered_membership?: boolean;
            subscription_duration?: string | null;
            sales_count?: number;
            sales_usd_cents?: number;
            file_info?: Record<string, unknown>;
            tags?: string[];
            variants?: Record<string, unknown>[];
            custom_fields?: Record<string, unknown>[];
        };
        ListResourceSubscriptionsResponse: {
            success?: boolean;
            resource_subscriptions?: components["schemas"]["ListResourceSubscriptionsResponseResourceSubscriptionsItem"][];
        };
        ListResourceSubscriptionsResponseResourceSubscriptionsItem: {
            id?: string;
            resource_name?: string;
            post_url?: string;
        };
        ListSalesResponse: {
            success?: boolean;
            next_page_url?: string;
            /** @description Absent on the last page. */
            next_page_key?: string;
            sales?: components["schemas"]["ListSalesResponseSalesItem"][];
        };
        ListSalesResponseSalesItem: {
            id?: string;
            email?: string;
            seller_id?: string;
            timestamp?: string;
            daystamp?: string;
            /** Format: date-time */
            created_at?: string;
            product_name?: string;
            product_id?: string;
            product_permalink?: string;
            permalink?: string;
            price?: number;
            gumroad_fee?: number;
            currency_symbol?: string;
            formatted_display_price?: string;
            formatted_total_price?: string;
            quantity?: number;
            order_id?: number;
            sale_id?: string;
            subscription_id?: string | null;
            variants?: Record<string, unknown>;
            offer_code?: Record<string, unknown> | null;
            license_key?: string | null;
            refunded?: boolean;
            partially_refunded?: boolean;
            chargedback?: boolean;
            shipped?: boolean;
            is_gift_receiver_purchase?: boolean;
            custom_fields?: Record<string, unknown>;
        };
        ListSubscribersResponse: {
            success?: boolean;
            next_page_url?: string;
            next_page_key?: string;
            subscribers?: components["schemas"]["ListSubscribersResponseSubscribersItem"][];
        };
        ListSubscribersResponseSubscribersItem: {
            id?: string;
            product_id?: string;
            product_name?: string;
            user_id?: string;
            user_email?: string;
            purchase_ids?: string[];
            /** Format: date-time */
            created_at?: string;
            /** @enum {string} */
            status?: "alive" | "pending_cancellation" | "pending_failure" | "failed_payment" | "fixed_subscription_period_ended" | "cancelled";
            recurrence?: string;
            charge_occurrence_count?: number | null;
            ended_at?: string | null;
            failed_at?: string | null;
            free_trial_ends_at?: string | null;
            cancelled_at?: string | null;
            license_key?: string | null;
        };
        ListVariantCategoriesResponse: {
            success?: boolean;
            variant_categories?: components["schemas"]["ListVariantCategoriesResponseVariantCategoriesItem"][];
        };
        ListVariantCategoriesResponseVariantCategoriesItem: {
            id?: string;
            title?: string;
        };
        ListVariantsResponse: {
            success?: boolean;
            variants?: components["schemas"]["ListVariantsResponseVariantsItem"][];
        };
        ListVariantsResponseVariantsItem: {
            id?: string;
            name?: string;
            price_difference_cents?: number;
            max_purchase_count?: number | null;
        };
        UpdateCustomFieldRequest: {
            required?: boolean;
        };
        UpdateCustomFieldResponse: components["schemas"]["CreateCustomFieldResponse"];
        UpdateOfferCodeRequest: {
            max_purchase_count?: number;
        };
        UpdateOfferCodeResponse: components["schemas"]["CreateOfferCodeResponse"];
        UpdateProductRequest: {
            name?: string;
            description?: string;
            /** @description New price in cents. */
            price?: number;
            /** @description true lets buyers pay what they want above the price. */
            customizable_price?: boolean;
            custom_permalink?: string;
            max_purchase_count?: number;
        };
        UpdateProductResponse: components["schemas"]["GetProductResponse"];
        UpdateVariantRequest: {
            name?: string;
            price_difference_cents?: number;
            max_purchase_count?: number;
        };
        UpdateVariantResponse: components["schemas"]["CreateVariantResponse"];
        VerifyLicenseRequest: {
            /** @description Product the key was sold with. */
            product_id: string;
            /** @description The key the buyer entered. */
            license_key: string;
            /**
             * @description false checks the key without counting a use.
             * @default true
             */
            increment_uses_count?: boolean;
        };
        VerifyLicenseResponse: {
            success?: boolean;
            /** @description How often the key has been verified. */
            uses?: number;
            purchase?: {
                id?: string;
                email?: string;
                product_id?: string;
                product_name?: string;
                license_key?: string;
                sale_timestamp?: string;
                refunded?: boolean;
                disputed?: boolean;
                chargebacked?: boolean;
                subscription_cancelled_at?: string | null;
                subscription_failed_at?: string | null;
                variants?: string;
                quantity?: number;
            };
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
        /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    disableLicense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DisableLicenseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisableLicenseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enableLicense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EnableLicenseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnableLicenseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    verifyLicense: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "product_id": "{product_id}",
                 *       "license_key": "{license_key}"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["VerifyLicenseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyLicenseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProductsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                    "application/json": components["schemas"]["GetProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                    "application/json": components["schemas"]["DeleteProductResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateCustomFieldRequest"];
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
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Name of the custom field (URL-encoded). */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCustomFieldRequest"];
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
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Name of the custom field (URL-encoded). */
                name: string;
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
                    "application/json": components["schemas"]["DeleteCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOfferCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                    "application/json": components["schemas"]["ListOfferCodesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOfferCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateOfferCodeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOfferCodeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOfferCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the offer code. */
                offer_code_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateOfferCodeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOfferCodeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteOfferCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the offer code. */
                offer_code_id: string;
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
                    "application/json": components["schemas"]["DeleteOfferCodeResponse"];
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
                /** @description Only subscribers with this email. */
                email?: string;
                /** @description true returns pages with next_page_key instead of everything at once. */
                paginated?: boolean;
                /** @description The next_page_key of the previous answer (with paginated=true). */
                page_key?: string;
            };
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
    listVariantCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                    "application/json": components["schemas"]["ListVariantCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVariantCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateVariantCategoryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVariantCategoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVariantCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the variant category. */
                variant_category_id: string;
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
                    "application/json": components["schemas"]["DeleteVariantCategoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVariants: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the variant category. */
                variant_category_id: string;
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
                    "application/json": components["schemas"]["ListVariantsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVariant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the variant category. */
                variant_category_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateVariantRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVariantResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateVariant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the variant category. */
                variant_category_id: string;
                /** @description Id of the variant. */
                variant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateVariantRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateVariantResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVariant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
                /** @description Id of the variant category. */
                variant_category_id: string;
                /** @description Id of the variant. */
                variant_id: string;
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
                    "application/json": components["schemas"]["DeleteVariantResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listResourceSubscriptions: {
        parameters: {
            query: {
                /** @description The event kind to list subscriptions for. */
                resource_name: "sale" | "refund" | "dispute" | "dispute_won" | "cancellation" | "subscription_updated" | "subscription_ended" | "subscription_restarted";
            };
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListResourceSubscriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createResourceSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resource_name": "sale",
                 *       "post_url": "https://example.com/webhook"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateResourceSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResourceSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteResourceSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the resource subscription. */
                resource_subscription_id: string;
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
                    "application/json": components["schemas"]["DeleteResourceSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSales: {
        parameters: {
            query?: {
                /** @description Only sales made after this date (YYYY-MM-DD). */
                after?: string;
                /** @description Only sales made before this date (YYYY-MM-DD). */
                before?: string;
                /** @description Only sales of this product. */
                product_id?: string;
                /** @description Only sales to this buyer email. */
                email?: string;
                /** @description Only the sale with this order number. */
                order_id?: string;
                /** @description The next_page_key of the previous answer. */
                page_key?: string;
                /** @description Older page-number paging; prefer page_key. */
                page?: number;
            };
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSalesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSale: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sale. */
                sale_id: string;
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
                    "application/json": components["schemas"]["GetSaleResponse"];
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
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscriber. */
                subscriber_id: string;
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
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Gumroad connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserResponse"];
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
