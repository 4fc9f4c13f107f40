// Generated from providers/monday.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2": {
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
        ChangeSimpleColumnValueResponse: {
            data?: {
                change_simple_column_value?: components["schemas"]["CreateBoardResponseDataCreateBoard"];
            };
        };
        ChangeSimpleColumnValueVariables: {
            boardId: string;
            itemId: string;
            /** @description Column to change; name changes the item's name. */
            columnId: string;
            value?: string;
        };
        CreateBoardResponse: {
            data?: {
                create_board?: components["schemas"]["CreateBoardResponseDataCreateBoard"];
            };
        };
        CreateBoardResponseDataCreateBoard: {
            id?: string;
            name?: string;
        };
        CreateBoardVariables: {
            name: string;
            /** @enum {string} */
            kind: "public" | "private" | "share";
            /** @description Workspace to create the board in (the main workspace when omitted). */
            workspaceId?: string;
        };
        CreateColumnResponse: {
            data?: {
                create_column?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemColumnsItem"];
            };
        };
        CreateColumnVariables: {
            boardId: string;
            title: string;
            /** @description Column type such as status, text, numbers, date, people, dropdown, checkbox, email, phone, link, timeline, tags or rating. */
            columnType: string;
        };
        CreateGroupResponse: {
            data?: {
                create_group?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemGroupsItem"];
            };
        };
        CreateGroupVariables: {
            boardId: string;
            groupName: string;
        };
        CreateItemResponse: {
            data?: {
                create_item?: components["schemas"]["CreateBoardResponseDataCreateBoard"];
            };
        };
        CreateItemVariables: {
            boardId: string;
            /** @description Group to put the item in (the top group when omitted). */
            groupId?: string;
            name: string;
            /** @description JSON text of values by column id, e.g. {"status":{"label":"Working on it"}}. */
            columnValues?: string;
        };
        DeleteBoardResponse: {
            data?: {
                delete_board?: {
                    id?: string;
                };
            };
        };
        DeleteBoardVariables: {
            boardId: string;
        };
        DeleteItemResponse: {
            data?: {
                delete_item?: {
                    id?: string;
                };
            };
        };
        DeleteItemVariables: {
            itemId: string;
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
        GetBoardWithItemsResponse: {
            data?: {
                boards?: {
                    id?: string;
                    name?: string;
                    columns?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemColumnsItem"][];
                    groups?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemGroupsItem"][];
                    items_page?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemItemsPage"];
                }[];
            };
        };
        GetBoardWithItemsResponseDataBoardsItemColumnsItem: {
            id?: string;
            title?: string;
            type?: string;
        };
        GetBoardWithItemsResponseDataBoardsItemGroupsItem: {
            id?: string;
            title?: string;
        };
        GetBoardWithItemsResponseDataBoardsItemItemsPage: {
            /** @description Pass to next_items_page for the following page; null on the last page. */
            cursor?: string | null;
            items?: {
                id?: string;
                name?: string;
                state?: string;
                column_values?: {
                    id?: string;
                    text?: string | null;
                }[];
            }[];
        };
        GetBoardWithItemsVariables: {
            /** @description Ids of the boards to read. */
            ids: string[];
            /** @description Items in the first page. */
            limit?: number;
        };
        GetItemsResponse: {
            data?: {
                items?: {
                    id?: string;
                    name?: string;
                    /** Format: date-time */
                    created_at?: string;
                    state?: string;
                    board?: components["schemas"]["CreateBoardResponseDataCreateBoard"];
                    group?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemGroupsItem"];
                    column_values?: {
                        id?: string;
                        text?: string | null;
                        /** @description The raw value as JSON text. */
                        value?: string | null;
                    }[];
                }[];
            };
        };
        GetItemsVariables: {
            ids: string[];
        };
        GetMeResponse: {
            data?: {
                me?: components["schemas"]["GetMeResponseDataMe"];
            };
        };
        GetMeResponseDataMe: {
            id?: string;
            name?: string;
            email?: string;
        };
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the variables the document declares. */
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
                locations?: Record<string, unknown>[];
                path?: (string | number)[];
                extensions?: {
                    code?: string;
                };
            }[];
            error_code?: string;
            error_message?: string;
            account_id?: number;
        };
        ListBoardsResponse: {
            data?: {
                boards?: {
                    id?: string;
                    name?: string;
                    /** @enum {string} */
                    state?: "active" | "archived" | "deleted";
                    /** @enum {string} */
                    board_kind?: "public" | "private" | "share";
                    workspace?: {
                        id?: string;
                        name?: string;
                    } | null;
                }[];
            };
        };
        ListBoardsVariables: components["schemas"]["ListWorkspacesVariables"];
        ListUsersResponse: {
            data?: {
                users?: components["schemas"]["GetMeResponseDataMe"][];
            };
        };
        ListUsersVariables: {
            /** @description Users per page. */
            limit?: number;
            /** @description Page number counting from 1. */
            page?: number;
        };
        ListWorkspacesResponse: {
            data?: {
                workspaces?: {
                    id?: string;
                    name?: string;
                    /** @enum {string} */
                    kind?: "open" | "closed";
                }[];
            };
        };
        ListWorkspacesVariables: {
            /** @description Objects per page (25 when omitted). */
            limit?: number;
            /** @description Page number counting from 1. */
            page?: number;
        };
        NextItemsPageResponse: {
            data?: {
                next_items_page?: components["schemas"]["GetBoardWithItemsResponseDataBoardsItemItemsPage"];
            };
        };
        NextItemsPageVariables: {
            /** @description cursor of the previous page. */
            cursor: string;
            limit: number;
        };
        UpdateBoardResponse: {
            data?: {
                /** @description JSON text reporting the outcome. */
                update_board?: string;
            };
        };
        UpdateBoardVariables: {
            boardId: string;
            /** @enum {string} */
            attribute: "name" | "description" | "communication";
            value: string;
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
        /** @description Id of the monday.com connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description API version to answer in, e.g. 2025-04. */
                "API-Version"?: string;
                /** @description Id of the monday.com connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "{ me { id name email } }"
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
