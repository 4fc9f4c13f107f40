// Generated from providers/google-tasks.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/tasks/v1/lists/{tasklistId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide every completed task of a list from the default view. */
        post: operations["clearTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/v1/lists/{tasklistId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks of a list, optionally within due, completion or update date windows. */
        get: operations["listTasks"];
        put?: never;
        /** Add a task to a list, optionally as a subtask or after a given sibling. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/v1/lists/{tasklistId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task. */
        get: operations["getTask"];
        /** Overwrite a task as a whole; fields left out are cleared. */
        put: operations["replaceTask"];
        post?: never;
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change some fields of a task, such as its title or status. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/tasks/v1/lists/{tasklistId}/tasks/{taskId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reorder a task, nest it under another task, or move it to a different list. */
        post: operations["moveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/v1/users/@me/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's task lists a page at a time. */
        get: operations["listTaskLists"];
        put?: never;
        /** Create a task list with a title. */
        post: operations["createTaskList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/v1/users/@me/lists/{tasklistId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task list. */
        get: operations["getTaskList"];
        put?: never;
        post?: never;
        /** Delete a task list together with all its tasks. */
        delete: operations["deleteTaskList"];
        options?: never;
        head?: never;
        /** Rename a task list. */
        patch: operations["updateTaskList"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateTaskListRequest: {
            /** @description Name of the list. */
            title: string;
        };
        CreateTaskListResponse: components["schemas"]["ListTaskListsResponseItemsItem"];
        CreateTaskRequest: {
            title?: string;
            notes?: string;
            /** @enum {string} */
            status?: "needsAction" | "completed";
            /**
             * Format: date-time
             * @description Due date as RFC 3339; only the date part is kept.
             */
            due?: string;
            /** Format: date-time */
            completed?: string;
            deleted?: boolean;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseItemsItem"];
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
        GetTaskListResponse: components["schemas"]["ListTaskListsResponseItemsItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseItemsItem"];
        ListTaskListsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            items?: components["schemas"]["ListTaskListsResponseItemsItem"][];
        };
        ListTaskListsResponseItemsItem: {
            kind?: string;
            id?: string;
            etag?: string;
            title?: string;
            /** Format: date-time */
            updated?: string;
            selfLink?: string;
        };
        ListTasksResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            items?: components["schemas"]["ListTasksResponseItemsItem"][];
        };
        ListTasksResponseItemsItem: {
            kind?: string;
            id?: string;
            etag?: string;
            title?: string;
            notes?: string;
            /** @enum {string} */
            status?: "needsAction" | "completed";
            /** Format: date-time */
            due?: string;
            /** Format: date-time */
            completed?: string;
            /** Format: date-time */
            updated?: string;
            /** @description Id of the parent task for a subtask. */
            parent?: string;
            /** @description Sort key among siblings. */
            position?: string;
            deleted?: boolean;
            hidden?: boolean;
            selfLink?: string;
            webViewLink?: string;
            links?: {
                type?: string;
                description?: string;
                link?: string;
            }[];
        };
        MoveTaskResponse: components["schemas"]["ListTasksResponseItemsItem"];
        ReplaceTaskRequest: components["schemas"]["CreateTaskRequest"];
        ReplaceTaskResponse: components["schemas"]["ListTasksResponseItemsItem"];
        UpdateTaskListRequest: components["schemas"]["CreateTaskListRequest"];
        UpdateTaskListResponse: components["schemas"]["ListTaskListsResponseItemsItem"];
        UpdateTaskRequest: components["schemas"]["CreateTaskRequest"];
        UpdateTaskResponse: components["schemas"]["ListTasksResponseItemsItem"];
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
        /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    clearTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
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
    listTasks: {
        parameters: {
            query?: {
                /** @description Tasks per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include completed tasks (showHidden is also needed for those cleared from view). */
                showCompleted?: boolean;
                /** @description Include hidden (cleared) tasks. */
                showHidden?: boolean;
                /** @description Include deleted tasks. */
                showDeleted?: boolean;
                /** @description Include tasks assigned to the user from Docs or Chat spaces. */
                showAssigned?: boolean;
                /** @description Only tasks due on or after this time (RFC 3339). */
                dueMin?: string;
                /** @description Only tasks due before this time (RFC 3339). */
                dueMax?: string;
                /** @description Only tasks completed on or after this time. */
                completedMin?: string;
                /** @description Only tasks completed before this time. */
                completedMax?: string;
                /** @description Only tasks changed since this time. */
                updatedMin?: string;
            };
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
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
            query?: {
                /** @description Id of the task to nest the new task under. */
                parent?: string;
                /** @description Id of the sibling the new task goes after; first position when left out. */
                previous?: string;
            };
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Task",
                 *       "notes": "Task description",
                 *       "due": "2026-03-01T00:00:00.000Z"
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
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
                /** @description Id of the task. */
                taskId: string;
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
    replaceTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
                /** @description Id of the task. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Replaced Task",
                 *       "notes": "New notes",
                 *       "status": "needsAction"
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceTaskResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
                /** @description Id of the task. */
                taskId: string;
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
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
                /** @description Id of the task. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Title",
                 *       "status": "completed"
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
    moveTask: {
        parameters: {
            query?: {
                /** @description New parent task; top level when left out. */
                parent?: string;
                /** @description Sibling the task goes after; first position when left out. */
                previous?: string;
                /** @description Id of another list to move the task to. */
                destinationTasklist?: string;
            };
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
                /** @description Id of the task. */
                taskId: string;
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
                    "application/json": components["schemas"]["MoveTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskLists: {
        parameters: {
            query?: {
                /** @description Task lists per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTaskListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTaskList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Task List"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTaskList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
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
                    "application/json": components["schemas"]["GetTaskListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTaskList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
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
    updateTaskList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Tasks connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                tasklistId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Title"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskListResponse"];
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
