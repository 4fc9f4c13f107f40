// Generated from providers/facebook-page.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v25.0/me/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Pages the connected user can manage, optionally with each page's access token. */
        get: operations["listPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{catalog_id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the products in a catalog. */
        get: operations["listCatalogProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{node_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a page's profile fields such as name, category, about text and follower counts. */
        get: operations["getPage"];
        put?: never;
        /** Change the text of a page post. */
        post: operations["updatePagePost"];
        /** Delete a page post. */
        delete: operations["deletePagePost"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List posts on the page's feed, including posts by visitors and tagged posts. */
        get: operations["getPageFeed"];
        put?: never;
        /** Publish a post to the page, or schedule it for later. */
        post: operations["createPagePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read page metrics such as views and post impressions per day, week or 28 days. */
        get: operations["getPageInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List photos on the page. */
        get: operations["listPagePhotos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/product_catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the product catalogs connected to the page. */
        get: operations["listProductCatalogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/published_posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List only the posts the page itself has published. */
        get: operations["listPublishedPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{page_id}/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List videos on the page. */
        get: operations["listPageVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v25.0/{post_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a post. */
        get: operations["listPostComments"];
        put?: never;
        /** Comment on a post as the page. */
        post: operations["createPostComment"];
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
        CreatePagePostRequest: {
            /** @description Text of the post. */
            message?: string;
            /**
             * Format: uri
             * @description URL to attach as a link preview.
             */
            link?: string;
            /** @description false creates an unpublished post (needed with scheduled_publish_time). */
            published?: boolean;
            /** @description Unix time to publish at, between 10 minutes and 30 days ahead. */
            scheduled_publish_time?: number;
        };
        CreatePagePostResponse: {
            /** @description Id of the new post ({page_id}_{post_id}). */
            id?: string;
        };
        CreatePostCommentRequest: {
            /** @description Text of the comment. */
            message?: string;
            /**
             * Format: uri
             * @description Image URL to attach.
             */
            attachment_url?: string;
            /** @description Id of an unpublished photo to attach. */
            attachment_id?: string;
        };
        CreatePostCommentResponse: {
            id?: string;
        };
        DeletePagePostResponse: {
            success?: boolean;
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
        GetPageFeedResponse: {
            data?: {
                id?: string;
                message?: string;
                created_time?: string;
                permalink_url?: string;
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        GetPageInsightsResponse: {
            data?: {
                id?: string;
                name?: string;
                period?: string;
                title?: string;
                description?: string;
                values?: {
                    value?: unknown;
                    end_time?: string;
                }[];
            }[];
            paging?: {
                previous?: string;
                next?: string;
            };
        };
        GetPageResponse: {
            id?: string;
            name?: string;
            about?: string;
            category?: string;
            fan_count?: number;
            followers_count?: number;
            website?: string;
            link?: string;
        };
        ListCatalogProductsResponse: {
            data?: {
                id?: string;
                name?: string;
                price?: string;
                image_url?: string;
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListPagePhotosResponse: {
            data?: {
                id?: string;
                name?: string;
                created_time?: string;
                images?: {
                    height?: number;
                    width?: number;
                    source?: string;
                }[];
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListPageVideosResponse: {
            data?: {
                id?: string;
                title?: string;
                description?: string;
                created_time?: string;
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListPagesResponse: {
            data?: {
                id?: string;
                name?: string;
                category?: string;
                /** @description The page token; only when asked for in fields. */
                access_token?: string;
                tasks?: string[];
                fan_count?: number;
                followers_count?: number;
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListPagesResponsePaging: {
            cursors?: {
                before?: string;
                after?: string;
            };
            next?: string;
            previous?: string;
        };
        ListPostCommentsResponse: {
            data?: {
                id?: string;
                message?: string;
                created_time?: string;
                from?: {
                    id?: string;
                    name?: string;
                };
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListProductCatalogsResponse: {
            data?: {
                id?: string;
                name?: string;
                product_count?: number;
            }[];
            paging?: components["schemas"]["ListPagesResponsePaging"];
        };
        ListPublishedPostsResponse: components["schemas"]["GetPageFeedResponse"];
        UpdatePagePostRequest: {
            /** @description The new text. */
            message?: string;
            /** @description Hide or show the post on the page timeline. */
            is_hidden?: boolean;
        };
        UpdatePagePostResponse: {
            success?: boolean;
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
        /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPages: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,name,category,fan_count,followers_count,access_token. */
                fields?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCatalogProducts: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,name,price,image_url,availability. */
                fields?: string;
                /** @description JSON-encoded filter on product fields. */
                filter?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product catalog. */
                catalog_id: string;
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
                    "application/json": components["schemas"]["ListCatalogProductsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPage: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,name,about,category,fan_count,followers_count,website,link. */
                fields?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of a Graph node at the API root: a page id (getPage) or a post id ({page_id}_{post_id}) for updating or deleting a post. */
                node_id: string;
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
                    "application/json": components["schemas"]["GetPageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePagePost: {
        parameters: {
            query?: {
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of a Graph node at the API root: a page id (getPage) or a post id ({page_id}_{post_id}) for updating or deleting a post. */
                node_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Updated post content"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePagePostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePagePostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePagePost: {
        parameters: {
            query?: {
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of a Graph node at the API root: a page id (getPage) or a post id ({page_id}_{post_id}) for updating or deleting a post. */
                node_id: string;
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
                    "application/json": components["schemas"]["DeletePagePostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPageFeed: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,message,created_time,permalink_url. */
                fields?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
                /** @description Only items created at or after this time (Unix seconds or a date such as 2026-01-01). */
                since?: string;
                /** @description Only items created before this time (Unix seconds or a date). */
                until?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["GetPageFeedResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPagePost: {
        parameters: {
            query?: {
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Hello from my page!"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePagePostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePagePostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPageInsights: {
        parameters: {
            query: {
                /** @description Comma-separated metric names, e.g. page_views_total,page_posts_impressions,page_video_views. */
                metric: string;
                /** @description Aggregation period of each value. */
                period?: "day" | "week" | "days_28" | "month" | "lifetime" | "total_over_range";
                /** @description Only items created at or after this time (Unix seconds or a date such as 2026-01-01). */
                since?: string;
                /** @description Only items created before this time (Unix seconds or a date). */
                until?: string;
                /** @description Named range such as today, yesterday, last_7d or last_30d, instead of since/until. */
                date_preset?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["GetPageInsightsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPagePhotos: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,name,created_time,images. */
                fields?: string;
                /** @description uploaded for the page's own photos (tagged by default). */
                type?: "uploaded" | "tagged";
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListPagePhotosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProductCatalogs: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,name,product_count. */
                fields?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListProductCatalogsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPublishedPosts: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,message,created_time,permalink_url. */
                fields?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
                /** @description Only items created at or after this time (Unix seconds or a date such as 2026-01-01). */
                since?: string;
                /** @description Only items created before this time (Unix seconds or a date). */
                until?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListPublishedPostsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageVideos: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,title,description,created_time. */
                fields?: string;
                type?: "uploaded" | "tagged";
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the Facebook Page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListPageVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPostComments: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, e.g. id,message,from,created_time. */
                fields?: string;
                /** @description toplevel (default) omits replies; stream returns all comments in time order. */
                filter?: "toplevel" | "stream";
                order?: "chronological" | "reverse_chronological";
                /** @description Add a summary with the total comment count. */
                summary?: boolean;
                /** @description Items per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page (paging.cursors.before). */
                before?: string;
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of a page post, written {page_id}_{post_id}. */
                post_id: string;
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
                    "application/json": components["schemas"]["ListPostCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPostComment: {
        parameters: {
            query?: {
                /** @description Page access token from GET /me/accounts; needed for page-scoped data. */
                access_token?: string;
            };
            header?: {
                /** @description Id of the Facebook Page connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of a page post, written {page_id}_{post_id}. */
                post_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Thanks for your feedback!"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePostCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePostCommentResponse"];
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
