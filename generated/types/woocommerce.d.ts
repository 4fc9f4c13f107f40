// Generated from providers/woocommerce.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/wp-json/wc/v3/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List coupons, optionally by code. */
        get: operations["listCoupons"];
        put?: never;
        /** Create a coupon code with its discount and usage limits. */
        post: operations["createCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers, filtered by email, role or search text. */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer account. */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one customer with their addresses. */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders, filtered by status, customer, product or dates. */
        get: operations["listOrders"];
        put?: never;
        /** Create an order, optionally marking it paid. */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one order with its line items, addresses and totals. */
        get: operations["getOrder"];
        /** Change an order, for example its status or addresses. */
        put: operations["updateOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/orders/{order_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the notes of an order. */
        get: operations["listOrderNotes"];
        put?: never;
        /** Add a note to an order, optionally emailing it to the customer. */
        post: operations["createOrderNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/orders/{order_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund all or part of an order, optionally through the payment gateway. */
        post: operations["createOrderRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products, filtered by status, type, category, tag, price, stock or search text. */
        get: operations["listProducts"];
        put?: never;
        /** Create a product. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/products/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create, update and delete up to 100 products in one call. */
        post: operations["batchProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/products/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List product categories. */
        get: operations["listProductCategories"];
        put?: never;
        /** Create a product category. */
        post: operations["createProductCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one product. */
        get: operations["getProduct"];
        /** Change fields of a product; fields left out stay as they are. */
        put: operations["updateProduct"];
        post?: never;
        /** Move a product to the trash, or delete it for good with force=true. */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/products/{product_id}/variations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the variations of a variable product. */
        get: operations["listProductVariations"];
        put?: never;
        /** Add a variation (one combination of attribute options) to a variable product. */
        post: operations["createProductVariation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/reports/orders/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Number of orders in each order status. */
        get: operations["getOrderTotalsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales totals for a period, with a breakdown by day or month. */
        get: operations["getSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/reports/top_sellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Best-selling products of a period by quantity. */
        get: operations["getTopSellersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the groups of store settings (general, products, tax, email and so on). */
        get: operations["listSettingGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/settings/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the settings of one group with their current values. */
        get: operations["listSettingOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/shipping/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the shipping zones of the store. */
        get: operations["listShippingZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/shipping/zones/{zone_id}/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the shipping methods configured in a zone. */
        get: operations["listShippingZoneMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/system_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report the store's environment, database, plugins, theme and settings. */
        get: operations["getSystemStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/taxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tax rates, optionally of one tax class. */
        get: operations["listTaxRates"];
        put?: never;
        /** Create a tax rate for a country, state, postcode or city. */
        post: operations["createTaxRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wp-json/wc/v3/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the store's webhooks. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a URL to be called on a store event such as order.created. */
        post: operations["createWebhook"];
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
        BatchProductsRequest: {
            create?: components["schemas"]["CreateProductRequest"][];
            update?: ({
                id: number;
            } & {
                [key: string]: unknown;
            })[];
            delete?: number[];
        };
        BatchProductsResponse: {
            create?: components["schemas"]["ListProductsResponseProduct"][];
            update?: components["schemas"]["ListProductsResponseProduct"][];
            delete?: components["schemas"]["ListProductsResponseProduct"][];
        };
        CreateCouponRequest: {
            code: string;
            /**
             * @default fixed_cart
             * @enum {string}
             */
            discount_type?: "percent" | "fixed_cart" | "fixed_product";
            /** @description Percentage or fixed amount as a decimal string. */
            amount?: string;
            description?: string;
            date_expires?: string;
            individual_use?: boolean;
            usage_limit?: number;
            usage_limit_per_user?: number;
            limit_usage_to_x_items?: number;
            free_shipping?: boolean;
            product_ids?: number[];
            excluded_product_ids?: number[];
            product_categories?: number[];
            minimum_amount?: string;
            maximum_amount?: string;
            email_restrictions?: string[];
        };
        CreateCouponResponse: components["schemas"]["ListCouponsResponseItem"];
        CreateCustomerRequest: {
            /** Format: email */
            email: string;
            first_name?: string;
            last_name?: string;
            /** @description Generated from the email when left out. */
            username?: string;
            /** @description Generated when left out. */
            password?: string;
            billing?: components["schemas"]["ListOrdersResponseOrderBilling"];
            shipping?: components["schemas"]["ListOrdersResponseOrderBilling"];
            meta_data?: {
                key?: string;
                value?: unknown;
            }[];
        };
        CreateCustomerResponse: components["schemas"]["ListCustomersResponseCustomer"];
        CreateOrderNoteRequest: {
            note: string;
            /**
             * @description true sends the note to the customer.
             * @default false
             */
            customer_note?: boolean;
            /** @description Attribute the note to the API user instead of the system. */
            added_by_user?: boolean;
        };
        CreateOrderNoteResponse: components["schemas"]["ListOrderNotesResponseItem"];
        CreateOrderRefundRequest: {
            /** @description Amount to refund as a decimal string. */
            amount?: string;
            reason?: string;
            refunded_by?: number;
            /**
             * @description Ask the payment gateway to return the money; false only records the refund.
             * @default true
             */
            api_refund?: boolean;
            line_items?: {
                id?: number;
                quantity?: number;
                refund_total?: number;
            }[];
        };
        CreateOrderRefundResponse: {
            id?: number;
            date_created?: string;
            amount?: string;
            reason?: string;
            refunded_by?: number;
            refunded_payment?: boolean;
            line_items?: Record<string, unknown>[];
        };
        CreateOrderRequest: {
            status?: components["schemas"]["ListOrdersResponseOrderStatus"];
            currency?: string;
            /** @description 0 for a guest order. */
            customer_id?: number;
            customer_note?: string;
            billing?: components["schemas"]["ListOrdersResponseOrderBilling"];
            shipping?: components["schemas"]["ListOrdersResponseOrderBilling"];
            payment_method?: string;
            payment_method_title?: string;
            transaction_id?: string;
            /** @description Mark the order paid, which moves it to processing and reduces stock. */
            set_paid?: boolean;
            line_items?: {
                /** @description Set when changing an existing line. */
                id?: number;
                product_id?: number;
                variation_id?: number;
                quantity?: number;
                subtotal?: string;
                total?: string;
            }[];
            shipping_lines?: {
                method_id?: string;
                method_title?: string;
                total?: string;
            }[];
            fee_lines?: {
                name?: string;
                total?: string;
                tax_status?: string;
            }[];
            coupon_lines?: {
                code?: string;
            }[];
            meta_data?: {
                key?: string;
                value?: unknown;
            }[];
        };
        CreateOrderResponse: components["schemas"]["ListOrdersResponseOrder"];
        CreateProductCategoryRequest: {
            name: string;
            slug?: string;
            parent?: number;
            description?: string;
            /** @enum {string} */
            display?: "default" | "products" | "subcategories" | "both";
            image?: {
                id?: number;
                src?: string;
            };
            menu_order?: number;
        };
        CreateProductCategoryResponse: components["schemas"]["ListProductCategoriesResponseItem"];
        CreateProductRequest: {
            name?: string;
            /**
             * @default simple
             * @enum {string}
             */
            type?: "simple" | "grouped" | "external" | "variable";
            /**
             * @default publish
             * @enum {string}
             */
            status?: "draft" | "pending" | "private" | "publish";
            featured?: boolean;
            /** @enum {string} */
            catalog_visibility?: "visible" | "catalog" | "search" | "hidden";
            description?: string;
            short_description?: string;
            sku?: string;
            /** @description Price as a decimal string. */
            regular_price?: string;
            sale_price?: string;
            date_on_sale_from?: string;
            date_on_sale_to?: string;
            virtual?: boolean;
            downloadable?: boolean;
            /** @enum {string} */
            tax_status?: "taxable" | "shipping" | "none";
            tax_class?: string;
            manage_stock?: boolean;
            stock_quantity?: number;
            /** @enum {string} */
            stock_status?: "instock" | "outofstock" | "onbackorder";
            weight?: string;
            dimensions?: {
                length?: string;
                width?: string;
                height?: string;
            };
            categories?: {
                id?: number;
            }[];
            tags?: {
                id?: number;
            }[];
            images?: {
                id?: number;
                src?: string;
                alt?: string;
            }[];
            attributes?: {
                id?: number;
                name?: string;
                visible?: boolean;
                variation?: boolean;
                options?: string[];
            }[];
            meta_data?: {
                key?: string;
                value?: unknown;
            }[];
        };
        CreateProductResponse: components["schemas"]["ListProductsResponseProduct"];
        CreateProductVariationRequest: {
            sku?: string;
            regular_price?: string;
            sale_price?: string;
            /** @enum {string} */
            status?: "draft" | "pending" | "private" | "publish";
            manage_stock?: boolean;
            stock_quantity?: number;
            /** @enum {string} */
            stock_status?: "instock" | "outofstock" | "onbackorder";
            image?: {
                id?: number;
                src?: string;
            };
            /** @description One option per variation attribute of the parent product. */
            attributes?: {
                id?: number;
                name?: string;
                option?: string;
            }[];
        };
        CreateProductVariationResponse: components["schemas"]["ListProductVariationsResponseVariation"];
        CreateTaxRateRequest: {
            /** @description Two-letter country code. */
            country?: string;
            state?: string;
            postcodes?: string[];
            cities?: string[];
            /** @description Percentage as a decimal string. */
            rate?: string;
            name?: string;
            /** @default 1 */
            priority?: number;
            compound?: boolean;
            /** @default true */
            shipping?: boolean;
            order?: number;
            /** @default standard */
            class?: string;
        };
        CreateTaxRateResponse: components["schemas"]["ListTaxRatesResponseItem"];
        CreateWebhookRequest: {
            name?: string;
            /**
             * @default active
             * @enum {string}
             */
            status?: "active" | "paused" | "disabled";
            /** @description resource.event, e.g. order.created, product.updated or customer.deleted. */
            topic: string;
            /** Format: uri */
            delivery_url: string;
            /** @description Key for the HMAC-SHA256 signature in X-WC-Webhook-Signature. */
            secret?: string;
        };
        CreateWebhookResponse: components["schemas"]["ListWebhooksResponseItem"];
        DeleteProductResponse: components["schemas"]["ListProductsResponseProduct"];
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
        GetCustomerResponse: components["schemas"]["ListCustomersResponseCustomer"];
        GetOrderResponse: components["schemas"]["ListOrdersResponseOrder"];
        GetOrderTotalsReportResponse: {
            slug?: string;
            name?: string;
            total?: number;
        }[];
        GetProductResponse: components["schemas"]["ListProductsResponseProduct"];
        GetSalesReportResponse: {
            total_sales?: string;
            net_sales?: string;
            average_sales?: string;
            total_orders?: number;
            total_items?: number;
            total_tax?: string;
            total_shipping?: string;
            total_refunds?: number;
            total_discount?: string;
            /** @enum {string} */
            totals_grouped_by?: "day" | "month";
            totals?: {
                [key: string]: Record<string, unknown>;
            };
            total_customers?: number;
        }[];
        GetSystemStatusResponse: {
            environment?: {
                home_url?: string;
                site_url?: string;
                version?: string;
                wp_version?: string;
                php_version?: string;
            };
            database?: Record<string, unknown>;
            active_plugins?: {
                plugin?: string;
                name?: string;
                version?: string;
            }[];
            inactive_plugins?: Record<string, unknown>[];
            theme?: Record<string, unknown>;
            settings?: Record<string, unknown>;
            security?: Record<string, unknown>;
            pages?: Record<string, unknown>[];
        };
        GetTopSellersReportResponse: {
            name?: string;
            product_id?: number;
            quantity?: number;
        }[];
        ListCouponsResponse: components["schemas"]["ListCouponsResponseItem"][];
        ListCouponsResponseItem: {
            id?: number;
            code?: string;
            amount?: string;
            /** @enum {string} */
            discount_type?: "percent" | "fixed_cart" | "fixed_product";
            description?: string;
            date_created?: string;
            date_expires?: string | null;
            usage_count?: number;
            usage_limit?: number | null;
            usage_limit_per_user?: number | null;
            individual_use?: boolean;
            free_shipping?: boolean;
            product_ids?: number[];
            excluded_product_ids?: number[];
            product_categories?: number[];
            minimum_amount?: string;
            maximum_amount?: string;
            email_restrictions?: string[];
        };
        ListCustomersResponse: components["schemas"]["ListCustomersResponseCustomer"][];
        ListCustomersResponseCustomer: {
            id?: number;
            date_created?: string;
            date_modified?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            role?: string;
            username?: string;
            billing?: components["schemas"]["ListOrdersResponseOrderBilling"];
            shipping?: components["schemas"]["ListOrdersResponseOrderBilling"];
            is_paying_customer?: boolean;
            avatar_url?: string;
            meta_data?: components["schemas"]["ListProductsResponseProductMetaData"];
        };
        ListOrderNotesResponse: components["schemas"]["ListOrderNotesResponseItem"][];
        ListOrderNotesResponseItem: {
            id?: number;
            author?: string;
            date_created?: string;
            note?: string;
            customer_note?: boolean;
        };
        ListOrdersResponse: components["schemas"]["ListOrdersResponseOrder"][];
        ListOrdersResponseOrder: {
            id?: number;
            parent_id?: number;
            number?: string;
            order_key?: string;
            created_via?: string;
            status?: components["schemas"]["ListOrdersResponseOrderStatus"];
            currency?: string;
            date_created?: string;
            date_modified?: string;
            discount_total?: string;
            shipping_total?: string;
            total?: string;
            total_tax?: string;
            prices_include_tax?: boolean;
            customer_id?: number;
            customer_note?: string;
            billing?: components["schemas"]["ListOrdersResponseOrderBilling"];
            shipping?: components["schemas"]["ListOrdersResponseOrderBilling"];
            payment_method?: string;
            payment_method_title?: string;
            transaction_id?: string;
            date_paid?: string | null;
            date_completed?: string | null;
            line_items?: {
                id?: number;
                name?: string;
                product_id?: number;
                variation_id?: number;
                quantity?: number;
                subtotal?: string;
                total?: string;
                total_tax?: string;
                sku?: string;
                price?: number;
            }[];
            shipping_lines?: {
                id?: number;
                method_title?: string;
                method_id?: string;
                total?: string;
            }[];
            fee_lines?: Record<string, unknown>[];
            coupon_lines?: {
                id?: number;
                code?: string;
                discount?: string;
            }[];
            refunds?: {
                id?: number;
                reason?: string;
                total?: string;
            }[];
            meta_data?: components["schemas"]["ListProductsResponseProductMetaData"];
        };
        ListOrdersResponseOrderBilling: {
            first_name?: string;
            last_name?: string;
            company?: string;
            address_1?: string;
            address_2?: string;
            city?: string;
            state?: string;
            postcode?: string;
            country?: string;
            email?: string;
            phone?: string;
        };
        /** @enum {string} */
        ListOrdersResponseOrderStatus: "pending" | "processing" | "on-hold" | "completed" | "cancelled" | "refunded" | "failed" | "trash" | "checkout-draft";
        ListProductCategoriesResponse: components["schemas"]["ListProductCategoriesResponseItem"][];
        ListProductCategoriesResponseItem: {
            id?: number;
            name?: string;
            slug?: string;
            parent?: number;
            description?: string;
            /** @enum {string} */
            display?: "default" | "products" | "subcategories" | "both";
            image?: Record<string, unknown> | null;
            menu_order?: number;
            count?: number;
        };
        ListProductVariationsResponse: components["schemas"]["ListProductVariationsResponseVariation"][];
        ListProductVariationsResponseVariation: {
            id?: number;
            sku?: string;
            price?: string;
            regular_price?: string;
            sale_price?: string;
            on_sale?: boolean;
            status?: string;
            manage_stock?: boolean | string;
            stock_quantity?: number | null;
            stock_status?: string;
            image?: Record<string, unknown> | null;
            attributes?: {
                id?: number;
                name?: string;
                option?: string;
            }[];
        };
        ListProductsResponse: components["schemas"]["ListProductsResponseProduct"][];
        ListProductsResponseProduct: {
            id?: number;
            name?: string;
            slug?: string;
            permalink?: string;
            date_created?: string;
            date_modified?: string;
            /** @enum {string} */
            type?: "simple" | "grouped" | "external" | "variable";
            /** @enum {string} */
            status?: "draft" | "pending" | "private" | "publish" | "trash";
            featured?: boolean;
            /** @enum {string} */
            catalog_visibility?: "visible" | "catalog" | "search" | "hidden";
            description?: string;
            short_description?: string;
            sku?: string;
            price?: string;
            regular_price?: string;
            sale_price?: string;
            on_sale?: boolean;
            purchasable?: boolean;
            total_sales?: number;
            virtual?: boolean;
            downloadable?: boolean;
            tax_status?: string;
            tax_class?: string;
            manage_stock?: boolean;
            stock_quantity?: number | null;
            /** @enum {string} */
            stock_status?: "instock" | "outofstock" | "onbackorder";
            weight?: string;
            dimensions?: {
                length?: string;
                width?: string;
                height?: string;
            };
            categories?: components["schemas"]["ListProductsResponseProductCategories"];
            tags?: components["schemas"]["ListProductsResponseProductCategories"];
            images?: {
                id?: number;
                src?: string;
                name?: string;
                alt?: string;
            }[];
            attributes?: {
                id?: number;
                name?: string;
                position?: number;
                visible?: boolean;
                variation?: boolean;
                options?: string[];
            }[];
            variations?: number[];
            meta_data?: components["schemas"]["ListProductsResponseProductMetaData"];
        };
        ListProductsResponseProductCategories: {
            id?: number;
            name?: string;
            slug?: string;
        }[];
        ListProductsResponseProductMetaData: {
            id?: number;
            key?: string;
            value?: unknown;
        }[];
        ListSettingGroupsResponse: {
            id?: string;
            label?: string;
            description?: string;
            parent_id?: string;
            sub_groups?: string[];
        }[];
        ListSettingOptionsResponse: {
            id?: string;
            label?: string;
            description?: string;
            type?: string;
            default?: unknown;
            value?: unknown;
            options?: Record<string, unknown>;
            tip?: string;
            group_id?: string;
        }[];
        ListShippingZoneMethodsResponse: {
            instance_id?: number;
            title?: string;
            order?: number;
            enabled?: boolean;
            /** @description flat_rate, free_shipping, local_pickup and so on. */
            method_id?: string;
            method_title?: string;
            method_description?: string;
            settings?: Record<string, unknown>;
        }[];
        ListShippingZonesResponse: {
            id?: number;
            name?: string;
            order?: number;
        }[];
        ListTaxRatesResponse: components["schemas"]["ListTaxRatesResponseItem"][];
        ListTaxRatesResponseItem: {
            id?: number;
            country?: string;
            state?: string;
            postcode?: string;
            city?: string;
            postcodes?: string[];
            cities?: string[];
            rate?: string;
            name?: string;
            priority?: number;
            compound?: boolean;
            shipping?: boolean;
            order?: number;
            class?: string;
        };
        ListWebhooksResponse: components["schemas"]["ListWebhooksResponseItem"][];
        ListWebhooksResponseItem: {
            id?: number;
            name?: string;
            /** @enum {string} */
            status?: "active" | "paused" | "disabled";
            topic?: string;
            resource?: string;
            event?: string;
            hooks?: string[];
            delivery_url?: string;
            date_created?: string;
            date_modified?: string;
        };
        UpdateOrderRequest: components["schemas"]["CreateOrderRequest"];
        UpdateOrderResponse: components["schemas"]["ListOrdersResponseOrder"];
        UpdateProductRequest: components["schemas"]["CreateProductRequest"];
        UpdateProductResponse: components["schemas"]["ListProductsResponseProduct"];
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
        /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCoupons: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Published after this time. */
                after?: string;
                /** @description Published before this time. */
                before?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "date" | "id" | "include" | "title" | "slug" | "modified";
                code?: string;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "SUMMER2024",
                 *       "discount_type": "percent",
                 *       "amount": "15",
                 *       "usage_limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["CreateCouponRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    listCustomers: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "id" | "include" | "name" | "registered_date";
                email?: string;
                role?: "all" | "administrator" | "editor" | "author" | "contributor" | "subscriber" | "customer" | "shop_manager";
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@example.com",
                 *       "first_name": "Jane",
                 *       "last_name": "Smith",
                 *       "username": "janesmith"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
    listOrders: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Created after this time. */
                after?: string;
                /** @description Created before this time. */
                before?: string;
                modified_after?: string;
                modified_before?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "date" | "modified" | "id" | "include" | "title" | "slug";
                parent?: number[];
                /** @description One or more statuses (comma-separated); any matches all but trash. */
                status?: ("any" | "pending" | "processing" | "on-hold" | "completed" | "cancelled" | "refunded" | "failed" | "trash")[];
                /** @description Id of the customer. */
                customer?: number;
                /** @description Orders containing this product. */
                product?: number;
                /** @description Decimal places in the amounts. */
                dp?: number;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payment_method": "stripe",
                 *       "set_paid": true,
                 *       "billing": {
                 *         "first_name": "John",
                 *         "last_name": "Doe",
                 *         "email": "john@example.com"
                 *       },
                 *       "line_items": [
                 *         {
                 *           "product_id": 123,
                 *           "quantity": 2
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
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
                /** @description Decimal places in the amounts. */
                dp?: number;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
    updateOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "status": "completed"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrderNotes: {
        parameters: {
            query?: {
                /** @description customer notes are emailed to the buyer; internal ones are staff-only. */
                type?: "any" | "customer" | "internal";
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: number;
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
                    "application/json": components["schemas"]["ListOrderNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrderNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Order shipped via FedEx",
                 *       "customer_note": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrderRefund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "25.00",
                 *       "reason": "Product damaged",
                 *       "api_refund": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderRefundRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderRefundResponse"];
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
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Published after this time. */
                after?: string;
                /** @description Published before this time. */
                before?: string;
                modified_after?: string;
                modified_before?: string;
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Only these ids. */
                include?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "date" | "modified" | "id" | "include" | "title" | "slug" | "price" | "popularity" | "rating" | "menu_order";
                parent?: number[];
                slug?: string;
                status?: "any" | "draft" | "pending" | "private" | "publish";
                type?: "simple" | "grouped" | "external" | "variable";
                /** @description Comma-separated SKUs to match. */
                sku?: string;
                featured?: boolean;
                /** @description Category id. */
                category?: string;
                /** @description Tag id. */
                tag?: string;
                shipping_class?: string;
                /** @description Attribute slug; combine with attribute_term. */
                attribute?: string;
                attribute_term?: string;
                tax_class?: string;
                on_sale?: boolean;
                min_price?: string;
                max_price?: string;
                stock_status?: "instock" | "outofstock" | "onbackorder";
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Premium Widget",
                 *       "type": "simple",
                 *       "regular_price": "19.99",
                 *       "sku": "WDG-001"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    batchProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "create": [
                 *         {
                 *           "name": "Widget A",
                 *           "regular_price": "9.99"
                 *         }
                 *       ],
                 *       "update": [
                 *         {
                 *           "id": 799,
                 *           "sale_price": "7.99"
                 *         }
                 *       ],
                 *       "delete": [
                 *         801
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchProductsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchProductsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProductCategories: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                order?: "asc" | "desc";
                orderby?: "id" | "include" | "name" | "slug" | "term_group" | "description" | "count";
                hide_empty?: boolean;
                /** @description Only children of this category. */
                parent?: number;
                /** @description Only categories of this product. */
                product?: number;
                slug?: string;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProductCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProductCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Electronics",
                 *       "description": "Electronic products"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductCategoryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProductCategoryResponse"];
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "regular_price": "24.99",
                 *       "sale_price": "19.99"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductRequest"];
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
            query?: {
                /** @description Delete permanently instead of trashing. */
                force?: boolean;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
            /** @description The product as it was before deletion. */
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
    listProductVariations: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "date" | "id" | "include" | "title" | "slug";
                sku?: string;
                status?: "any" | "draft" | "pending" | "private" | "publish";
                on_sale?: boolean;
                min_price?: string;
                max_price?: string;
                stock_status?: "instock" | "outofstock" | "onbackorder";
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the parent product. */
                product_id: number;
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
                    "application/json": components["schemas"]["ListProductVariationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProductVariation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the parent product. */
                product_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regular_price": "29.99",
                 *       "sku": "TSH-001-RED-M",
                 *       "attributes": [
                 *         {
                 *           "id": 1,
                 *           "option": "Red"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductVariationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProductVariationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrderTotalsReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetOrderTotalsReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSalesReport: {
        parameters: {
            query?: {
                /** @description Ignored when date_min and date_max are given. */
                period?: "week" | "month" | "last_month" | "year";
                /** @description First day (YYYY-MM-DD). */
                date_min?: string;
                /** @description Last day (YYYY-MM-DD). */
                date_max?: string;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSalesReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTopSellersReport: {
        parameters: {
            query?: {
                period?: "week" | "month" | "last_month" | "year";
                date_min?: string;
                date_max?: string;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetTopSellersReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSettingGroups: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSettingGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSettingOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the settings group, e.g. general, products or tax. */
                group: string;
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
                    "application/json": components["schemas"]["ListSettingOptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listShippingZones: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListShippingZonesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listShippingZoneMethods: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the shipping zone (0 is the catch-all zone). */
                zone_id: number;
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
                    "application/json": components["schemas"]["ListShippingZoneMethodsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSystemStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSystemStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaxRates: {
        parameters: {
            query?: {
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "id" | "order" | "priority";
                /** @description Tax class slug, e.g. standard or reduced-rate. */
                class?: string;
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTaxRatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTaxRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "country": "US",
                 *       "state": "CA",
                 *       "rate": "7.25",
                 *       "name": "CA State Tax"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaxRateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaxRateResponse"];
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
                /** @description Page to return. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Text to look for. */
                search?: string;
                /** @description Published after this time. */
                after?: string;
                /** @description Published before this time. */
                before?: string;
                /** @description Only these ids. */
                include?: number[];
                /** @description Ids to leave out. */
                exclude?: number[];
                /** @description Items to skip. */
                offset?: number;
                order?: "asc" | "desc";
                orderby?: "date" | "id" | "title";
                status?: "all" | "active" | "paused" | "disabled";
            };
            header?: {
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the WooCommerce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Order Created",
                 *       "topic": "order.created",
                 *       "delivery_url": "https://example.com/webhook",
                 *       "status": "active"
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
}
