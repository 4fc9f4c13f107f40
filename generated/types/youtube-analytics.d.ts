// Generated from providers/youtube-analytics.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/groupItems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the items that belong to a group. */
        get: operations["listGroupItems"];
        put?: never;
        /** Add a video, playlist, channel or asset to a group. */
        post: operations["createGroupItem"];
        /** Take an item out of a group. */
        delete: operations["deleteGroupItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's analytics groups, or read groups by id. */
        get: operations["listGroups"];
        /** Rename a group (the title is the only field that can change). */
        put: operations["updateGroup"];
        /** Create an empty group that will hold one kind of item. */
        post: operations["createGroup"];
        /** Delete a group. */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query channel or content-owner metrics for a date range, broken down by dimensions such as day, country or video. */
        get: operations["queryReport"];
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
        CreateGroupItemRequest: {
            groupId: string;
            resource: {
                kind?: components["schemas"]["ListGroupsResponseGroupContentDetailsItemType"];
                /** @description Id of the video, playlist, channel or asset. */
                id: string;
            };
        };
        CreateGroupItemResponse: components["schemas"]["ListGroupItemsResponseGroupItem"];
        CreateGroupRequest: {
            snippet: {
                title: string;
            };
            contentDetails: {
                itemType: components["schemas"]["ListGroupsResponseGroupContentDetailsItemType"];
            };
        };
        CreateGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
        DeleteGroupItemResponse: {
            errors?: Record<string, unknown>;
        };
        DeleteGroupResponse: {
            errors?: Record<string, unknown>;
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
        ListGroupItemsResponse: {
            kind?: string;
            etag?: string;
            items?: components["schemas"]["ListGroupItemsResponseGroupItem"][];
        };
        ListGroupItemsResponseGroupItem: {
            kind?: string;
            etag?: string;
            id?: string;
            groupId?: string;
            resource?: {
                kind?: string;
                id?: string;
            };
        };
        ListGroupsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            items?: components["schemas"]["ListGroupsResponseGroup"][];
        };
        ListGroupsResponseGroup: {
            kind?: string;
            etag?: string;
            id?: string;
            snippet?: {
                /** Format: date-time */
                publishedAt?: string;
                title?: string;
            };
            contentDetails?: {
                itemCount?: string;
                itemType?: components["schemas"]["ListGroupsResponseGroupContentDetailsItemType"];
            };
        };
        /** @enum {string} */
        ListGroupsResponseGroupContentDetailsItemType: "youtube#video" | "youtube#playlist" | "youtube#channel" | "youtubePartner#asset";
        QueryReportResponse: {
            kind?: string;
            columnHeaders?: {
                name?: string;
                /** @enum {string} */
                columnType?: "DIMENSION" | "METRIC";
                /** @enum {string} */
                dataType?: "STRING" | "INTEGER" | "FLOAT";
            }[];
            /** @description One array per row, values in columnHeaders order. */
            rows?: (string | number)[][];
        };
        UpdateGroupRequest: {
            id: string;
            snippet: {
                title: string;
            };
            contentDetails?: {
                itemType?: components["schemas"]["ListGroupsResponseGroupContentDetailsItemType"];
            };
        };
        UpdateGroupResponse: components["schemas"]["ListGroupsResponseGroup"];
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
        /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listGroupItems: {
        parameters: {
            query: {
                /** @description Id of the group. */
                groupId: string;
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListGroupItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createGroupItem: {
        parameters: {
            query?: {
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "groupId": "GROUP_ID",
                 *       "resource": {
                 *         "kind": "youtube#video",
                 *         "id": "VIDEO_ID"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateGroupItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteGroupItem: {
        parameters: {
            query: {
                /** @description Id of the group item (not of the video). */
                id: string;
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty response object (errors only when something went wrong). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteGroupItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description The connected user's groups. */
                mine?: boolean;
                /** @description Comma-separated group ids. */
                id?: string;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateGroup: {
        parameters: {
            query?: {
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "GROUP_ID",
                 *       "snippet": {
                 *         "title": "Updated Title"
                 *       },
                 *       "contentDetails": {
                 *         "itemType": "youtube#video"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createGroup: {
        parameters: {
            query?: {
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "title": "My Group"
                 *       },
                 *       "contentDetails": {
                 *         "itemType": "youtube#video"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteGroup: {
        parameters: {
            query: {
                /** @description Id of the group. */
                id: string;
                /** @description Content owner the call acts for (partners only). */
                onBehalfOfContentOwner?: string;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty response object (errors only when something went wrong). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryReport: {
        parameters: {
            query: {
                /**
                 * @description Whose data - channel==MINE, channel==CHANNEL_ID or contentOwner==OWNER_NAME.
                 * @example channel==MINE
                 */
                ids: string;
                /** @description First day (YYYY-MM-DD). */
                startDate: string;
                /** @description Last day (YYYY-MM-DD). */
                endDate: string;
                /**
                 * @description Comma-separated metrics, e.g. views,likes,comments,estimatedMinutesWatched,averageViewDuration,subscribersGained.
                 * @example views,likes,comments
                 */
                metrics: string;
                /** @description Comma-separated dimensions, e.g. day, month, country, video, deviceType, operatingSystem. */
                dimensions?: string;
                /** @description Semicolon-separated dimension filters, e.g. country==US;video==abc123. */
                filters?: string;
                /** @description Comma-separated sort keys; a leading - sorts descending, e.g. -views. */
                sort?: string;
                /** @description Rows to return. */
                maxResults?: number;
                /** @description 1-based index of the first row, for paging. */
                startIndex?: number;
                /** @description ISO 4217 currency of revenue metrics. */
                currency?: string;
                /** @description For content owners - include data from before a channel was linked. */
                includeHistoricalChannelData?: boolean;
            };
            header?: {
                /** @description Id of the YouTube Analytics connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["QueryReportResponse"];
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
