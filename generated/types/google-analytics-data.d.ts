// Generated from providers/google-analytics-data.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1beta/properties/{propertyId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the dimensions and metrics, custom ones included, that reports on a property can use.
         * @description Property id 0 returns only the dimensions and metrics common to every property.
         */
        get: operations["getMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}:batchRunReports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run up to five reports for the same property in one call. */
        post: operations["batchRunReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}:runRealtimeReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report on activity of roughly the last 30 minutes (up to 60 for GA4 360). */
        post: operations["runRealtimeReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta/properties/{propertyId}:runReport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a report of metrics broken down by dimensions over one or more date ranges. */
        post: operations["runReport"];
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
        BatchRunReportsRequest: {
            /** @description Report requests shaped like the runReport body. */
            requests: {
                dateRanges?: components["schemas"]["RunReportRequestDateRangesItem"][];
                dimensions?: components["schemas"]["RunReportRequestDimensionsItem"][];
                metrics?: components["schemas"]["RunReportRequestMetricsItem"][];
                orderBys?: components["schemas"]["RunReportRequestOrderBysItem"][];
                limit?: number;
                offset?: number;
            }[];
        };
        BatchRunReportsResponse: {
            reports?: components["schemas"]["RunReportResponse"][];
            kind?: string;
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
        GetMetadataResponse: {
            name?: string;
            dimensions?: {
                apiName?: string;
                uiName?: string;
                description?: string;
                category?: string;
                customDefinition?: boolean;
            }[];
            metrics?: {
                apiName?: string;
                uiName?: string;
                description?: string;
                type?: string;
                category?: string;
                customDefinition?: boolean;
            }[];
        };
        RunRealtimeReportRequest: {
            dimensions?: components["schemas"]["RunReportRequestDimensionsItem"][];
            metrics?: components["schemas"]["RunReportRequestMetricsItem"][];
            dimensionFilter?: components["schemas"]["RunReportRequestDimensionFilter"];
            metricFilter?: components["schemas"]["RunReportRequestDimensionFilter"];
            orderBys?: components["schemas"]["RunReportRequestOrderBysItem"][];
            limit?: number;
            metricAggregations?: ("TOTAL" | "MAXIMUM" | "MINIMUM" | "COUNT")[];
            minuteRanges?: {
                name?: string;
                startMinutesAgo?: number;
                endMinutesAgo?: number;
            }[];
            returnPropertyQuota?: boolean;
        };
        RunRealtimeReportResponse: {
            dimensionHeaders?: components["schemas"]["RunReportResponseDimensionHeaders"];
            metricHeaders?: components["schemas"]["RunReportResponseMetricHeaders"];
            rows?: components["schemas"]["RunReportResponseRows"];
            totals?: components["schemas"]["RunReportResponseRows"];
            maximums?: components["schemas"]["RunReportResponseRows"];
            minimums?: components["schemas"]["RunReportResponseRows"];
            rowCount?: number;
            propertyQuota?: Record<string, unknown>;
            kind?: string;
        };
        RunReportRequest: {
            dateRanges?: components["schemas"]["RunReportRequestDateRangesItem"][];
            dimensions?: components["schemas"]["RunReportRequestDimensionsItem"][];
            metrics?: components["schemas"]["RunReportRequestMetricsItem"][];
            dimensionFilter?: components["schemas"]["RunReportRequestDimensionFilter"];
            metricFilter?: components["schemas"]["RunReportRequestDimensionFilter"];
            orderBys?: components["schemas"]["RunReportRequestOrderBysItem"][];
            /** @description Index of the first row to return. */
            offset?: number;
            /** @description Rows to return (10,000 when unset). */
            limit?: number;
            metricAggregations?: ("TOTAL" | "MAXIMUM" | "MINIMUM" | "COUNT")[];
            keepEmptyRows?: boolean;
            /** @description ISO 4217 code, e.g. USD. */
            currencyCode?: string;
            /** @description Include the property's remaining quota in the answer. */
            returnPropertyQuota?: boolean;
        };
        RunReportRequestDateRangesItem: {
            /** @description YYYY-MM-DD, today, yesterday or NdaysAgo. */
            startDate?: string;
            /** @description YYYY-MM-DD, today, yesterday or NdaysAgo. */
            endDate?: string;
            name?: string;
        };
        /** @description Filter expression tree (andGroup, orGroup, notExpression, filter) over dimensions. */
        RunReportRequestDimensionFilter: Record<string, unknown>;
        RunReportRequestDimensionsItem: {
            /** @description API name such as city, date or pagePath. */
            name: string;
        };
        RunReportRequestMetricsItem: {
            /** @description API name such as activeUsers or sessions. */
            name: string;
            expression?: string;
        };
        RunReportRequestOrderBysItem: {
            metric?: {
                metricName?: string;
            };
            dimension?: {
                dimensionName?: string;
                /** @enum {string} */
                orderType?: "ALPHANUMERIC" | "CASE_INSENSITIVE_ALPHANUMERIC" | "NUMERIC";
            };
            desc?: boolean;
        };
        RunReportResponse: {
            dimensionHeaders?: components["schemas"]["RunReportResponseDimensionHeaders"];
            metricHeaders?: components["schemas"]["RunReportResponseMetricHeaders"];
            rows?: components["schemas"]["RunReportResponseRows"];
            totals?: components["schemas"]["RunReportResponseRows"];
            maximums?: components["schemas"]["RunReportResponseRows"];
            minimums?: components["schemas"]["RunReportResponseRows"];
            rowCount?: number;
            propertyQuota?: Record<string, unknown>;
            kind?: string;
            metadata?: {
                currencyCode?: string;
                timeZone?: string;
            };
        };
        RunReportResponseDimensionHeaders: {
            name?: string;
        }[];
        RunReportResponseMetricHeaders: {
            name?: string;
            type?: string;
        }[];
        RunReportResponseRows: {
            dimensionValues?: {
                value?: string;
            }[];
            metricValues?: {
                value?: string;
            }[];
        }[];
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
        /** @description Id of the Google Analytics Data connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMetadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Data connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
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
                    "application/json": components["schemas"]["GetMetadataResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchRunReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Data connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "dateRanges": [
                 *             {
                 *               "startDate": "7daysAgo",
                 *               "endDate": "today"
                 *             }
                 *           ],
                 *           "dimensions": [
                 *             {
                 *               "name": "country"
                 *             }
                 *           ],
                 *           "metrics": [
                 *             {
                 *               "name": "sessions"
                 *             }
                 *           ]
                 *         },
                 *         {
                 *           "dateRanges": [
                 *             {
                 *               "startDate": "7daysAgo",
                 *               "endDate": "today"
                 *             }
                 *           ],
                 *           "dimensions": [
                 *             {
                 *               "name": "deviceCategory"
                 *             }
                 *           ],
                 *           "metrics": [
                 *             {
                 *               "name": "sessions"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchRunReportsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchRunReportsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runRealtimeReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Data connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dimensions": [
                 *         {
                 *           "name": "country"
                 *         }
                 *       ],
                 *       "metrics": [
                 *         {
                 *           "name": "activeUsers"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RunRealtimeReportRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunRealtimeReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Analytics Data connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Numeric GA4 property id.
                 * @example 521310447
                 */
                propertyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dateRanges": [
                 *         {
                 *           "startDate": "30daysAgo",
                 *           "endDate": "today"
                 *         }
                 *       ],
                 *       "dimensions": [
                 *         {
                 *           "name": "city"
                 *         }
                 *       ],
                 *       "metrics": [
                 *         {
                 *           "name": "activeUsers"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RunReportRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunReportResponse"];
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
