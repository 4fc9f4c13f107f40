// Generated from providers/buffer.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send any GraphQL query or mutation with its variables. */
        post: operations["graphql"];
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
        CreateIdeaResponse: {
            data?: {
                /** @description The new idea, or an error object with a message. */
                createIdea?: {
                    id?: string;
                    content?: {
                        title?: string;
                        text?: string;
                    };
                    message?: string;
                };
            };
        };
        CreateIdeaVariables: {
            input: {
                organizationId: string;
                /** @description Give a title, a text or both. */
                content: {
                    title?: string;
                    text?: string;
                };
            } & {
                [key: string]: unknown;
            };
        };
        CreatePostResponse: {
            data?: {
                /** @description A success object holding the post, or an error object with a message. */
                createPost?: {
                    post?: {
                        id?: string;
                        text?: string;
                        status?: string;
                        dueAt?: string | null;
                    };
                    message?: string;
                };
            };
        };
        CreatePostVariables: {
            input: {
                /** @description Channel to post to. */
                channelId: string;
                text?: string;
                /**
                 * @description automatic publishes by itself; notification sends a reminder to publish by hand.
                 * @enum {string}
                 */
                schedulingType: "automatic" | "notification";
                /**
                 * @description customScheduled needs dueAt.
                 * @enum {string}
                 */
                mode: "addToQueue" | "shareNow" | "shareNext" | "customScheduled";
                /**
                 * Format: date-time
                 * @description Publish time (UTC) for customScheduled.
                 */
                dueAt?: string;
                /** @description Network-specific settings keyed by network. */
                metadata?: Record<string, unknown>;
                /** @description Images or videos to attach. */
                assets?: Record<string, unknown>;
            } & {
                [key: string]: unknown;
            };
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
        GetAccountResponse: {
            data?: {
                account?: {
                    id?: string;
                    email?: string;
                    name?: string;
                    avatar?: string;
                    timezone?: string;
                    organizations?: {
                        id?: string;
                        name?: string;
                    }[];
                };
            };
        };
        GetChannelResponse: {
            data?: {
                channel?: {
                    id?: string;
                    name?: string;
                    service?: string;
                    postingSchedule?: {
                        days?: string[];
                        times?: string[];
                    }[];
                };
            };
        };
        GetChannelVariables: {
            channelId: string;
        };
        GetPostResponse: {
            data?: {
                post?: {
                    id?: string;
                    text?: string;
                    status?: string;
                    dueAt?: string | null;
                    channel?: {
                        id?: string;
                        name?: string;
                        service?: string;
                    };
                };
            };
        };
        GetPostVariables: {
            postId: string;
        };
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the document's variables. */
            variables?: {
                [key: string]: unknown;
            };
            /** @description Operation to run when the document holds several. */
            operationName?: string;
        };
        GraphqlResponse: {
            data?: {
                [key: string]: unknown;
            };
            errors?: {
                message?: string;
                path?: (string | number)[];
                extensions?: {
                    code?: string;
                };
            }[];
        };
        ListChannelsResponse: {
            data?: {
                channels?: {
                    id?: string;
                    name?: string;
                    /** @description Network such as instagram, facebook, twitter or linkedin. */
                    service?: string;
                    displayName?: string;
                    avatar?: string;
                    isDisconnected?: boolean;
                }[];
            };
        };
        ListChannelsVariables: {
            /** @description Organization id from the account query. */
            organizationId: string;
        };
        ListPostsResponse: {
            data?: {
                posts?: {
                    edges?: {
                        node?: {
                            id?: string;
                            text?: string;
                            status?: string;
                            dueAt?: string | null;
                        };
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string | null;
                    };
                };
            };
        };
        ListPostsVariables: {
            channelId: string;
            /** @enum {string} */
            status?: "draft" | "scheduled" | "sent" | "failed";
            /** @description Posts per page. */
            first?: number;
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
        /** @description Id of the Buffer connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    graphql: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Buffer connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "{ account { id email organizations { id name } } }"
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphqlResponse"];
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
