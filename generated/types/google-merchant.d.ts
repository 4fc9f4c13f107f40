// Generated from providers/google-merchant.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/accounts/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Merchant Center accounts the user can reach, including sub-accounts. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one Merchant Center account; also a quick check that registration worked. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/v1/accounts/{accountId}/developerRegistration:registerGcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the calling Cloud project with a Merchant Center account, once, so the v1 endpoints can be used. */
        post: operations["registerGcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/v1beta/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts through the beta version, which works before developer registration and so reveals the account id. */
        get: operations["listAccountsV1beta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasources/v1/accounts/{accountId}/dataSources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's data sources and their input type (API, file, UI or autofeed). */
        get: operations["listDataSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventories/v1/accounts/{accountId}/products/{productId}/localInventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the per-store prices, stock and pickup options of a product sold locally. */
        get: operations["listLocalInventories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inventories/v1/accounts/{accountId}/products/{productId}/regionalInventories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the region-specific prices and availability of a product. */
        get: operations["listRegionalInventories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/v1/accounts/{accountId}/productInputs/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a product input from a data source; the product goes once no source supplies it. */
        delete: operations["deleteProductInput"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/v1/accounts/{accountId}/productInputs:insert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a product, or replace it when the same offer already exists, in an API data source. */
        post: operations["insertProductInput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/v1/accounts/{accountId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the processed products of an account with their attributes and status. */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/v1/accounts/{accountId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one processed product, including disapproval issues per destination. */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/promotions/v1/accounts/{accountId}/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's promotions (needs Promotions programme enrolment). */
        get: operations["listPromotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/v1/accounts/{accountId}/reports:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a Merchant Center Query Language query over report tables such as product_view or product_performance_view. */
        post: operations["searchReports"];
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
        /** @description Google's Empty message: no fields. */
        DeleteProductInputResponse: Record<string, unknown>;
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        GetProductResponse: components["schemas"]["ListProductsResponseProduct"];
        InsertProductInputRequest: {
            /** @description Your own id for the offer (SKU). */
            offerId: string;
            /** @description Two-letter ISO 639-1 language of the product data. */
            contentLanguage: string;
            /** @description Label grouping the offers, often a country code such as US. */
            feedLabel: string;
            /** @description Optional increasing version; older versions are rejected. */
            versionNumber?: string;
            productAttributes?: {
                title?: string;
                description?: string;
                link?: string;
                imageLink?: string;
                additionalImageLinks?: string[];
                /** @description Stock state of the offer. */
                availability?: string;
                condition?: string;
                brand?: string;
                gtins?: string[];
                price?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
                salePrice?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
            };
            customAttributes?: {
                name?: string;
                value?: string;
            }[];
        };
        InsertProductInputRequestProductAttributesPrice: {
            /** @description Amount in millionths of the currency unit. */
            amountMicros?: string;
            /** @description ISO 4217 code. */
            currencyCode?: string;
        };
        InsertProductInputResponse: {
            name?: string;
            /** @description Name of the processed product this input feeds. */
            product?: string;
            offerId?: string;
            contentLanguage?: string;
            feedLabel?: string;
            versionNumber?: string;
            productAttributes?: Record<string, unknown>;
            customAttributes?: Record<string, unknown>[];
        };
        ListAccountsResponse: {
            accounts?: components["schemas"]["ListAccountsResponseAccount"][];
            nextPageToken?: string;
        };
        ListAccountsResponseAccount: {
            /** @description Resource name, accounts/{accountId}. */
            name?: string;
            accountId?: string;
            accountName?: string;
            adultContent?: boolean;
            testAccount?: boolean;
            timeZone?: {
                id?: string;
                version?: string;
            };
            languageCode?: string;
        };
        ListAccountsV1betaResponse: {
            accounts?: components["schemas"]["ListAccountsResponseAccount"][];
            nextPageToken?: string;
        };
        ListDataSourcesResponse: {
            dataSources?: {
                name?: string;
                dataSourceId?: string;
                displayName?: string;
                /** @enum {string} */
                input?: "INPUT_UNSPECIFIED" | "API" | "FILE" | "UI" | "AUTOFEED";
                primaryProductDataSource?: Record<string, unknown>;
                supplementalProductDataSource?: Record<string, unknown>;
                localInventoryDataSource?: Record<string, unknown>;
                regionalInventoryDataSource?: Record<string, unknown>;
                promotionDataSource?: Record<string, unknown>;
                fileInput?: Record<string, unknown>;
            }[];
            nextPageToken?: string;
        };
        ListLocalInventoriesResponse: {
            localInventories?: {
                name?: string;
                account?: string;
                storeCode?: string;
                localInventoryAttributes?: {
                    price?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
                    salePrice?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
                    availability?: string;
                    quantity?: string;
                    pickupMethod?: string;
                    pickupSla?: string;
                };
            }[];
            nextPageToken?: string;
        };
        ListProductsResponse: {
            products?: components["schemas"]["ListProductsResponseProduct"][];
            nextPageToken?: string;
        };
        ListProductsResponseProduct: {
            name?: string;
            offerId?: string;
            contentLanguage?: string;
            feedLabel?: string;
            dataSource?: string;
            versionNumber?: string;
            /** @description Title, link, imageLink, availability, price and the other product data. */
            productAttributes?: Record<string, unknown>;
            customAttributes?: {
                name?: string;
                value?: string;
            }[];
            productStatus?: {
                destinationStatuses?: Record<string, unknown>[];
                itemLevelIssues?: Record<string, unknown>[];
                /** Format: date-time */
                creationDate?: string;
                /** Format: date-time */
                lastUpdateDate?: string;
                /** Format: date-time */
                googleExpirationDate?: string;
            };
        };
        ListPromotionsResponse: {
            promotions?: {
                name?: string;
                promotionId?: string;
                contentLanguage?: string;
                targetCountry?: string;
                redemptionChannel?: string[];
                dataSource?: string;
                attributes?: Record<string, unknown>;
                promotionStatus?: Record<string, unknown>;
            }[];
            nextPageToken?: string;
        };
        ListRegionalInventoriesResponse: {
            regionalInventories?: {
                name?: string;
                account?: string;
                region?: string;
                regionalInventoryAttributes?: {
                    price?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
                    salePrice?: components["schemas"]["InsertProductInputRequestProductAttributesPrice"];
                    availability?: string;
                };
            }[];
            nextPageToken?: string;
        };
        RegisterGcpRequest: {
            /**
             * Format: email
             * @description Google account e-mail of the developer to add as an API contact.
             */
            developerEmail: string;
        };
        RegisterGcpResponse: {
            name?: string;
            gcpIds?: string[];
        };
        SearchReportsRequest: {
            /** @description Query such as SELECT id, offer_id, title FROM product_view LIMIT 10; product_view queries must select id. */
            query: string;
            /** @description Rows per page. */
            pageSize?: number;
            /** @description nextPageToken of the previous page. */
            pageToken?: string;
        };
        SearchReportsResponse: {
            /** @description One row per result; each row fills the field named after the queried table. */
            results?: {
                productView?: Record<string, unknown>;
                productPerformanceView?: Record<string, unknown>;
                priceCompetitivenessProductView?: Record<string, unknown>;
                bestSellersProductClusterView?: Record<string, unknown>;
            }[];
            nextPageToken?: string;
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
        /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /** @description Accounts per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Filter expression, e.g. accountName = "*store*". */
                filter?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
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
                    "application/json": components["schemas"]["GetAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    registerGcp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "developerEmail": "your-email@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterGcpRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "accounts/123456789/developerRegistration",
                     *       "gcpIds": [
                     *         "..."
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RegisterGcpResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccountsV1beta: {
        parameters: {
            query?: {
                /** @description Accounts per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Filter expression over account fields. */
                filter?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
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
                    /**
                     * @example {
                     *       "accounts": [
                     *         {
                     *           "accountId": "123456789",
                     *           "accountName": "My Store"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListAccountsV1betaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDataSources: {
        parameters: {
            query?: {
                /** @description Data sources per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
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
                    "application/json": components["schemas"]["ListDataSourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLocalInventories: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
                /**
                 * @description Product id of the form contentLanguage~feedLabel~offerId.
                 * @example en~US~sku123
                 */
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
                    "application/json": components["schemas"]["ListLocalInventoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRegionalInventories: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
                /**
                 * @description Product id of the form contentLanguage~feedLabel~offerId.
                 * @example en~US~sku123
                 */
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
                    "application/json": components["schemas"]["ListRegionalInventoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteProductInput: {
        parameters: {
            query: {
                /** @description Data source to delete from, accounts/{accountId}/dataSources/{dataSourceId}. */
                dataSource: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
                /**
                 * @description Product id of the form contentLanguage~feedLabel~offerId.
                 * @example en~US~sku123
                 */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteProductInputResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    insertProductInput: {
        parameters: {
            query: {
                /**
                 * @description Data source to write to, accounts/{accountId}/dataSources/{dataSourceId}.
                 * @example accounts/123456789/dataSources/987654321
                 */
                dataSource: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offerId": "sku123",
                 *       "contentLanguage": "en",
                 *       "feedLabel": "US",
                 *       "productAttributes": {
                 *         "title": "Product Title",
                 *         "link": "https://example.com/product",
                 *         "imageLink": "https://example.com/image.jpg",
                 *         "availability": "in_stock",
                 *         "price": {
                 *           "amountMicros": "19990000",
                 *           "currencyCode": "USD"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InsertProductInputRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsertProductInputResponse"];
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
                /** @description Products per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
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
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
                /**
                 * @description Product id of the form contentLanguage~feedLabel~offerId.
                 * @example en~US~sku123
                 */
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
    listPromotions: {
        parameters: {
            query?: {
                /** @description Promotions per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
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
                    "application/json": components["schemas"]["ListPromotionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Merchant connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric Merchant Center account id.
                 * @example 123456789
                 */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "SELECT id, offer_id, title FROM product_view LIMIT 10"
                 *     }
                 */
                "application/json": components["schemas"]["SearchReportsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchReportsResponse"];
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
