// Generated from providers/youtube.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/youtube/v3/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read channels by id or handle, or the connected user's own channel. */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/commentThreads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the top-level comments of a video or channel, with some of their replies. */
        get: operations["listCommentThreads"];
        put?: never;
        /** Post a new top-level comment on a video. */
        post: operations["createCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/playlistItems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the videos in a playlist in playlist order. */
        get: operations["listPlaylistItems"];
        put?: never;
        /** Add a video to a playlist, optionally at a given position. */
        post: operations["createPlaylistItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/playlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's playlists, a channel's playlists, or playlists by id. */
        get: operations["listPlaylists"];
        put?: never;
        /** Create a playlist on the user's channel. */
        post: operations["createPlaylist"];
        /** Delete one of the user's playlists. */
        delete: operations["deletePlaylist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search YouTube for videos, channels or playlists by keywords and filters. */
        get: operations["searchResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the channels the user (or a channel) subscribes to, or the user's subscribers. */
        get: operations["listSubscriptions"];
        put?: never;
        /** Subscribe the user to a channel. */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read videos by id, list the most popular videos of a region, or the videos the user rated. */
        get: operations["listVideos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youtube/v3/videos/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Like or dislike a video as the user, or take the rating back. */
        post: operations["rateVideo"];
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
        CreateCommentThreadRequest: {
            snippet: {
                videoId: string;
                channelId?: string;
                topLevelComment: {
                    snippet: {
                        /** @description Text of the comment. */
                        textOriginal: string;
                    };
                };
            };
        };
        CreateCommentThreadResponse: components["schemas"]["ListCommentThreadsResponseThread"];
        CreatePlaylistItemRequest: {
            snippet: {
                playlistId: string;
                resourceId: {
                    /** @enum {string} */
                    kind: "youtube#video";
                    videoId: string;
                };
                /** @description Zero-based place in the playlist; the end when left out. */
                position?: number;
            };
            contentDetails?: {
                note?: string;
            };
        };
        CreatePlaylistItemResponse: components["schemas"]["ListPlaylistItemsResponsePlaylistItem"];
        CreatePlaylistRequest: {
            snippet: {
                title: string;
                description?: string;
                defaultLanguage?: string;
                tags?: string[];
            };
            status?: {
                /** @enum {string} */
                privacyStatus?: "private" | "public" | "unlisted";
            };
        };
        CreatePlaylistResponse: components["schemas"]["ListPlaylistsResponsePlaylist"];
        CreateSubscriptionRequest: {
            snippet: {
                resourceId: {
                    /** @enum {string} */
                    kind: "youtube#channel";
                    channelId: string;
                };
            };
        };
        CreateSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseSubscription"];
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
        ListChannelsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: {
                kind?: string;
                etag?: string;
                id?: string;
                snippet?: {
                    title?: string;
                    description?: string;
                    customUrl?: string;
                    /** Format: date-time */
                    publishedAt?: string;
                    thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
                    country?: string;
                };
                contentDetails?: {
                    relatedPlaylists?: {
                        likes?: string;
                        /** @description Playlist holding the channel's uploads. */
                        uploads?: string;
                    };
                };
                statistics?: {
                    viewCount?: string;
                    subscriberCount?: string;
                    hiddenSubscriberCount?: boolean;
                    videoCount?: string;
                };
                status?: Record<string, unknown>;
                brandingSettings?: Record<string, unknown>;
            }[];
        };
        ListCommentThreadsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: components["schemas"]["ListCommentThreadsResponseThread"][];
        };
        ListCommentThreadsResponseThread: {
            kind?: string;
            etag?: string;
            id?: string;
            snippet?: {
                channelId?: string;
                videoId?: string;
                topLevelComment?: components["schemas"]["ListCommentThreadsResponseThreadSnippetTopLevelComment"];
                canReply?: boolean;
                totalReplyCount?: number;
                isPublic?: boolean;
            };
            replies?: {
                comments?: components["schemas"]["ListCommentThreadsResponseThreadSnippetTopLevelComment"][];
            };
        };
        ListCommentThreadsResponseThreadSnippetTopLevelComment: {
            id?: string;
            snippet?: {
                authorDisplayName?: string;
                authorProfileImageUrl?: string;
                authorChannelUrl?: string;
                authorChannelId?: {
                    value?: string;
                };
                textDisplay?: string;
                textOriginal?: string;
                likeCount?: number;
                /** Format: date-time */
                publishedAt?: string;
                /** Format: date-time */
                updatedAt?: string;
                parentId?: string;
                videoId?: string;
            };
        };
        ListPlaylistItemsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            prevPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: components["schemas"]["ListPlaylistItemsResponsePlaylistItem"][];
        };
        ListPlaylistItemsResponsePlaylistItem: {
            kind?: string;
            etag?: string;
            id?: string;
            snippet?: {
                /** Format: date-time */
                publishedAt?: string;
                channelId?: string;
                title?: string;
                description?: string;
                thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
                channelTitle?: string;
                playlistId?: string;
                position?: number;
                resourceId?: {
                    kind?: string;
                    videoId?: string;
                };
                videoOwnerChannelTitle?: string;
                videoOwnerChannelId?: string;
            };
            contentDetails?: {
                videoId?: string;
                /** Format: date-time */
                videoPublishedAt?: string;
                note?: string;
            };
            status?: {
                privacyStatus?: string;
            };
        };
        ListPlaylistsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            prevPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: components["schemas"]["ListPlaylistsResponsePlaylist"][];
        };
        ListPlaylistsResponsePlaylist: {
            kind?: string;
            etag?: string;
            id?: string;
            snippet?: {
                /** Format: date-time */
                publishedAt?: string;
                channelId?: string;
                title?: string;
                description?: string;
                thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
                channelTitle?: string;
                defaultLanguage?: string;
            };
            status?: {
                /** @enum {string} */
                privacyStatus?: "private" | "public" | "unlisted";
            };
            contentDetails?: {
                itemCount?: number;
            };
        };
        ListSubscriptionsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            prevPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: components["schemas"]["ListSubscriptionsResponseSubscription"][];
        };
        ListSubscriptionsResponseSubscription: {
            kind?: string;
            etag?: string;
            id?: string;
            snippet?: {
                /** Format: date-time */
                publishedAt?: string;
                title?: string;
                description?: string;
                channelId?: string;
                resourceId?: {
                    kind?: string;
                    channelId?: string;
                };
                thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
            };
            contentDetails?: {
                totalItemCount?: number;
                newItemCount?: number;
                activityType?: string;
            };
        };
        ListVideosResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            prevPageToken?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: {
                kind?: string;
                etag?: string;
                id?: string;
                snippet?: {
                    /** Format: date-time */
                    publishedAt?: string;
                    channelId?: string;
                    title?: string;
                    description?: string;
                    thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
                    channelTitle?: string;
                    tags?: string[];
                    categoryId?: string;
                    liveBroadcastContent?: string;
                    defaultLanguage?: string;
                };
                contentDetails?: {
                    /** @description ISO 8601 duration such as PT4M13S. }, dimension: { type: string }, definition: { type: string }, caption: { type: string }, licensedContent: { type: boolean */
                    duration?: string;
                };
                statistics?: {
                    viewCount?: string;
                    likeCount?: string;
                    favoriteCount?: string;
                    commentCount?: string;
                };
                status?: {
                    uploadStatus?: string;
                    privacyStatus?: string;
                    license?: string;
                    embeddable?: boolean;
                    publicStatsViewable?: boolean;
                    madeForKids?: boolean;
                };
                player?: {
                    embedHtml?: string;
                };
            }[];
        };
        SearchResourcesResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            prevPageToken?: string;
            regionCode?: string;
            pageInfo?: components["schemas"]["SearchResourcesResponsePageInfo"];
            items?: {
                kind?: string;
                etag?: string;
                id?: {
                    kind?: string;
                    videoId?: string;
                    channelId?: string;
                    playlistId?: string;
                };
                snippet?: {
                    /** Format: date-time */
                    publishedAt?: string;
                    channelId?: string;
                    title?: string;
                    description?: string;
                    thumbnails?: components["schemas"]["SearchResourcesResponseItemsItemSnippetThumbnails"];
                    channelTitle?: string;
                    /** @enum {string} */
                    liveBroadcastContent?: "live" | "none" | "upcoming";
                };
            }[];
        };
        /** @description Images keyed by size (default, medium, high …), each with url, width and height. */
        SearchResourcesResponseItemsItemSnippetThumbnails: Record<string, unknown>;
        SearchResourcesResponsePageInfo: {
            totalResults?: number;
            resultsPerPage?: number;
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
        /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChannels: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated parts - snippet, contentDetails, statistics, status, brandingSettings, topicDetails, localizations.
                 * @example snippet,statistics,contentDetails
                 */
                part: string;
                /** @description Comma-separated channel ids. */
                id?: string;
                /** @description The connected user's channel. */
                mine?: boolean;
                /** @description Channel handle, e.g. @GoogleDevelopers. */
                forHandle?: string;
                /** @description Legacy YouTube username. */
                forUsername?: string;
                /** @description Channels managed by a content owner (partners only). */
                managedByMe?: boolean;
                /** @description Channels per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Language for localized metadata. */
                hl?: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
    listCommentThreads: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated parts - snippet, replies, id.
                 * @example snippet,replies
                 */
                part: string;
                /** @description Threads on this video. */
                videoId?: string;
                /** @description Threads on every video of this channel. */
                allThreadsRelatedToChannelId?: string;
                /** @description Comma-separated thread ids. */
                id?: string;
                /** @description Only threads containing these words. */
                searchTerms?: string;
                /** @description Sort order. */
                order?: "time" | "relevance";
                /** @description Format of textDisplay. */
                textFormat?: "html" | "plainText";
                /** @description Threads in this moderation state (channel owners only). */
                moderationStatus?: "heldForReview" | "likelySpam" | "published";
                /** @description Threads per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCommentThreadsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCommentThread: {
        parameters: {
            query: {
                /** @description Parts sent in the body and returned., example: snippet */
                part: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snippet": {
                 *         "videoId": "abc123xyz",
                 *         "topLevelComment": {
                 *           "snippet": {
                 *             "textOriginal": "Great video!"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCommentThreadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCommentThreadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlaylistItems: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated parts - snippet, contentDetails, status.
                 * @example snippet,contentDetails
                 */
                part: string;
                /** @description Playlist to list (this or id is needed). */
                playlistId?: string;
                /** @description Comma-separated playlist item ids. */
                id?: string;
                /** @description Only the entries of this video. */
                videoId?: string;
                /** @description Items per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPlaylistItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPlaylistItem: {
        parameters: {
            query: {
                /** @description Parts sent in the body and returned., example: snippet */
                part: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snippet": {
                 *         "playlistId": "PLxyz123",
                 *         "resourceId": {
                 *           "kind": "youtube#video",
                 *           "videoId": "abc123xyz"
                 *         },
                 *         "position": 0
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePlaylistItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePlaylistItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPlaylists: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated parts - snippet, contentDetails, status, player, localizations.
                 * @example snippet,contentDetails
                 */
                part: string;
                /** @description Comma-separated playlist ids. */
                id?: string;
                /** @description Playlists of this channel. */
                channelId?: string;
                /** @description The connected user's playlists. */
                mine?: boolean;
                /** @description Playlists per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Language for localized metadata. */
                hl?: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPlaylistsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPlaylist: {
        parameters: {
            query: {
                /** @description Parts sent in the body and returned (snippet and status)., example: 'snippet,status' */
                part: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snippet": {
                 *         "title": "My New Playlist",
                 *         "description": "A collection of videos"
                 *       },
                 *       "status": {
                 *         "privacyStatus": "private"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePlaylistRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePlaylistResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePlaylist: {
        parameters: {
            query: {
                /** @description Id of the playlist. */
                id: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
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
    searchResources: {
        parameters: {
            query: {
                /** @description Parts to return (only snippet exists). */
                part: "snippet";
                /** @description Search terms; NOT (-) and OR (|) operators are understood. */
                q?: string;
                /**
                 * @description Comma-separated kinds to return - video, channel and/or playlist.
                 * @example video
                 */
                type?: string;
                /** @description Results per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Sort order. */
                order?: "date" | "rating" | "relevance" | "title" | "videoCount" | "viewCount";
                /** @description Only results from this channel. */
                channelId?: string;
                /** @description Only the connected user's own videos (type must be video). */
                forMine?: boolean;
                /** @description Only resources created at or after this time. */
                publishedAfter?: string;
                /** @description Only resources created before this time. */
                publishedBefore?: string;
                /** @description ISO 3166-1 alpha-2 country to search for. */
                regionCode?: string;
                /** @description Prefer results in this language (ISO 639-1). */
                relevanceLanguage?: string;
                /** @description Filtering of restricted content. */
                safeSearch?: "moderate" | "none" | "strict";
                /** @description short under 4 minutes, medium 4 to 20, long over 20 (type must be video). */
                videoDuration?: "any" | "long" | "medium" | "short";
                /** @description HD or SD videos only. */
                videoDefinition?: "any" | "high" | "standard";
                /** @description Kind of video. */
                videoType?: "any" | "episode" | "movie";
                /** @description Videos with or without captions. */
                videoCaption?: "any" | "closedCaption" | "none";
                /** @description Only videos that can be embedded. */
                videoEmbeddable?: "any" | "true";
                /** @description License of the videos. */
                videoLicense?: "any" | "creativeCommon" | "youtube";
                /** @description Only videos of this category. */
                videoCategoryId?: string;
                /** @description Only broadcasts in this state (type must be video). */
                eventType?: "completed" | "live" | "upcoming";
                /** @description Latitude,longitude point to search around (with locationRadius). */
                location?: string;
                /** @description Distance from location, e.g. 10km. */
                locationRadius?: string;
                /** @description Freebase topic id to match. */
                topicId?: string;
                /** @description Kind of channel. */
                channelType?: "any" | "show";
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchResourcesResponse"];
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
            query: {
                /**
                 * @description Comma-separated parts - snippet, contentDetails, subscriberSnippet.
                 * @example snippet
                 */
                part: string;
                /** @description The connected user's subscriptions. */
                mine?: boolean;
                /** @description Subscriptions of this channel. */
                channelId?: string;
                /** @description Comma-separated subscription ids. */
                id?: string;
                /** @description Only subscriptions to these channels (comma-separated). */
                forChannelId?: string;
                /** @description The user's subscribers instead. */
                mySubscribers?: boolean;
                /** @description The user's newest subscribers, newest first. */
                myRecentSubscribers?: boolean;
                /** @description Sort order. */
                order?: "alphabetical" | "relevance" | "unread";
                /** @description Subscriptions per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
    createSubscription: {
        parameters: {
            query: {
                /** @description Parts sent in the body and returned., example: snippet */
                part: string;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "snippet": {
                 *         "resourceId": {
                 *           "kind": "youtube#channel",
                 *           "channelId": "UCxyz123"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubscriptionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVideos: {
        parameters: {
            query: {
                /**
                 * @description Comma-separated parts - snippet, contentDetails, statistics, status, player, topicDetails, liveStreamingDetails, localizations.
                 * @example snippet,statistics,contentDetails
                 */
                part: string;
                /** @description Comma-separated video ids. */
                id?: string;
                /** @description List a chart instead of given ids. */
                chart?: "mostPopular";
                /** @description Videos the user liked or disliked. */
                myRating?: "like" | "dislike";
                /** @description Region of the chart (ISO 3166-1 alpha-2). */
                regionCode?: string;
                /** @description Category of the chart. */
                videoCategoryId?: string;
                /** @description Videos per page (with chart or myRating). */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Language for localized titles and descriptions. */
                hl?: string;
                /** @description Height of the embed player in player.embedHtml. */
                maxHeight?: number;
                /** @description Width of the embed player in player.embedHtml. */
                maxWidth?: number;
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListVideosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rateVideo: {
        parameters: {
            query: {
                /** @description Id of the video. */
                id: string;
                /** @description none removes an earlier rating. */
                rating: "like" | "dislike" | "none";
            };
            header?: {
                /** @description Id of the YouTube connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
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
