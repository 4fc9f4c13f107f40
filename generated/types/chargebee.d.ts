// Generated from providers/chargebee.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v2/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the site's customers, optionally filtered by email, name, company or dates. */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer, optionally with a billing address and payment settings. */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one customer with its billing address and credit balances. */
        get: operations["getCustomer"];
        put?: never;
        /** Change a customer's name, contact details or billing settings. */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/hosted_pages/checkout_new_for_items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a hosted checkout page where a new customer subscribes to item prices (Product Catalog 2.0). */
        post: operations["checkoutNewForItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/hosted_pages/manage_payment_sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a hosted page where an existing customer adds or changes payment methods. */
        post: operations["managePaymentSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through invoices, optionally by status, customer, subscription or date. */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one invoice with its line items, taxes and payments. */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a short-lived download link for the invoice as a PDF. */
        post: operations["getInvoicePdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/item_prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through item prices (Product Catalog 2.0), optionally by item, type, status or currency. */
        get: operations["listItemPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/item_prices/{itemPriceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one item price with its pricing model and billing period. */
        get: operations["getItemPrice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through catalog items (plans, addons and charges in Product Catalog 2.0). */
        get: operations["listItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one catalog item. */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through plans of a Product Catalog 1.0 site. */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one plan of a Product Catalog 1.0 site. */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/portal_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a self-service portal session for a customer and get its access link. */
        post: operations["createPortalSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through subscriptions, optionally by status, customer, plan or item price and dates. */
        get: operations["listSubscriptions"];
        put?: never;
        /**
         * Create a customer and a subscription to a plan in one call (Product Catalog 1.0 sites).
         * @description Sites on Product Catalog 2.0 create subscriptions for an existing customer with POST /api/v2/customers/{customerId}/subscription_for_items instead.
         */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscription together with its customer. */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/subscriptions/{subscriptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a subscription now or at the end of its current term. */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through payments, refunds and other transactions, optionally by customer, type or status. */
        get: operations["listTransactions"];
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
        CancelSubscriptionRequest: {
            /**
             * @description true keeps the subscription until the current term ends.
             * @default false
             */
            end_of_term?: boolean;
            /** @description Unix time to cancel at (Product Catalog 2.0 with cancel_option specific_date). */
            cancel_at?: number;
            /**
             * @description When the cancellation takes effect (Product Catalog 2.0 sites).
             * @enum {string}
             */
            cancel_option?: "immediately" | "end_of_term" | "specific_date" | "end_of_billing_term";
            /** @enum {string} */
            credit_option_for_current_term_charges?: "none" | "prorate" | "full";
            /** @enum {string} */
            unbilled_charges_option?: "invoice" | "delete";
            /** @enum {string} */
            account_receivables_handling?: "no_action" | "schedule_payment_collection" | "write_off";
            /** @enum {string} */
            refundable_credits_handling?: "no_action" | "schedule_refund";
            cancel_reason_code?: string;
        };
        CancelSubscriptionResponse: components["schemas"]["GetSubscriptionResponse"];
        CheckoutNewForItemsRequest: {
            subscription?: {
                id?: string;
                /** @description Plan id as the reference page writes it (Product Catalog 1.0 style). */
                plan_id?: string;
                trial_end?: number;
                start_date?: number;
            };
            /** @description Parallel arrays in bracket form: subscription_items[item_price_id][0], subscription_items[quantity][0], …. */
            subscription_items?: {
                item_price_id?: string[];
                quantity?: number[];
            };
            customer?: {
                id?: string;
                /** Format: email */
                email?: string;
                first_name?: string;
                last_name?: string;
                company?: string;
            };
            billing_address?: components["schemas"]["ListCustomersResponseListItemCustomerBillingAddress"];
            /** @description Where the customer goes after a successful checkout. */
            redirect_url?: string;
            /** @description Where the customer goes after leaving the checkout. */
            cancel_url?: string;
            /** @description Your own text that comes back with the hosted page. */
            pass_thru_content?: string;
        };
        CheckoutNewForItemsResponse: {
            hosted_page?: {
                id?: string;
                type?: string;
                /** @description Page to send the customer to. */
                url?: string;
                /** @enum {string} */
                state?: "created" | "requested" | "succeeded" | "cancelled" | "acknowledged";
                embed?: boolean;
                created_at?: number;
                expires_at?: number;
                resource_version?: number;
                object?: string;
            };
        };
        CreateCustomerRequest: {
            /** @description Your own id for the customer; generated when left out. */
            id?: string;
            first_name?: string;
            last_name?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            company?: string;
            /**
             * @description Whether Chargebee charges the payment method automatically.
             * @enum {string}
             */
            auto_collection?: "on" | "off";
            net_term_days?: number;
            locale?: string;
            preferred_currency_code?: string;
            billing_address?: components["schemas"]["ListCustomersResponseListItemCustomerBillingAddress"];
            /** @description Free-form JSON stored with the customer. */
            meta_data?: Record<string, unknown>;
        };
        CreateCustomerResponse: components["schemas"]["GetCustomerResponse"];
        CreatePortalSessionRequest: {
            customer: {
                id: string;
            };
            /** @description Where the customer lands after logging out of the portal. */
            redirect_url?: string;
            /** @description Portal page to open first. */
            forward_url?: string;
        };
        CreatePortalSessionResponse: {
            portal_session?: {
                id?: string;
                token?: string;
                /** @description One-time link that logs the customer into the portal. */
                access_url?: string;
                /** @enum {string} */
                status?: "created" | "logged_in" | "logged_out" | "not_yet_activated" | "activated";
                customer_id?: string;
                created_at?: number;
                expires_at?: number;
                object?: string;
            };
        };
        CreateSubscriptionRequest: {
            /** @description Your own id for the subscription; generated when left out. */
            id?: string;
            /** @description Plan the customer subscribes to. */
            plan_id: string;
            plan_quantity?: number;
            /** @description Overrides the plan's price, in the smallest currency unit. */
            plan_unit_price?: number;
            /** @description Unix time the subscription starts; in the future makes it a future subscription. */
            start_date?: number;
            /** @description Unix time the trial ends; 0 skips the trial. */
            trial_end?: number;
            billing_cycles?: number;
            /** @enum {string} */
            auto_collection?: "on" | "off";
            coupon_ids?: string[];
            customer?: {
                id?: string;
                /** Format: email */
                email?: string;
                first_name?: string;
                last_name?: string;
                company?: string;
                phone?: string;
            };
            billing_address?: components["schemas"]["ListCustomersResponseListItemCustomerBillingAddress"];
            meta_data?: Record<string, unknown>;
        };
        CreateSubscriptionResponse: components["schemas"]["GetSubscriptionResponse"];
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
        GetCustomerResponse: {
            customer?: components["schemas"]["ListCustomersResponseListItemCustomer"];
            /** @description The customer's primary card when one is on file. */
            card?: Record<string, unknown>;
        };
        GetInvoicePdfRequest: {
            /**
             * @description How a browser should treat the downloaded file.
             * @default attachment
             * @enum {string}
             */
            disposition_type?: "attachment" | "inline";
        };
        GetInvoicePdfResponse: {
            download?: {
                /** @description Signed link to the PDF. */
                download_url?: string;
                /** @description Unix time the link expires. */
                valid_till?: number;
                mime_type?: string;
                object?: string;
            };
        };
        GetInvoiceResponse: {
            invoice?: components["schemas"]["ListInvoicesResponseListItemInvoice"];
        };
        GetItemPriceResponse: {
            item_price?: components["schemas"]["ListItemPricesResponseListItemItemPrice"];
        };
        GetItemResponse: {
            item?: components["schemas"]["ListItemsResponseListItemItem"];
        };
        GetPlanResponse: {
            plan?: components["schemas"]["ListPlansResponseListItemPlan"];
        };
        GetSubscriptionResponse: {
            subscription?: components["schemas"]["ListSubscriptionsResponseListItemSubscription"];
            customer?: components["schemas"]["ListCustomersResponseListItemCustomer"];
            card?: Record<string, unknown>;
            /** @description The invoice raised by the operation, when there is one. */
            invoice?: Record<string, unknown>;
        };
        ListCustomersResponse: {
            list?: {
                customer?: components["schemas"]["ListCustomersResponseListItemCustomer"];
            }[];
            /** @description Present while more records remain. */
            next_offset?: string;
        };
        ListCustomersResponseListItemCustomer: {
            id?: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            phone?: string;
            company?: string;
            /** @enum {string} */
            auto_collection?: "on" | "off";
            net_term_days?: number;
            allow_direct_debit?: boolean;
            created_at?: number;
            updated_at?: number;
            deleted?: boolean;
            preferred_currency_code?: string;
            promotional_credits?: number;
            refundable_credits?: number;
            excess_payments?: number;
            unbilled_charges?: number;
            billing_address?: components["schemas"]["ListCustomersResponseListItemCustomerBillingAddress"];
            resource_version?: number;
            object?: string;
        };
        ListCustomersResponseListItemCustomerBillingAddress: {
            first_name?: string;
            last_name?: string;
            line1?: string;
            line2?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
        };
        ListInvoicesResponse: {
            list?: {
                invoice?: components["schemas"]["ListInvoicesResponseListItemInvoice"];
            }[];
            next_offset?: string;
        };
        ListInvoicesResponseListItemInvoice: {
            id?: string;
            customer_id?: string;
            subscription_id?: string;
            /** @enum {string} */
            status?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
            date?: number;
            due_date?: number;
            paid_at?: number;
            currency_code?: string;
            sub_total?: number;
            tax?: number;
            total?: number;
            amount_paid?: number;
            amount_due?: number;
            credits_applied?: number;
            recurring?: boolean;
            line_items?: {
                id?: string;
                description?: string;
                entity_type?: string;
                entity_id?: string;
                quantity?: number;
                unit_amount?: number;
                amount?: number;
            }[];
            updated_at?: number;
            deleted?: boolean;
            resource_version?: number;
            object?: string;
        };
        ListItemPricesResponse: {
            list?: {
                item_price?: components["schemas"]["ListItemPricesResponseListItemItemPrice"];
            }[];
            next_offset?: string;
        };
        ListItemPricesResponseListItemItemPrice: {
            id?: string;
            name?: string;
            item_id?: string;
            /** @enum {string} */
            item_type?: "plan" | "addon" | "charge";
            status?: string;
            /** @enum {string} */
            pricing_model?: "flat_fee" | "per_unit" | "tiered" | "volume" | "stairstep";
            price?: number;
            currency_code?: string;
            period?: number;
            /** @enum {string} */
            period_unit?: "day" | "week" | "month" | "year";
            free_quantity?: number;
            created_at?: number;
            updated_at?: number;
            resource_version?: number;
            object?: string;
        };
        ListItemsResponse: {
            list?: {
                item?: components["schemas"]["ListItemsResponseListItemItem"];
            }[];
            next_offset?: string;
        };
        ListItemsResponseListItemItem: {
            id?: string;
            name?: string;
            external_name?: string;
            description?: string;
            /** @enum {string} */
            type?: "plan" | "addon" | "charge";
            status?: string;
            item_family_id?: string;
            is_shippable?: boolean;
            enabled_for_checkout?: boolean;
            enabled_in_portal?: boolean;
            created_at?: number;
            updated_at?: number;
            resource_version?: number;
            object?: string;
        };
        ListPlansResponse: {
            list?: {
                plan?: components["schemas"]["ListPlansResponseListItemPlan"];
            }[];
            next_offset?: string;
        };
        ListPlansResponseListItemPlan: {
            id?: string;
            name?: string;
            invoice_name?: string;
            price?: number;
            currency_code?: string;
            period?: number;
            /** @enum {string} */
            period_unit?: "day" | "week" | "month" | "year";
            trial_period?: number;
            trial_period_unit?: string;
            pricing_model?: string;
            charge_model?: string;
            status?: string;
            created_at?: number;
            updated_at?: number;
            resource_version?: number;
            object?: string;
        };
        ListSubscriptionsResponse: {
            list?: {
                subscription?: components["schemas"]["ListSubscriptionsResponseListItemSubscription"];
                customer?: components["schemas"]["ListCustomersResponseListItemCustomer"];
            }[];
            next_offset?: string;
        };
        ListSubscriptionsResponseListItemSubscription: {
            id?: string;
            customer_id?: string;
            /** @enum {string} */
            status?: "future" | "in_trial" | "active" | "non_renewing" | "paused" | "cancelled" | "transferred";
            plan_id?: string;
            plan_quantity?: number;
            plan_amount?: number;
            billing_period?: number;
            /** @enum {string} */
            billing_period_unit?: "day" | "week" | "month" | "year";
            currency_code?: string;
            current_term_start?: number;
            current_term_end?: number;
            next_billing_at?: number;
            trial_start?: number;
            trial_end?: number;
            started_at?: number;
            activated_at?: number;
            cancelled_at?: number;
            cancel_reason?: string;
            subscription_items?: {
                item_price_id?: string;
                item_type?: string;
                quantity?: number;
                unit_price?: number;
                amount?: number;
            }[];
            due_invoices_count?: number;
            mrr?: number;
            created_at?: number;
            updated_at?: number;
            deleted?: boolean;
            resource_version?: number;
            object?: string;
        };
        ListTransactionsResponse: {
            list?: {
                transaction?: {
                    id?: string;
                    customer_id?: string;
                    subscription_id?: string;
                    type?: string;
                    status?: string;
                    payment_method?: string;
                    gateway?: string;
                    amount?: number;
                    currency_code?: string;
                    date?: number;
                    reference_number?: string;
                    updated_at?: number;
                    deleted?: boolean;
                    object?: string;
                };
            }[];
            next_offset?: string;
        };
        ManagePaymentSourcesRequest: {
            customer: {
                /** @description Customer whose payment methods are managed. */
                id: string;
            };
            redirect_url?: string;
            card?: {
                gateway_account_id?: string;
            };
        };
        ManagePaymentSourcesResponse: components["schemas"]["CheckoutNewForItemsResponse"];
        UpdateCustomerRequest: {
            first_name?: string;
            last_name?: string;
            /** Format: email */
            email?: string;
            phone?: string;
            company?: string;
            /** @enum {string} */
            auto_collection?: "on" | "off";
            net_term_days?: number;
            locale?: string;
            meta_data?: Record<string, unknown>;
        };
        UpdateCustomerResponse: components["schemas"]["GetCustomerResponse"];
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
        /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCustomers: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                /** @description Also return records that were deleted. */
                include_deleted?: boolean;
                /** @description Customers whose email equals this value. */
                "email[is]"?: string;
                "first_name[is]"?: string;
                "last_name[is]"?: string;
                "company[is]"?: string;
                /** @description Created after this Unix time. */
                "created_at[after]"?: number;
                /** @description Created before this Unix time. */
                "created_at[before]"?: number;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                /** @description Field to sort ascending by. */
                "sort_by[asc]"?: "created_at" | "updated_at";
                /** @description Field to sort descending by. */
                "sort_by[desc]"?: "created_at" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "email": "john@example.com"
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
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
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
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the customer. */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Jane"
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
    checkoutNewForItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscription": {
                 *         "plan_id": "basic-plan"
                 *       },
                 *       "customer": {
                 *         "email": "john@example.com"
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CheckoutNewForItemsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutNewForItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    managePaymentSources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer": {
                 *         "id": "cust_123"
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["ManagePaymentSourcesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagePaymentSourcesResponse"];
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
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                /** @description Also return records that were deleted. */
                include_deleted?: boolean;
                "status[is]"?: "paid" | "posted" | "payment_due" | "not_paid" | "voided" | "pending";
                "customer_id[is]"?: string;
                "subscription_id[is]"?: string;
                /** @description Invoice date after this Unix time. */
                "date[after]"?: number;
                /** @description Invoice date before this Unix time. */
                "date[before]"?: number;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                "sort_by[asc]"?: "date" | "updated_at";
                "sort_by[desc]"?: "date" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Number (id) of the invoice. */
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
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Number (id) of the invoice. */
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetInvoicePdfRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInvoicePdfResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItemPrices: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                /** @description Prices of this item. */
                "item_id[is]"?: string;
                "item_type[is]"?: "plan" | "addon" | "charge";
                "status[is]"?: "active" | "archived" | "deleted";
                "currency_code[is]"?: string;
                "period_unit[is]"?: "day" | "week" | "month" | "year";
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                "sort_by[asc]"?: "name" | "id" | "updated_at";
                "sort_by[desc]"?: "name" | "id" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListItemPricesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItemPrice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item price. */
                itemPriceId: string;
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
                    "application/json": components["schemas"]["GetItemPriceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listItems: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                "type[is]"?: "plan" | "addon" | "charge";
                "status[is]"?: "active" | "archived" | "deleted";
                "item_family_id[is]"?: string;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                "sort_by[asc]"?: "name" | "id" | "updated_at";
                "sort_by[desc]"?: "name" | "id" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the item. */
                itemId: string;
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
                    "application/json": components["schemas"]["GetItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                "status[is]"?: "active" | "archived" | "deleted";
                "period_unit[is]"?: "day" | "week" | "month" | "year";
                "currency_code[is]"?: string;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPlansResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the plan. */
                planId: string;
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
                    "application/json": components["schemas"]["GetPlanResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPortalSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer": {
                 *         "id": "cust_123"
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreatePortalSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePortalSessionResponse"];
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
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                /** @description Also return records that were deleted. */
                include_deleted?: boolean;
                /** @description Subscriptions in this state. */
                "status[is]"?: "future" | "in_trial" | "active" | "non_renewing" | "paused" | "cancelled" | "transferred";
                /** @description Several states as a JSON-style list, e.g. ["active","in_trial"]. */
                "status[in]"?: string;
                /** @description Subscriptions of this customer. */
                "customer_id[is]"?: string;
                /** @description Subscriptions on this plan (Product Catalog 1.0). */
                "plan_id[is]"?: string;
                /** @description Subscriptions that contain this item (Product Catalog 2.0). */
                "item_id[is]"?: string;
                /** @description Subscriptions that contain this item price (Product Catalog 2.0). */
                "item_price_id[is]"?: string;
                /** @description Created after this Unix time. */
                "created_at[after]"?: number;
                /** @description Created before this Unix time. */
                "created_at[before]"?: number;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                "sort_by[asc]"?: "created_at" | "updated_at";
                "sort_by[desc]"?: "created_at" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan_id": "basic-plan",
                 *       "customer": {
                 *         "email": "john@example.com",
                 *         "first_name": "John"
                 *       }
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
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscription. */
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
            query?: never;
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscription. */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "end_of_term": true
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CancelSubscriptionRequest"];
            };
        };
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
    listTransactions: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description The next_offset value of the previous page. */
                offset?: string;
                /** @description Also return records that were deleted. */
                include_deleted?: boolean;
                "customer_id[is]"?: string;
                "subscription_id[is]"?: string;
                "type[is]"?: "authorization" | "payment" | "refund" | "payment_reversal";
                "status[is]"?: "in_progress" | "success" | "voided" | "failure" | "timeout" | "needs_attention";
                "payment_method[is]"?: string;
                /** @description Transaction date after this Unix time. */
                "date[after]"?: number;
                /** @description Transaction date before this Unix time. */
                "date[before]"?: number;
                /** @description Changed after this Unix time. */
                "updated_at[after]"?: number;
                "sort_by[asc]"?: "date" | "updated_at";
                "sort_by[desc]"?: "date" | "updated_at";
            };
            header?: {
                /** @description Id of the Chargebee connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTransactionsResponse"];
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
