// Generated from providers/motion.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a task. */
        get: operations["listComments"];
        put?: never;
        /** Add a comment to a task. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects of a workspace. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project in a workspace. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recurring-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the recurring task templates of a workspace. */
        get: operations["listRecurringTasks"];
        put?: never;
        /** Create a recurring task that Motion instantiates on the given frequency. */
        post: operations["createRecurringTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recurring-tasks/{recurringTaskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a recurring task template. */
        delete: operations["deleteRecurringTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's work schedules with their weekly hours and time zone. */
        get: operations["listSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the task statuses defined in a workspace. */
        get: operations["listStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks, filtered by workspace, project, assignee, status, label or name. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task in a workspace, optionally auto-scheduled onto the assignee's calendar. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task with its schedule, status, labels and assignees. */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change a task's fields; only the fields sent are changed. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/tasks/{taskId}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the assignee from a task. */
        delete: operations["unassignTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a task to another workspace, in the POST form the reference page shows.
         * @deprecated
         * @description Motion's own reference documents this operation as PATCH; prefer moveTask.
         */
        post: operations["moveTaskPost"];
        delete?: never;
        options?: never;
        head?: never;
        /** Move a task to another workspace, optionally assigning it to someone there. */
        patch: operations["moveTask"];
        trace?: never;
    };
    "/v1/tasks/{taskId}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the assignee from a task, in the form the reference page shows.
         * @deprecated
         * @description Motion's own reference documents this operation as DELETE /v1/tasks/{id}/assignee; prefer unassignTask.
         */
        post: operations["unassignTaskPost"];
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
        /** List the users of a workspace or team. */
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
        /** Read the user the API key belongs to. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces the user belongs to, with their labels and statuses. */
        get: operations["listWorkspaces"];
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
        CreateCommentRequest: {
            taskId: string;
            /** @description Comment text in GitHub-flavoured Markdown. */
            content?: string;
        };
        CreateCommentResponse: components["schemas"]["ListCommentsResponseCommentsItem"];
        CreateProjectRequest: {
            name: string;
            workspaceId: string;
            /** Format: date-time */
            dueDate?: string;
            description?: string;
            labels?: string[];
            status?: string;
            /**
             * @default MEDIUM
             * @enum {string}
             */
            priority?: "ASAP" | "HIGH" | "MEDIUM" | "LOW";
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseProjectsItem"];
        CreateRecurringTaskRequest: {
            name: string;
            workspaceId: string;
            /** @description How often it recurs, e.g. daily_every_day, weekly_any_day or a plain word such as weekly. */
            frequency: string;
            /** @description User who gets each occurrence; Motion requires one. */
            assigneeId?: string;
            /**
             * @default SOFT
             * @enum {string}
             */
            deadlineType?: "HARD" | "SOFT";
            /** @description Minutes, or REMINDER. */
            duration?: number | string;
            /** Format: date */
            startingOn?: string;
            /** @description Preferred time of day, HH:mm. */
            idealTime?: string;
            /** @description Schedule to place occurrences in (Work Hours by default). */
            schedule?: string;
            description?: string;
            /** @description Priority of each occurrence (MEDIUM when omitted). */
            priority?: string;
            projectId?: string;
        };
        CreateRecurringTaskResponse: components["schemas"]["ListRecurringTasksResponseTasksItem"];
        CreateTaskRequest: {
            name: string;
            workspaceId: string;
            /**
             * Format: date-time
             * @description Needed when the task is auto-scheduled.
             */
            dueDate?: string;
            /** @description Minutes (greater than 0), or NONE or REMINDER. */
            duration?: number | string;
            /** @description Status name; the workspace default when omitted. */
            status?: string;
            /** @description Let Motion place the task on a calendar; null leaves it unscheduled. */
            autoScheduled?: {
                /** Format: date-time */
                startDate?: string;
                /**
                 * @default SOFT
                 * @enum {string}
                 */
                deadlineType?: "HARD" | "SOFT" | "NONE";
                /** @description Name of the schedule to use (Work Hours by default). */
                schedule?: string;
            } | null;
            projectId?: string;
            /** @description Markdown description. */
            description?: string;
            /**
             * @default MEDIUM
             * @enum {string}
             */
            priority?: "ASAP" | "HIGH" | "MEDIUM" | "LOW";
            labels?: string[];
            assigneeId?: string;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
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
        GetCurrentUserResponse: {
            id?: string;
            name?: string;
            email?: string;
        };
        GetProjectResponse: components["schemas"]["ListProjectsResponseProjectsItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
        ListCommentsResponse: {
            comments?: components["schemas"]["ListCommentsResponseCommentsItem"][];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListCommentsResponseCommentsItem: {
            id?: string;
            taskId?: string;
            /** @description HTML content. */
            content?: string;
            /** Format: date-time */
            createdAt?: string;
            creator?: components["schemas"]["GetCurrentUserResponse"];
        };
        ListProjectsResponse: {
            projects?: components["schemas"]["ListProjectsResponseProjectsItem"][];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListProjectsResponseProjectsItem: {
            id?: string;
            name?: string;
            description?: string;
            workspaceId?: string;
            status?: components["schemas"]["ListWorkspacesResponseWorkspacesItemStatusesItem"];
            /** Format: date-time */
            createdTime?: string;
            /** Format: date-time */
            updatedTime?: string;
            customFieldValues?: Record<string, unknown>;
        };
        ListRecurringTasksResponse: {
            tasks?: components["schemas"]["ListRecurringTasksResponseTasksItem"][];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListRecurringTasksResponseTasksItem: {
            id?: string;
            name?: string;
            description?: string;
            priority?: string;
            status?: components["schemas"]["ListWorkspacesResponseWorkspacesItemStatusesItem"];
            creator?: components["schemas"]["GetCurrentUserResponse"];
            assignee?: components["schemas"]["GetCurrentUserResponse"];
            project?: Record<string, unknown> | null;
            workspace?: {
                id?: string;
                name?: string;
            };
            labels?: {
                name?: string;
            }[];
        };
        ListSchedulesResponse: {
            name?: string;
            isDefaultTimezone?: boolean;
            timezone?: string;
            /** @description Working ranges per weekday (monday … sunday), each a list of start/end times. */
            schedule?: {
                [key: string]: {
                    start?: string;
                    end?: string;
                }[];
            };
        }[];
        ListStatusesResponse: components["schemas"]["ListWorkspacesResponseWorkspacesItemStatusesItem"][];
        ListTasksResponse: {
            tasks?: components["schemas"]["ListTasksResponseTasksItem"][];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListTasksResponseTasksItem: {
            id?: string;
            name?: string;
            description?: string;
            /** @description Minutes, or NONE or REMINDER. */
            duration?: number | string;
            /** Format: date-time */
            dueDate?: string | null;
            /** @enum {string} */
            deadlineType?: "HARD" | "SOFT" | "NONE";
            parentRecurringTaskId?: string | null;
            completed?: boolean;
            /** Format: date-time */
            completedTime?: string | null;
            /** Format: date-time */
            createdTime?: string;
            /** Format: date-time */
            updatedTime?: string | null;
            startOn?: string | null;
            /** Format: date-time */
            scheduledStart?: string | null;
            /** Format: date-time */
            scheduledEnd?: string | null;
            schedulingIssue?: boolean;
            /** @enum {string} */
            priority?: "ASAP" | "HIGH" | "MEDIUM" | "LOW";
            status?: components["schemas"]["ListWorkspacesResponseWorkspacesItemStatusesItem"];
            labels?: {
                name?: string;
            }[];
            creator?: components["schemas"]["GetCurrentUserResponse"];
            assignees?: components["schemas"]["GetCurrentUserResponse"][];
            project?: {
                id?: string;
                name?: string;
            } | null;
            workspace?: {
                id?: string;
                name?: string;
            };
        };
        ListUsersResponse: {
            users?: components["schemas"]["GetCurrentUserResponse"][];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListUsersResponseMeta: {
            nextCursor?: string;
            pageSize?: number;
        };
        ListWorkspacesResponse: {
            workspaces?: {
                id?: string;
                name?: string;
                teamId?: string | null;
                /** @enum {string} */
                type?: "INDIVIDUAL" | "TEAM";
                labels?: {
                    name?: string;
                }[];
                statuses?: components["schemas"]["ListWorkspacesResponseWorkspacesItemStatusesItem"][];
            }[];
            meta?: components["schemas"]["ListUsersResponseMeta"];
        };
        ListWorkspacesResponseWorkspacesItemStatusesItem: {
            name?: string;
            isDefaultStatus?: boolean;
            isResolvedStatus?: boolean;
        };
        MoveTaskPostRequest: components["schemas"]["MoveTaskRequest"];
        MoveTaskPostResponse: components["schemas"]["ListTasksResponseTasksItem"];
        MoveTaskRequest: {
            /** @description Workspace to move the task to. */
            workspaceId: string;
            /** @description User to assign the task to in the new workspace. */
            assigneeId?: string;
        };
        MoveTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
        UpdateTaskRequest: {
            name?: string;
            /** Format: date-time */
            dueDate?: string;
            duration?: number | string;
            status?: string;
            autoScheduled?: {
                /** Format: date-time */
                startDate?: string;
                /** @enum {string} */
                deadlineType?: "HARD" | "SOFT" | "NONE";
                schedule?: string;
            } | null;
            projectId?: string;
            description?: string;
            /** @enum {string} */
            priority?: "ASAP" | "HIGH" | "MEDIUM" | "LOW";
            labels?: string[];
            assigneeId?: string;
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
        /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
            query: {
                /** @description Task whose comments to list. */
                taskId: string;
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "taskId": "tk_xxx",
                 *       "content": "Comment text"
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
    listProjects: {
        parameters: {
            query: {
                /** @description Workspace whose projects to list. */
                workspaceId: string;
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Project name",
                 *       "workspaceId": "ws_xxx",
                 *       "priority": "HIGH"
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project.
                 * @example pr_123abc
                 */
                projectId: string;
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
    listRecurringTasks: {
        parameters: {
            query: {
                /** @description Workspace whose recurring tasks to list. */
                workspaceId: string;
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRecurringTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecurringTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weekly review",
                 *       "workspaceId": "ws_xxx",
                 *       "frequency": "weekly"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecurringTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecurringTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecurringTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the recurring task. */
                recurringTaskId: string;
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
    listSchedules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSchedulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listStatuses: {
        parameters: {
            query: {
                /** @description Workspace whose statuses to list. */
                workspaceId: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListStatusesResponse"];
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
                /** @description Only tasks of this workspace. */
                workspaceId?: string;
                /** @description Only tasks of this project. */
                projectId?: string;
                /** @description Only tasks assigned to this user. */
                assigneeId?: string;
                /** @description Only tasks in these statuses. */
                status?: string[];
                /** @description Include tasks in every status, resolved ones too. */
                includeAllStatuses?: boolean;
                /** @description Only tasks carrying this label. */
                label?: string;
                /** @description Only tasks whose name contains this text (case-insensitive). */
                name?: string;
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Task name",
                 *       "workspaceId": "ws_xxx",
                 *       "priority": "HIGH",
                 *       "duration": 30
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
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
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated name",
                 *       "priority": "LOW"
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
    unassignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
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
    moveTaskPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspaceId": "ws_new"
                 *     }
                 */
                "application/json": components["schemas"]["MoveTaskPostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveTaskPostResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspaceId": "ws_new"
                 *     }
                 */
                "application/json": components["schemas"]["MoveTaskRequest"];
            };
        };
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
    unassignTaskPost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example tk_123abc
                 */
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Workspace whose users to list. */
                workspaceId?: string;
                /** @description Team whose users to list. */
                teamId?: string;
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
                };
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
            query?: {
                /** @description Only these workspace ids. */
                ids?: string[];
                /** @description meta.nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Motion connection to use; without it the account's oldest active connection serves the request. */
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
}
