// Generated from providers/google-ads.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v23/customers/{customerId}/campaigns:mutate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create, update or remove campaigns in one batch of operations. */
        post: operations["mutateCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v23/customers/{customerId}/googleAds:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a GAQL query and get the matching rows a page at a time. */
        post: operations["search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v23/customers/{customerId}/googleAds:searchStream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a GAQL query and receive all rows in one streamed answer, suited to large reports. */
        post: operations["searchStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v23/customers:listAccessibleCustomers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the resource names of customer accounts the user can access directly. */
        get: operations["listAccessibleCustomers"];
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
        ListAccessibleCustomersResponse: {
            /** @description Entries of the form customers/1234567890. */
            resourceNames?: string[];
        };
        MutateCampaignsRequest: {
            operations: {
                create?: components["schemas"]["MutateCampaignsRequestOperationsItemCreate"];
                update?: components["schemas"]["MutateCampaignsRequestOperationsItemCreate"];
                /** @description Comma-separated fields the update changes. */
                updateMask?: string;
                /** @description Resource name of the campaign to remove. */
                remove?: string;
            }[];
            /** @description true applies the valid operations even when others fail. */
            partialFailure?: boolean;
            /** @description true checks the operations without applying them. */
            validateOnly?: boolean;
            /** @enum {string} */
            responseContentType?: "RESOURCE_NAME_ONLY" | "MUTABLE_RESOURCE";
        };
        MutateCampaignsRequestOperationsItemCreate: {
            /** @description customers/{customerId}/campaigns/{campaignId}; needed for update. */
            resourceName?: string;
            name?: string;
            /** @enum {string} */
            status?: "ENABLED" | "PAUSED" | "REMOVED";
            /** @description e.g. SEARCH, DISPLAY, SHOPPING, VIDEO, PERFORMANCE_MAX. */
            advertisingChannelType?: string;
            /** @description Resource name of the campaign budget. */
            campaignBudget?: string;
            manualCpc?: Record<string, unknown>;
            startDate?: string;
            endDate?: string;
        } & {
            [key: string]: unknown;
        };
        MutateCampaignsResponse: {
            results?: {
                resourceName?: string;
                campaign?: Record<string, unknown>;
            }[];
            partialFailureError?: Record<string, unknown>;
        };
        SearchRequest: {
            /** @description GAQL statement: SELECT fields FROM resource WHERE … ORDER BY … LIMIT n. */
            query: string;
            /** @description nextPageToken of the previous page; the query must be unchanged. */
            pageToken?: string;
            /** @description true checks the query without running it. */
            validateOnly?: boolean;
            /** @enum {string} */
            summaryRowSetting?: "NO_SUMMARY_ROW" | "SUMMARY_ROW_WITH_RESULTS" | "SUMMARY_ROW_ONLY";
            /** @description true adds totalResultsCount to the answer. */
            returnTotalResultsCount?: boolean;
        };
        SearchResponse: {
            results?: ({
                campaign?: {
                    resourceName?: string;
                    id?: string;
                    name?: string;
                    status?: string;
                };
                metrics?: {
                    [key: string]: unknown;
                };
                segments?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })[];
            nextPageToken?: string;
            totalResultsCount?: string;
            fieldMask?: string;
            summaryRow?: Record<string, unknown>;
            queryResourceConsumption?: string;
        };
        SearchStreamRequest: {
            /** @description GAQL statement. */
            query: string;
            /** @enum {string} */
            summaryRowSetting?: "NO_SUMMARY_ROW" | "SUMMARY_ROW_WITH_RESULTS" | "SUMMARY_ROW_ONLY";
        };
        SearchStreamResponse: {
            results?: {
                [key: string]: unknown;
            }[];
            fieldMask?: string;
            requestId?: string;
            queryResourceConsumption?: string;
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
        /** @description Id of the Google Ads connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    mutateCampaigns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Manager account id to act through, when the customer is reached via an MCC. */
                "login-customer-id"?: string;
                /** @description Id of the Google Ads connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Ads customer id (10 digits and no dashes).
                 * @example 1234567890
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operations": [
                 *         {
                 *           "create": {
                 *             "name": "New Campaign",
                 *             "advertisingChannelType": "SEARCH",
                 *             "status": "PAUSED",
                 *             "manualCpc": {},
                 *             "campaignBudget": "customers/{customerId}/campaignBudgets/{budgetId}"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MutateCampaignsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MutateCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    search: {
        parameters: {
            query?: never;
            header?: {
                /** @description Manager account id to act through, when the customer is reached via an MCC. */
                "login-customer-id"?: string;
                /** @description Id of the Google Ads connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Ads customer id (10 digits and no dashes).
                 * @example 1234567890
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "SELECT campaign.id, campaign.name, campaign.status FROM campaign ORDER BY campaign.id"
                 *     }
                 */
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchStream: {
        parameters: {
            query?: never;
            header?: {
                /** @description Manager account id to act through, when the customer is reached via an MCC. */
                "login-customer-id"?: string;
                /** @description Id of the Google Ads connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Ads customer id (10 digits and no dashes).
                 * @example 1234567890
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "SELECT campaign.id, campaign.name FROM campaign"
                 *     }
                 */
                "application/json": components["schemas"]["SearchStreamRequest"];
            };
        };
        responses: {
            /** @description A JSON array of batches, each holding up to 10,000 rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchStreamResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccessibleCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Ads connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "resourceNames": [
                     *         "customers/1234567890"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListAccessibleCustomersResponse"];
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
