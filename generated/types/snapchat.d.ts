// Generated from providers/snapchat.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/adaccounts/{adAccountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one ad account. */
        get: operations["getAdAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/ads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ads of an ad account with their review status. */
        get: operations["listAds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/adsquads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ad squads (targeting, budget and bid units) of an ad account. */
        get: operations["listAdSquads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the campaigns of an ad account. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create one or more campaigns in an ad account. */
        post: operations["createCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/creatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the creatives (what an ad shows and where it leads) of an ad account. */
        get: operations["listCreatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the images and videos uploaded to an ad account. */
        get: operations["listMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adaccounts/{adAccountId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read spend, impressions, swipes and other metrics of an ad account for a period. */
        get: operations["getAdAccountStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ads_library/ads/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the public ads library by paying advertiser and country. */
        post: operations["searchAdsLibrary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ads_library/sponsored_content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entries of Snapchat's public library of sponsored content. */
        get: operations["listSponsoredContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the authenticated user's id, name, email and organization. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the user belongs to, optionally with their ad accounts. */
        get: operations["listMyOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one organization. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/adaccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ad accounts of an organization. */
        get: operations["listOrganizationAdAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{organizationId}/fundingsources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the funding sources (cards, credit lines, coupons) of an organization. */
        get: operations["listFundingSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targeting/geo/country": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the countries ads can be targeted at. */
        get: operations["listTargetingCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/targeting/geo/{countryCode}/region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the regions of a country that ads can be targeted at. */
        get: operations["listTargetingRegions"];
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
        CreateCampaignsRequest: {
            campaigns: {
                name: string;
                ad_account_id: string;
                /** @enum {string} */
                status: "ACTIVE" | "PAUSED";
                /** @description ISO 8601 start with time zone offset. */
                start_time: string;
                end_time?: string;
                /** @description Daily budget in micro-currency. */
                daily_budget_micro?: number;
                lifetime_spend_cap_micro?: number;
                /** @enum {string} */
                buy_model?: "AUCTION" | "RESERVED";
                /** @description Campaign objective settings. */
                objective_v2_properties?: Record<string, unknown>;
            }[];
        };
        CreateCampaignsResponse: components["schemas"]["ListCampaignsResponse"];
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
        GetAdAccountResponse: components["schemas"]["ListOrganizationAdAccountsResponse"];
        GetAdAccountStatsResponse: {
            request_status?: string;
            request_id?: string;
            timeseries_stats?: {
                sub_request_status?: string;
                timeseries_stat?: {
                    id?: string;
                    type?: string;
                    granularity?: string;
                    start_time?: string;
                    end_time?: string;
                    timeseries?: Record<string, unknown>[];
                };
            }[];
            total_stats?: {
                sub_request_status?: string;
                total_stat?: {
                    id?: string;
                    type?: string;
                    granularity?: string;
                    stats?: Record<string, unknown>;
                };
            }[];
        };
        GetMeResponse: {
            request_status?: string;
            request_id?: string;
            me?: {
                id?: string;
                display_name?: string;
                email?: string;
                organization_id?: string;
                member_status?: string;
                created_at?: string;
                updated_at?: string;
            };
        };
        GetOrganizationResponse: components["schemas"]["ListMyOrganizationsResponse"];
        ListAdSquadsResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
            adsquads?: {
                sub_request_status?: string;
                adsquad?: {
                    id?: string;
                    name?: string;
                    campaign_id?: string;
                    status?: string;
                    type?: string;
                    placement_v2?: Record<string, unknown>;
                    billing_event?: string;
                    bid_micro?: number;
                    daily_budget_micro?: number;
                    optimization_goal?: string;
                    targeting?: Record<string, unknown>;
                };
            }[];
        };
        ListAdsResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
            ads?: {
                sub_request_status?: string;
                ad?: {
                    id?: string;
                    name?: string;
                    ad_squad_id?: string;
                    creative_id?: string;
                    status?: string;
                    type?: string;
                    review_status?: string;
                    render_type?: string;
                };
            }[];
        };
        ListCampaignsResponse: {
            request_status?: string;
            request_id?: string;
            paging?: {
                next_link?: string;
            };
            campaigns?: {
                sub_request_status?: string;
                sub_request_error_reason?: string;
                campaign?: {
                    id?: string;
                    name?: string;
                    ad_account_id?: string;
                    status?: string;
                    start_time?: string;
                    end_time?: string;
                    daily_budget_micro?: number;
                    lifetime_spend_cap_micro?: number;
                    objective?: string;
                    created_at?: string;
                    updated_at?: string;
                };
            }[];
        };
        ListCreativesResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
            creatives?: {
                sub_request_status?: string;
                creative?: {
                    id?: string;
                    name?: string;
                    type?: string;
                    headline?: string;
                    brand_name?: string;
                    top_snap_media_id?: string;
                    call_to_action?: string;
                    review_status?: string;
                };
            }[];
        };
        ListFundingSourcesResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
            fundingsources?: {
                sub_request_status?: string;
                fundingsource?: {
                    id?: string;
                    type?: string;
                    status?: string;
                    currency?: string;
                    budget_spent_micro?: number;
                    total_budget_micro?: number;
                };
            }[];
        };
        ListMediaResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
            media?: {
                sub_request_status?: string;
                media?: {
                    id?: string;
                    name?: string;
                    type?: string;
                    media_status?: string;
                    file_name?: string;
                    download_link?: string;
                    duration_in_seconds?: number;
                };
            }[];
        };
        ListMyOrganizationsResponse: {
            request_status?: string;
            request_id?: string;
            paging?: {
                next_link?: string;
            };
            organizations?: {
                sub_request_status?: string;
                organization?: {
                    id?: string;
                    name?: string;
                    type?: string;
                    state?: string;
                    country?: string;
                    address_line_1?: string;
                    locality?: string;
                    postal_code?: string;
                    ad_accounts?: Record<string, unknown>[];
                    created_at?: string;
                    updated_at?: string;
                };
            }[];
        };
        ListOrganizationAdAccountsResponse: {
            request_status?: string;
            request_id?: string;
            paging?: {
                next_link?: string;
            };
            adaccounts?: {
                sub_request_status?: string;
                adaccount?: {
                    id?: string;
                    name?: string;
                    type?: string;
                    status?: string;
                    organization_id?: string;
                    currency?: string;
                    timezone?: string;
                    funding_source_ids?: string[];
                    created_at?: string;
                    updated_at?: string;
                };
            }[];
        };
        ListSponsoredContentResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
            };
        };
        ListTargetingCountriesResponse: {
            request_status?: string;
            targeting_dimensions?: {
                sub_request_status?: string;
                country?: Record<string, unknown>;
                region?: Record<string, unknown>;
            }[];
        };
        ListTargetingRegionsResponse: components["schemas"]["ListTargetingCountriesResponse"];
        SearchAdsLibraryRequest: {
            /** @description Name of the advertiser that paid for the ads. */
            paying_advertiser_name?: string;
            /** @description Lower-case two-letter country codes. */
            countries?: string[];
            /** @description Ads per page. */
            limit?: number;
        };
        SearchAdsLibraryResponse: {
            request_status?: string;
            paging?: {
                next_link?: string;
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
        /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["GetAdAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAds: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
                sort?: "updated_at-desc" | "created_at-desc";
                /** @description Include deleted objects. */
                read_deleted_entities?: boolean;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["ListAdsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAdSquads: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
                sort?: "updated_at-desc" | "created_at-desc";
                /** @description Include deleted objects. */
                read_deleted_entities?: boolean;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["ListAdSquadsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
                sort?: "updated_at-desc" | "created_at-desc";
                /** @description Include deleted objects. */
                read_deleted_entities?: boolean;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["ListCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaigns: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaigns": [
                 *         {
                 *           "name": "Campaign Name",
                 *           "status": "PAUSED",
                 *           "ad_account_id": "{adAccountId}",
                 *           "start_time": "2026-02-15T00:00:00.000-08:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCreatives: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
                sort?: "updated_at-desc" | "created_at-desc";
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["ListCreativesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMedia: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
                sort?: "updated_at-desc" | "created_at-desc";
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["ListMediaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAdAccountStats: {
        parameters: {
            query: {
                granularity: "TOTAL" | "DAY" | "HOUR" | "LIFETIME";
                /** @description Start of the period (ISO 8601; whole days or hours in the account's time zone). */
                start_time?: string;
                /** @description End of the period (ISO 8601). */
                end_time?: string;
                /** @description Comma-separated metrics, e.g. impressions,swipes,spend,video_views. */
                fields?: string;
                /** @description Also return the figures per child object. */
                breakdown?: "campaign" | "adsquad" | "ad";
                /** @description Split the figures by this dimension. */
                dimension?: "GEO" | "DEMO" | "INTEREST" | "DEVICE";
                /** @description Sub-dimension for the split, such as country or gender. */
                pivot?: string;
                swipe_up_attribution_window?: "1_DAY" | "7_DAY" | "28_DAY";
                view_attribution_window?: "none" | "1_HOUR" | "3_HOUR" | "6_HOUR" | "1_DAY" | "7_DAY" | "28_DAY";
                action_report_time?: "conversion" | "impression";
                /** @description Leave out periods without data. */
                omit_empty?: boolean;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the ad account. */
                adAccountId: string;
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
                    "application/json": components["schemas"]["GetAdAccountStatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchAdsLibrary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paying_advertiser_name": "Nike",
                 *       "countries": [
                 *         "fr",
                 *         "de"
                 *       ],
                 *       "limit": 50
                 *     }
                 */
                "application/json": components["schemas"]["SearchAdsLibraryRequest"];
            };
        };
        responses: {
            /** @description Matching ads under a list named after their type, like the other list answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAdsLibraryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSponsoredContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSponsoredContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyOrganizations: {
        parameters: {
            query?: {
                /** @description Include each organization's ad accounts. */
                with_ad_accounts?: boolean;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyOrganizationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the organization. */
                organizationId: string;
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
                    "application/json": components["schemas"]["GetOrganizationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationAdAccounts: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the organization. */
                organizationId: string;
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
                    "application/json": components["schemas"]["ListOrganizationAdAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFundingSources: {
        parameters: {
            query?: {
                /** @description Items per page; pages only when set. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the organization. */
                organizationId: string;
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
                    "application/json": components["schemas"]["ListFundingSourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTargetingCountries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTargetingCountriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTargetingRegions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Snapchat connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Lower-case two-letter country code, e.g. us. */
                countryCode: string;
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
                    "application/json": components["schemas"]["ListTargetingRegionsResponse"];
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
