// Generated from providers/linkedin-community-management.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/rest/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in member's profile. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/networkSizes/urn%3Ali%3Aorganization%3A{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the members who follow an organization. */
        get: operations["getOrganizationFollowerCount"];
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
        /** List the organizations the member administers or holds another role on. */
        get: operations["listOrganizationAcls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizationPageStatistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page views and clicks of an organization's page, for its lifetime or per time bucket. */
        get: operations["getPageStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizationalEntityFollowerStatistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follower counts of an organization by demographic, for its lifetime or per time bucket. */
        get: operations["getFollowerStatistics"];
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
        /** Impressions, clicks and engagement of an organization's posts, overall or per time bucket. */
        get: operations["getShareStatistics"];
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
        /** Look up an organization by the vanity name in its page URL. */
        get: operations["findOrganizationByVanityName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/organizations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization by id (full fields need an administrator). */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/people/(id:{personId})": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read another member's profile by person id. */
        get: operations["getPerson"];
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
        /** List the posts of an organization or member. */
        get: operations["findPostsByAuthor"];
        put?: never;
        /** Publish a post as an organization or member. */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/posts/{encoded_postUrn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one post by URN. */
        get: operations["getPost"];
        put?: never;
        /** Change a post's text or other editable fields with a partial update. */
        post: operations["updatePost"];
        /** Delete a post. */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** React to a post or comment as an organization or member. */
        post: operations["createReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/reactions/(actor:{encoded_actorUrn},entity:{encoded_entityUrn})": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take back a reaction. */
        delete: operations["deleteReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/socialActions/{encoded_postUrn}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a post. */
        get: operations["listComments"];
        put?: never;
        /** Comment on a post as an organization or member. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/socialActions/{encoded_postUrn}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment from a post. */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateCommentRequest: {
            /** @description URN of the organization or person commenting. */
            actor: string;
            /** @description URN of the activity or post commented on (urn:li:activity:{id}). */
            object: string;
            message: {
                text: string;
            };
            /** @description URN of the comment this one replies to. */
            parentComment?: string;
        };
        CreateCommentResponse: components["schemas"]["ListCommentsResponseElementsItem"];
        CreatePostRequest: {
            /** @description urn:li:organization:{id} or urn:li:person:{id}. */
            author: string;
            /** @description Text in Little Text Format. */
            commentary: string;
            /** @enum {string} */
            visibility: "PUBLIC" | "CONNECTIONS" | "LOGGED_IN" | "CONTAINER";
            distribution: {
                /** @enum {string} */
                feedDistribution?: "MAIN_FEED" | "NONE";
                targetEntities?: Record<string, unknown>[];
                thirdPartyDistributionChannels?: string[];
            };
            /** @enum {string} */
            lifecycleState: "PUBLISHED" | "DRAFT";
            isReshareDisabledByAuthor?: boolean;
            /** @description Article, media (image, video, document), multi-image or poll content. */
            content?: Record<string, unknown>;
        };
        CreateReactionRequest: {
            /** @description URN of the activity or comment reacted to. */
            root: string;
            /** @enum {string} */
            reactionType: "LIKE" | "PRAISE" | "EMPATHY" | "INTEREST" | "APPRECIATION" | "ENTERTAINMENT";
        };
        CreateReactionResponse: {
            id?: string;
            root?: string;
            reactionType?: string;
            created?: {
                time?: number;
                actor?: string;
            };
        };
        FindOrganizationByVanityNameResponse: {
            elements?: components["schemas"]["FindOrganizationByVanityNameResponseElementsItem"][];
        };
        FindOrganizationByVanityNameResponseElementsItem: {
            id?: number;
            vanityName?: string;
            localizedName?: string;
            localizedDescription?: string;
            localizedWebsite?: string;
            primaryOrganizationType?: string;
            logoV2?: Record<string, unknown>;
            locations?: Record<string, unknown>[];
        };
        FindPostsByAuthorResponse: {
            elements?: components["schemas"]["GetPostResponse"][];
            paging?: components["schemas"]["ListOrganizationAclsResponsePaging"];
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
        GetFollowerStatisticsResponse: {
            elements?: {
                organizationalEntity?: string;
                timeRange?: Record<string, unknown>;
                followerGains?: Record<string, unknown>;
                followerCountsByFunction?: Record<string, unknown>[];
                followerCountsBySeniority?: Record<string, unknown>[];
                followerCountsByIndustry?: Record<string, unknown>[];
                followerCountsByGeoCountry?: Record<string, unknown>[];
            }[];
        };
        GetMeResponse: {
            id?: string;
            firstName?: Record<string, unknown>;
            lastName?: Record<string, unknown>;
            localizedFirstName?: string;
            localizedLastName?: string;
            localizedHeadline?: string;
            headline?: Record<string, unknown>;
            vanityName?: string;
            profilePicture?: Record<string, unknown>;
        };
        GetOrganizationFollowerCountResponse: {
            firstDegreeSize?: number;
        };
        GetOrganizationResponse: components["schemas"]["FindOrganizationByVanityNameResponseElementsItem"];
        GetPageStatisticsResponse: {
            elements?: {
                organization?: string;
                timeRange?: Record<string, unknown>;
                totalPageStatistics?: Record<string, unknown>;
            }[];
        };
        GetPersonResponse: components["schemas"]["GetMeResponse"];
        GetPostResponse: {
            id?: string;
            author?: string;
            commentary?: string;
            visibility?: string;
            lifecycleState?: string;
            distribution?: Record<string, unknown>;
            content?: Record<string, unknown>;
            createdAt?: number;
            publishedAt?: number;
            lastModifiedAt?: number;
            isReshareDisabledByAuthor?: boolean;
        };
        GetShareStatisticsResponse: {
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
        ListCommentsResponse: {
            elements?: components["schemas"]["ListCommentsResponseElementsItem"][];
            paging?: components["schemas"]["ListOrganizationAclsResponsePaging"];
        };
        ListCommentsResponseElementsItem: {
            id?: string;
            commentUrn?: string;
            actor?: string;
            object?: string;
            message?: {
                text?: string;
            };
            created?: {
                time?: number;
                actor?: string;
            };
            lastModified?: Record<string, unknown>;
        };
        ListOrganizationAclsResponse: {
            elements?: {
                organization?: string;
                roleAssignee?: string;
                role?: string;
                state?: string;
            }[];
            paging?: components["schemas"]["ListOrganizationAclsResponsePaging"];
        };
        ListOrganizationAclsResponsePaging: {
            start?: number;
            count?: number;
            total?: number;
        };
        UpdatePostRequest: {
            patch: {
                /** @description Fields to replace, e.g. commentary, contentCallToActionLabel or lifecycleState. */
                $set?: Record<string, unknown>;
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
        /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: {
                /** @description Rest.li projection of the fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
    getOrganizationFollowerCount: {
        parameters: {
            query: {
                edgeType: "COMPANY_FOLLOWED_BY_MEMBER";
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the organization. */
                orgId: string;
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
                    "application/json": components["schemas"]["GetOrganizationFollowerCountResponse"];
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
                q: "roleAssignee" | "organization";
                role?: "ADMINISTRATOR" | "DIRECT_SPONSORED_CONTENT_POSTER" | "RECRUITING_POSTER" | "LEAD_GEN_FORMS_MANAGER" | "ANALYST" | "CURATOR" | "CONTENT_ADMINISTRATOR";
                state?: "APPROVED" | "REQUESTED" | "REJECTED" | "REVOKED";
                /** @description URL-encoded organization URN when q is organization. */
                organization?: string;
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
    getPageStatistics: {
        parameters: {
            query: {
                q: "organization";
                /** @description URL-encoded organization URN. */
                organization: string;
                /** @description Rest.li time range and granularity for time-bound figures, e.g. (timeRange:(start:1700000000000,end:1710000000000),timeGranularityType:DAY). */
                timeIntervals?: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetPageStatisticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFollowerStatistics: {
        parameters: {
            query: {
                q: "organizationalEntity";
                /** @description URL-encoded organization URN. */
                organizationalEntity: string;
                /** @description Rest.li time range and granularity for time-bound figures, e.g. (timeRange:(start:1700000000000,end:1710000000000),timeGranularityType:DAY). */
                timeIntervals?: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetFollowerStatisticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getShareStatistics: {
        parameters: {
            query: {
                q: "organizationalEntity";
                /** @description URL-encoded organization URN. */
                organizationalEntity: string;
                /** @description Rest.li time range and granularity for time-bound figures, e.g. (timeRange:(start:1700000000000,end:1710000000000),timeGranularityType:DAY). */
                timeIntervals?: string;
                /** @description Rest.li List(...) of share URNs to limit the figures to. */
                shares?: string;
                /** @description Rest.li List(...) of ugcPost URNs to limit the figures to. */
                ugcPosts?: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetShareStatisticsResponse"];
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
                vanityName: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the organization. */
                orgId: string;
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
    getPerson: {
        parameters: {
            query?: {
                /** @description Single field to return, e.g. localizedHeadline. */
                fields?: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Person id (the last part of urn:li:person). */
                personId: string;
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
                    "application/json": components["schemas"]["GetPersonResponse"];
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
                q: "author";
                /** @description URL-encoded URN of the author. */
                author: string;
                sortBy?: "LAST_MODIFIED" | "CREATED";
                viewContext?: "READER" | "AUTHOR";
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Send FINDER. */
                "X-RestLi-Method"?: "FINDER";
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author": "urn:li:organization:{orgId}",
                 *       "commentary": "Post text",
                 *       "visibility": "PUBLIC",
                 *       "distribution": {
                 *         "feedDistribution": "MAIN_FEED",
                 *         "targetEntities": [],
                 *         "thirdPartyDistributionChannels": []
                 *       },
                 *       "lifecycleState": "PUBLISHED",
                 *       "isReshareDisabledByAuthor": false
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
    getPost: {
        parameters: {
            query?: {
                viewContext?: "READER" | "AUTHOR";
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
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
                    "application/json": components["schemas"]["GetPostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePost: {
        parameters: {
            query?: never;
            header: {
                /** @description Send PARTIAL_UPDATE. */
                "X-RestLi-Method": "PARTIAL_UPDATE";
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "patch": {
                 *         "$set": {
                 *           "commentary": "Updated text"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePostRequest"];
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
    deletePost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Send DELETE. */
                "X-RestLi-Method"?: "DELETE";
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
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
    createReaction: {
        parameters: {
            query: {
                /** @description URL-encoded URN of the organization or person reacting. */
                actor: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "root": "urn:li:activity:{activityId}",
                 *       "reactionType": "LIKE"
                 *     }
                 */
                "application/json": components["schemas"]["CreateReactionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateReactionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteReaction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of who reacted. */
                encoded_actorUrn: string;
                /** @description URL-encoded URN of what was reacted to. */
                encoded_entityUrn: string;
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
    listComments: {
        parameters: {
            query?: {
                /** @description Index of the first item. */
                start?: number;
                /** @description Items per page. */
                count?: number;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
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
                    "application/json": components["schemas"]["ListCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "actor": "urn:li:organization:{orgId}",
                 *       "object": "urn:li:activity:{activityId}",
                 *       "message": {
                 *         "text": "Comment text"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteComment: {
        parameters: {
            query: {
                /** @description URL-encoded URN of the organization or person deleting the comment. */
                actor: string;
            };
            header?: {
                /** @description Id of the LinkedIn Community Management connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL-encoded URN of the post, e.g. urn%3Ali%3Ashare%3A123 or urn%3Ali%3AugcPost%3A123. */
                encoded_postUrn: string;
                /** @description Id of the comment. */
                commentId: string;
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
