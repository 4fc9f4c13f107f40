// Generated from providers/todoist.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments of one task or one project. */
        get: operations["listComments"];
        put?: never;
        /** Add a comment to a task or a project. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment. */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's personal labels. */
        get: operations["listLabels"];
        put?: never;
        /** Create a personal label. */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a personal label and remove it from all tasks. */
        delete: operations["deleteLabel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's active projects. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project, optionally under a parent project. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project. */
        get: operations["getProject"];
        put?: never;
        /** Change a project's name, description, colour, favourite flag or view style. */
        post: operations["updateProject"];
        /** Delete a project with its sections and tasks. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sections, optionally only those of one project. */
        get: operations["listSections"];
        put?: never;
        /** Create a section in a project. */
        post: operations["createSection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a section and the tasks in it. */
        delete: operations["deleteSection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active tasks, optionally those of one project, section, parent task or label. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task, in the Inbox unless a project, section or parent task is given. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active tasks matching a Todoist filter query such as today | overdue. */
        get: operations["filterTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task. */
        get: operations["getTask"];
        put?: never;
        /** Change a task's text, labels, priority, due date or assignee. */
        post: operations["updateTask"];
        /** Delete a task and its subtasks. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task; a recurring task moves to its next date instead. */
        post: operations["closeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a completed task as active again. */
        post: operations["reopenTask"];
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
        CreateCommentRequest: {
            /** @description Comment text; Markdown is allowed. */
            content: string;
            task_id?: string;
            project_id?: string;
            /** @description File attached to the comment (file_url, file_name, file_type, resource_type). */
            attachment?: Record<string, unknown>;
            uids_to_notify?: string[];
        };
        CreateCommentResponse: components["schemas"]["ListCommentsResponseResultsItem"];
        CreateLabelRequest: {
            name: string;
            color?: string;
            order?: number;
            is_favorite?: boolean;
        };
        CreateLabelResponse: components["schemas"]["ListLabelsResponseResultsItem"];
        CreateProjectRequest: {
            name: string;
            description?: string;
            /** @description Id of the parent project. */
            parent_id?: string;
            /** @description Colour name such as blue, red, berry_red or charcoal. */
            color?: string;
            is_favorite?: boolean;
            /** @enum {string} */
            view_style?: "list" | "board" | "calendar";
            workspace_id?: string;
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseResultsItem"];
        CreateSectionRequest: {
            name: string;
            project_id: string;
            order?: number;
        };
        CreateSectionResponse: components["schemas"]["ListSectionsResponseResultsItem"];
        CreateTaskRequest: {
            /** @description Task text; Markdown is allowed. */
            content: string;
            description?: string;
            project_id?: string;
            section_id?: string;
            parent_id?: string;
            order?: number;
            /** @description Label names. */
            labels?: string[];
            priority?: number;
            /** @description Collaborator to assign in a shared project. */
            assignee_id?: string;
            /** @description Natural-language due date such as tomorrow at 9am or every monday. */
            due_string?: string;
            /** Format: date */
            due_date?: string;
            /** Format: date-time */
            due_datetime?: string;
            due_lang?: string;
            duration?: number;
            /** @enum {string} */
            duration_unit?: "minute" | "day";
            /** Format: date */
            deadline_date?: string;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseResultsItem"];
        FilterTasksResponse: components["schemas"]["ListTasksResponse"];
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
        GetProjectResponse: components["schemas"]["ListProjectsResponseResultsItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseResultsItem"];
        ListCommentsResponse: {
            results?: components["schemas"]["ListCommentsResponseResultsItem"][];
            next_cursor?: string | null;
        };
        ListCommentsResponseResultsItem: {
            id?: string;
            content?: string;
            posted_uid?: string;
            /** @description Id of the task commented on. */
            item_id?: string | null;
            project_id?: string | null;
            /** Format: date-time */
            posted_at?: string;
            is_deleted?: boolean;
            file_attachment?: Record<string, unknown> | null;
            uids_to_notify?: string[] | null;
            reactions?: Record<string, unknown> | null;
        };
        ListLabelsResponse: {
            results?: components["schemas"]["ListLabelsResponseResultsItem"][];
            next_cursor?: string | null;
        };
        ListLabelsResponseResultsItem: {
            id?: string;
            name?: string;
            color?: string;
            order?: number | null;
            is_favorite?: boolean;
        };
        ListProjectsResponse: {
            results?: components["schemas"]["ListProjectsResponseResultsItem"][];
            next_cursor?: string | null;
        };
        ListProjectsResponseResultsItem: {
            id?: string;
            name?: string;
            color?: string;
            description?: string;
            parent_id?: string | null;
            child_order?: number;
            is_favorite?: boolean;
            is_archived?: boolean;
            is_deleted?: boolean;
            is_shared?: boolean;
            is_collapsed?: boolean;
            inbox_project?: boolean;
            can_assign_tasks?: boolean;
            /** @enum {string} */
            view_style?: "list" | "board" | "calendar";
            workspace_id?: string | null;
            folder_id?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        };
        ListSectionsResponse: {
            results?: components["schemas"]["ListSectionsResponseResultsItem"][];
            next_cursor?: string | null;
        };
        ListSectionsResponseResultsItem: {
            id?: string;
            project_id?: string;
            name?: string;
            section_order?: number;
            is_collapsed?: boolean;
            is_archived?: boolean;
            is_deleted?: boolean;
            user_id?: string;
            /** Format: date-time */
            added_at?: string;
            /** Format: date-time */
            updated_at?: string | null;
            /** Format: date-time */
            archived_at?: string | null;
        };
        ListTasksResponse: {
            results?: components["schemas"]["ListTasksResponseResultsItem"][];
            next_cursor?: string | null;
        };
        ListTasksResponseResultsItem: {
            id?: string;
            content?: string;
            description?: string;
            project_id?: string;
            section_id?: string | null;
            parent_id?: string | null;
            labels?: string[];
            priority?: number;
            checked?: boolean;
            is_deleted?: boolean;
            child_order?: number;
            day_order?: number;
            is_collapsed?: boolean;
            note_count?: number;
            user_id?: string;
            added_by_uid?: string | null;
            assigned_by_uid?: string | null;
            responsible_uid?: string | null;
            due?: {
                date?: string;
                string?: string;
                lang?: string;
                is_recurring?: boolean;
                timezone?: string | null;
            } | null;
            deadline?: {
                date?: string;
                lang?: string;
            } | null;
            duration?: {
                amount?: number;
                /** @enum {string} */
                unit?: "minute" | "day";
            } | null;
            /** Format: date-time */
            added_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        };
        UpdateProjectRequest: {
            name?: string;
            description?: string;
            color?: string;
            is_favorite?: boolean;
            /** @enum {string} */
            view_style?: "list" | "board" | "calendar";
        };
        UpdateProjectResponse: components["schemas"]["ListProjectsResponseResultsItem"];
        UpdateTaskRequest: {
            content?: string;
            description?: string;
            labels?: string[];
            priority?: number;
            assignee_id?: string | null;
            /** @description no date clears the due date. */
            due_string?: string;
            /** Format: date */
            due_date?: string;
            /** Format: date-time */
            due_datetime?: string;
            due_lang?: string;
            duration?: number | null;
            /** @enum {string} */
            duration_unit?: "minute" | "day";
            /** Format: date */
            deadline_date?: string | null;
        };
        UpdateTaskResponse: components["schemas"]["ListTasksResponseResultsItem"];
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
        /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listComments: {
        parameters: {
            query?: {
                /** @description Comments of this task (or give project_id). */
                task_id?: string;
                /** @description Comments of this project (or give task_id). */
                project_id?: string;
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "task_id": "123456",
                 *       "content": "This is a comment"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
    listLabels: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "urgent",
                 *       "color": "red"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLabelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLabelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
    listProjects: {
        parameters: {
            query?: {
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Project",
                 *       "color": "blue"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
                    "application/json": components["schemas"]["GetProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
    listSections: {
        parameters: {
            query?: {
                /** @description Only sections of this project. */
                project_id?: string;
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSectionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "In Progress",
                 *       "project_id": "123456"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSectionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSectionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
                /** @description Only tasks of this project. */
                project_id?: string;
                /** @description Only tasks of this section. */
                section_id?: string;
                /** @description Only subtasks of this task. */
                parent_id?: string;
                /** @description Only tasks carrying this label name. */
                label?: string;
                /** @description Comma-separated task ids to fetch. */
                ids?: string;
                /** @description Filter expression as the reference page writes it; API v1 serves filters at /api/v1/tasks/filter instead. */
                filter?: string;
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Buy groceries",
                 *       "priority": 2,
                 *       "due_string": "tomorrow"
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
    filterTasks: {
        parameters: {
            query: {
                /**
                 * @description Filter query in Todoist syntax, e.g. today | overdue or #Work & p1.
                 * @example today | overdue
                 */
                query: string;
                /** @description Language the query is written in (en when omitted). */
                lang?: string;
                /** @description next_cursor of the previous page. */
                cursor?: string;
                /** @description Objects per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FilterTasksResponse"];
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
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Updated content",
                 *       "priority": 4
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
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
    closeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
    reopenTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Todoist connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the object.
                 * @example 6X7rM8997g3RQmvh
                 */
                id: string;
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
