// Generated from providers/squarespace.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/1.0/commerce/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through stock levels of every product variant. */
        get: operations["listInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise, lower or set stock quantities of variants, or make their stock unlimited, in one batch. */
        post: operations["adjustInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/inventory/{variantIds}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the stock levels of up to 50 variants by id. */
        get: operations["getInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the site's orders, optionally by change date, customer or fulfillment state. */
        get: operations["listOrders"];
        put?: never;
        /**
         * Import an order sold through another channel into the site.
         * @description The subtotal has to equal the sum of each line's unitPricePaid times its quantity.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one order with its line items, addresses and totals. */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/orders/{orderId}/fulfillments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order shipped, adding shipment tracking and optionally emailing the customer. */
        post: operations["fulfillOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/store_pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the site's store pages, which products are placed on. */
        get: operations["listStorePages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the site's financial transactions (sales, donations, refunds) with payments and fees. */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/commerce/transactions/{documentIds}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read up to 50 transactions by id. */
        get: operations["getTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through customer, subscriber and donor profiles, filtered and sorted as asked. */
        get: operations["listProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1.0/profiles/{profileIds}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read up to 50 profiles by id. */
        get: operations["getProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through products, optionally by type or change date. */
        get: operations["listProducts"];
        put?: never;
        /** Create a product on a store page with at least one variant. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read up to 50 products by id. */
        get: operations["getProducts"];
        put?: never;
        /** Change a product's name, description, visibility, tags or variant options. */
        post: operations["updateProduct"];
        /** Delete a product with all its variants and images. */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image file to a product; it is processed in the background. */
        post: operations["uploadProductImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the alternative text of a product image. */
        post: operations["updateProductImage"];
        /** Remove an image from a product. */
        delete: operations["deleteProductImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/images/{imageId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a product image to right after another one. */
        post: operations["reorderProductImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/images/{imageId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether an uploaded product image has finished processing. */
        get: operations["getProductImageStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a variant with its price and stock to a product.
         * @description Attributes can only be used once the product lists them in variantAttributes.
         */
        post: operations["createVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/variants/{variantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a variant's SKU, price, attributes or shipping measurements. */
        post: operations["updateVariant"];
        /** Delete one variant of a product. */
        delete: operations["deleteVariant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/commerce/products/{productId}/variants/{variantId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show one of the product's images for a variant. */
        post: operations["setVariantImage"];
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
        AdjustInventoryRequest: {
            incrementOperations?: components["schemas"]["AdjustInventoryRequestIncrementOperations"];
            decrementOperations?: components["schemas"]["AdjustInventoryRequestIncrementOperations"];
            setFiniteOperations?: components["schemas"]["AdjustInventoryRequestIncrementOperations"];
            /** @description Variant ids whose stock becomes unlimited. */
            setUnlimitedOperations?: string[];
        };
        AdjustInventoryRequestIncrementOperations: {
            variantId: string;
            quantity: number;
        }[];
        CreateOrderRequest: {
            /** @description Name of the outside channel the order came from. */
            channelName: string;
            /** @description The order's id in that channel. */
            externalOrderReference: string;
            /** Format: email */
            customerEmail: string;
            billingAddress?: components["schemas"]["ListOrdersResponseResultItemBillingAddress"];
            shippingAddress?: components["schemas"]["ListOrdersResponseResultItemBillingAddress"];
            /**
             * @description Whether stock is reduced for the lines.
             * @enum {string}
             */
            inventoryBehavior?: "DEDUCT" | "SKIP";
            lineItems: {
                /** @enum {string} */
                lineItemType: "PHYSICAL_PRODUCT" | "CUSTOM";
                variantId?: string;
                productName?: string;
                quantity: number;
                unitPricePaid: {
                    currency?: string;
                    value?: string;
                };
            }[];
            shippingLines?: {
                method?: string;
                amount?: {
                    currency?: string;
                    value?: string;
                };
            }[];
            discountLines?: {
                name?: string;
                amount?: {
                    currency?: string;
                    value?: string;
                };
            }[];
            subtotal: {
                currency?: string;
                value?: string;
            };
            shippingTotal?: {
                currency?: string;
                value?: string;
            };
            discountTotal?: {
                currency?: string;
                value?: string;
            };
            taxTotal?: {
                currency?: string;
                value?: string;
            };
            /** @enum {string} */
            priceTaxInterpretation: "EXCLUSIVE" | "INCLUSIVE";
            grandTotal: {
                currency?: string;
                value?: string;
            };
            /** @enum {string} */
            fulfillmentStatus?: "PENDING" | "FULFILLED";
            /** @enum {string} */
            shopperFulfillmentNotificationBehavior?: "SEND" | "SKIP";
            /** Format: date-time */
            fulfilledOn?: string;
            /** Format: date-time */
            createdOn: string;
        };
        CreateOrderResponse: components["schemas"]["ListOrdersResponseResultItem"];
        CreateProductRequest: {
            /**
             * @description Only physical products can be created through the API.
             * @enum {string}
             */
            type: "PHYSICAL";
            /** @description Store page that lists the product. */
            storePageId: string;
            name?: string;
            /** @description HTML text. */
            description?: string;
            urlSlug?: string;
            tags?: string[];
            isVisible?: boolean;
            /** @description Names of the options variants differ in, e.g. Size. */
            variantAttributes?: string[];
            variants: components["schemas"]["CreateProductRequestVariantsItem"][];
        };
        CreateProductRequestVariantsItem: {
            sku?: string;
            pricing?: components["schemas"]["ListProductsResponseProductsItemVariantsItemPricing"];
            stock?: components["schemas"]["ListProductsResponseProductsItemVariantsItemStock"];
            attributes?: {
                [key: string]: string;
            };
            shippingMeasurements?: {
                weight?: {
                    unit?: string;
                    value?: number;
                };
                dimensions?: {
                    unit?: string;
                    length?: number;
                    width?: number;
                    height?: number;
                };
            };
        };
        CreateProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        CreateVariantRequest: components["schemas"]["CreateProductRequestVariantsItem"];
        CreateVariantResponse: components["schemas"]["ListProductsResponseProductsItemVariantsItem"];
        FulfillOrderRequest: {
            /** @description Email the customer about the shipment. */
            shouldSendNotification: boolean;
            shipments?: {
                /** Format: date-time */
                shipDate: string;
                carrierName: string;
                service: string;
                trackingNumber: string;
                trackingUrl?: string;
            }[];
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
        GetInventoryResponse: {
            inventory?: components["schemas"]["ListInventoryResponseInventoryItem"][];
        };
        GetOrderResponse: components["schemas"]["ListOrdersResponseResultItem"];
        GetProductImageStatusResponse: {
            /** @enum {string} */
            status?: "PROCESSING" | "READY" | "ERROR";
        };
        GetProductsResponse: {
            products?: components["schemas"]["ListProductsResponseProductsItem"][];
        };
        GetProfilesResponse: {
            profiles?: components["schemas"]["ListProfilesResponseProfilesItem"][];
        };
        GetTransactionsResponse: {
            documents?: components["schemas"]["ListTransactionsResponseDocumentsItem"][];
        };
        ListInventoryResponse: {
            inventory?: components["schemas"]["ListInventoryResponseInventoryItem"][];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListInventoryResponseInventoryItem: {
            variantId?: string;
            sku?: string;
            descriptor?: string;
            isUnlimited?: boolean;
            quantity?: number;
        };
        ListInventoryResponsePagination: {
            hasNextPage?: boolean;
            nextPageCursor?: string | null;
            nextPageUrl?: string | null;
        };
        ListOrdersResponse: {
            result?: components["schemas"]["ListOrdersResponseResultItem"][];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListOrdersResponseResultItem: {
            id?: string;
            orderNumber?: string;
            /** Format: date-time */
            createdOn?: string;
            /** Format: date-time */
            modifiedOn?: string;
            channel?: string;
            channelName?: string;
            externalOrderReference?: string | null;
            testmode?: boolean;
            customerEmail?: string;
            customerId?: string | null;
            billingAddress?: components["schemas"]["ListOrdersResponseResultItemBillingAddress"];
            shippingAddress?: components["schemas"]["ListOrdersResponseResultItemBillingAddress"];
            /** @enum {string} */
            fulfillmentStatus?: "PENDING" | "FULFILLED" | "CANCELED";
            lineItems?: {
                id?: string;
                variantId?: string | null;
                sku?: string | null;
                productId?: string | null;
                productName?: string;
                quantity?: number;
                unitPricePaid?: {
                    currency?: string;
                    value?: string;
                };
                lineItemType?: string;
            }[];
            fulfillments?: Record<string, unknown>[];
            internalNotes?: Record<string, unknown>[];
            subtotal?: {
                currency?: string;
                value?: string;
            };
            shippingTotal?: {
                currency?: string;
                value?: string;
            };
            discountTotal?: {
                currency?: string;
                value?: string;
            };
            taxTotal?: {
                currency?: string;
                value?: string;
            };
            refundedTotal?: {
                currency?: string;
                value?: string;
            };
            grandTotal?: {
                currency?: string;
                value?: string;
            };
            /** @enum {string} */
            priceTaxInterpretation?: "EXCLUSIVE" | "INCLUSIVE";
            fulfilledOn?: string | null;
        };
        ListOrdersResponseResultItemBillingAddress: {
            firstName?: string;
            lastName?: string;
            address1?: string;
            address2?: string | null;
            city?: string;
            state?: string;
            countryCode?: string;
            postalCode?: string;
            phone?: string | null;
        };
        ListProductsResponse: {
            products?: components["schemas"]["ListProductsResponseProductsItem"][];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListProductsResponseProductsItem: {
            id?: string;
            /** @enum {string} */
            type?: "PHYSICAL" | "SERVICE" | "GIFT_CARD" | "DIGITAL";
            storePageId?: string;
            name?: string;
            description?: string;
            url?: string;
            urlSlug?: string;
            tags?: string[];
            isVisible?: boolean;
            variantAttributes?: string[];
            variants?: components["schemas"]["ListProductsResponseProductsItemVariantsItem"][];
            images?: {
                id?: string;
                altText?: string | null;
                url?: string;
                originalSize?: Record<string, unknown>;
            }[];
            /** Format: date-time */
            createdOn?: string;
            /** Format: date-time */
            modifiedOn?: string;
        };
        ListProductsResponseProductsItemVariantsItem: {
            id?: string;
            sku?: string;
            pricing?: components["schemas"]["ListProductsResponseProductsItemVariantsItemPricing"];
            stock?: components["schemas"]["ListProductsResponseProductsItemVariantsItemStock"];
            attributes?: {
                [key: string]: string;
            };
            image?: Record<string, unknown> | null;
        };
        ListProductsResponseProductsItemVariantsItemPricing: {
            basePrice?: {
                currency?: string;
                value?: string;
            };
            salePrice?: {
                currency?: string;
                value?: string;
            };
            onSale?: boolean;
        };
        ListProductsResponseProductsItemVariantsItemStock: {
            quantity?: number;
            unlimited?: boolean;
        };
        ListProfilesResponse: {
            profiles?: components["schemas"]["ListProfilesResponseProfilesItem"][];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListProfilesResponseProfilesItem: {
            id?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            hasAccount?: boolean;
            isCustomer?: boolean;
            acceptsMarketing?: boolean;
            /** Format: date-time */
            createdOn?: string;
            address?: Record<string, unknown> | null;
            transactionsSummary?: {
                firstOrderSubmittedOn?: string | null;
                lastOrderSubmittedOn?: string | null;
                orderCount?: number;
                totalOrderAmount?: {
                    currency?: string;
                    value?: string;
                };
                totalRefundAmount?: {
                    currency?: string;
                    value?: string;
                };
            } | null;
        };
        ListStorePagesResponse: {
            storePages?: {
                id?: string;
                title?: string;
                isEnabled?: boolean;
            }[];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListTransactionsResponse: {
            documents?: components["schemas"]["ListTransactionsResponseDocumentsItem"][];
            pagination?: components["schemas"]["ListInventoryResponsePagination"];
        };
        ListTransactionsResponseDocumentsItem: {
            id?: string;
            /** Format: date-time */
            createdOn?: string;
            /** Format: date-time */
            modifiedOn?: string;
            customerEmail?: string | null;
            salesOrderId?: string | null;
            voided?: boolean;
            totalSales?: {
                currency?: string;
                value?: string;
            };
            totalNetSales?: {
                currency?: string;
                value?: string;
            };
            totalNetShipping?: {
                currency?: string;
                value?: string;
            };
            totalTaxes?: {
                currency?: string;
                value?: string;
            };
            total?: {
                currency?: string;
                value?: string;
            };
            totalNetPayment?: {
                currency?: string;
                value?: string;
            };
            payments?: Record<string, unknown>[];
            salesLineItems?: Record<string, unknown>[];
            discounts?: Record<string, unknown>[];
            shippingLineItems?: Record<string, unknown>[];
        };
        ReorderProductImageRequest: {
            /** @description Image to place this one after; null moves it to the front. */
            afterImageId?: string | null;
        };
        SetVariantImageRequest: {
            /** @description Image of the same product; null removes the assignment. */
            imageId: string | null;
        };
        UpdateProductImageRequest: {
            altText: string;
        };
        UpdateProductRequest: {
            name?: string;
            description?: string;
            urlSlug?: string;
            tags?: string[];
            isVisible?: boolean;
            /** @description Must be set before variants can use attributes. */
            variantAttributes?: string[];
        };
        UpdateProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        UpdateVariantRequest: components["schemas"]["CreateProductRequestVariantsItem"];
        UpdateVariantResponse: components["schemas"]["ListProductsResponseProductsItemVariantsItem"];
        UploadProductImageRequest: {
            /**
             * Format: binary
             * @description The image file.
             */
            file: string;
        };
        UploadProductImageResponse: {
            /** @description Id to poll the upload status with. */
            imageId?: string;
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
        /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listInventory: {
        parameters: {
            query?: {
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInventoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    adjustInventory: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique value per intended change so a retry is not applied twice. */
                "Idempotency-Key": string;
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "incrementOperations": [
                 *         {
                 *           "variantId": "variant-id",
                 *           "quantity": 5
                 *         }
                 *       ],
                 *       "decrementOperations": [
                 *         {
                 *           "variantId": "variant-id",
                 *           "quantity": 2
                 *         }
                 *       ],
                 *       "setFiniteOperations": [
                 *         {
                 *           "variantId": "variant-id",
                 *           "quantity": 100
                 *         }
                 *       ],
                 *       "setUnlimitedOperations": [
                 *         "variant-id"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AdjustInventoryRequest"];
            };
        };
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
    getInventory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Variant ids joined with commas (at most 50). */
                variantIds: string;
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
                    "application/json": components["schemas"]["GetInventoryResponse"];
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
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
                /** @description Changed after this ISO 8601 time; send with modifiedBefore. */
                modifiedAfter?: string;
                /** @description Changed before this ISO 8601 time; send with modifiedAfter. */
                modifiedBefore?: string;
                /** @description Orders of this customer profile. */
                customerId?: string;
                /** @description Orders in this fulfillment state. */
                fulfillmentStatus?: "PENDING" | "FULFILLED" | "CANCELED";
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
            header: {
                /** @description Unique value per intended change so a retry is not applied twice. */
                "Idempotency-Key": string;
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channelName": "External Store",
                 *       "externalOrderReference": "ORDER-12345",
                 *       "customerEmail": "customer@example.com",
                 *       "lineItems": [
                 *         {
                 *           "lineItemType": "PHYSICAL_PRODUCT",
                 *           "variantId": "variant-id",
                 *           "quantity": 2,
                 *           "unitPricePaid": {
                 *             "currency": "USD",
                 *             "value": "29.99"
                 *           }
                 *         }
                 *       ],
                 *       "subtotal": {
                 *         "currency": "USD",
                 *         "value": "59.98"
                 *       },
                 *       "priceTaxInterpretation": "EXCLUSIVE",
                 *       "grandTotal": {
                 *         "currency": "USD",
                 *         "value": "59.98"
                 *       },
                 *       "createdOn": "2024-01-15T10:30:00Z"
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
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                orderId: string;
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
    fulfillOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "shouldSendNotification": true,
                 *       "shipments": [
                 *         {
                 *           "shipDate": "2024-01-16T08:00:00Z",
                 *           "carrierName": "USPS",
                 *           "service": "Priority Mail",
                 *           "trackingNumber": "9400111899223456789012",
                 *           "trackingUrl": "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223456789012"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FulfillOrderRequest"];
            };
        };
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
    listStorePages: {
        parameters: {
            query?: {
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListStorePagesResponse"];
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
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
                /** @description Changed after this ISO 8601 time; send with modifiedBefore. */
                modifiedAfter?: string;
                /** @description Changed before this ISO 8601 time; send with modifiedAfter. */
                modifiedBefore?: string;
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
    getTransactions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Transaction ids joined with commas (at most 50). */
                documentIds: string;
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
                    "application/json": components["schemas"]["GetTransactionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProfiles: {
        parameters: {
            query?: {
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
                /** @description Semicolon-separated conditions: isCustomer,true · hasAccount,false · email,name@example.com. */
                filter?: string;
                sortField?: "createdOn" | "id" | "email" | "lastName";
                sortDirection?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProfilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProfiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Profile ids joined with commas (at most 50). */
                profileIds: string;
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
                    "application/json": components["schemas"]["GetProfilesResponse"];
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
                /** @description The pagination.nextPageCursor of the previous page. */
                cursor?: string;
                /** @description Comma-separated product types: PHYSICAL, SERVICE, GIFT_CARD, DIGITAL. */
                type?: string;
                /** @description Changed after this ISO 8601 time; send with modifiedBefore. */
                modifiedAfter?: string;
                /** @description Changed before this ISO 8601 time; send with modifiedAfter. */
                modifiedBefore?: string;
            };
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "PHYSICAL",
                 *       "storePageId": "store-page-id",
                 *       "name": "New Product",
                 *       "description": "<p>Product description</p>",
                 *       "urlSlug": "new-product",
                 *       "isVisible": true,
                 *       "variants": [
                 *         {
                 *           "sku": "SKU-001",
                 *           "pricing": {
                 *             "basePrice": {
                 *               "currency": "USD",
                 *               "value": "49.99"
                 *             }
                 *           },
                 *           "stock": {
                 *             "quantity": 100,
                 *             "unlimited": false
                 *           }
                 *         }
                 *       ]
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
    getProducts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description One product id, or up to 50 joined with commas. */
                productId: string;
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
                    "application/json": components["schemas"]["GetProductsResponse"];
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
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Product Name",
                 *       "isVisible": true
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
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
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
    uploadProductImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadProductImageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadProductImageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProductImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product image. */
                imageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "altText": "Product image description"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductImageRequest"];
            };
        };
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
    deleteProductImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product image. */
                imageId: string;
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
    reorderProductImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product image. */
                imageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "afterImageId": "other-image-id"
                 *     }
                 */
                "application/json": components["schemas"]["ReorderProductImageRequest"];
            };
        };
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
    getProductImageStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product image. */
                imageId: string;
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
                    "application/json": components["schemas"]["GetProductImageStatusResponse"];
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
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "SKU-002",
                 *       "pricing": {
                 *         "basePrice": {
                 *           "currency": "USD",
                 *           "value": "59.99"
                 *         }
                 *       },
                 *       "stock": {
                 *         "quantity": 50,
                 *         "unlimited": false
                 *       },
                 *       "attributes": {
                 *         "Size": "Large"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateVariantRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product variant. */
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "SKU-002-UPDATED",
                 *       "pricing": {
                 *         "basePrice": {
                 *           "currency": "USD",
                 *           "value": "64.99"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateVariantRequest"];
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
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product variant. */
                variantId: string;
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
    setVariantImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Squarespace connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
                /** @description Id of the product variant. */
                variantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "imageId": "image-id"
                 *     }
                 */
                "application/json": components["schemas"]["SetVariantImageRequest"];
            };
        };
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
