// Generated from providers/microsoft-to-do.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/me/todo/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signed-in user's task lists, including the built-in ones. */
        get: operations["listTaskLists"];
        put?: never;
        /** Create a new task list. */
        post: operations["createTaskList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}": {
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
        /** Delete a task list together with its tasks. */
        delete: operations["deleteTaskList"];
        options?: never;
        head?: never;
        /** Rename a task list. */
        patch: operations["updateTaskList"];
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks in a task list, optionally filtered and sorted. */
        get: operations["listTasks"];
        put?: never;
        /** Add a task to a list, with optional due date, reminder, importance and notes. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task with its dates, status and notes. */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change some fields of a task, for example to mark it completed. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the steps (checklist items) of a task. */
        get: operations["listChecklistItems"];
        put?: never;
        /** Add a step to a task. */
        post: operations["createChecklistItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a step from a task. */
        delete: operations["deleteChecklistItem"];
        options?: never;
        head?: never;
        /** Tick, untick or rename a step of a task. */
        patch: operations["updateChecklistItem"];
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the links from a task back to items in other apps. */
        get: operations["listLinkedResources"];
        put?: never;
        /** Attach a link to an item in another app (the task's origin) to a task. */
        post: operations["createLinkedResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources/{linkedResourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a linked resource from a task. */
        delete: operations["deleteLinkedResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateChecklistItemRequest: {
            /** @description Text of the step. */
            displayName: string;
            /** @default false */
            isChecked?: boolean;
        };
        CreateChecklistItemResponse: components["schemas"]["ListChecklistItemsResponseValueItem"];
        CreateLinkedResourceRequest: {
            /**
             * Format: uri
             * @description Deep link that opens the item.
             */
            webUrl?: string;
            /** @description Name of the app the item lives in. */
            applicationName: string;
            /** @description Title of the linked item. */
            displayName?: string;
            /** @description The item's id in its own app. */
            externalId?: string;
        };
        CreateLinkedResourceResponse: components["schemas"]["ListLinkedResourcesResponseValueItem"];
        CreateTaskListRequest: {
            /** @description Name of the list. */
            displayName: string;
        };
        CreateTaskListResponse: components["schemas"]["ListTaskListsResponseValueItem"];
        CreateTaskRequest: {
            /** @description What the task is. */
            title?: string;
            /** @enum {string} */
            status?: "notStarted" | "inProgress" | "completed" | "waitingOnOthers" | "deferred";
            /** @enum {string} */
            importance?: "low" | "normal" | "high";
            /** @description Notes attached to the task. */
            body?: {
                content?: string;
                /** @enum {string} */
                contentType?: "text" | "html";
            };
            /** @description Names of Outlook categories to tag the task with. */
            categories?: string[];
            dueDateTime?: components["schemas"]["CreateTaskRequestDueDateTime"];
            startDateTime?: components["schemas"]["CreateTaskRequestDueDateTime"];
            reminderDateTime?: components["schemas"]["CreateTaskRequestDueDateTime"];
            completedDateTime?: components["schemas"]["CreateTaskRequestDueDateTime"];
            isReminderOn?: boolean;
            /** @description Repeat pattern and range of a recurring task. */
            recurrence?: Record<string, unknown>;
        };
        CreateTaskRequestDueDateTime: {
            /** @description Local date and time without offset (2026-12-31T17:00:00). */
            dateTime: string;
            /** @description Windows or IANA time zone name the dateTime is in (UTC if unsure). */
            timeZone: string;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseValueItem"];
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
        GetTaskListResponse: components["schemas"]["ListTaskListsResponseValueItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseValueItem"];
        ListChecklistItemsResponse: {
            value?: components["schemas"]["ListChecklistItemsResponseValueItem"][];
        };
        ListChecklistItemsResponseValueItem: {
            id?: string;
            displayName?: string;
            isChecked?: boolean;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            checkedDateTime?: string;
        };
        ListLinkedResourcesResponse: {
            value?: components["schemas"]["ListLinkedResourcesResponseValueItem"][];
        };
        ListLinkedResourcesResponseValueItem: {
            id?: string;
            /** Format: uri */
            webUrl?: string;
            applicationName?: string;
            displayName?: string;
            externalId?: string;
        };
        ListTaskListsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTaskListsResponseOdataNextLink"];
            value?: components["schemas"]["ListTaskListsResponseValueItem"][];
        };
        /**
         * Format: uri
         * @description Full URL of the next page; absent on the last page.
         */
        ListTaskListsResponseOdataNextLink: string;
        ListTaskListsResponseValueItem: {
            id?: string;
            displayName?: string;
            isOwner?: boolean;
            isShared?: boolean;
            /** @enum {string} */
            wellknownListName?: "none" | "defaultList" | "flaggedEmails" | "unknownFutureValue";
        };
        ListTasksResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTaskListsResponseOdataNextLink"];
            value?: components["schemas"]["ListTasksResponseValueItem"][];
        };
        ListTasksResponseValueItem: {
            id?: string;
            title?: string;
            /** @enum {string} */
            status?: "notStarted" | "inProgress" | "completed" | "waitingOnOthers" | "deferred";
            /** @enum {string} */
            importance?: "low" | "normal" | "high";
            isReminderOn?: boolean;
            hasAttachments?: boolean;
            categories?: string[];
            body?: {
                content?: string;
                /** @enum {string} */
                contentType?: "text" | "html";
            };
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: date-time */
            bodyLastModifiedDateTime?: string;
            dueDateTime?: components["schemas"]["ListTasksResponseValueItemDueDateTime"];
            startDateTime?: components["schemas"]["ListTasksResponseValueItemDueDateTime"];
            reminderDateTime?: components["schemas"]["ListTasksResponseValueItemDueDateTime"];
            completedDateTime?: components["schemas"]["ListTasksResponseValueItemDueDateTime"];
            recurrence?: {
                pattern?: Record<string, unknown>;
                range?: Record<string, unknown>;
            };
        };
        ListTasksResponseValueItemDueDateTime: {
            dateTime?: string;
            timeZone?: string;
        };
        UpdateChecklistItemRequest: {
            displayName?: string;
            isChecked?: boolean;
        };
        UpdateChecklistItemResponse: components["schemas"]["ListChecklistItemsResponseValueItem"];
        UpdateTaskListRequest: components["schemas"]["CreateTaskListRequest"];
        UpdateTaskListResponse: components["schemas"]["ListTaskListsResponseValueItem"];
        UpdateTaskRequest: components["schemas"]["CreateTaskRequest"];
        UpdateTaskResponse: components["schemas"]["ListTasksResponseValueItem"];
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
        /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTaskLists: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
                /** @description Property to sort by, optionally followed by asc or desc. */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "My New List"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Updated List Name"
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
    listTasks: {
        parameters: {
            query?: {
                /** @description Largest number of tasks on one page. */
                $top?: number;
                /** @description Number of tasks to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. status ne 'completed'. */
                $filter?: string;
                /** @description Sort order, e.g. createdDateTime desc. */
                $orderby?: string;
                /** @description true adds the total number of matching tasks as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Task",
                 *       "importance": "high",
                 *       "status": "notStarted",
                 *       "dueDateTime": {
                 *         "dateTime": "2024-12-31T17:00:00",
                 *         "timeZone": "UTC"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description checklistItems or linkedResources to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
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
    listChecklistItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                    "application/json": components["schemas"]["ListChecklistItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createChecklistItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Subtask name"
                 *     }
                 */
                "application/json": components["schemas"]["CreateChecklistItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChecklistItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteChecklistItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
                /** @description Id of the checklist item (step). */
                checklistItemId: string;
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
    updateChecklistItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
                /** @description Id of the checklist item (step). */
                checklistItemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isChecked": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateChecklistItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateChecklistItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLinkedResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
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
                    "application/json": components["schemas"]["ListLinkedResourcesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLinkedResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webUrl": "https://example.com/item",
                 *       "applicationName": "MyApp",
                 *       "displayName": "Related Item"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLinkedResourceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLinkedResourceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLinkedResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft To Do connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task list. */
                todoTaskListId: string;
                /** @description Id of the task. */
                taskId: string;
                /** @description Id of the linked resource. */
                linkedResourceId: string;
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
