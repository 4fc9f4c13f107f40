// Generated from providers/google-search-console.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/webmasters/v3/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Search Console properties the user can see, with the user's permission level on each. */
        get: operations["listSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webmasters/v3/sites/{siteUrl}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one property and the user's permission level on it. */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webmasters/v3/sites/{siteUrl}/searchAnalytics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get clicks, impressions, CTR and average position for a date range, grouped and filtered by query, page, country, device or date. */
        post: operations["querySearchAnalytics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webmasters/v3/sites/{siteUrl}/sitemaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sitemaps submitted for a property, or those inside one sitemap index. */
        get: operations["listSitemaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the processing status, errors and URL counts of one sitemap. */
        get: operations["getSitemap"];
        /** Submit a sitemap for a property so Google fetches it. */
        put: operations["submitSitemap"];
        post?: never;
        /** Remove a sitemap from the property's sitemap report. */
        delete: operations["deleteSitemap"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        GetSiteResponse: components["schemas"]["ListSitesResponseSiteEntryItem"];
        GetSitemapResponse: components["schemas"]["ListSitemapsResponseSitemapItem"];
        ListSitemapsResponse: {
            sitemap?: components["schemas"]["ListSitemapsResponseSitemapItem"][];
        };
        ListSitemapsResponseSitemapItem: {
            path?: string;
            /** Format: date-time */
            lastSubmitted?: string;
            /** Format: date-time */
            lastDownloaded?: string;
            isPending?: boolean;
            isSitemapsIndex?: boolean;
            /** @enum {string} */
            type?: "sitemap" | "rssFeed" | "atomFeed" | "urlList" | "notSitemap" | "patternSitemap";
            warnings?: string;
            errors?: string;
            contents?: {
                type?: string;
                submitted?: string;
                indexed?: string;
            }[];
        };
        ListSitesResponse: {
            siteEntry?: components["schemas"]["ListSitesResponseSiteEntryItem"][];
        };
        ListSitesResponseSiteEntryItem: {
            siteUrl?: string;
            /** @enum {string} */
            permissionLevel?: "siteOwner" | "siteFullUser" | "siteRestrictedUser" | "siteUnverifiedUser";
        };
        QuerySearchAnalyticsRequest: {
            /**
             * Format: date
             * @description First day (YYYY-MM-DD, Pacific time).
             */
            startDate: string;
            /**
             * Format: date
             * @description Last day (YYYY-MM-DD) included in the range.
             */
            endDate: string;
            /** @description How rows are grouped; each row's keys follow this order. */
            dimensions?: ("query" | "page" | "country" | "device" | "date" | "searchAppearance" | "hour")[];
            /**
             * @description Which Search results the data comes from.
             * @default web
             * @enum {string}
             */
            type?: "web" | "image" | "video" | "news" | "discover" | "googleNews";
            dimensionFilterGroups?: {
                /**
                 * @default and
                 * @enum {string}
                 */
                groupType?: "and";
                filters?: {
                    /** @enum {string} */
                    dimension: "query" | "page" | "country" | "device" | "searchAppearance";
                    /**
                     * @default equals
                     * @enum {string}
                     */
                    operator?: "equals" | "notEquals" | "contains" | "notContains" | "includingRegex" | "excludingRegex";
                    /** @description Value to compare with; country codes are ISO 3166-1 alpha-3, devices DESKTOP, MOBILE or TABLET. */
                    expression: string;
                }[];
            }[];
            /**
             * @description Whether figures are totalled by page or by property.
             * @default auto
             * @enum {string}
             */
            aggregationType?: "auto" | "byPage" | "byProperty" | "byNewsShowcasePanel";
            /**
             * @description Rows to return.
             * @default 1000
             */
            rowLimit?: number;
            /**
             * @description Zero-based index of the first row to return (for paging).
             * @default 0
             */
            startRow?: number;
            /**
             * @description all includes fresh data that may still change.
             * @default final
             * @enum {string}
             */
            dataState?: "final" | "all" | "hourly_all";
        };
        QuerySearchAnalyticsResponse: {
            rows?: {
                /** @description Values of the requested dimensions for this row. */
                keys?: string[];
                clicks?: number;
                impressions?: number;
                ctr?: number;
                position?: number;
            }[];
            responseAggregationType?: string;
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
        /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSites: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
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
                    "application/json": components["schemas"]["GetSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    querySearchAnalytics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "startDate": "2024-01-01",
                 *       "endDate": "2024-01-31",
                 *       "dimensions": [
                 *         "query"
                 *       ],
                 *       "dimensionFilterGroups": [
                 *         {
                 *           "filters": [
                 *             {
                 *               "dimension": "query",
                 *               "operator": "contains",
                 *               "expression": "keyword"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "rowLimit": 100
                 *     }
                 */
                "application/json": components["schemas"]["QuerySearchAnalyticsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuerySearchAnalyticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSitemaps: {
        parameters: {
            query?: {
                /** @description URL of a sitemap index whose child sitemaps to list. */
                sitemapIndex?: string;
            };
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
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
                    "application/json": components["schemas"]["ListSitemapsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
                /**
                 * @description Full URL of the sitemap, URL-encoded.
                 * @example https%3A%2F%2Fexample.com%2Fsitemap.xml
                 */
                feedpath: string;
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
                    "application/json": components["schemas"]["GetSitemapResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    submitSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
                /**
                 * @description Full URL of the sitemap, URL-encoded.
                 * @example https%3A%2F%2Fexample.com%2Fsitemap.xml
                 */
                feedpath: string;
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
    deleteSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Search Console connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The Search Console property, URL-encoded (URL-prefix or sc-domain property).
                 * @example https%3A%2F%2Fexample.com%2F
                 */
                siteUrl: string;
                /**
                 * @description Full URL of the sitemap, URL-encoded.
                 * @example https%3A%2F%2Fexample.com%2Fsitemap.xml
                 */
                feedpath: string;
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
