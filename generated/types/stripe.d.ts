// Generated from providers/stripe.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the account's available and pending funds per currency. */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through charges, optionally of one customer or payment intent. */
        get: operations["listCharges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through coupons. */
        get: operations["listCoupons"];
        put?: never;
        /** Create a coupon for a percentage or a fixed amount off. */
        post: operations["createCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coupons/{couponId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a coupon; discounts already applied stay. */
        delete: operations["deleteCoupon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through customers, newest first, optionally by email or creation date. */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer. */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one customer. */
        get: operations["getCustomer"];
        put?: never;
        /** Change a customer; fields left out stay as they are. */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the last 30 days of account events, optionally of given types. */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through invoices, optionally of one customer, subscription or status. */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice with its lines. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment_intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a payment of an amount from a customer, to be confirmed now or later. */
        post: operations["createPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment_methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the payment methods of a customer, optionally of one type. */
        get: operations["listPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment_methods/{paymentMethodId}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a payment method to a customer so it can be charged again. */
        post: operations["attachPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payment_methods/{paymentMethodId}/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detach a payment method from its customer; it can not be used again. */
        post: operations["detachPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through prices, optionally of one product or type. */
        get: operations["listPrices"];
        put?: never;
        /** Create a one-off or recurring price for a product. */
        post: operations["createPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through products, optionally only active ones. */
        get: operations["listProducts"];
        put?: never;
        /** Create a product, optionally with a default price. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through refunds, optionally of one charge or payment intent. */
        get: operations["listRefunds"];
        put?: never;
        /** Refund all or part of a charge or payment intent. */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through subscriptions, optionally of one customer, price or status. */
        get: operations["listSubscriptions"];
        put?: never;
        /** Start a subscription of a customer to one or more prices. */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscription with its items. */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        /** Cancel a subscription at once; it can not be resumed afterwards. */
        delete: operations["cancelSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AttachPaymentMethodRequest: {
            customer: string;
        };
        AttachPaymentMethodResponse: components["schemas"]["ListPaymentMethodsResponseDataItem"];
        CancelSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseDataItem"];
        /** @description Give either percent_off or amount_off with currency. */
        CreateCouponRequest: {
            /** @description Your own code for the coupon. */
            id?: string;
            name?: string;
            percent_off?: number;
            amount_off?: number;
            currency?: string;
            /**
             * @default once
             * @enum {string}
             */
            duration?: "forever" | "once" | "repeating";
            /** @description Needed when duration is repeating. */
            duration_in_months?: number;
            max_redemptions?: number;
            /** @description Unix time after which it can no longer be redeemed. */
            redeem_by?: number;
            applies_to?: {
                products?: string[];
            };
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreateCouponResponse: components["schemas"]["ListCouponsResponseDataItem"];
        CreateCustomerRequest: {
            /** Format: email */
            email?: string;
            name?: string;
            phone?: string;
            description?: string;
            /** @description Payment method to attach to the new customer. */
            payment_method?: string;
            invoice_settings?: {
                default_payment_method?: string;
            };
            address?: components["schemas"]["CreateCustomerRequestAddress"];
            shipping?: {
                name?: string;
                phone?: string;
                address?: components["schemas"]["CreateCustomerRequestAddress"];
            };
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreateCustomerRequestAddress: {
            line1?: string;
            line2?: string;
            city?: string;
            state?: string;
            postal_code?: string;
            country?: string;
        };
        /** @description Up to 50 key-value pairs of your own. */
        CreateCustomerRequestMetadata: {
            [key: string]: string;
        };
        CreateCustomerResponse: components["schemas"]["ListCustomersResponseDataItem"];
        CreatePaymentIntentRequest: {
            /** @description Amount in the smallest currency unit. */
            amount: number;
            currency: string;
            customer?: string;
            payment_method?: string;
            payment_method_types?: string[];
            automatic_payment_methods?: {
                enabled?: boolean;
            };
            /** @description true confirms the payment in the same call. */
            confirm?: boolean;
            /** @enum {string} */
            capture_method?: "automatic" | "automatic_async" | "manual";
            off_session?: boolean;
            /** @enum {string} */
            setup_future_usage?: "on_session" | "off_session";
            description?: string;
            receipt_email?: string;
            statement_descriptor?: string;
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreatePaymentIntentResponse: {
            id?: string;
            object?: string;
            amount?: number;
            amount_received?: number;
            currency?: string;
            customer?: string | null;
            /** @enum {string} */
            status?: "requires_payment_method" | "requires_confirmation" | "requires_action" | "processing" | "requires_capture" | "canceled" | "succeeded";
            /** @description Handed to the browser or app that completes the payment. */
            client_secret?: string;
            payment_method?: string | null;
            latest_charge?: string | null;
            created?: number;
            livemode?: boolean;
        };
        CreatePriceRequest: {
            /** @description Three-letter ISO code in lower case, e.g. usd. */
            currency: string;
            /** @description Price in the smallest currency unit. */
            unit_amount?: number;
            unit_amount_decimal?: string;
            /** @description Product the price belongs to. */
            product?: string;
            /** @description Creates a product together with the price. */
            product_data?: {
                name?: string;
            };
            recurring?: {
                /** @enum {string} */
                interval?: "day" | "week" | "month" | "year";
                interval_count?: number;
                /** @enum {string} */
                usage_type?: "licensed" | "metered";
            };
            /** @enum {string} */
            billing_scheme?: "per_unit" | "tiered";
            lookup_key?: string;
            nickname?: string;
            active?: boolean;
            /** @enum {string} */
            tax_behavior?: "exclusive" | "inclusive" | "unspecified";
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreatePriceResponse: components["schemas"]["ListPricesResponseDataItem"];
        CreateProductRequest: {
            name: string;
            description?: string;
            /** @default true */
            active?: boolean;
            /** @description Your own id for the product. */
            id?: string;
            images?: string[];
            default_price_data?: {
                currency?: string;
                unit_amount?: number;
                recurring?: {
                    /** @enum {string} */
                    interval?: "day" | "week" | "month" | "year";
                };
            };
            tax_code?: string;
            url?: string;
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreateProductResponse: components["schemas"]["ListProductsResponseDataItem"];
        /** @description Give either charge or payment_intent. */
        CreateRefundRequest: {
            charge?: string;
            payment_intent?: string;
            /** @description Part to refund; the whole remaining amount when omitted. */
            amount?: number;
            /** @enum {string} */
            reason?: "duplicate" | "fraudulent" | "requested_by_customer";
            refund_application_fee?: boolean;
            reverse_transfer?: boolean;
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreateRefundResponse: components["schemas"]["ListRefundsResponseDataItem"];
        CreateSubscriptionRequest: {
            customer: string;
            items: {
                price?: string;
                quantity?: number;
            }[];
            default_payment_method?: string;
            /** @enum {string} */
            collection_method?: "charge_automatically" | "send_invoice";
            /** @description Needed with send_invoice. */
            days_until_due?: number;
            trial_period_days?: number;
            /** @description Unix time the trial ends. */
            trial_end?: number;
            cancel_at_period_end?: boolean;
            coupon?: string;
            /** @enum {string} */
            payment_behavior?: "allow_incomplete" | "default_incomplete" | "error_if_incomplete" | "pending_if_incomplete";
            /** @enum {string} */
            proration_behavior?: "always_invoice" | "create_prorations" | "none";
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        CreateSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseDataItem"];
        DeleteCouponResponse: {
            id?: string;
            object?: string;
            deleted?: boolean;
        };
        DetachPaymentMethodResponse: components["schemas"]["ListPaymentMethodsResponseDataItem"];
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GetBalanceResponse: {
            object?: string;
            livemode?: boolean;
            available?: components["schemas"]["GetBalanceResponseAvailable"];
            pending?: components["schemas"]["GetBalanceResponseAvailable"];
            connect_reserved?: components["schemas"]["GetBalanceResponseAvailable"];
        };
        GetBalanceResponseAvailable: {
            amount?: number;
            currency?: string;
            source_types?: Record<string, unknown>;
        }[];
        GetCustomerResponse: components["schemas"]["ListCustomersResponseDataItem"];
        GetInvoiceResponse: components["schemas"]["ListInvoicesResponseDataItem"];
        GetSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseDataItem"];
        ListChargesResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: {
                id?: string;
                object?: string;
                amount?: number;
                amount_refunded?: number;
                currency?: string;
                customer?: string | null;
                payment_intent?: string | null;
                /** @enum {string} */
                status?: "succeeded" | "pending" | "failed";
                paid?: boolean;
                refunded?: boolean;
                captured?: boolean;
                description?: string | null;
                created?: number;
                livemode?: boolean;
            }[];
        };
        ListCouponsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListCouponsResponseDataItem"][];
        };
        ListCouponsResponseDataItem: {
            id?: string;
            object?: string;
            name?: string | null;
            percent_off?: number | null;
            amount_off?: number | null;
            currency?: string | null;
            /** @enum {string} */
            duration?: "forever" | "once" | "repeating";
            duration_in_months?: number | null;
            max_redemptions?: number | null;
            times_redeemed?: number;
            valid?: boolean;
            created?: number;
            livemode?: boolean;
        };
        ListCustomersResponse: {
            /** @enum {string} */
            object?: "list";
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListCustomersResponseDataItem"][];
        };
        ListCustomersResponseDataItem: {
            id?: string;
            object?: string;
            email?: string | null;
            name?: string | null;
            phone?: string | null;
            description?: string | null;
            balance?: number;
            currency?: string | null;
            created?: number;
            delinquent?: boolean;
            livemode?: boolean;
            metadata?: {
                [key: string]: string;
            };
            invoice_settings?: {
                default_payment_method?: string | null;
            };
        };
        ListEventsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: {
                id?: string;
                object?: string;
                type?: string;
                api_version?: string | null;
                created?: number;
                livemode?: boolean;
                pending_webhooks?: number;
                data?: {
                    object?: Record<string, unknown>;
                    previous_attributes?: Record<string, unknown>;
                };
                request?: {
                    id?: string | null;
                    idempotency_key?: string | null;
                };
            }[];
        };
        ListInvoicesResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListInvoicesResponseDataItem"][];
        };
        ListInvoicesResponseDataItem: {
            id?: string;
            object?: string;
            customer?: string;
            subscription?: string | null;
            /** @enum {string} */
            status?: "draft" | "open" | "paid" | "uncollectible" | "void";
            number?: string | null;
            currency?: string;
            amount_due?: number;
            amount_paid?: number;
            amount_remaining?: number;
            total?: number;
            due_date?: number | null;
            hosted_invoice_url?: string | null;
            invoice_pdf?: string | null;
            created?: number;
            livemode?: boolean;
            lines?: {
                data?: Record<string, unknown>[];
            };
        };
        ListPaymentMethodsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListPaymentMethodsResponseDataItem"][];
        };
        ListPaymentMethodsResponseDataItem: {
            id?: string;
            object?: string;
            type?: string;
            customer?: string | null;
            billing_details?: Record<string, unknown>;
            card?: {
                brand?: string;
                last4?: string;
                exp_month?: number;
                exp_year?: number;
            };
            created?: number;
            livemode?: boolean;
        };
        ListPricesResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListPricesResponseDataItem"][];
        };
        ListPricesResponseDataItem: {
            id?: string;
            object?: string;
            product?: string;
            active?: boolean;
            currency?: string;
            unit_amount?: number | null;
            /** @enum {string} */
            type?: "one_time" | "recurring";
            recurring?: {
                interval?: string;
                interval_count?: number;
            } | null;
            lookup_key?: string | null;
            nickname?: string | null;
            created?: number;
            livemode?: boolean;
            metadata?: Record<string, unknown>;
        };
        ListProductsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListProductsResponseDataItem"][];
        };
        ListProductsResponseDataItem: {
            id?: string;
            object?: string;
            name?: string;
            description?: string | null;
            active?: boolean;
            default_price?: string | null;
            images?: string[];
            created?: number;
            updated?: number;
            livemode?: boolean;
            metadata?: Record<string, unknown>;
        };
        ListRefundsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListRefundsResponseDataItem"][];
        };
        ListRefundsResponseDataItem: {
            id?: string;
            object?: string;
            amount?: number;
            currency?: string;
            charge?: string | null;
            payment_intent?: string | null;
            reason?: string | null;
            /** @enum {string} */
            status?: "pending" | "requires_action" | "succeeded" | "failed" | "canceled";
            created?: number;
        };
        ListSubscriptionsResponse: {
            object?: string;
            url?: string;
            has_more?: boolean;
            data?: components["schemas"]["ListSubscriptionsResponseDataItem"][];
        };
        ListSubscriptionsResponseDataItem: {
            id?: string;
            object?: string;
            customer?: string;
            status?: string;
            cancel_at_period_end?: boolean;
            canceled_at?: number | null;
            collection_method?: string;
            currency?: string;
            created?: number;
            start_date?: number;
            latest_invoice?: string | null;
            items?: {
                data?: {
                    id?: string;
                    price?: components["schemas"]["ListPricesResponseDataItem"];
                    quantity?: number;
                    current_period_start?: number;
                    current_period_end?: number;
                }[];
            };
            livemode?: boolean;
            metadata?: Record<string, unknown>;
        };
        UpdateCustomerRequest: {
            /** Format: email */
            email?: string;
            name?: string;
            phone?: string;
            description?: string;
            /** @description Id of a source to make the customer's default. */
            default_source?: string;
            invoice_settings?: {
                default_payment_method?: string;
            };
            address?: components["schemas"]["CreateCustomerRequestAddress"];
            shipping?: {
                name?: string;
                phone?: string;
                address?: components["schemas"]["CreateCustomerRequestAddress"];
            };
            metadata?: components["schemas"]["CreateCustomerRequestMetadata"];
        };
        UpdateCustomerResponse: components["schemas"]["ListCustomersResponseDataItem"];
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
        /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getBalance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetBalanceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCharges: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                customer?: string;
                payment_intent?: string;
                transfer_group?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChargesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCoupons: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCouponsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCoupon: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "percent_off": 25,
                 *       "duration": "once"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateCouponRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCouponResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCoupon: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the coupon. */
                couponId: string;
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
                    /**
                     * @example {
                     *       "id": "25OFF",
                     *       "object": "coupon",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeleteCouponResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                /** @description Exact email address (case-sensitive). */
                email?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                test_clock?: string;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCustomersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "email": "customer@example.com",
                 *       "name": "John Doe",
                 *       "description": "New customer"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomer: {
        parameters: {
            query?: {
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer (cus_…). */
                customerId: string;
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
                    "application/json": components["schemas"]["GetCustomerResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer (cus_…). */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "newemail@example.com"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomerResponse"];
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
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                /** @description One event type, or a wildcard such as customer.*. */
                type?: string;
                /** @description Up to 20 event types. */
                "types[]"?: string[];
                /** @description Only events whose webhook delivery succeeded (true) or failed (false). */
                delivery_success?: boolean;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
    listInvoices: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                customer?: string;
                subscription?: string;
                status?: "draft" | "open" | "paid" | "uncollectible" | "void";
                collection_method?: "charge_automatically" | "send_invoice";
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInvoicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getInvoice: {
        parameters: {
            query?: {
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the invoice (in_…). */
                invoiceId: string;
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
                    "application/json": components["schemas"]["GetInvoiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPaymentIntent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 1999,
                 *       "currency": "usd",
                 *       "customer": "cus_XXX"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreatePaymentIntentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePaymentIntentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: {
                /** @description Customer whose payment methods to list. */
                customer?: string;
                /** @description Kind of payment method, e.g. card, us_bank_account or sepa_debit. */
                type?: string;
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPaymentMethodsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    attachPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment method (pm_…). */
                paymentMethodId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer": "cus_XXX"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AttachPaymentMethodRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachPaymentMethodResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    detachPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the payment method (pm_…). */
                paymentMethodId: string;
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
                    "application/json": components["schemas"]["DetachPaymentMethodResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPrices: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                active?: boolean;
                /** @description Only prices of this product. */
                product?: string;
                currency?: string;
                type?: "one_time" | "recurring";
                "recurring[interval]"?: "day" | "week" | "month" | "year";
                "lookup_keys[]"?: string[];
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPricesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unit_amount": 1999,
                 *       "currency": "usd",
                 *       "product": "prod_XXX",
                 *       "recurring": {
                 *         "interval": "month"
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreatePriceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePriceResponse"];
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
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                /** @description Only active (true) or archived (false) products. */
                active?: boolean;
                /** @description Only these product ids. */
                "ids[]"?: string[];
                shippable?: boolean;
                url?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Premium Plan",
                 *       "description": "Monthly subscription"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                charge?: string;
                payment_intent?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRefundsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "charge": "ch_XXX",
                 *       "amount": 1000
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRefundResponse"];
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
                /** @description Objects per page. */
                limit?: number;
                /** @description Id of the last object of the previous page. */
                starting_after?: string;
                /** @description Id of the first object of the following page (pages backwards). */
                ending_before?: string;
                customer?: string;
                price?: string;
                /** @description Only this status; without it, every status except canceled. */
                status?: "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "unpaid" | "canceled" | "paused" | "all" | "ended";
                collection_method?: "charge_automatically" | "send_invoice";
                test_clock?: string;
                /** @description Created at or after this Unix time. */
                "created[gte]"?: number;
                /** @description Created at or before this Unix time. */
                "created[lte]"?: number;
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Unique key that makes a retried request safe. */
                "Idempotency-Key"?: string;
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer": "cus_XXX",
                 *       "items": [
                 *         {
                 *           "price": "price_XXX"
                 *         }
                 *       ]
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getSubscription: {
        parameters: {
            query?: {
                /** @description Related objects to expand, e.g. data.default_source. */
                "expand[]"?: string[];
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscription (sub_…). */
                subscriptionId: string;
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
    cancelSubscription: {
        parameters: {
            query?: {
                /** @description true bills pending usage and prorations right away. */
                invoice_now?: boolean;
                /** @description true credits the unused time. */
                prorate?: boolean;
                "cancellation_details[comment]"?: string;
                "cancellation_details[feedback]"?: "customer_service" | "low_quality" | "missing_features" | "other" | "switched_service" | "too_complex" | "too_expensive" | "unused";
            };
            header?: {
                /** @description Id of the Stripe connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscription (sub_…). */
                subscriptionId: string;
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
                    "application/json": components["schemas"]["CancelSubscriptionResponse"];
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
