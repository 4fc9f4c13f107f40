// Generated from providers/clickup.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v2/folder/{folder_id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lists inside a folder. */
        get: operations["listLists"];
        put?: never;
        /** Create a list inside a folder. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/list/{list_id}/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks of a list, 100 a page, filtered by status, assignee, tag and dates. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task in a list. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/space/{space_id}/folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the folders of a space with the lists inside them. */
        get: operations["listFolders"];
        put?: never;
        /** Create a folder in a space. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/space/{space_id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lists that sit directly in a space, outside any folder. */
        get: operations["listFolderlessLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task with its status, assignees, dates and custom fields. */
        get: operations["getTask"];
        /** Change a task's fields; assignees are added and removed through add/rem lists. */
        put: operations["updateTask"];
        post?: never;
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Workspaces the token may reach, with their members. */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/team/{team_id}/space": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the spaces of a Workspace. */
        get: operations["listSpaces"];
        put?: never;
        /** Create a space in a Workspace. */
        post: operations["createSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/team/{team_id}/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search tasks across a whole Workspace, filtered by location, status, assignee, tag and dates. */
        get: operations["listWorkspaceTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/team/{team_id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe a URL to task, list, folder, space or goal events of a Workspace, optionally narrowed to one location. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token belongs to. */
        get: operations["getAuthorizedUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/webhook/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateFolderRequest: {
            name: string;
        };
        CreateFolderResponse: components["schemas"]["ListFoldersResponseFoldersItem"];
        CreateListRequest: {
            name: string;
            /** @description Plain-text description of the list. */
            content?: string;
            /** @description Description in Markdown; used instead of content. */
            markdown_content?: string;
            /** @description Due date in Unix milliseconds. */
            due_date?: number;
            due_date_time?: boolean;
            priority?: number;
            /** @description Id of the user who owns the list. */
            assignee?: number;
            /** @description Colour of the list status. */
            status?: string;
        };
        CreateListResponse: components["schemas"]["ListListsResponseListsItem"];
        CreateSpaceRequest: {
            name: string;
            /** @description Allow more than one assignee per task. */
            multiple_assignees: boolean;
            /** @description ClickApps to switch on or off, e.g. due_dates, time_tracking, tags, time_estimates, checklists, custom_fields. */
            features?: {
                [key: string]: {
                    enabled?: boolean;
                };
            };
        };
        CreateSpaceResponse: components["schemas"]["ListSpacesResponseSpacesItem"];
        CreateTaskRequest: {
            name: string;
            /** @description Plain-text description. */
            description?: string;
            /** @description Description in Markdown; used instead of description. */
            markdown_content?: string;
            /** @description User ids to assign. */
            assignees?: number[];
            group_assignees?: string[];
            tags?: string[];
            /** @description Name of a status defined on the list. */
            status?: string;
            priority?: number | null;
            /** @description Unix milliseconds. */
            due_date?: number;
            /** @description The due date carries a time of day. */
            due_date_time?: boolean;
            start_date?: number;
            start_date_time?: boolean;
            /** @description Estimate in milliseconds. */
            time_estimate?: number;
            points?: number;
            notify_all?: boolean;
            /** @description Task id to create a subtask under. */
            parent?: string | null;
            links_to?: string | null;
            custom_item_id?: number | null;
            check_required_custom_fields?: boolean;
            custom_fields?: {
                id: string;
                value?: unknown;
            }[];
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description URL the events are posted to.
             */
            endpoint: string;
            /** @description Event names such as taskCreated, taskUpdated, taskDeleted, taskStatusUpdated, listCreated, or * for all. */
            events: string[];
            space_id?: number;
            folder_id?: number;
            list_id?: number;
            task_id?: string;
        };
        CreateWebhookResponse: {
            id?: string;
            webhook?: {
                id?: string;
                userid?: number;
                team_id?: number;
                endpoint?: string;
                client_id?: string;
                events?: string[];
                task_id?: string | null;
                list_id?: number | null;
                folder_id?: number | null;
                space_id?: number | null;
                health?: {
                    status?: string;
                    fail_count?: number;
                };
                /** @description Key for checking the X-Signature of deliveries. */
                secret?: string;
            };
        };
        DeleteWebhookResponse: Record<string, unknown>;
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
        GetAuthorizedUserResponse: {
            user?: components["schemas"]["GetAuthorizedUserResponseUser"];
        };
        GetAuthorizedUserResponseUser: {
            id?: number;
            username?: string;
            email?: string;
            color?: string | null;
            profilePicture?: string | null;
            initials?: string;
            week_start_day?: number | null;
            timezone?: string;
        };
        GetTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
        ListFolderlessListsResponse: components["schemas"]["ListListsResponse"];
        ListFoldersResponse: {
            folders?: components["schemas"]["ListFoldersResponseFoldersItem"][];
        };
        ListFoldersResponseFoldersItem: {
            id?: string;
            name?: string;
            orderindex?: number;
            hidden?: boolean;
            archived?: boolean;
            task_count?: string;
            space?: {
                id?: string;
                name?: string;
            };
            lists?: Record<string, unknown>[];
        };
        ListListsResponse: {
            lists?: components["schemas"]["ListListsResponseListsItem"][];
        };
        ListListsResponseListsItem: {
            id?: string;
            name?: string;
            orderindex?: number;
            content?: string;
            status?: Record<string, unknown> | null;
            priority?: Record<string, unknown> | null;
            assignee?: Record<string, unknown> | null;
            task_count?: number | null;
            due_date?: string | null;
            start_date?: string | null;
            archived?: boolean;
            folder?: {
                id?: string;
                name?: string;
                hidden?: boolean;
            };
            space?: {
                id?: string;
                name?: string;
            };
        };
        ListSpacesResponse: {
            spaces?: components["schemas"]["ListSpacesResponseSpacesItem"][];
        };
        ListSpacesResponseSpacesItem: {
            id?: string;
            name?: string;
            private?: boolean;
            color?: string | null;
            multiple_assignees?: boolean;
            archived?: boolean;
            statuses?: components["schemas"]["ListSpacesResponseSpacesItemStatusesItem"][];
            features?: Record<string, unknown>;
        };
        ListSpacesResponseSpacesItemStatusesItem: {
            id?: string;
            status?: string;
            type?: string;
            orderindex?: number;
            color?: string;
        };
        ListTasksResponse: {
            tasks?: components["schemas"]["ListTasksResponseTasksItem"][];
            last_page?: boolean;
        };
        ListTasksResponseTasksItem: {
            id?: string;
            custom_id?: string | null;
            name?: string;
            text_content?: string | null;
            description?: string | null;
            status?: components["schemas"]["ListSpacesResponseSpacesItemStatusesItem"];
            orderindex?: string;
            date_created?: string;
            date_updated?: string;
            date_closed?: string | null;
            date_done?: string | null;
            archived?: boolean;
            creator?: Record<string, unknown>;
            assignees?: Record<string, unknown>[];
            watchers?: Record<string, unknown>[];
            tags?: {
                name?: string;
            }[];
            parent?: string | null;
            priority?: {
                id?: string;
                priority?: string;
                color?: string;
            } | null;
            due_date?: string | null;
            start_date?: string | null;
            time_estimate?: number | null;
            custom_fields?: Record<string, unknown>[];
            list?: {
                id?: string;
            };
            folder?: {
                id?: string;
            };
            space?: {
                id?: string;
            };
            url?: string;
        };
        ListWorkspaceTasksResponse: {
            tasks?: components["schemas"]["ListTasksResponseTasksItem"][];
            last_page?: boolean;
        };
        ListWorkspacesResponse: {
            teams?: {
                id?: string;
                name?: string;
                color?: string;
                avatar?: string | null;
                members?: {
                    user?: components["schemas"]["GetAuthorizedUserResponseUser"];
                }[];
            }[];
        };
        UpdateTaskRequest: {
            name?: string;
            /** @description A single space clears the description. */
            description?: string;
            markdown_content?: string;
            status?: string;
            /** @description null clears the priority. */
            priority?: number | null;
            due_date?: number | null;
            due_date_time?: boolean;
            start_date?: number | null;
            start_date_time?: boolean;
            time_estimate?: number | null;
            points?: number;
            /** @description Move the task under another parent task. */
            parent?: string;
            archived?: boolean;
            assignees?: components["schemas"]["UpdateTaskRequestAssignees"];
            watchers?: components["schemas"]["UpdateTaskRequestAssignees"];
            group_assignees?: {
                add?: string[];
                rem?: string[];
            };
        };
        UpdateTaskRequestAssignees: {
            add?: number[];
            rem?: number[];
        };
        UpdateTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
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
        /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listLists: {
        parameters: {
            query?: {
                /** @description List archived ones instead of active ones. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the folder. */
                folder_id: string;
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
                    "application/json": components["schemas"]["ListListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the folder. */
                folder_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New List"
                 *     }
                 */
                "application/json": components["schemas"]["CreateListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Page number counting from 0. */
                page?: number;
                archived?: boolean;
                /** @description Include tasks in closed statuses. */
                include_closed?: boolean;
                /** @description Include subtasks. */
                subtasks?: boolean;
                /** @description Return descriptions as Markdown. */
                include_markdown_description?: boolean;
                order_by?: "id" | "created" | "updated" | "due_date";
                /** @description Reverse the sort order. */
                reverse?: boolean;
                /** @description Only tasks in these statuses. */
                "statuses[]"?: string[];
                /** @description Only tasks assigned to these user ids. */
                "assignees[]"?: string[];
                "watchers[]"?: string[];
                "tags[]"?: string[];
                /** @description Unix time in milliseconds. */
                due_date_gt?: number;
                /** @description Unix time in milliseconds. */
                due_date_lt?: number;
                /** @description Unix time in milliseconds. */
                date_created_gt?: number;
                /** @description Unix time in milliseconds. */
                date_created_lt?: number;
                /** @description Unix time in milliseconds. */
                date_updated_gt?: number;
                /** @description Unix time in milliseconds. */
                date_updated_lt?: number;
                /** @description Unix time in milliseconds. */
                date_done_gt?: number;
                /** @description Unix time in milliseconds. */
                date_done_lt?: number;
                /** @description JSON array of filters, e.g. [{"field_id":"…","operator":"=","value":"…"}]. */
                custom_fields?: string;
                /** @description Task types to include (0 task, 1 milestone, or a custom type id). */
                "custom_items[]"?: number[];
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the list. */
                list_id: string;
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
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the list. */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Task name",
                 *       "description": "Task description",
                 *       "assignees": [
                 *         123
                 *       ],
                 *       "status": "to do",
                 *       "priority": 2,
                 *       "due_date": 1709251200000,
                 *       "tags": [
                 *         "api",
                 *         "backend"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
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
                /** @description List archived ones instead of active ones. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the space. */
                space_id: string;
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
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the space. */
                space_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Folder"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    listFolderlessLists: {
        parameters: {
            query?: {
                /** @description List archived ones instead of active ones. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the space. */
                space_id: string;
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
                    "application/json": components["schemas"]["ListFolderlessListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTask: {
        parameters: {
            query?: {
                /** @description The path holds a custom task id; team_id is then required. */
                custom_task_ids?: boolean;
                /** @description Workspace id; needed with custom_task_ids. */
                team_id?: string;
                include_subtasks?: boolean;
                include_markdown_description?: boolean;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task (or its custom task id with custom_task_ids=true and team_id).
                 * @example 86a1b2c3d
                 */
                task_id: string;
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
                    "application/json": components["schemas"]["GetTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTask: {
        parameters: {
            query?: {
                /** @description The path holds a custom task id; team_id is then required. */
                custom_task_ids?: boolean;
                /** @description Workspace id; needed with custom_task_ids. */
                team_id?: string;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task (or its custom task id with custom_task_ids=true and team_id).
                 * @example 86a1b2c3d
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "complete",
                 *       "priority": null
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTask: {
        parameters: {
            query?: {
                /** @description The path holds a custom task id; team_id is then required. */
                custom_task_ids?: boolean;
                /** @description Workspace id; needed with custom_task_ids. */
                team_id?: string;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task (or its custom task id with custom_task_ids=true and team_id).
                 * @example 86a1b2c3d
                 */
                task_id: string;
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
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkspacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /** @description List archived ones instead of active ones. */
                archived?: boolean;
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace (called team in the API).
                 * @example 9012345678
                 */
                team_id: string;
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
                    "application/json": components["schemas"]["ListSpacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace (called team in the API).
                 * @example 9012345678
                 */
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Space",
                 *       "multiple_assignees": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateSpaceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaceTasks: {
        parameters: {
            query?: {
                /** @description Page number counting from 0. */
                page?: number;
                order_by?: "id" | "created" | "updated" | "due_date";
                reverse?: boolean;
                subtasks?: boolean;
                include_closed?: boolean;
                include_markdown_description?: boolean;
                "space_ids[]"?: string[];
                /** @description Folder ids to look in. */
                "project_ids[]"?: string[];
                "list_ids[]"?: string[];
                /** @description Only tasks in these statuses. */
                "statuses[]"?: string[];
                /** @description Only tasks assigned to these user ids. */
                "assignees[]"?: string[];
                "tags[]"?: string[];
                /** @description Unix time in milliseconds. */
                due_date_gt?: number;
                /** @description Unix time in milliseconds. */
                due_date_lt?: number;
                /** @description Unix time in milliseconds. */
                date_created_gt?: number;
                /** @description Unix time in milliseconds. */
                date_created_lt?: number;
                /** @description Unix time in milliseconds. */
                date_updated_gt?: number;
                /** @description Unix time in milliseconds. */
                date_updated_lt?: number;
                /** @description Unix time in milliseconds. */
                date_done_gt?: number;
                /** @description Unix time in milliseconds. */
                date_done_lt?: number;
                /** @description JSON array of filters, e.g. [{"field_id":"…","operator":"=","value":"…"}]. */
                custom_fields?: string;
                /** @description Only subtasks of this task id. */
                parent?: string;
                custom_task_ids?: boolean;
                "custom_items[]"?: number[];
            };
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace (called team in the API).
                 * @example 9012345678
                 */
                team_id: string;
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
                    "application/json": components["schemas"]["ListWorkspaceTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Workspace (called team in the API).
                 * @example 9012345678
                 */
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://example.com/webhook",
                 *       "events": [
                 *         "taskCreated",
                 *         "taskUpdated",
                 *         "taskDeleted"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAuthorizedUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAuthorizedUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickUp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook (a UUID). */
                webhook_id: string;
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
                    "application/json": components["schemas"]["DeleteWebhookResponse"];
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
