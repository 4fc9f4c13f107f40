// Generated from providers/notion.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/notion-create-comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a page, on a passage of it, or reply in an existing discussion. */
        post: operations["notionCreateComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-create-database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a database whose columns are given as a SQL-style CREATE TABLE statement. */
        post: operations["notionCreateDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-create-pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create one or more pages with properties and Markdown content, under a page, a data source or the workspace. */
        post: operations["notionCreatePages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-duplicate-page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a page within the workspace; the copy is filled in asynchronously. */
        post: operations["notionDuplicatePage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read one Notion entity, given its URL or id, rendered as Notion-flavoured Markdown with its properties. */
        post: operations["notionFetch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-get-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the discussions on a page, optionally with resolved threads and block-level comments. */
        post: operations["notionGetComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-get-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the teamspaces of the workspace, optionally filtered by name. */
        post: operations["notionGetTeams"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-get-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List or look up the people and bots of the workspace, a page at a time. */
        post: operations["notionGetUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-move-pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move pages or databases under a new parent page, database, data source or the workspace. */
        post: operations["notionMovePages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the workspace and connected sources, or look users up, with optional scope and date filters. */
        post: operations["notionSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-update-data-source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a data source, change its columns with DDL statements, or trash it. */
        post: operations["notionUpdateDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notion-update-page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a page's properties or content, apply a template, or set its verification, chosen by command. */
        post: operations["notionUpdatePage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocks/{blockId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one block. */
        get: operations["getBlock"];
        put?: never;
        post?: never;
        /** Move a block (or a page, by its id) to the trash. */
        delete: operations["deleteBlock"];
        options?: never;
        head?: never;
        /** Change the content of a block; the body key names the block's type. */
        patch: operations["updateBlock"];
        trace?: never;
    };
    "/v1/blocks/{blockId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the child blocks of a block or page, one level deep. */
        get: operations["listBlockChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add up to 100 blocks at the end of a block or page, or after a given child. */
        patch: operations["appendBlockChildren"];
        trace?: never;
    };
    "/v1/data_sources/{dataSourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a data source with its title and property schema. */
        get: operations["getDataSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a data source or add, change and remove its properties. */
        patch: operations["updateDataSource"];
        trace?: never;
    };
    "/v1/data_sources/{dataSourceId}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the pages (rows) of a data source, filtered and sorted. */
        post: operations["queryDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/databases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a database under a page, together with its first data source. */
        post: operations["createDatabase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/databases/{databaseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a database container, mainly to learn the ids of its data sources. */
        get: operations["getDatabase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a page under another page or as a new row of a data source. */
        post: operations["createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a page's properties (not its content, which is its block children). */
        get: operations["getPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a page's property values, icon or cover, or move it to or from the trash. */
        patch: operations["updatePage"];
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find pages and data sources shared with the integration by title. */
        post: operations["search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members, guests and bots of the workspace. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the bot user behind the connection's token, with its owner and workspace. */
        get: operations["getBotUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user by id. */
        get: operations["getUser"];
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
        AppendBlockChildrenRequest: {
            children: ({
                /** @enum {string} */
                object?: "block";
                /** @enum {string} */
                type: "paragraph" | "heading_1" | "heading_2" | "heading_3" | "bulleted_list_item" | "numbered_list_item" | "to_do" | "toggle" | "code" | "quote" | "callout" | "divider" | "image" | "bookmark" | "table";
            } & {
                [key: string]: unknown;
            })[];
            /** @description Insert after this child block instead of at the end. */
            after?: string;
        };
        AppendBlockChildrenResponse: components["schemas"]["ListBlockChildrenResponse"];
        CreateDatabaseRequest: {
            parent: {
                /** @enum {string} */
                type: "page_id" | "workspace";
                page_id?: string;
            };
            title?: components["schemas"]["UpdateDataSourceRequestTitle"];
            description?: components["schemas"]["UpdateDataSourceRequestTitle"];
            is_inline?: boolean;
            initial_data_source?: {
                /** @description Property name to definition for the first data source. */
                properties?: {
                    [key: string]: Record<string, unknown>;
                };
            };
            /** @description Property definitions as the reference example sends them. */
            properties?: {
                [key: string]: Record<string, unknown>;
            };
            icon?: Record<string, unknown>;
            cover?: Record<string, unknown>;
        };
        CreateDatabaseResponse: components["schemas"]["GetDatabaseResponse"];
        CreatePageRequest: {
            /** @description Exactly one of page_id or data_source_id (database_id only for single-source databases). */
            parent: {
                page_id?: string;
                data_source_id?: string;
                database_id?: string;
            };
            /** @description Property values keyed by name; under a page only title is allowed. */
            properties?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description Blocks that make up the initial content. */
            children?: Record<string, unknown>[];
            icon?: Record<string, unknown>;
            cover?: Record<string, unknown>;
        };
        CreatePageResponse: components["schemas"]["GetPageResponse"];
        DeleteBlockResponse: components["schemas"]["GetBlockResponse"];
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
        GetBlockResponse: {
            /** @enum {string} */
            object?: "block";
            id?: string;
            /** @description paragraph, heading_1, to_do, code, child_page and so on; a key of the same name holds the content. */
            type?: string;
            has_children?: boolean;
            archived?: boolean;
            in_trash?: boolean;
            parent?: Record<string, unknown>;
            /** Format: date-time */
            created_time?: string;
            /** Format: date-time */
            last_edited_time?: string;
        } & {
            [key: string]: unknown;
        };
        GetBotUserResponse: {
            /** @enum {string} */
            object?: "user";
            id?: string;
            /** @enum {string} */
            type?: "bot";
            name?: string | null;
            avatar_url?: string | null;
            bot?: Record<string, unknown>;
        };
        GetDataSourceResponse: {
            /** @enum {string} */
            object?: "data_source";
            id?: string;
            title?: components["schemas"]["GetDataSourceResponseTitle"];
            description?: components["schemas"]["GetDataSourceResponseTitle"];
            /** @description Property name to definition (id, name, type and type-specific options). */
            properties?: {
                [key: string]: {
                    id?: string;
                    name?: string;
                    type?: string;
                };
            };
            parent?: {
                type?: string;
                database_id?: string;
            };
            database_parent?: Record<string, unknown>;
            /** Format: date-time */
            created_time?: string;
            /** Format: date-time */
            last_edited_time?: string;
            in_trash?: boolean;
            url?: string;
        };
        GetDataSourceResponseTitle: {
            /** @enum {string} */
            type?: "text" | "mention" | "equation";
            text?: {
                content?: string;
                link?: Record<string, unknown> | null;
            };
            annotations?: Record<string, unknown>;
            plain_text?: string;
            href?: string | null;
        }[];
        GetDatabaseResponse: {
            /** @enum {string} */
            object?: "database";
            id?: string;
            title?: components["schemas"]["GetDataSourceResponseTitle"];
            description?: components["schemas"]["GetDataSourceResponseTitle"];
            data_sources?: {
                id?: string;
                name?: string;
            }[];
            parent?: Record<string, unknown>;
            is_inline?: boolean;
            in_trash?: boolean;
            /** Format: date-time */
            created_time?: string;
            /** Format: date-time */
            last_edited_time?: string;
            url?: string;
        };
        GetPageResponse: {
            /** @enum {string} */
            object?: "page";
            id?: string;
            /** Format: date-time */
            created_time?: string;
            /** Format: date-time */
            last_edited_time?: string;
            created_by?: {
                object?: string;
                id?: string;
            };
            last_edited_by?: {
                object?: string;
                id?: string;
            };
            parent?: {
                /** @enum {string} */
                type?: "page_id" | "data_source_id" | "database_id" | "block_id" | "workspace";
                page_id?: string;
                data_source_id?: string;
                database_id?: string;
            };
            archived?: boolean;
            in_trash?: boolean;
            properties?: {
                [key: string]: {
                    id?: string;
                    type?: string;
                };
            };
            icon?: Record<string, unknown> | null;
            cover?: Record<string, unknown> | null;
            url?: string;
            public_url?: string | null;
        };
        GetUserResponse: components["schemas"]["ListUsersResponseUser"];
        ListBlockChildrenResponse: {
            /** @enum {string} */
            object?: "list";
            results?: components["schemas"]["GetBlockResponse"][];
            next_cursor?: string | null;
            has_more?: boolean;
        };
        ListUsersResponse: {
            /** @enum {string} */
            object?: "list";
            results?: components["schemas"]["ListUsersResponseUser"][];
            next_cursor?: string | null;
            has_more?: boolean;
        };
        ListUsersResponseUser: {
            /** @enum {string} */
            object?: "user";
            id?: string;
            /** @enum {string} */
            type?: "person" | "bot";
            name?: string | null;
            avatar_url?: string | null;
            person?: {
                email?: string;
            };
            bot?: Record<string, unknown>;
        };
        /**
         * @example {
         *       "page_id": "f336d0bc-b841-465b-8045-024475c079dd",
         *       "rich_text": [
         *         {
         *           "type": "text",
         *           "text": {
         *             "content": "This looks great! Ready for review."
         *           }
         *         }
         *       ]
         *     }
         */
        NotionCreateCommentRequest: {
            /** @description The comment as rich-text items (text, mentions, equations). */
            rich_text: (({
                annotations?: {
                    bold?: boolean;
                    italic?: boolean;
                    strikethrough?: boolean;
                    underline?: boolean;
                    code?: boolean;
                    color?: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            }) & (({
                /** @enum {string} */
                type?: "text";
                text: {
                    content: string;
                    link?: ({
                        url: string;
                    } & {
                        [key: string]: unknown;
                    }) | null;
                };
            } & {
                [key: string]: unknown;
            }) | ({
                /** @enum {string} */
                type?: "mention";
                mention: ({
                    /** @enum {string} */
                    type?: "user";
                    user: {
                        id: string;
                        /** @enum {string} */
                        object?: "user";
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    type?: "date";
                    date: {
                        /** Format: date */
                        start: string;
                        end?: string | null;
                        time_zone?: string | null;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    type?: "page";
                    page: {
                        id: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    type?: "database";
                    database: {
                        id: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    type?: "template_mention";
                    template_mention: {
                        /** @enum {string} */
                        type?: "template_mention_date";
                        /** @enum {string} */
                        template_mention_date: "today" | "now";
                    } | {
                        /** @enum {string} */
                        type?: "template_mention_user";
                        /** @enum {string} */
                        template_mention_user: "me";
                    };
                } & {
                    [key: string]: unknown;
                }) | ({
                    /** @enum {string} */
                    type?: "custom_emoji";
                    custom_emoji: {
                        id: string;
                        name?: string;
                        url?: string;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                });
            } & {
                [key: string]: unknown;
            }) | ({
                /** @enum {string} */
                type?: "equation";
                equation: {
                    expression: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            })))[];
            /** @description Page the comment belongs to; needed in every mode. */
            page_id: string;
            /** @description Thread to reply to, as an id or a discussion:// URL. */
            discussion_id?: string;
            /** @description Passage to attach the comment to, as its first and last few characters joined by "...". */
            selection_with_ellipsis?: string;
        };
        NotionCreateCommentResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "title": "Task Database",
         *       "schema": "CREATE TABLE (\"Task Name\" TITLE, \"Status\" SELECT('To Do':red, 'In Progress':yellow, 'Done':green), \"Priority\" NUMBER)"
         *     }
         */
        NotionCreateDatabaseRequest: {
            /** @description A CREATE TABLE statement: column names in double quotes, option values in single quotes. */
            schema: string;
            /** @description Page to create the database under; without it the database becomes a private workspace page. */
            parent?: {
                page_id: string;
                /** @enum {string} */
                type?: "page_id";
            } & {
                [key: string]: unknown;
            };
            /** @description Name of the new database. */
            title?: string;
            /** @description Text shown under the title. */
            description?: string;
        };
        NotionCreateDatabaseResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "pages": [
         *         {
         *           "properties": {
         *             "title": "My New Page"
         *           },
         *           "content": "# Introduction\n\nThis is my new page content."
         *         }
         *       ]
         *     }
         * @example {
         *       "parent": {
         *         "data_source_id": "f336d0bc-b841-465b-8045-024475c079dd"
         *       },
         *       "pages": [
         *         {
         *           "properties": {
         *             "Task Name": "New Task",
         *             "Status": "In Progress",
         *             "Priority": 5,
         *             "Is Complete": "__NO__",
         *             "date:Due Date:start": "2024-12-25"
         *           }
         *         }
         *       ]
         *     }
         */
        NotionCreatePagesRequest: {
            /** @description One entry per page to create, at most 100. */
            pages: {
                /** @description Property name to value; outside a database only title is allowed. Dates and places are split into keys such as date:Due:start, checkboxes take __YES__ or __NO__, and properties called id or url need a userDefined: prefix. */
                properties?: {
                    [key: string]: string | number | null;
                };
                /** @description Body of the page in Notion-flavoured Markdown. */
                content?: string;
                /** @description Template to build the page from; leave content out when this is set. */
                template_id?: string;
            }[];
            /** @description Where the pages go: a page, a database with a single data source, or a data source. Without it they become private pages at the top of the workspace. */
            parent?: ({
                page_id: string;
                /** @enum {string} */
                type?: "page_id";
            } & {
                [key: string]: unknown;
            }) | ({
                database_id: string;
                /** @enum {string} */
                type?: "database_id";
            } & {
                [key: string]: unknown;
            }) | ({
                data_source_id: string;
                /** @enum {string} */
                type?: "data_source_id";
            } & {
                [key: string]: unknown;
            });
        };
        NotionCreatePagesResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "page_id": "31502dc5-9a3b-816d-a2ac-e9b7ec9aece7"
         *     }
         */
        NotionDuplicatePageRequest: {
            /** @description Page to copy; UUID with or without dashes. */
            page_id: string;
        };
        NotionDuplicatePageResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "id": "https://notion.so/workspace/Page-a1b2c3d4e5f67890"
         *     }
         * @example {
         *       "id": "collection://12345678-90ab-cdef-1234-567890abcdef"
         *     }
         * @example {
         *       "id": "page-uuid",
         *       "include_discussions": true
         *     }
         */
        NotionFetchRequest: {
            /** @description What to read: a notion.so or notion.site URL, a bare UUID, or a collection:// data source URL. */
            id: string;
            /** @description Also return transcripts of meeting notes on the page. */
            include_transcript?: boolean;
            /** @description Also return the comment threads of the page. */
            include_discussions?: boolean;
        };
        NotionFetchResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "page_id": "30702dc5-9a3b-8106-b51b-ed6d1bfeeed4"
         *     }
         */
        NotionGetCommentsRequest: {
            /** @description Page whose comments are read. */
            page_id: string;
            /** @description Also return resolved threads. */
            include_resolved?: boolean;
            /** @description Also return comments on blocks inside the page, not only page-level ones. */
            include_all_blocks?: boolean;
            /** @description Read only this thread (id or discussion:// URL). */
            discussion_id?: string;
        };
        NotionGetCommentsResponse: components["schemas"]["NotionSearchResponse"];
        /** @example {} */
        NotionGetTeamsRequest: {
            /** @description Case-insensitive filter on the team name. */
            query?: string;
        };
        NotionGetTeamsResponse: components["schemas"]["NotionSearchResponse"];
        /** @example {} */
        NotionGetUsersRequest: {
            /** @description Case-insensitive filter on name or email. */
            query?: string;
            /** @description next_cursor of the previous page. */
            start_cursor?: string;
            /** @description Users per page (default 100). */
            page_size?: number;
            /** @description Return only this user; self stands for the connected user. */
            user_id?: string;
        };
        NotionGetUsersResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "page_or_database_ids": [
         *         "31502dc5-9a3b-816d-a2ac-e9b7ec9aece7"
         *       ],
         *       "new_parent": {
         *         "page_id": "31502dc5-9a3b-81e4-b090-c6f705459e38"
         *       }
         *     }
         */
        NotionMovePagesRequest: {
            /** @description Pages or databases to move (1 to 100 UUIDs). */
            page_or_database_ids: string[];
            /** @description Destination: a page, a database, a data source, or the workspace top level. */
            new_parent: ({
                page_id: string;
                /** @enum {string} */
                type?: "page_id";
            } & {
                [key: string]: unknown;
            }) | ({
                database_id: string;
                /** @enum {string} */
                type?: "database_id";
            } & {
                [key: string]: unknown;
            }) | ({
                data_source_id: string;
                /** @enum {string} */
                type?: "data_source_id";
            } & {
                [key: string]: unknown;
            }) | ({
                /** @enum {string} */
                type: "workspace";
            } & {
                [key: string]: unknown;
            });
        };
        NotionMovePagesResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "query": "meeting notes",
         *       "query_type": "internal"
         *     }
         * @example {
         *       "query": "quarterly report",
         *       "query_type": "internal",
         *       "filters": {
         *         "created_date_range": {
         *           "start_date": "2024-01-01",
         *           "end_date": "2025-01-01"
         *         }
         *       }
         *     }
         */
        NotionSearchRequest: {
            /** @description Text to look for; narrow it with the scoping fields below. */
            query: string;
            /**
             * @description internal searches pages and connected sources; user looks people up by name or email.
             * @enum {string}
             */
            query_type?: "internal" | "user";
            /**
             * @description Plain workspace search or AI-assisted search.
             * @enum {string}
             */
            content_search_mode?: "workspace_search" | "ai_search";
            /** @description collection:// URL of one data source whose pages are searched by meaning. */
            data_source_url?: string;
            /** @description URL or UUID of a page; the search covers it and everything beneath it. */
            page_url?: string;
            /** @description UUID of a teamspace that results must belong to. */
            teamspace_id?: string;
            /** @description Extra filters, honoured for internal searches only. */
            filters?: {
                /** @description Only results created between these ISO dates. */
                created_date_range?: {
                    /** Format: date */
                    start_date?: string;
                    /** Format: date */
                    end_date?: string;
                } & {
                    [key: string]: unknown;
                };
                /** @description Only results created by one of these user ids. */
                created_by_user_ids?: string[];
            } & {
                [key: string]: unknown;
            };
        };
        /** @description MCP tool result; the text item usually holds JSON or Notion-flavoured Markdown as a string. */
        NotionSearchResponse: {
            content?: {
                /** @enum {string} */
                type?: "text";
                text?: string;
            }[];
            isError?: boolean;
        };
        /**
         * @example {
         *       "data_source_id": "c0f0ce51-c470-4e96-8c3f-cafca780f1a0",
         *       "title": "Updated Database Name"
         *     }
         */
        NotionUpdateDataSourceRequest: {
            /** @description Data source (collection) id, or a database id when that database has one data source. */
            data_source_id: string;
            /** @description Semicolon-separated ADD, DROP, RENAME or ALTER COLUMN statements; DROP and ALTER can destroy stored values. */
            statements?: string;
            /** @description New title of the data source. */
            title?: string;
            /** @description New description of the data source. */
            description?: string;
            /** @description Show the database inline in its parent page. */
            is_inline?: boolean;
            /** @description true sends the whole data source, with every row in it, to the trash. */
            in_trash?: boolean;
        };
        NotionUpdateDataSourceResponse: components["schemas"]["NotionSearchResponse"];
        /**
         * @example {
         *       "page_id": "f336d0bc-b841-465b-8045-024475c079dd",
         *       "command": "update_properties",
         *       "properties": {
         *         "title": "Updated Page Title",
         *         "Status": "Done"
         *       }
         *     }
         * @example {
         *       "page_id": "f336d0bc-b841-465b-8045-024475c079dd",
         *       "command": "replace_content_range",
         *       "selection_with_ellipsis": "# Old Section...end of section",
         *       "new_str": "# New Section\n\nUpdated section content."
         *     }
         */
        NotionUpdatePageRequest: {
            /** @description Page to change; UUID with or without dashes. */
            page_id: string;
            /**
             * @description The change to make: set properties, replace all or part of the content, insert after a passage, apply a template, or set verification.
             * @enum {string}
             */
            command: "update_properties" | "replace_content" | "replace_content_range" | "insert_content_after" | "apply_template" | "update_verification";
            /** @description For update_properties: only the properties that change, written as for notion-create-pages. An explicit null erases a value; leaving a key out keeps it. */
            properties?: {
                [key: string]: string | number | null;
            };
            /** @description New Markdown for the content commands. */
            new_str?: string;
            /** @description The passage to act on, given as its first and last few characters joined by "...". */
            selection_with_ellipsis?: string;
            /** @description Must be true when the change would remove child pages or databases. */
            allow_deleting_content?: boolean;
            /** @description For apply_template: the template whose content is appended. */
            template_id?: string;
            /**
             * @description For update_verification.
             * @enum {string}
             */
            verification_status?: "verified" | "unverified";
            /** @description Days until the verification lapses; leave out for no expiry. */
            verification_expiry_days?: number;
        };
        NotionUpdatePageResponse: components["schemas"]["NotionSearchResponse"];
        QueryDataSourceRequest: {
            /** @description A property condition, e.g. {"property": "Status", "select": {"equals": "Active"}}, or an and/or compound of conditions. */
            filter?: {
                property?: string;
                and?: Record<string, unknown>[];
                or?: Record<string, unknown>[];
            } & {
                [key: string]: unknown;
            };
            sorts?: {
                property?: string;
                /** @enum {string} */
                timestamp?: "created_time" | "last_edited_time";
                /** @enum {string} */
                direction?: "ascending" | "descending";
            }[];
            start_cursor?: string;
            /** @default 100 */
            page_size?: number;
            /** @description Return trashed pages instead of live ones. */
            in_trash?: boolean;
        };
        QueryDataSourceResponse: components["schemas"]["SearchResponse"];
        SearchRequest: {
            /** @description Text matched against titles; leave out to list everything shared. */
            query?: string;
            /** @description Restrict results to one kind of object. */
            filter?: {
                /** @enum {string} */
                property: "object";
                /** @enum {string} */
                value: "page" | "data_source";
            };
            sort?: {
                /** @enum {string} */
                direction?: "ascending" | "descending";
                /** @enum {string} */
                timestamp?: "last_edited_time";
            };
            /** @description next_cursor of the previous page. */
            start_cursor?: string;
            /** @default 100 */
            page_size?: number;
        };
        SearchResponse: {
            /** @enum {string} */
            object?: "list";
            results?: {
                object?: string;
                id?: string;
            }[];
            next_cursor?: string | null;
            has_more?: boolean;
            type?: string;
        };
        /** @description One key named after the block's type (paragraph, to_do, …) with the new content. */
        UpdateBlockRequest: {
            archived?: boolean;
            in_trash?: boolean;
        } & {
            [key: string]: Record<string, unknown>;
        };
        UpdateBlockResponse: components["schemas"]["GetBlockResponse"];
        UpdateDataSourceRequest: {
            title?: components["schemas"]["UpdateDataSourceRequestTitle"];
            description?: components["schemas"]["UpdateDataSourceRequestTitle"];
            /** @description Property name to new definition; null removes the property, a name key renames it. */
            properties?: {
                [key: string]: Record<string, unknown> | null;
            };
            icon?: Record<string, unknown> | null;
            in_trash?: boolean;
        };
        UpdateDataSourceRequestTitle: {
            /** @enum {string} */
            type?: "text" | "mention" | "equation";
            text?: {
                content?: string;
                link?: Record<string, unknown> | null;
            };
            annotations?: Record<string, unknown>;
        }[];
        UpdateDataSourceResponse: components["schemas"]["GetDataSourceResponse"];
        UpdatePageRequest: {
            /** @description Only the properties that change. */
            properties?: {
                [key: string]: Record<string, unknown>;
            };
            /** @description true archives (trashes) the page; false restores it. */
            archived?: boolean;
            in_trash?: boolean;
            icon?: Record<string, unknown> | null;
            cover?: Record<string, unknown> | null;
        };
        UpdatePageResponse: components["schemas"]["GetPageResponse"];
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
        /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    notionCreateComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionCreateCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"result\":{\"status\":\"success\",\"id\":\"31502dc5-9a3b-8164-aa9c-001dfb9cb942\"}}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionCreateCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionCreateDatabase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionCreateDatabaseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotionCreateDatabaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionCreatePages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionCreatePagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"pages\":[{\"id\":\"31502dc5-9a3b-816d-a2ac-e9b7ec9aece7\",\"url\":\"https://www.notion.so/31502dc59a3b816da2ace9b7ec9aece7\",\"properties\":{\"title\":\"My New Page\"}}]}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionCreatePagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionDuplicatePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionDuplicatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"page_id\":\"31502dc5-9a3b-812d-a865-ccac00a21f72\",\"page_url\":\"https://www.notion.so/31502dc59a3b812da865ccac00a21f72\"}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionDuplicatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionFetch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionFetchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotionFetchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionGetComments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionGetCommentsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotionGetCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionGetTeams: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionGetTeamsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotionGetTeamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionGetUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionGetUsersRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"results\":[{\"type\":\"person\",\"id\":\"237d872b-594c-81d6-b88e-000200ac4d04\",\"name\":\"John Doe\",\"email\":\"john@example.com\"},{\"type\":\"bot\",\"id\":\"b638ec59-55e9-4889-8dc1-a523ff2c8677\",\"name\":\"Notion MCP\"}],\"has_more\":false}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionGetUsersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionMovePages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionMovePagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"result\":\"Successfully moved 1 item: 31502dc5-9a3b-816d-a2ac-e9b7ec9aece7\"}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionMovePagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionSearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionSearchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"results\":[{\"id\":\"30702dc5-9a3b-8106-b51b-ed6d1bfeeed4\",\"title\":\"Meeting Summary Report\",\"url\":\"https://www.notion.so/30702dc59a3b8106b51bed6d1bfeeed4\",\"type\":\"page\",\"highlight\":\"Meeting materials\",\"timestamp\":\"2026-02-15T00:07:00.000Z\"}],\"type\":\"workspace_search\"}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionSearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionUpdateDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionUpdateDataSourceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotionUpdateDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    notionUpdatePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotionUpdatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "type": "text",
                     *           "text": "{\"page_id\":\"f336d0bc-b841-465b-8045-024475c079dd\"}"
                     *         }
                     *       ],
                     *       "isError": false
                     *     }
                     */
                    "application/json": components["schemas"]["NotionUpdatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block; a page id works as the id of its root block. */
                blockId: string;
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
                    "application/json": components["schemas"]["GetBlockResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block; a page id works as the id of its root block. */
                blockId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The block as it is now, with archived set to true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteBlockResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block; a page id works as the id of its root block. */
                blockId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paragraph": {
                 *         "rich_text": [
                 *           {
                 *             "text": {
                 *               "content": "Updated text"
                 *             }
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBlockRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateBlockResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBlockChildren: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page. */
                start_cursor?: string;
                page_size?: number;
            };
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block; a page id works as the id of its root block. */
                blockId: string;
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
                    "application/json": components["schemas"]["ListBlockChildrenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    appendBlockChildren: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block; a page id works as the id of its root block. */
                blockId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "children": [
                 *         {
                 *           "object": "block",
                 *           "type": "paragraph",
                 *           "paragraph": {
                 *             "rich_text": [
                 *               {
                 *                 "type": "text",
                 *                 "text": {
                 *                   "content": "New paragraph"
                 *                 }
                 *               }
                 *             ]
                 *           }
                 *         },
                 *         {
                 *           "object": "block",
                 *           "type": "heading_2",
                 *           "heading_2": {
                 *             "rich_text": [
                 *               {
                 *                 "type": "text",
                 *                 "text": {
                 *                   "content": "Heading"
                 *                 }
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AppendBlockChildrenRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppendBlockChildrenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the data source (listed in the database's data_sources). */
                dataSourceId: string;
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
                    "application/json": components["schemas"]["GetDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the data source (listed in the database's data_sources). */
                dataSourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": [
                 *         {
                 *           "type": "text",
                 *           "text": {
                 *             "content": "Updated Title"
                 *           }
                 *         }
                 *       ],
                 *       "properties": {
                 *         "NewColumn": {
                 *           "rich_text": {}
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDataSourceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryDataSource: {
        parameters: {
            query?: {
                /** @description Only return these property ids on each page (repeat the parameter). */
                filter_properties?: string[];
            };
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the data source (listed in the database's data_sources). */
                dataSourceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "filter": {
                 *         "property": "Status",
                 *         "select": {
                 *           "equals": "Active"
                 *         }
                 *       },
                 *       "sorts": [
                 *         {
                 *           "property": "Created",
                 *           "direction": "descending"
                 *         }
                 *       ],
                 *       "page_size": 100
                 *     }
                 */
                "application/json": components["schemas"]["QueryDataSourceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryDataSourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDatabase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent": {
                 *         "type": "page_id",
                 *         "page_id": "PARENT_PAGE_ID"
                 *       },
                 *       "title": [
                 *         {
                 *           "type": "text",
                 *           "text": {
                 *             "content": "New Database"
                 *           }
                 *         }
                 *       ],
                 *       "properties": {
                 *         "Name": {
                 *           "title": {}
                 *         },
                 *         "Status": {
                 *           "select": {
                 *             "options": [
                 *               {
                 *                 "name": "Active"
                 *               },
                 *               {
                 *                 "name": "Done"
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDatabaseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDatabaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDatabase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the database. */
                databaseId: string;
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
                    /**
                     * @example {
                     *       "id": "database-id",
                     *       "object": "database",
                     *       "data_sources": [
                     *         {
                     *           "id": "data-source-id",
                     *           "name": "Database Name"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetDatabaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "parent": {
                 *         "data_source_id": "DATA_SOURCE_ID"
                 *       },
                 *       "properties": {
                 *         "Name": {
                 *           "title": [
                 *             {
                 *               "text": {
                 *                 "content": "New Page"
                 *               }
                 *             }
                 *           ]
                 *         },
                 *         "Status": {
                 *           "select": {
                 *             "name": "Active"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePageResponse"];
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
                /** @description Only return these property ids. */
                filter_properties?: string[];
            };
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the page (UUID; dashes optional). */
                pageId: string;
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
    updatePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the page (UUID; dashes optional). */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "Status": {
                 *           "select": {
                 *             "name": "Done"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    search: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "query": "meeting notes",
                 *       "filter": {
                 *         "property": "object",
                 *         "value": "page"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                start_cursor?: string;
                page_size?: number;
            };
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBotUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always a bot user, so it has bot and never person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBotUserResponse"];
                };
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
            query?: never;
            header?: {
                /** @description Id of the Notion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user. */
                userId: string;
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
}
