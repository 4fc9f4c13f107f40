// Generated from providers/wordpress.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/rest/v1.1/me/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected user's account settings. */
        get: operations["getMySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/me/settings/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change some of the connected user's account settings. */
        post: operations["updateMySettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a site's name, address, language, icon and options. */
        get: operations["getSite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/post-counts/{post_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count a site's posts of one type by status, overall and for the current user. */
        get: operations["getPostCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/post-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the post types a site offers through the API. */
        get: operations["listPostTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's posts or pages, filtered by status, author, taxonomy, search text or date. */
        get: operations["listPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a post or, with type=page, a page; it is published or saved as draft according to status. */
        post: operations["createPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts/{post_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one post or page. */
        get: operations["getPost"];
        put?: never;
        /** Change a post or page; fields left out keep their values. */
        post: operations["updatePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts/{post_id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a post or page to the trash, or delete it for good when it is already trashed. */
        post: operations["deletePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts/{post_id}/likes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List who liked a post. */
        get: operations["listPostLikes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/posts/{post_id}/likes/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Like a post as the connected user. */
        post: operations["likePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1.1/sites/{site}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's users, optionally searched or filtered by role. */
        get: operations["listSiteUsers"];
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
        CreatePostRequest: {
            title?: string;
            /** @description HTML. */
            content?: string;
            excerpt?: string;
            /**
             * @default publish
             * @enum {string}
             */
            status?: "publish" | "private" | "draft" | "pending" | "future" | "auto-draft";
            /**
             * Format: date-time
             * @description Publication time; a future time with status future schedules the post.
             */
            date?: string;
            slug?: string;
            /** @description Id or login of the author. */
            author?: string;
            password?: string;
            sticky?: boolean;
            /** @description Parent page id. */
            parent?: number;
            /** @enum {string} */
            type?: "post" | "page";
            /** @description Comma-separated names or a list; missing ones are created. */
            categories?: string | string[];
            /** @description Comma-separated names or a list; missing ones are created. */
            tags?: string | string[];
            /** @enum {string} */
            format?: "standard" | "aside" | "chat" | "gallery" | "link" | "image" | "quote" | "status" | "video" | "audio";
            /** @description Attachment id or URL of the featured image. */
            featured_image?: string;
            /** @description Images to fetch and attach. */
            media_urls?: string[];
            metadata?: {
                key?: string;
                value?: unknown;
                /** @enum {string} */
                operation?: "update" | "add" | "delete";
            }[];
            discussion?: {
                comments_open?: boolean;
                pings_open?: boolean;
            };
            likes_enabled?: boolean;
            sharing_enabled?: boolean;
            menu_order?: number;
            page_template?: string;
        };
        CreatePostResponse: components["schemas"]["ListPostsResponsePost"];
        DeletePostResponse: components["schemas"]["ListPostsResponsePost"];
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
        GetMySettingsResponse: {
            user_login?: string;
            display_name?: string;
            user_email?: string;
            user_URL?: string;
            description?: string;
            first_name?: string;
            last_name?: string;
            language?: string;
            avatar_URL?: string;
            primary_site_ID?: number;
            enable_translator?: boolean;
            surprise_me?: boolean;
            post_post_flag?: boolean;
            holidaysnow?: boolean;
        } & {
            [key: string]: unknown;
        };
        GetPostCountsResponse: {
            counts?: {
                all?: components["schemas"]["GetPostCountsResponseCountsAll"];
                mine?: components["schemas"]["GetPostCountsResponseCountsAll"];
            };
        };
        /** @description Number of posts per status (publish, draft, future, pending, private, trash). */
        GetPostCountsResponseCountsAll: {
            [key: string]: number;
        };
        GetPostResponse: components["schemas"]["ListPostsResponsePost"];
        GetSiteResponse: {
            ID?: number;
            name?: string;
            description?: string;
            URL?: string;
            jetpack?: boolean;
            subscribers_count?: number;
            lang?: string;
            icon?: {
                img?: string;
                ico?: string;
            };
            logo?: {
                id?: number;
                sizes?: unknown[] | Record<string, unknown>;
                url?: string;
            };
            visible?: boolean;
            is_private?: boolean;
            is_following?: boolean;
            options?: {
                [key: string]: unknown;
            };
            meta?: {
                [key: string]: unknown;
            };
        };
        LikePostResponse: {
            success?: boolean;
            i_like?: boolean;
            like_count?: number;
        };
        ListPostLikesResponse: {
            found?: number;
            i_like?: boolean;
            can_like?: boolean;
            site_ID?: number;
            post_ID?: number;
            likes?: {
                ID?: number;
                login?: string;
                name?: string;
                nice_name?: string;
                URL?: string;
                avatar_URL?: string;
                profile_URL?: string;
            }[];
        };
        ListPostTypesResponse: {
            found?: number;
            post_types?: {
                name?: string;
                label?: string;
                labels?: {
                    [key: string]: string;
                };
                description?: string;
                map_meta_cap?: boolean;
                capabilities?: {
                    [key: string]: string;
                };
                api_queryable?: boolean;
                supports?: {
                    [key: string]: boolean;
                };
            }[];
        };
        ListPostsResponse: {
            /** @description Number of posts matching the filters. */
            found?: number;
            posts?: components["schemas"]["ListPostsResponsePost"][];
            meta?: {
                links?: {
                    [key: string]: string;
                };
                /** @description Handle for the next page; absent on the last page. */
                next_page?: string;
            };
        };
        ListPostsResponsePost: {
            ID?: number;
            site_ID?: number;
            author?: {
                ID?: number;
                login?: string;
                name?: string;
                avatar_URL?: string;
            };
            /** Format: date-time */
            date?: string;
            /** Format: date-time */
            modified?: string;
            title?: string;
            URL?: string;
            short_URL?: string;
            /** @description HTML. */
            content?: string;
            excerpt?: string;
            slug?: string;
            guid?: string;
            /** @enum {string} */
            status?: "publish" | "private" | "draft" | "pending" | "future" | "trash" | "auto-draft";
            sticky?: boolean;
            password?: string;
            parent?: Record<string, unknown> | boolean;
            type?: string;
            comment_count?: number;
            like_count?: number;
            i_like?: boolean;
            format?: string;
            featured_image?: string;
            tags?: {
                [key: string]: Record<string, unknown>;
            };
            categories?: {
                [key: string]: Record<string, unknown>;
            };
            metadata?: unknown[] | boolean;
            meta?: {
                [key: string]: unknown;
            };
        };
        ListSiteUsersResponse: {
            found?: number;
            users?: {
                ID?: number;
                login?: string;
                email?: string | boolean;
                name?: string;
                first_name?: string;
                last_name?: string;
                nice_name?: string;
                URL?: string;
                avatar_URL?: string;
                profile_URL?: string;
                site_ID?: number;
                roles?: string[];
                is_super_user?: boolean;
            }[];
        };
        /** @description The settings to change, named as in GET /rest/v1.1/me/settings. */
        UpdateMySettingsRequest: {
            enable_translator?: boolean;
            display_name?: string;
            user_URL?: string;
            description?: string;
            first_name?: string;
            last_name?: string;
            language?: string;
            primary_site_ID?: number;
            surprise_me?: boolean;
            holidaysnow?: boolean;
        } & {
            [key: string]: unknown;
        };
        UpdateMySettingsResponse: components["schemas"]["GetMySettingsResponse"];
        UpdatePostRequest: components["schemas"]["CreatePostRequest"];
        UpdatePostResponse: components["schemas"]["ListPostsResponsePost"];
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
        /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMySettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enable_translator": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMySettingsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMySettingsResponse"];
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
            query?: {
                /** @description Comma-separated top-level fields to return instead of all of them. */
                fields?: string;
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
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
    getPostCounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Post type such as post or page. */
                post_type: string;
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
                    "application/json": components["schemas"]["GetPostCountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPostTypes: {
        parameters: {
            query?: {
                /** @description Only post types the API can list. */
                api_queryable?: boolean;
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
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
                    "application/json": components["schemas"]["ListPostTypesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPosts: {
        parameters: {
            query?: {
                /** @description Posts per page. */
                number?: number;
                /** @description Posts to skip (simpler but slower than page_handle). */
                offset?: number;
                /** @description Page number; ignored when page_handle is given. */
                page?: number;
                /** @description meta.next_page from the previous answer. */
                page_handle?: string;
                order?: "DESC" | "ASC";
                order_by?: "date" | "modified" | "title" | "comment_count" | "ID";
                /** @description Only posts published after this time. */
                after?: string;
                /** @description Only posts published before this time. */
                before?: string;
                modified_after?: string;
                modified_before?: string;
                /** @description Post type: post, page, any, or a custom type. */
                type?: string;
                /** @description Comma-separated statuses: publish, private, draft, pending, future, trash or any. */
                status?: string;
                /** @description Only posts containing this text. */
                search?: string;
                /** @description Only posts in this category (name or slug). */
                category?: string;
                /** @description Only posts with this tag (name or slug). */
                tag?: string;
                /** @description Only posts by this user id. */
                author?: number;
                /** @description Only children of this post or page. */
                parent_id?: number;
                /** @description Post ids to leave out. */
                exclude?: number[];
                sticky?: "include" | "exclude" | "require";
                /** @description Comma-separated top-level fields to return instead of all of them. */
                fields?: string;
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
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
                    "application/json": components["schemas"]["ListPostsResponse"];
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
            query?: {
                /** @description What to create; it may also be sent in the body. */
                type?: "post" | "page";
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Post Title",
                 *       "content": "<p>Post content...</p>",
                 *       "status": "draft",
                 *       "categories": "news",
                 *       "tags": "featured"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePostResponse"];
                };
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
                /** @description edit returns the raw content for editing. */
                context?: "display" | "edit";
                /** @description Comma-separated top-level fields to return instead of all of them. */
                fields?: string;
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Id of the post or page. */
                post_id: number;
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
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Id of the post or page. */
                post_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Title",
                 *       "content": "<p>Updated content...</p>"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePostResponse"];
                };
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
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Id of the post or page. */
                post_id: number;
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
                    "application/json": components["schemas"]["DeletePostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPostLikes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Id of the post or page. */
                post_id: number;
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
                    "application/json": components["schemas"]["ListPostLikesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    likePost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
                /** @description Id of the post or page. */
                post_id: number;
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
                    "application/json": components["schemas"]["LikePostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteUsers: {
        parameters: {
            query?: {
                /** @description Users to return. */
                number?: number;
                /** @description Users to skip. */
                offset?: number;
                order?: "ASC" | "DESC";
                order_by?: "ID" | "login" | "nicename" | "email" | "url" | "registered" | "display_name" | "post_count";
                /** @description Only users who can publish posts. */
                authors_only?: boolean;
                /** @description Text to look for; put * around it for partial matches. */
                search?: string;
                /** @description Columns the search looks in. */
                search_columns?: ("ID" | "login" | "email" | "nicename" | "url" | "display_name")[];
                /** @description Only users with this role (administrator, editor, author, contributor, subscriber). */
                role?: string;
            };
            header?: {
                /** @description Id of the WordPress.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric site id or site domain (e.g. myblog.wordpress.com). */
                site: string;
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
                    "application/json": components["schemas"]["ListSiteUsersResponse"];
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
