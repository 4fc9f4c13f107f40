// Generated from providers/google-play.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/androidpublisher/v3/applications/{packageName}/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an edit, a draft of store listing and release changes for the app. */
        post: operations["createEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/edits/{editId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Throw away an edit and every change in it. */
        delete: operations["deleteEdit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/edits/{editId}:commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish all changes made in an edit. */
        post: operations["commitEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/inappproducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the app's one-time in-app products. */
        get: operations["listInAppProducts"];
        put?: never;
        /** Create a one-time in-app product with its price and store listings. */
        post: operations["createInAppProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/inappproducts/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one in-app product with its prices and store listings. */
        get: operations["getInAppProduct"];
        put?: never;
        post?: never;
        /** Delete an in-app product. */
        delete: operations["deleteInAppProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the state of a one-time in-app purchase by its purchase token. */
        get: operations["getProductPurchase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/purchases/products/{productId}/tokens/{token}:acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm to Google that a one-time purchase was delivered, so it is not refunded. */
        post: operations["acknowledgeProductPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether a subscription purchase is active, when it expires and whether it renews. */
        get: operations["getSubscriptionPurchase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/purchases/subscriptions/{subscriptionId}/tokens/{token}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a user's subscription from renewing; it stays active until the paid period ends. */
        post: operations["cancelSubscriptionPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent user reviews of the app that have a comment. */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one review with the developer's reply, if any. */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/reviews/{reviewId}:reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post or replace the developer's public reply to a review. */
        post: operations["replyToReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the app's subscription products with their base plans. */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/androidpublisher/v3/applications/{packageName}/subscriptions/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscription product with its base plans and listings. */
        get: operations["getSubscription"];
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
        AcknowledgeProductPurchaseRequest: {
            /** @description Optional text stored with the purchase. */
            developerPayload?: string;
        };
        CommitEditResponse: components["schemas"]["CreateEditResponse"];
        CreateEditRequest: Record<string, unknown>;
        CreateEditResponse: {
            id?: string;
            /** @description When the edit lapses if it is not committed. */
            expiryTimeSeconds?: string;
        };
        CreateInAppProductRequest: {
            packageName: string;
            /** @description Product id; letters, digits, underscores and dots, starting with a letter or digit. */
            sku: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * @description Only managed one-time products can be created here.
             * @enum {string}
             */
            purchaseType: "managedUser";
            defaultPrice: components["schemas"]["ListInAppProductsResponseInAppProductDefaultPrice"];
            prices?: {
                [key: string]: components["schemas"]["ListInAppProductsResponseInAppProductDefaultPrice"];
            };
            defaultLanguage?: string;
            listings: {
                [key: string]: {
                    title?: string;
                    description?: string;
                };
            };
        };
        CreateInAppProductResponse: components["schemas"]["ListInAppProductsResponseInAppProduct"];
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
        GetInAppProductResponse: components["schemas"]["ListInAppProductsResponseInAppProduct"];
        GetProductPurchaseResponse: {
            kind?: string;
            purchaseTimeMillis?: string;
            /**
             * @description 0 purchased, 1 cancelled, 2 pending.
             * @enum {integer}
             */
            purchaseState?: 0 | 1 | 2;
            /**
             * @description 0 not yet consumed, 1 consumed.
             * @enum {integer}
             */
            consumptionState?: 0 | 1;
            /**
             * @description 0 not yet acknowledged, 1 acknowledged.
             * @enum {integer}
             */
            acknowledgementState?: 0 | 1;
            developerPayload?: string;
            orderId?: string;
            /** @description Set for test (0) and promo (1) or rewarded (2) purchases only. */
            purchaseType?: number;
            purchaseToken?: string;
            productId?: string;
            quantity?: number;
            regionCode?: string;
            refundableQuantity?: number;
            obfuscatedExternalAccountId?: string;
            obfuscatedExternalProfileId?: string;
        };
        GetReviewResponse: components["schemas"]["ListReviewsResponseReview"];
        GetSubscriptionPurchaseResponse: {
            kind?: string;
            startTimeMillis?: string;
            expiryTimeMillis?: string;
            autoRenewing?: boolean;
            priceCurrencyCode?: string;
            priceAmountMicros?: string;
            countryCode?: string;
            /** @description 0 pending, 1 received, 2 free trial, 3 pending deferred change. */
            paymentState?: number;
            /** @description 0 by the user, 1 by the system, 2 replaced, 3 by the developer. */
            cancelReason?: number;
            userCancellationTimeMillis?: string;
            /** @enum {integer} */
            acknowledgementState?: 0 | 1;
            orderId?: string;
            linkedPurchaseToken?: string;
            purchaseType?: number;
            developerPayload?: string;
        };
        GetSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseSubscription"];
        ListInAppProductsResponse: {
            kind?: string;
            inappproduct?: components["schemas"]["ListInAppProductsResponseInAppProduct"][];
            pageInfo?: components["schemas"]["ListInAppProductsResponsePageInfo"];
            tokenPagination?: components["schemas"]["ListInAppProductsResponseTokenPagination"];
        };
        ListInAppProductsResponseInAppProduct: {
            packageName?: string;
            sku?: string;
            /** @enum {string} */
            status?: "statusUnspecified" | "active" | "inactive";
            /** @enum {string} */
            purchaseType?: "purchaseTypeUnspecified" | "managedUser" | "subscription";
            defaultPrice?: components["schemas"]["ListInAppProductsResponseInAppProductDefaultPrice"];
            /** @description Prices keyed by region code. */
            prices?: {
                [key: string]: components["schemas"]["ListInAppProductsResponseInAppProductDefaultPrice"];
            };
            defaultLanguage?: string;
            /** @description Title and description keyed by language (BCP-47, e.g. en-US). */
            listings?: {
                [key: string]: {
                    title?: string;
                    description?: string;
                    benefits?: string[];
                };
            };
            subscriptionPeriod?: string;
            trialPeriod?: string;
            gracePeriod?: string;
        };
        ListInAppProductsResponseInAppProductDefaultPrice: {
            priceMicros?: string;
            currency?: string;
        };
        ListInAppProductsResponsePageInfo: {
            totalResults?: number;
            resultPerPage?: number;
            startIndex?: number;
        };
        ListInAppProductsResponseTokenPagination: {
            nextPageToken?: string;
            previousPageToken?: string;
        };
        ListReviewsResponse: {
            reviews?: components["schemas"]["ListReviewsResponseReview"][];
            tokenPagination?: components["schemas"]["ListInAppProductsResponseTokenPagination"];
            pageInfo?: components["schemas"]["ListInAppProductsResponsePageInfo"];
        };
        ListReviewsResponseReview: {
            reviewId?: string;
            authorName?: string;
            comments?: {
                userComment?: {
                    text?: string;
                    lastModified?: components["schemas"]["ListReviewsResponseReviewCommentsItemUserCommentLastModified"];
                    starRating?: number;
                    reviewerLanguage?: string;
                    device?: string;
                    androidOsVersion?: number;
                    appVersionCode?: number;
                    appVersionName?: string;
                    thumbsUpCount?: number;
                    thumbsDownCount?: number;
                    originalText?: string;
                };
                developerComment?: {
                    text?: string;
                    lastModified?: components["schemas"]["ListReviewsResponseReviewCommentsItemUserCommentLastModified"];
                };
            }[];
        };
        ListReviewsResponseReviewCommentsItemUserCommentLastModified: {
            seconds?: string;
            nanos?: number;
        };
        ListSubscriptionsResponse: {
            subscriptions?: components["schemas"]["ListSubscriptionsResponseSubscription"][];
            nextPageToken?: string;
        };
        ListSubscriptionsResponseSubscription: {
            packageName?: string;
            productId?: string;
            archived?: boolean;
            listings?: {
                languageCode?: string;
                title?: string;
                description?: string;
                benefits?: string[];
            }[];
            basePlans?: {
                basePlanId?: string;
                /** @enum {string} */
                state?: "STATE_UNSPECIFIED" | "DRAFT" | "ACTIVE" | "INACTIVE";
                autoRenewingBasePlanType?: Record<string, unknown>;
                prepaidBasePlanType?: Record<string, unknown>;
                regionalConfigs?: Record<string, unknown>[];
            }[];
            taxAndComplianceSettings?: Record<string, unknown>;
        };
        ReplyToReviewRequest: {
            /** @description Plain-text reply of up to 350 characters. */
            replyText: string;
        };
        ReplyToReviewResponse: {
            result?: {
                replyText?: string;
                lastEdited?: components["schemas"]["ListReviewsResponseReviewCommentsItemUserCommentLastModified"];
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
        /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createEdit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateEditRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEditResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEdit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Id of the edit. */
                editId: string;
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
    commitEdit: {
        parameters: {
            query?: {
                /** @description Hold the changes back from review until they are sent from Play Console. */
                changesNotSentForReview?: boolean;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Id of the edit. */
                editId: string;
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
                    "application/json": components["schemas"]["CommitEditResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInAppProducts: {
        parameters: {
            query?: {
                /** @description Products per page. */
                maxResults?: number;
                /** @description tokenPagination.nextPageToken of the previous page. */
                token?: string;
                /** @description Deprecated offset into the list. */
                startIndex?: number;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
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
                    "application/json": components["schemas"]["ListInAppProductsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createInAppProduct: {
        parameters: {
            query?: {
                /** @description Fill prices for regions left out by converting the default price. */
                autoConvertMissingPrices?: boolean;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "packageName": "com.example.app",
                 *       "sku": "premium_upgrade",
                 *       "status": "active",
                 *       "purchaseType": "managedUser",
                 *       "defaultPrice": {
                 *         "priceMicros": "990000",
                 *         "currency": "USD"
                 *       },
                 *       "listings": {
                 *         "en-US": {
                 *           "title": "Premium Upgrade",
                 *           "description": "Unlock all premium features"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateInAppProductRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateInAppProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getInAppProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id (SKU) of the in-app product. */
                sku: string;
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
                    "application/json": components["schemas"]["GetInAppProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteInAppProduct: {
        parameters: {
            query?: {
                /** @description Whether the change may take a few minutes to reach users in exchange for higher throughput. */
                latencyTolerance?: "PRODUCT_UPDATE_LATENCY_TOLERANCE_UNSPECIFIED" | "PRODUCT_UPDATE_LATENCY_SENSITIVE" | "PRODUCT_UPDATE_LATENCY_TOLERANT";
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id (SKU) of the in-app product. */
                sku: string;
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
    getProductPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id of the in-app product or subscription. */
                productId: string;
                /** @description Purchase token the app received when the purchase was made. */
                token: string;
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
                    "application/json": components["schemas"]["GetProductPurchaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    acknowledgeProductPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id of the in-app product or subscription. */
                productId: string;
                /** @description Purchase token the app received when the purchase was made. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "developerPayload": "optional payload"
                 *     }
                 */
                "application/json": components["schemas"]["AcknowledgeProductPurchaseRequest"];
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
    getSubscriptionPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id of the subscription that was bought. */
                subscriptionId: string;
                /** @description Purchase token the app received when the purchase was made. */
                token: string;
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
                    "application/json": components["schemas"]["GetSubscriptionPurchaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelSubscriptionPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id of the subscription that was bought. */
                subscriptionId: string;
                /** @description Purchase token the app received when the purchase was made. */
                token: string;
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
    listReviews: {
        parameters: {
            query?: {
                /** @description Reviews per page. */
                maxResults?: number;
                /** @description tokenPagination.nextPageToken of the previous page. */
                token?: string;
                /** @description Offset into the list. */
                startIndex?: number;
                /** @description Language to translate review text into (e.g. en). */
                translationLanguage?: string;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
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
                    "application/json": components["schemas"]["ListReviewsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getReview: {
        parameters: {
            query?: {
                /** @description Language to translate review text into (e.g. en). */
                translationLanguage?: string;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Id of the review. */
                reviewId: string;
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
                    "application/json": components["schemas"]["GetReviewResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replyToReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Id of the review. */
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "replyText": "Thank you for your feedback!"
                 *     }
                 */
                "application/json": components["schemas"]["ReplyToReviewRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyToReviewResponse"];
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
                /** @description Subscriptions per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include archived subscriptions. */
                showArchived?: boolean;
            };
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
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
    getSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Play connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Package name of the app, e.g. com.example.app.
                 * @example com.example.app
                 */
                packageName: string;
                /** @description Product id of the in-app product or subscription. */
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
}
