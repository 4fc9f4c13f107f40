// Generated from providers/asana.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/1.0/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects, filtered by workspace or team and by archived state. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project in a workspace; organizations also need a team. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/projects/{project_gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project with its owner, team, dates, status and members. */
        get: operations["getProject"];
        /** Change fields of a project such as its name, notes, dates or archived state. */
        put: operations["updateProject"];
        post?: never;
        /** Delete a project; its tasks stay in the workspace. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks of a project, section, tag or user task list, or those assigned to a user in a workspace. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task in one or more projects, or in a workspace when no project is given. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/tasks/{task_gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task with its assignee, dates, notes, projects and custom fields. */
        get: operations["getTask"];
        /** Change fields of a task; only the fields sent are changed. */
        put: operations["updateTask"];
        post?: never;
        /** Move a task to the trash, where it can be restored for 30 days. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/tasks/{task_gid}/subtasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subtasks directly under a task. */
        get: operations["listSubtasks"];
        put?: never;
        /** Create a subtask under a task. */
        post: operations["createSubtask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the token belongs to, with the workspaces they can reach. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe a URL to changes of a project, task or other resource, optionally filtered by event. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/webhooks/{webhook_gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a webhook; no further events are sent. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces and organizations the user belongs to. */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/workspaces/{workspace_gid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one workspace, including whether it is an organization and its email domains. */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/workspaces/{workspace_gid}/tasks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search a workspace's tasks by text and many filters (paid workspaces only). */
        get: operations["searchTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/1.0/workspaces/{workspace_gid}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of a workspace or organization. */
        get: operations["listWorkspaceUsers"];
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
        CreateProjectRequest: {
            data: {
                name?: string;
                /** @description Gid of the workspace to create the project in. */
                workspace?: string;
                /** @description Gid of the team; required in organizations. */
                team?: string;
                notes?: string;
                /** @description Colour name such as dark-pink, light-green or none. */
                color?: string;
                /** @enum {string} */
                default_view?: "list" | "board" | "calendar" | "timeline";
                /** Format: date */
                due_on?: string | null;
                /** Format: date */
                start_on?: string | null;
                /** @description Gid of the project owner. */
                owner?: string | null;
                /** @enum {string} */
                privacy_setting?: "public_to_workspace" | "private_to_team" | "private";
                archived?: boolean;
            };
        };
        CreateProjectResponse: components["schemas"]["GetProjectResponse"];
        CreateSubtaskRequest: {
            data: {
                name: string;
                assignee?: string;
                /** Format: date */
                due_on?: string;
                /** Format: date-time */
                due_at?: string;
                notes?: string;
                completed?: boolean;
            };
        };
        CreateSubtaskResponse: components["schemas"]["GetTaskResponse"];
        CreateTaskRequest: {
            data: {
                /** @description Title of the task. */
                name: string;
                /** @description Gids of the projects to add the task to. */
                projects?: string[];
                /** @description Gid of the workspace; needed when no project or parent is given. */
                workspace?: string;
                /** @description Gid of the parent task to create a subtask under. */
                parent?: string;
                /** @description Gid, email or me of the assignee. */
                assignee?: string;
                /**
                 * Format: date
                 * @description Due date (YYYY-MM-DD); leave out when due_at is set.
                 */
                due_on?: string;
                /**
                 * Format: date-time
                 * @description Due date and time in UTC.
                 */
                due_at?: string;
                /** Format: date */
                start_on?: string;
                /** @description Plain-text description. */
                notes?: string;
                /** @description Description as Asana rich text (<body>…</body>). */
                html_notes?: string;
                completed?: boolean;
                followers?: string[];
                tags?: string[];
                memberships?: {
                    project?: string;
                    section?: string;
                }[];
                /** @description Custom field values keyed by custom field gid. */
                custom_fields?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                resource_subtype?: "default_task" | "milestone" | "approval";
            };
        };
        CreateTaskResponse: components["schemas"]["GetTaskResponse"];
        CreateWebhookRequest: {
            data: {
                /** @description Gid of the resource to watch. */
                resource: string;
                /**
                 * Format: uri
                 * @description HTTPS URL the events are posted to.
                 */
                target: string;
                filters?: {
                    /** @description Kind of object, e.g. task or story. */
                    resource_type?: string;
                    resource_subtype?: string;
                    /** @enum {string} */
                    action?: "changed" | "added" | "removed" | "deleted" | "undeleted";
                    /** @description Only changes of these fields (action changed). */
                    fields?: string[];
                }[];
            };
        };
        CreateWebhookResponse: {
            data?: {
                gid?: string;
                /** @enum {string} */
                resource_type?: "webhook";
                active?: boolean;
                resource?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                target?: string;
                /** Format: date-time */
                created_at?: string;
                filters?: Record<string, unknown>[];
            };
        };
        DeleteProjectResponse: {
            data?: Record<string, unknown>;
        };
        DeleteTaskResponse: {
            data?: Record<string, unknown>;
        };
        DeleteWebhookResponse: {
            data?: Record<string, unknown>;
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
        GetCurrentUserResponse: {
            data?: {
                gid?: string;
                /** @enum {string} */
                resource_type?: "user";
                name?: string;
                email?: string;
                photo?: Record<string, unknown> | null;
                workspaces?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"][];
            };
        };
        GetCurrentUserResponseDataWorkspacesItem: {
            gid?: string;
            resource_type?: string;
            name?: string;
        };
        GetProjectResponse: {
            data?: {
                gid?: string;
                /** @enum {string} */
                resource_type?: "project";
                name?: string;
                notes?: string;
                archived?: boolean;
                color?: string | null;
                /** @enum {string} */
                default_view?: "list" | "board" | "calendar" | "timeline";
                due_on?: string | null;
                start_on?: string | null;
                owner?: {
                    gid?: string;
                    name?: string;
                } | null;
                team?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                workspace?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                public?: boolean;
                members?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"][];
                permalink_url?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                modified_at?: string;
            };
        };
        GetTaskResponse: {
            data?: {
                gid?: string;
                /** @enum {string} */
                resource_type?: "task";
                /** @enum {string} */
                resource_subtype?: "default_task" | "milestone" | "approval";
                name?: string;
                notes?: string;
                html_notes?: string;
                completed?: boolean;
                /** Format: date-time */
                completed_at?: string | null;
                /** Format: date */
                due_on?: string | null;
                /** Format: date-time */
                due_at?: string | null;
                /** Format: date */
                start_on?: string | null;
                assignee?: {
                    gid?: string;
                    name?: string;
                } | null;
                parent?: {
                    gid?: string;
                    name?: string;
                } | null;
                projects?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"][];
                memberships?: {
                    project?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                    section?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                }[];
                tags?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"][];
                workspace?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"];
                custom_fields?: {
                    gid?: string;
                    name?: string;
                    display_value?: string | null;
                }[];
                num_subtasks?: number;
                permalink_url?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                modified_at?: string;
            };
        };
        GetWorkspaceResponse: {
            data?: {
                gid?: string;
                /** @enum {string} */
                resource_type?: "workspace";
                name?: string;
                is_organization?: boolean;
                email_domains?: string[];
            };
        };
        ListProjectsResponse: components["schemas"]["ListWorkspacesResponse"];
        ListSubtasksResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"][];
            next_page?: components["schemas"]["ListWorkspacesResponseNextPage"];
        };
        ListTasksResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"][];
            next_page?: components["schemas"]["ListWorkspacesResponseNextPage"];
        };
        ListTasksResponseDataItem: {
            gid?: string;
            resource_type?: string;
            name?: string;
            resource_subtype?: string;
            completed?: boolean;
            due_on?: string | null;
        };
        ListWorkspaceUsersResponse: {
            data?: {
                gid?: string;
                resource_type?: string;
                name?: string;
                email?: string;
            }[];
            next_page?: components["schemas"]["ListWorkspacesResponseNextPage"];
        };
        ListWorkspacesResponse: {
            data?: components["schemas"]["GetCurrentUserResponseDataWorkspacesItem"][];
            next_page?: components["schemas"]["ListWorkspacesResponseNextPage"];
        };
        ListWorkspacesResponseNextPage: {
            offset?: string;
            path?: string;
            uri?: string;
        } | null;
        SearchTasksResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"][];
        };
        UpdateProjectRequest: {
            /** @description The fields to change; a project cannot move to another workspace. */
            data: {
                name?: string;
                /** @description Gid of the team to move the project to. */
                team?: string;
                notes?: string;
                /** @description Colour name such as dark-pink, light-green or none. */
                color?: string;
                /** @enum {string} */
                default_view?: "list" | "board" | "calendar" | "timeline";
                /** Format: date */
                due_on?: string | null;
                /** Format: date */
                start_on?: string | null;
                /** @description Gid of the project owner. */
                owner?: string | null;
                /** @enum {string} */
                privacy_setting?: "public_to_workspace" | "private_to_team" | "private";
                archived?: boolean;
            };
        };
        UpdateProjectResponse: components["schemas"]["GetProjectResponse"];
        UpdateTaskRequest: {
            data: {
                name?: string;
                /** @description true marks the task complete. */
                completed?: boolean;
                /** @description Gid, email or me; null unassigns. */
                assignee?: string | null;
                /** Format: date */
                due_on?: string | null;
                /** Format: date-time */
                due_at?: string | null;
                /** Format: date */
                start_on?: string | null;
                notes?: string;
                html_notes?: string;
                custom_fields?: {
                    [key: string]: unknown;
                };
            };
        };
        UpdateTaskResponse: components["schemas"]["GetTaskResponse"];
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
        /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description Gid of the workspace whose projects to list. */
                workspace?: string;
                /** @description Gid of the team whose projects to list. */
                team?: string;
                /** @description Only archived (true) or unarchived (false) projects. */
                archived?: boolean;
                /** @description Objects per page. */
                limit?: number;
                /** @description next_page.offset from the previous page. */
                offset?: string;
                /**
                 * @description Fields to include, e.g. name,owner,due_date.
                 * @example name,owner,due_date
                 */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "name": "New Project",
                 *         "workspace": "WORKSPACE_GID"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the project.
                 * @example 1204567890123400
                 */
                project_gid: string;
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
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the project.
                 * @example 1204567890123400
                 */
                project_gid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "name": "Updated Name"
                 *       }
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
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the project.
                 * @example 1204567890123400
                 */
                project_gid: string;
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
                    "application/json": components["schemas"]["DeleteProjectResponse"];
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
                /** @description Gid of the project whose tasks to list. */
                project?: string;
                /** @description Gid of the section whose tasks to list. */
                section?: string;
                /** @description Gid of the tag whose tasks to list. */
                tag?: string;
                /** @description Gid of a user's My Tasks list. */
                user_task_list?: string;
                /** @description Gid, email or me of the assignee; needs workspace too. */
                assignee?: string;
                /** @description Gid of the workspace; needs assignee too. */
                workspace?: string;
                /** @description Only tasks still open or completed after this time (ISO 8601), or now for open tasks only. */
                completed_since?: string;
                /** @description Only tasks changed after this time. */
                modified_since?: string;
                /** @description Objects per page. */
                limit?: number;
                /** @description next_page.offset from the previous page. */
                offset?: string;
                /**
                 * @description Fields to include, e.g. name,completed,due_on,assignee.name.
                 * @example name,completed,due_on
                 */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "name": "New task",
                 *         "projects": [
                 *           "PROJECT_GID"
                 *         ],
                 *         "assignee": "USER_GID",
                 *         "due_on": "2025-03-20",
                 *         "notes": "Task description"
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
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the task.
                 * @example 1204567890123456
                 */
                task_gid: string;
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
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the task.
                 * @example 1204567890123456
                 */
                task_gid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "completed": true
                 *       }
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
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the task.
                 * @example 1204567890123456
                 */
                task_gid: string;
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
                    "application/json": components["schemas"]["DeleteTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubtasks: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description next_page.offset from the previous page. */
                offset?: string;
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the task.
                 * @example 1204567890123456
                 */
                task_gid: string;
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
                    "application/json": components["schemas"]["ListSubtasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSubtask: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the task.
                 * @example 1204567890123456
                 */
                task_gid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "name": "Subtask name"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubtaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSubtaskResponse"];
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
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
                /** @description Indent the JSON answer (for debugging only). */
                opt_pretty?: boolean;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
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
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "resource": "PROJECT_OR_TASK_GID",
                 *         "target": "https://example.com/webhook",
                 *         "filters": [
                 *           {
                 *             "resource_type": "task",
                 *             "action": "changed",
                 *             "fields": [
                 *               "completed",
                 *               "due_on"
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Gid of the webhook. */
                webhook_gid: string;
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
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Objects per page. */
                limit?: number;
                /** @description next_page.offset from the previous page. */
                offset?: string;
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
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
    getWorkspace: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the workspace or organization.
                 * @example 1204567890120000
                 */
                workspace_gid: string;
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
                    "application/json": components["schemas"]["GetWorkspaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchTasks: {
        parameters: {
            query?: {
                /** @description Words to look for in task names and descriptions. */
                text?: string;
                resource_subtype?: "default_task" | "milestone";
                /** @description Only completed (true) or incomplete (false) tasks. */
                completed?: boolean;
                is_subtask?: boolean;
                /** @description Comma-separated user gids, or me. */
                "assignee.any"?: string;
                "assignee.not"?: string;
                /** @description Comma-separated project gids. */
                "projects.any"?: string;
                "projects.all"?: string;
                "sections.any"?: string;
                "tags.any"?: string;
                "portfolios.any"?: string;
                due_on?: string;
                "due_on.before"?: string;
                "due_on.after"?: string;
                "due_at.before"?: string;
                "due_at.after"?: string;
                "created_at.before"?: string;
                "created_at.after"?: string;
                "modified_at.before"?: string;
                "modified_at.after"?: string;
                "completed_at.before"?: string;
                "completed_at.after"?: string;
                sort_by?: "due_date" | "created_at" | "completed_at" | "likes" | "modified_at";
                sort_ascending?: boolean;
                /** @description Results to return; search has no further pages. */
                limit?: number;
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the workspace or organization.
                 * @example 1204567890120000
                 */
                workspace_gid: string;
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
                    "application/json": components["schemas"]["SearchTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaceUsers: {
        parameters: {
            query?: {
                /** @description next_page.offset from the previous page. */
                offset?: string;
                /** @description Objects per page. */
                limit?: number;
                /** @description Comma-separated fields to include, e.g. name,email,workspaces.name. */
                opt_fields?: string;
            };
            header?: {
                /** @description Id of the Asana connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Gid of the workspace or organization.
                 * @example 1204567890120000
                 */
                workspace_gid: string;
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
                    "application/json": components["schemas"]["ListWorkspaceUsersResponse"];
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
