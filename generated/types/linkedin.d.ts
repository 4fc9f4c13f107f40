// Generated from providers/linkedin.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/rest/adAccounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search the ad accounts the member can access. */
        get: operations["searchAdAccounts"];
        put?: never;
        /** Create an ad account for an organization. */
        post: operations["createAdAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adAccounts/{adAccountId}": {
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
    "/rest/adAccounts/{adAccountId}/adCampaignGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search an ad account's campaign groups. */
        get: operations["searchCampaignGroups"];
        put?: never;
        /** Create a campaign group in an ad account. */
        post: operations["createCampaignGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adAccounts/{adAccountId}/adCampaignGroups/{campaignGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign group. */
        get: operations["getCampaignGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adAccounts/{adAccountId}/adCampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search an ad account's campaigns. */
        get: operations["searchCampaigns"];
        put?: never;
        /** Create a campaign in a campaign group. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adAccounts/{adAccountId}/adCampaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adLibrary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search LinkedIn's public library of ads by keyword, advertiser, country or date. */
        get: operations["searchAdLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/adTargetingFacets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the targeting facets (skills, industries, titles, locations and more) campaigns can target. */
        get: operations["listAdTargetingFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a document (PDF, PPT, DOC) upload and get the pre-signed URL to PUT the bytes to. */
        post: operations["initializeDocumentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an image upload and get the pre-signed URL to PUT the bytes to. */
        post: operations["initializeImageUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/jobLibrary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search LinkedIn's public library of job postings by keyword. */
        get: operations["searchJobLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in member's id, name and headline. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizationAcls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the member has a role on, or the members with roles on an organization. */
        get: operations["listOrganizationAcls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizationalEntityShareStatistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Impressions, clicks, likes, comments and shares of an organization's posts, overall or per time bucket. */
        get: operations["getOrganizationShareStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up an organization by its public vanity name (the name in its page URL). */
        get: operations["findOrganizationByVanityName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the posts of a member or organization, newest first. */
        get: operations["findPostsByAuthor"];
        put?: never;
        /** Publish a post as a member or organization, with text only, a link article or uploaded media. */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a video upload (action=initializeUpload) or finish one after the parts are sent (action=finalizeUpload). */
        post: operations["runVideoUploadAction"];
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
        CreateAdAccountRequest: {
            name: string;
            /** @description ISO 4217 currency code. */
            currency: string;
            /** @description URN of the organization or person the account advertises for, e.g. urn:li:organization:{id}. */
            reference: string;
            /** @enum {string} */
            type: "BUSINESS" | "ENTERPRISE";
            /** @description Create a test account whose ads never serve. */
            test?: boolean;
        };
        CreateCampaignGroupRequest: {
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "ARCHIVED" | "CANCELED" | "DRAFT" | "PAUSED";
            /** @description URN of the ad account (urn:li:sponsoredAccount:{id}). */
            account?: string;
            runSchedule?: {
                /** @description Epoch milliseconds. */
                start?: number;
                end?: number;
            };
            totalBudget?: components["schemas"]["CreateCampaignGroupRequestTotalBudget"];
        };
        CreateCampaignGroupRequestTotalBudget: {
            amount?: string;
            currencyCode?: string;
        };
        CreateCampaignRequest: {
            /** @description URN of the campaign group (urn:li:sponsoredCampaignGroup:{id}). */
            campaignGroup: string;
            account?: string;
            name: string;
            /** @enum {string} */
            status: "ACTIVE" | "ARCHIVED" | "CANCELED" | "DRAFT" | "PAUSED";
            /** @enum {string} */
            objectiveType?: "BRAND_AWARENESS" | "ENGAGEMENT" | "JOB_APPLICANT" | "LEAD_GENERATION" | "TALENT_LEAD" | "VIDEO_VIEW" | "WEBSITE_CONVERSION" | "WEBSITE_VISIT";
            /** @enum {string} */
            type?: "TEXT_AD" | "SPONSORED_UPDATES" | "SPONSORED_INMAILS" | "DYNAMIC";
            /** @enum {string} */
            costType?: "CPM" | "CPC" | "CPV";
            dailyBudget?: components["schemas"]["CreateCampaignGroupRequestTotalBudget"];
            unitCost?: components["schemas"]["CreateCampaignGroupRequestTotalBudget"];
            locale?: {
                country?: string;
                language?: string;
            };
            /** @description Include/exclude facets from GET /rest/adTargetingFacets. */
            targetingCriteria?: Record<string, unknown>;
            runSchedule?: {
                start?: number;
                end?: number;
            };
            offsiteDeliveryEnabled?: boolean;
        };
        /**
         * @example {
         *       "author": "urn:li:person:{personId}",
         *       "lifecycleState": "PUBLISHED",
         *       "visibility": "PUBLIC",
         *       "commentary": "Check this out!",
         *       "distribution": {
         *         "feedDistribution": "MAIN_FEED"
         *       },
         *       "content": {
         *         "article": {
         *           "source": "https://example.com",
         *           "title": "Title",
         *           "description": "Description"
         *         }
         *       }
         *     }
         */
        CreatePostRequest: {
            /** @description urn:li:person:{id} or urn:li:organization:{id}. */
            author: string;
            /** @description Post text in Little Text Format. */
            commentary?: string;
            /** @enum {string} */
            visibility: "PUBLIC" | "CONNECTIONS" | "LOGGED_IN" | "CONTAINER";
            /** @enum {string} */
            lifecycleState: "PUBLISHED" | "DRAFT";
            distribution: {
                /** @enum {string} */
                feedDistribution: "MAIN_FEED" | "NONE";
                targetEntities?: Record<string, unknown>[];
                thirdPartyDistributionChannels?: string[];
            };
            content?: {
                article?: {
                    /** Format: uri */
                    source?: string;
                    title?: string;
                    description?: string;
                    thumbnail?: string;
                };
                media?: {
                    /** @description URN of an uploaded image, video or document. */
                    id?: string;
                    title?: string;
                    altText?: string;
                };
            };
            isReshareDisabledByAuthor?: boolean;
        };
        FindOrganizationByVanityNameResponse: {
            elements?: {
                id?: number;
                vanityName?: string;
                localizedName?: string;
                localizedWebsite?: string;
                primaryOrganizationType?: string;
                logoV2?: Record<string, unknown>;
            }[];
        };
        FindPostsByAuthorResponse: {
            elements?: {
                id?: string;
                author?: string;
                commentary?: string;
                visibility?: string;
                lifecycleState?: string;
                createdAt?: number;
                publishedAt?: number;
                lastModifiedAt?: number;
                content?: Record<string, unknown>;
                distribution?: Record<string, unknown>;
            }[];
            paging?: components["schemas"]["FindPostsByAuthorResponsePaging"];
        };
        FindPostsByAuthorResponsePaging: {
            start?: number;
            count?: number;
            total?: number;
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
        GetAdAccountResponse: components["schemas"]["SearchAdAccountsResponseElementsItem"];
        GetCampaignGroupResponse: components["schemas"]["SearchCampaignGroupsResponseElementsItem"];
        GetCampaignResponse: components["schemas"]["SearchCampaignsResponseElementsItem"];
        GetMeResponse: {
            /** @description Person id used in urn:li:person URNs. */
            id?: string;
            localizedFirstName?: string;
            localizedLastName?: string;
            localizedHeadline?: string;
            vanityName?: string;
            profilePicture?: Record<string, unknown>;
        };
        GetOrganizationShareStatisticsResponse: {
            elements?: {
                organizationalEntity?: string;
                timeRange?: Record<string, unknown>;
                totalShareStatistics?: {
                    impressionCount?: number;
                    uniqueImpressionsCount?: number;
                    clickCount?: number;
                    likeCount?: number;
                    commentCount?: number;
                    shareCount?: number;
                    engagement?: number;
                };
            }[];
        };
        InitializeDocumentUploadRequest: components["schemas"]["InitializeImageUploadRequest"];
        InitializeDocumentUploadResponse: {
            value?: {
                uploadUrlExpiresAt?: number;
                uploadUrl?: string;
                /** @description URN of the document (urn:li:document:…). */
                document?: string;
            };
        };
        InitializeImageUploadRequest: {
            initializeUploadRequest: {
                /** @description URN of the member or organization that will post the media. */
                owner: string;
            };
        };
        InitializeImageUploadResponse: {
            value?: {
                uploadUrlExpiresAt?: number;
                /** @description Pre-signed www.linkedin.com URL; PUT the bytes there directly. */
                uploadUrl?: string;
                /** @description URN of the image (urn:li:image:…). */
                image?: string;
            };
        };
        ListAdTargetingFacetsResponse: {
            elements?: {
                facetName?: string;
                adTargetingFacetUrn?: string;
                entityTypes?: string[];
                availableEntityFinders?: string[];
            }[];
        };
        ListOrganizationAclsResponse: {
            elements?: {
                organization?: string;
                roleAssignee?: string;
                role?: string;
                state?: string;
            }[];
            paging?: components["schemas"]["FindPostsByAuthorResponsePaging"];
        };
        /**
         * @example {
         *       "finalizeUploadRequest": {
         *         "video": "urn:li:video:C5505AQH",
         *         "uploadToken": "",
         *         "uploadedPartIds": [
         *           "/ETag/"
         *         ]
         *       }
         *     }
         */
        RunVideoUploadActionRequest: {
            initializeUploadRequest?: {
                owner?: string;
                fileSizeBytes?: number;
                uploadCaptions?: boolean;
                uploadThumbnail?: boolean;
            };
            finalizeUploadRequest?: {
                /** @description URN returned by initializeUpload. */
                video?: string;
                /** @description Token returned by initializeUpload (empty for single-part uploads). */
                uploadToken?: string;
                /** @description ETag of every uploaded part in order. */
                uploadedPartIds?: string[];
            };
        };
        /** @description Only initializeUpload answers with a body; finalizeUpload answers 200 with none. */
        RunVideoUploadActionResponse: {
            value?: {
                uploadUrlsExpireAt?: number;
                video?: string;
                uploadToken?: string;
                uploadInstructions?: {
                    uploadUrl?: string;
                    firstByte?: number;
                    lastByte?: number;
                }[];
            };
        };
        SearchAdAccountsResponse: {
            elements?: components["schemas"]["SearchAdAccountsResponseElementsItem"][];
            metadata?: {
                nextPageToken?: string;
            };
        };
        SearchAdAccountsResponseElementsItem: {
            id?: number;
            name?: string;
            currency?: string;
            status?: string;
            type?: string;
            reference?: string;
            test?: boolean;
            servingStatuses?: string[];
        };
        SearchAdLibraryResponse: {
            elements?: {
                adUrl?: string;
                isRestricted?: boolean;
                details?: Record<string, unknown>;
            }[];
            paging?: components["schemas"]["FindPostsByAuthorResponsePaging"];
        };
        SearchCampaignGroupsResponse: {
            elements?: components["schemas"]["SearchCampaignGroupsResponseElementsItem"][];
            metadata?: {
                nextPageToken?: string;
            };
        };
        SearchCampaignGroupsResponseElementsItem: {
            id?: number;
            name?: string;
            account?: string;
            status?: string;
            runSchedule?: Record<string, unknown>;
            totalBudget?: Record<string, unknown>;
            servingStatuses?: string[];
            test?: boolean;
        };
        SearchCampaignsResponse: {
            elements?: components["schemas"]["SearchCampaignsResponseElementsItem"][];
            metadata?: {
                nextPageToken?: string;
            };
        };
        SearchCampaignsResponseElementsItem: {
            id?: number;
            name?: string;
            account?: string;
            campaignGroup?: string;
            status?: string;
            type?: string;
            objectiveType?: string;
            costType?: string;
            dailyBudget?: Record<string, unknown>;
            unitCost?: Record<string, unknown>;
            locale?: Record<string, unknown>;
            targetingCriteria?: Record<string, unknown>;
            runSchedule?: Record<string, unknown>;
        };
        SearchJobLibraryResponse: {
            elements?: Record<string, unknown>[];
            paging?: components["schemas"]["FindPostsByAuthorResponsePaging"];
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
        /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    searchAdAccounts: {
        parameters: {
            query: {
                q: "search";
                /** @description Rest.li filter, e.g. (status:(values:List(ACTIVE)),type:(values:List(BUSINESS))). */
                search?: string;
                /** @description Rest.li sort, e.g. (field:ID,order:DESCENDING). */
                sort?: string;
                /** @description Items per page. */
                pageSize?: number;
                /** @description metadata.nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchAdAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAdAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Ad Account Name",
                 *       "currency": "USD",
                 *       "reference": "urn:li:organization:{orgId}",
                 *       "type": "BUSINESS"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAdAccountRequest"];
            };
        };
        responses: {
            /** @description Empty body; the new account id is in the x-restli-id header. */
            201: {
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
    getAdAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
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
    searchCampaignGroups: {
        parameters: {
            query?: {
                /** @description Finder name; send with a search filter. */
                q?: "search";
                /** @description Rest.li filter, e.g. (status:(values:List(ACTIVE,DRAFT))). */
                search?: string;
                sortOrder?: "ASCENDING" | "DESCENDING";
                /** @description Items per page. */
                pageSize?: number;
                /** @description metadata.nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
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
                    "application/json": components["schemas"]["SearchCampaignGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaignGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
                adAccountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Campaign Group Name",
                 *       "status": "DRAFT"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignGroupRequest"];
            };
        };
        responses: {
            /** @description Empty body; the new id is in the x-restli-id header. */
            201: {
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
    getCampaignGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
                adAccountId: string;
                /** @description Numeric id of the campaign group. */
                campaignGroupId: string;
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
                    "application/json": components["schemas"]["GetCampaignGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchCampaigns: {
        parameters: {
            query?: {
                /** @description Finder name; send with a search filter. */
                q?: "search";
                /** @description Rest.li filter, e.g. (campaignGroup:(values:List(urn%3Ali%3AsponsoredCampaignGroup%3A123)),status:(values:List(ACTIVE))). */
                search?: string;
                sortOrder?: "ASCENDING" | "DESCENDING";
                /** @description Items per page. */
                pageSize?: number;
                /** @description metadata.nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
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
                    "application/json": components["schemas"]["SearchCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
                adAccountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaignGroup": "urn:li:sponsoredCampaignGroup:{groupId}",
                 *       "name": "Campaign Name",
                 *       "status": "DRAFT",
                 *       "objectiveType": "BRAND_AWARENESS"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description Empty body; the new id is in the x-restli-id header. */
            201: {
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
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the ad account (the number in urn:li:sponsoredAccount:{id}). */
                adAccountId: string;
                /** @description Numeric id of the campaign. */
                campaignId: string;
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
                    "application/json": components["schemas"]["GetCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchAdLibrary: {
        parameters: {
            query: {
                q: "criteria";
                /** @description Words the ads must contain. */
                keyword?: string;
                /** @description Name of the advertiser. */
                advertiser?: string;
                /** @description Rest.li List(...) of country URNs, e.g. List(urn%3Ali%3Acountry%3Aus). */
                countries?: string;
                /** @description Rest.li date range, e.g. (start:(year:2026,month:1,day:1),end:(year:2026,month:2,day:1)). */
                dateRange?: string;
                /** @description Index of the first item. */
                start?: number;
                /** @description Ads per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchAdLibraryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAdTargetingFacets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAdTargetingFacetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    initializeDocumentUpload: {
        parameters: {
            query: {
                action: "initializeUpload";
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "initializeUploadRequest": {
                 *         "owner": "urn:li:person:{personId}"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InitializeDocumentUploadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitializeDocumentUploadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    initializeImageUpload: {
        parameters: {
            query: {
                action: "initializeUpload";
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "initializeUploadRequest": {
                 *         "owner": "urn:li:person:{personId}"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InitializeImageUploadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitializeImageUploadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchJobLibrary: {
        parameters: {
            query: {
                q: "criteria";
                /** @description Words the job postings must contain. */
                keyword?: string;
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchJobLibraryResponse"];
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
            query?: {
                /** @description Rest.li field projection of the profile fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
    listOrganizationAcls: {
        parameters: {
            query: {
                /** @description roleAssignee for the member's own roles. */
                q: "roleAssignee" | "organization";
                role?: "ADMINISTRATOR" | "DIRECT_SPONSORED_CONTENT_POSTER" | "RECRUITING_POSTER" | "LEAD_GEN_FORMS_MANAGER" | "ANALYST" | "CURATOR" | "CONTENT_ADMINISTRATOR";
                state?: "APPROVED" | "REQUESTED" | "REJECTED" | "REVOKED";
                /** @description Organization URN when q is organization. */
                organization?: string;
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrganizationAclsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganizationShareStatistics: {
        parameters: {
            query: {
                q: "organizationalEntity";
                /** @description URL-encoded organization URN. */
                organizationalEntity: string;
                /** @description Rest.li time range and granularity, e.g. (timeRange:(start:1700000000000,end:1710000000000),timeGranularityType:DAY). */
                timeIntervals?: string;
                /** @description Rest.li List(...) of share URNs to limit the statistics to. */
                shares?: string;
                /** @description Rest.li List(...) of ugcPost URNs to limit the statistics to. */
                ugcPosts?: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetOrganizationShareStatisticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    findOrganizationByVanityName: {
        parameters: {
            query: {
                q: "vanityName";
                /** @example microsoft */
                vanityName: string;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FindOrganizationByVanityNameResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    findPostsByAuthor: {
        parameters: {
            query: {
                /** @description Finder name. */
                q: "author";
                /** @description URL-encoded URN of the author, e.g. urn%3Ali%3Aorganization%3A12345. */
                author: string;
                sortBy?: "LAST_MODIFIED" | "CREATED";
                /** @description AUTHOR also returns drafts and hidden posts. */
                viewContext?: "READER" | "AUTHOR";
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FindPostsByAuthorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": "urn:li:person:{personId}",
                 *       "lifecycleState": "PUBLISHED",
                 *       "visibility": "PUBLIC",
                 *       "commentary": "Hello LinkedIn!",
                 *       "distribution": {
                 *         "feedDistribution": "MAIN_FEED"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePostRequest"];
            };
        };
        responses: {
            /** @description Empty body; the post URN is in the x-restli-id header. */
            201: {
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
    runVideoUploadAction: {
        parameters: {
            query: {
                action: "initializeUpload" | "finalizeUpload";
            };
            header?: {
                /** @description Id of the LinkedIn connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "initializeUploadRequest": {
                 *         "owner": "urn:li:person:{personId}",
                 *         "fileSizeBytes": 1055736,
                 *         "uploadCaptions": false,
                 *         "uploadThumbnail": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RunVideoUploadActionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunVideoUploadActionResponse"];
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
