// Generated from providers/vimeo.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Vimeo's top-level video categories with their subcategories. */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{category}/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos in a category. */
        get: operations["listCategoryVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search public Vimeo channels. */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one channel. */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected user's profile, account type and counts. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/albums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's showcases. */
        get: operations["listAlbums"];
        put?: never;
        /** Create a showcase. */
        post: operations["createAlbum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/albums/{album_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a showcase (its videos stay). */
        delete: operations["deleteAlbum"];
        options?: never;
        head?: never;
        /** Change a showcase's name, description, privacy or look. */
        patch: operations["updateAlbum"];
        trace?: never;
    };
    "/me/albums/{album_id}/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos in a showcase. */
        get: operations["listAlbumVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/albums/{album_id}/videos/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a video to a showcase. */
        put: operations["addVideoToAlbum"];
        post?: never;
        /** Remove a video from a showcase. */
        delete: operations["removeVideoFromAlbum"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List new videos from the people and channels the user follows. */
        get: operations["getMyFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users who follow the connected user. */
        get: operations["listFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users the connected user follows. */
        get: operations["listFollowing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/following/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow a user. */
        put: operations["followUser"];
        post?: never;
        /** Stop following a user. */
        delete: operations["unfollowUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/likes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos the user has liked. */
        get: operations["listLikes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/likes/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Like a video. */
        put: operations["likeVideo"];
        post?: never;
        /** Take back a like. */
        delete: operations["unlikeVideo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's folders. */
        get: operations["listFolders"];
        put?: never;
        /** Create a folder, optionally inside another one. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a folder, and optionally the videos in it. */
        delete: operations["deleteFolder"];
        options?: never;
        head?: never;
        /** Rename a folder. */
        patch: operations["updateFolder"];
        trace?: never;
    };
    "/me/projects/{project_id}/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos in a folder. */
        get: operations["listFolderVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/projects/{project_id}/videos/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a video into a folder. */
        put: operations["addVideoToFolder"];
        post?: never;
        /** Take a video out of a folder without deleting it. */
        delete: operations["removeVideoFromFolder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's own videos, optionally searched, filtered and sorted. */
        get: operations["listMyVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/watchlater": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos on the user's Watch Later list. */
        get: operations["listWatchLater"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/watchlater/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a video on the Watch Later list. */
        put: operations["addToWatchLater"];
        post?: never;
        /** Take a video off the Watch Later list. */
        delete: operations["removeFromWatchLater"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read another user's public profile. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search all public videos on Vimeo. */
        get: operations["searchVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videos/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one video with its privacy settings, pictures and stats. */
        get: operations["getVideo"];
        put?: never;
        post?: never;
        /** Delete a video for good. */
        delete: operations["deleteVideo"];
        options?: never;
        head?: never;
        /** Change a video's title, description, privacy, password, licence or other settings. */
        patch: operations["updateVideo"];
        trace?: never;
    };
    "/videos/{video_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a video. */
        get: operations["listVideoComments"];
        put?: never;
        /** Comment on a video. */
        post: operations["createVideoComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/videos/{video_id}/comments/{comment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment from a video. */
        delete: operations["deleteVideoComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateAlbumRequest: {
            name: string;
            description?: string;
            /** @enum {string} */
            privacy?: "anybody" | "embed_only" | "nobody" | "password" | "team" | "unlisted";
            /** @description Needed when privacy is password. */
            password?: string;
            /** @enum {string} */
            sort?: "added_first" | "added_last" | "alphabetical" | "arranged" | "comments" | "likes" | "newest" | "oldest" | "plays";
            /** @enum {string} */
            layout?: "grid" | "player";
            /** @enum {string} */
            theme?: "dark" | "standard";
            /** @description Hexadecimal accent colour. */
            brand_color?: string;
            hide_nav?: boolean;
        };
        CreateAlbumResponse: components["schemas"]["ListAlbumsResponseDataItem"];
        CreateFolderRequest: {
            name: string;
            /** @description URI of the folder to nest it in, e.g. /users/123/projects/456. */
            parent_folder_uri?: string;
        };
        CreateFolderResponse: components["schemas"]["ListFoldersResponseDataItem"];
        CreateVideoCommentRequest: {
            text: string;
        };
        CreateVideoCommentResponse: components["schemas"]["ListVideoCommentsResponseDataItem"];
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
        GetChannelResponse: components["schemas"]["ListChannelsResponseDataItem"];
        GetMeResponse: {
            uri?: string;
            name?: string;
            link?: string;
            location?: string;
            bio?: string | null;
            /** @description Plan, e.g. basic, plus, pro or business. */
            account?: string;
            created_time?: string;
            pictures?: Record<string, unknown>;
            websites?: Record<string, unknown>[];
            metadata?: Record<string, unknown>;
        };
        GetMyFeedResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: {
                uri?: string;
                type?: string;
                time?: string;
                clip?: Record<string, unknown>;
            }[];
        };
        GetMyFeedResponsePaging: {
            next?: string | null;
            previous?: string | null;
            first?: string;
            last?: string;
        };
        GetUserResponse: components["schemas"]["GetMeResponse"];
        GetVideoResponse: components["schemas"]["ListMyVideosResponseDataItem"];
        ListAlbumVideosResponse: components["schemas"]["ListMyVideosResponse"];
        ListAlbumsResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["ListAlbumsResponseDataItem"][];
        };
        ListAlbumsResponseDataItem: {
            uri?: string;
            name?: string;
            description?: string | null;
            link?: string;
            created_time?: string;
            modified_time?: string;
            privacy?: {
                view?: string;
            };
            metadata?: Record<string, unknown>;
        };
        ListCategoriesResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: {
                uri?: string;
                name?: string;
                link?: string;
                top_level?: boolean;
                subcategories?: Record<string, unknown>[];
            }[];
        };
        ListCategoryVideosResponse: components["schemas"]["ListMyVideosResponse"];
        ListChannelsResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["ListChannelsResponseDataItem"][];
        };
        ListChannelsResponseDataItem: {
            uri?: string;
            name?: string;
            description?: string | null;
            link?: string;
            created_time?: string;
            privacy?: Record<string, unknown>;
            user?: Record<string, unknown>;
            metadata?: Record<string, unknown>;
        };
        ListFolderVideosResponse: components["schemas"]["ListMyVideosResponse"];
        ListFoldersResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["ListFoldersResponseDataItem"][];
        };
        ListFoldersResponseDataItem: {
            uri?: string;
            name?: string;
            created_time?: string;
            modified_time?: string;
            last_user_action_event_date?: string;
            user?: Record<string, unknown>;
            metadata?: Record<string, unknown>;
        };
        ListFollowersResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["GetMeResponse"][];
        };
        ListFollowingResponse: components["schemas"]["ListFollowersResponse"];
        ListLikesResponse: components["schemas"]["ListMyVideosResponse"];
        ListMyVideosResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["ListMyVideosResponseDataItem"][];
        };
        ListMyVideosResponseDataItem: {
            uri?: string;
            name?: string;
            description?: string | null;
            link?: string;
            /** @description Length in seconds. */
            duration?: number;
            width?: number;
            height?: number;
            created_time?: string;
            modified_time?: string;
            release_time?: string;
            privacy?: {
                view?: string;
                embed?: string;
                download?: boolean;
                add?: boolean;
                comments?: string;
            };
            pictures?: Record<string, unknown>;
            tags?: Record<string, unknown>[];
            stats?: {
                plays?: number | null;
            };
            status?: string;
            user?: Record<string, unknown>;
            metadata?: Record<string, unknown>;
        };
        ListVideoCommentsResponse: {
            total?: number;
            page?: number;
            per_page?: number;
            paging?: components["schemas"]["GetMyFeedResponsePaging"];
            data?: components["schemas"]["ListVideoCommentsResponseDataItem"][];
        };
        ListVideoCommentsResponseDataItem: {
            uri?: string;
            type?: string;
            text?: string;
            created_on?: string;
            user?: Record<string, unknown>;
            metadata?: Record<string, unknown>;
        };
        ListWatchLaterResponse: components["schemas"]["ListMyVideosResponse"];
        SearchVideosResponse: components["schemas"]["ListMyVideosResponse"];
        UpdateAlbumRequest: {
            name?: string;
            description?: string;
            /** @enum {string} */
            privacy?: "anybody" | "embed_only" | "nobody" | "password" | "team" | "unlisted";
            password?: string;
            sort?: string;
            /** @enum {string} */
            layout?: "grid" | "player";
            /** @enum {string} */
            theme?: "dark" | "standard";
            brand_color?: string;
            hide_nav?: boolean;
        };
        UpdateAlbumResponse: components["schemas"]["ListAlbumsResponseDataItem"];
        UpdateFolderRequest: {
            name: string;
        };
        UpdateFolderResponse: components["schemas"]["ListFoldersResponseDataItem"];
        UpdateVideoRequest: {
            /** @description Title. */
            name?: string;
            description?: string;
            privacy?: {
                /** @enum {string} */
                view?: "anybody" | "contacts" | "disable" | "nobody" | "password" | "unlisted" | "users";
                /** @enum {string} */
                embed?: "private" | "public" | "whitelist";
                /** @enum {string} */
                comments?: "anybody" | "contacts" | "nobody";
                download?: boolean;
                /** @description Whether others may add the video to their showcases and channels. */
                add?: boolean;
            };
            /** @description Needed when privacy.view is password. */
            password?: string;
            /** @enum {string} */
            license?: "by" | "by-nc" | "by-nc-nd" | "by-nc-sa" | "by-nd" | "by-sa" | "cc0";
            content_rating?: string[];
            /** @description Player appearance settings. */
            embed?: Record<string, unknown>;
        };
        UpdateVideoResponse: components["schemas"]["ListMyVideosResponseDataItem"];
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
        /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCategories: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                sort?: "last_video_featured_time" | "name";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCategoryVideos: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                filter?: "conditional_featured" | "embeddable";
                sort?: "alphabetical" | "comments" | "date" | "duration" | "featured" | "likes" | "plays" | "relevant";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL name of the category, e.g. animation or documentary. */
                category: string;
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
                    "application/json": components["schemas"]["ListCategoryVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                filter?: "featured";
                sort?: "alphabetical" | "date" | "followers" | "relevant" | "videos";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChannelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getChannel: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id or URL name of the channel. */
                channel_id: string;
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
                    "application/json": components["schemas"]["GetChannelResponse"];
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
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
    listAlbums: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                /** @description Search text matched against showcase names. */
                query?: string;
                sort?: "alphabetical" | "date" | "duration" | "videos";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAlbumsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAlbum: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Best of 2026",
                 *       "description": "Highlights",
                 *       "privacy": "anybody"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAlbumRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAlbumResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAlbum: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the showcase (album). */
                album_id: number;
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
    updateAlbum: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the showcase (album). */
                album_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Updated highlights"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAlbumRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAlbumResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAlbumVideos: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                sort?: "alphabetical" | "comments" | "date" | "default" | "duration" | "likes" | "manual" | "modified_time" | "plays";
                direction?: "asc" | "desc";
                /** @description The showcase password when it is protected. */
                password?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the showcase (album). */
                album_id: number;
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
                    "application/json": components["schemas"]["ListAlbumVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addVideoToAlbum: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the showcase (album). */
                album_id: number;
                /** @description Numeric id of the video. */
                video_id: number;
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
    removeVideoFromAlbum: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the showcase (album). */
                album_id: number;
                /** @description Numeric id of the video. */
                video_id: number;
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
    getMyFeed: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                /** @description Only feed items of this kind. */
                type?: "appears" | "category_featured" | "channel" | "facebook_feed" | "following" | "likes" | "ondemand_publish" | "share" | "tagged_with" | "twitter_timeline" | "uploads";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMyFeedResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFollowers: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                sort?: "alphabetical" | "date";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFollowersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFollowing: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                filter?: "online";
                sort?: "alphabetical" | "date";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFollowingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    followUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the user (a username also works for reads). */
                user_id: string;
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
    unfollowUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the user (a username also works for reads). */
                user_id: string;
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
    listLikes: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                filter?: "embeddable";
                sort?: "alphabetical" | "date" | "duration" | "likes" | "plays";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLikesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    likeVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
    unlikeVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
    listFolders: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                /** @description Search text matched against folder names. */
                query?: string;
                sort?: "date" | "default" | "modified_time" | "name";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Client work"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteFolder: {
        parameters: {
            query?: {
                /** @description Also delete the folder's videos. */
                should_delete_clips?: boolean;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the folder (project). */
                project_id: number;
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
    updateFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the folder (project). */
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Archived client work"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderVideos: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                sort?: "alphabetical" | "date" | "default" | "duration" | "last_user_action_event_date";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the folder (project). */
                project_id: number;
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
                    "application/json": components["schemas"]["ListFolderVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addVideoToFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the folder (project). */
                project_id: number;
                /** @description Numeric id of the video. */
                video_id: number;
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
    removeVideoFromFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the folder (project). */
                project_id: number;
                /** @description Numeric id of the video. */
                video_id: number;
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
    listMyVideos: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                /** @description Search text matched against titles and descriptions. */
                query?: string;
                /** @description Only videos of this kind. */
                filter?: "app_only" | "embeddable" | "featured" | "playable" | "live" | "no_placeholder";
                sort?: "alphabetical" | "date" | "default" | "duration" | "last_user_action_event_date" | "likes" | "modified_time" | "plays";
                direction?: "asc" | "desc";
                /** @description Answer with the page that holds this video URI. */
                containing_uri?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWatchLater: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                query?: string;
                sort?: "alphabetical" | "date" | "duration" | "likes" | "plays";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWatchLaterResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addToWatchLater: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
    removeFromWatchLater: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
    getUser: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the user (a username also works for reads). */
                user_id: string;
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
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchVideos: {
        parameters: {
            query: {
                /** @description Search text. */
                query: string;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                /** @description Narrow the results, e.g. by Creative Commons licence. */
                filter?: "CC" | "CC-BY" | "CC-BY-NC" | "CC-BY-NC-ND" | "CC-BY-NC-SA" | "CC-BY-ND" | "CC-BY-SA" | "CC0" | "categories" | "duration" | "in-progress" | "minimum_likes" | "trending" | "upload_date";
                sort?: "alphabetical" | "comments" | "date" | "duration" | "likes" | "plays" | "relevant";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVideo: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
                    "application/json": components["schemas"]["GetVideoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
    updateVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My new title",
                 *       "description": "Updated description",
                 *       "privacy": {
                 *         "view": "unlisted"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateVideoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateVideoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVideoComments: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                per_page?: number;
                /** @description Comma-separated fields to return, e.g. uri,name,link. */
                fields?: string;
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
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
                    "application/json": components["schemas"]["ListVideoCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVideoComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Great video!"
                 *     }
                 */
                "application/json": components["schemas"]["CreateVideoCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVideoCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteVideoComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vimeo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the video. */
                video_id: number;
                /** @description Numeric id of the comment. */
                comment_id: number;
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
