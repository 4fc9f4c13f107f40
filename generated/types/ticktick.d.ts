// Generated from providers/ticktick.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/open/v1/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's projects (lists). */
        get: operations["listProjects"];
        put?: never;
        /** Create a project. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/project/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a project and its tasks. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/project/{projectId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project together with its open tasks and kanban columns. */
        get: operations["getProjectData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/project/{projectId}/task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task of a project. */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/project/{projectId}/task/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a task completed. */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a task, in the Inbox unless a project id is given. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/v1/task/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a task; the body repeats the task id and its project id. */
        post: operations["updateTask"];
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
        CreateProjectRequest: {
            name: string;
            /** @description Hex colour such as #F18181. */
            color?: string;
            sortOrder?: number;
            /** @enum {string} */
            viewMode?: "list" | "kanban" | "timeline";
            /** @enum {string} */
            kind?: "TASK" | "NOTE";
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseItem"];
        CreateTaskRequest: {
            title: string;
            projectId?: string;
            /** @description Body text in Markdown. */
            content?: string;
            /** @description Description of a checklist task. */
            desc?: string;
            /** @enum {integer} */
            priority?: 0 | 1 | 3 | 5;
            /** @description yyyy-MM-dd'T'HH:mm:ssZ, e.g. 2026-02-15T10:00:00+0000. */
            dueDate?: string;
            startDate?: string;
            isAllDay?: boolean;
            /** @example America/Los_Angeles */
            timeZone?: string;
            /** @description iCalendar triggers such as TRIGGER:PT0S or TRIGGER:-PT30M. */
            reminders?: string[];
            /** @description iCalendar recurrence rule, e.g. RRULE:FREQ=DAILY;INTERVAL=1. */
            repeatFlag?: string;
            sortOrder?: number;
            tags?: string[];
            /** @description Checklist items. */
            items?: {
                title?: string;
                /** @enum {integer} */
                status?: 0 | 1;
                startDate?: string;
                isAllDay?: boolean;
            }[];
        };
        CreateTaskResponse: components["schemas"]["GetProjectDataResponseTasksItem"];
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
        GetProjectDataResponse: {
            project?: components["schemas"]["ListProjectsResponseItem"];
            tasks?: components["schemas"]["GetProjectDataResponseTasksItem"][];
            columns?: {
                id?: string;
                projectId?: string;
                name?: string;
                sortOrder?: number;
            }[];
        };
        GetProjectDataResponseTasksItem: {
            id?: string;
            projectId?: string;
            title?: string;
            /** @description Markdown. */
            content?: string;
            desc?: string;
            /** @enum {integer} */
            priority?: 0 | 1 | 3 | 5;
            /** @enum {integer} */
            status?: 0 | 2;
            dueDate?: string;
            startDate?: string;
            completedTime?: string;
            isAllDay?: boolean;
            timeZone?: string;
            reminders?: string[];
            repeatFlag?: string;
            sortOrder?: number;
            tags?: string[];
            columnId?: string;
            items?: {
                id?: string;
                title?: string;
                status?: number;
                sortOrder?: number;
            }[];
        };
        GetTaskResponse: components["schemas"]["GetProjectDataResponseTasksItem"];
        ListProjectsResponse: components["schemas"]["ListProjectsResponseItem"][];
        ListProjectsResponseItem: {
            id?: string;
            name?: string;
            color?: string;
            sortOrder?: number;
            closed?: boolean;
            groupId?: string;
            /** @enum {string} */
            viewMode?: "list" | "kanban" | "timeline";
            /** @enum {string} */
            permission?: "read" | "write" | "comment";
            /** @enum {string} */
            kind?: "TASK" | "NOTE";
        };
        UpdateTaskRequest: {
            /** @description Same as the task id in the path. */
            id: string;
            title?: string;
            projectId: string;
            /** @description Body text in Markdown. */
            content?: string;
            /** @description Description of a checklist task. */
            desc?: string;
            /** @enum {integer} */
            priority?: 0 | 1 | 3 | 5;
            /** @description yyyy-MM-dd'T'HH:mm:ssZ, e.g. 2026-02-15T10:00:00+0000. */
            dueDate?: string;
            startDate?: string;
            isAllDay?: boolean;
            /** @example America/Los_Angeles */
            timeZone?: string;
            /** @description iCalendar triggers such as TRIGGER:PT0S or TRIGGER:-PT30M. */
            reminders?: string[];
            /** @description iCalendar recurrence rule, e.g. RRULE:FREQ=DAILY;INTERVAL=1. */
            repeatFlag?: string;
            sortOrder?: number;
            tags?: string[];
            /** @description Checklist items. */
            items?: {
                title?: string;
                /** @enum {integer} */
                status?: 0 | 1;
                startDate?: string;
                isAllDay?: boolean;
            }[];
        };
        UpdateTaskResponse: components["schemas"]["GetProjectDataResponseTasksItem"];
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
        /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "viewMode": "list"
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
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (list).
                 * @example 6226ff9877acee87727f6bca
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty on success. */
            200: {
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
    getProjectData: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (list).
                 * @example 6226ff9877acee87727f6bca
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
                    "application/json": components["schemas"]["GetProjectDataResponse"];
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
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (list).
                 * @example 6226ff9877acee87727f6bca
                 */
                projectId: string;
                /**
                 * @description Id of the task.
                 * @example 63b7bebb91c0a5474805fcd4
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
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (list).
                 * @example 6226ff9877acee87727f6bca
                 */
                projectId: string;
                /**
                 * @description Id of the task.
                 * @example 63b7bebb91c0a5474805fcd4
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty on success. */
            200: {
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
    completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (list).
                 * @example 6226ff9877acee87727f6bca
                 */
                projectId: string;
                /**
                 * @description Id of the task.
                 * @example 63b7bebb91c0a5474805fcd4
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty on success. */
            200: {
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
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New task",
                 *       "projectId": "PROJECT_ID",
                 *       "content": "Task description",
                 *       "priority": 0,
                 *       "dueDate": "2026-02-15T10:00:00+0000",
                 *       "isAllDay": false
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
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the TickTick connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example 63b7bebb91c0a5474805fcd4
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "TASK_ID",
                 *       "projectId": "PROJECT_ID",
                 *       "title": "Updated title",
                 *       "priority": 1
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
}
