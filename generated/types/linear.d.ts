// Generated from providers/linear.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/graphql": {
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
        CreateCommentResponse: {
            data?: {
                commentCreate?: {
                    success?: boolean;
                    comment?: {
                        id?: string;
                        body?: string;
                    };
                };
            };
        };
        CreateCommentVariables: {
            input: {
                issueId: string;
                /** @description Markdown text of the comment. */
                body: string;
                /** @description Comment to reply to. */
                parentId?: string;
            };
        };
        CreateIssueResponse: {
            data?: {
                issueCreate?: {
                    success?: boolean;
                    issue?: {
                        id?: string;
                        identifier?: string;
                        title?: string;
                    };
                };
            };
        };
        CreateIssueVariables: {
            input: {
                teamId: string;
                title?: string;
                /** @description Markdown text. */
                description?: string;
                priority?: number;
                assigneeId?: string;
                stateId?: string;
                labelIds?: string[];
                projectId?: string;
                cycleId?: string;
                parentId?: string;
                /** Format: date */
                dueDate?: string;
                estimate?: number;
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
        GetIssueResponse: {
            data?: {
                issue?: {
                    id?: string;
                    identifier?: string;
                    title?: string;
                    description?: string;
                    state?: {
                        name?: string;
                    };
                    priority?: number;
                    assignee?: {
                        name?: string;
                    };
                    team?: {
                        key?: string;
                    };
                    /** Format: date-time */
                    createdAt?: string;
                };
            };
        };
        GetIssueVariables: {
            /**
             * @description Issue UUID or identifier such as MTN-527.
             * @example MTN-527
             */
            id: string;
        };
        GetOrganizationResponse: {
            data?: {
                organization?: {
                    id?: string;
                    name?: string;
                    urlKey?: string;
                };
            };
        };
        GetViewerResponse: {
            data?: {
                viewer?: {
                    id?: string;
                    name?: string;
                    email?: string;
                };
            };
        };
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the document's variables. */
            variables?: {
                [key: string]: unknown;
            };
            /** @description Which operation to run when the document defines several. */
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
                    type?: string;
                };
            }[];
        };
        ListCyclesResponse: {
            data?: {
                cycles?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        number?: number;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListCyclesVariables: components["schemas"]["ListTeamsVariables"];
        ListIssuesByStateTypeResponse: {
            data?: {
                issues?: {
                    nodes?: {
                        id?: string;
                        identifier?: string;
                        title?: string;
                        state?: {
                            name?: string;
                        };
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListIssuesByStateTypeVariables: {
            /** @enum {string} */
            stateType: "triage" | "backlog" | "unstarted" | "started" | "completed" | "canceled";
            first?: number;
            after?: string;
        };
        ListIssuesResponse: {
            data?: {
                issues?: {
                    nodes?: {
                        id?: string;
                        identifier?: string;
                        title?: string;
                        state?: {
                            name?: string;
                        };
                        priority?: number;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListIssuesVariables: components["schemas"]["ListTeamsVariables"];
        ListLabelsResponse: {
            data?: {
                issueLabels?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        color?: string;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListLabelsVariables: components["schemas"]["ListTeamsVariables"];
        ListProjectsResponse: {
            data?: {
                projects?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        state?: string;
                        /** Format: date-time */
                        createdAt?: string;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListProjectsVariables: components["schemas"]["ListTeamsVariables"];
        ListTeamsResponse: {
            data?: {
                teams?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        key?: string;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListTeamsVariables: {
            /** @description Nodes per page (50 when omitted). */
            first?: number;
            /** @description endCursor of the previous page. */
            after?: string;
        };
        ListUsersResponse: {
            data?: {
                users?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        email?: string;
                        active?: boolean;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListUsersVariables: components["schemas"]["ListTeamsVariables"];
        ListWorkflowStatesResponse: {
            data?: {
                workflowStates?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        type?: string;
                        team?: {
                            key?: string;
                        };
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        ListWorkflowStatesVariables: components["schemas"]["ListTeamsVariables"];
        SearchIssuesResponse: {
            data?: {
                searchIssues?: {
                    nodes?: {
                        id?: string;
                        identifier?: string;
                        title?: string;
                    }[];
                    pageInfo?: {
                        hasNextPage?: boolean;
                        endCursor?: string;
                    };
                };
            };
        };
        SearchIssuesVariables: {
            /** @description Words to search for. */
            term: string;
            first?: number;
            after?: string;
        };
        UpdateIssueResponse: {
            data?: {
                issueUpdate?: {
                    success?: boolean;
                    issue?: {
                        id?: string;
                        identifier?: string;
                        title?: string;
                        priority?: number;
                    };
                };
            };
        };
        UpdateIssueVariables: {
            /** @description Issue UUID or identifier. */
            id: string;
            input: {
                title?: string;
                description?: string;
                priority?: number;
                assigneeId?: string;
                stateId?: string;
                labelIds?: string[];
                projectId?: string;
                cycleId?: string;
                /** Format: date */
                dueDate?: string;
            } & {
                [key: string]: unknown;
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
        /** @description Id of the Linear connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Linear connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "{ viewer { id name email } }"
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
