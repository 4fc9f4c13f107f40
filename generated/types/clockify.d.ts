// Generated from providers/clockify.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected user with their id, active and default workspace and settings. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces the user belongs to. */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one workspace with its settings. */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's clients. */
        get: operations["listClients"];
        put?: never;
        /** Add a client to a workspace. */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's projects, filtered by name, client, archived or billable state. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project, optionally for a client and visible to the whole workspace. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project. */
        get: operations["getProject"];
        /** Change a project's name, client, visibility, color, billing or archived state. */
        put: operations["updateProject"];
        post?: never;
        /** Delete an archived project. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks of a project. */
        get: operations["listTasks"];
        put?: never;
        /** Add a task to a project, with assignees, estimate and billing flag. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's tags. */
        get: operations["listTags"];
        put?: never;
        /** Create a tag in a workspace. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a time entry for the connected user, or start a timer by leaving out the end. */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one time entry. */
        get: operations["getTimeEntry"];
        /** Replace a time entry's times, description, project, task, tags or billing flag. */
        put: operations["updateTimeEntry"];
        post?: never;
        /** Delete a time entry. */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's time entries in a workspace, newest first, filtered by time, project, task or tags. */
        get: operations["listUserTimeEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Stop the user's running timer at the given end time. */
        patch: operations["stopRunningTimer"];
        trace?: never;
    };
    "/api/v1/workspaces/{workspaceId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a workspace, filtered by email, name, status or project. */
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
        CreateClientRequest: {
            name: string;
            address?: string;
            email?: string;
            note?: string;
        };
        CreateClientResponse: components["schemas"]["ListClientsResponseItem"];
        CreateProjectRequest: {
            /** @description Must be unique within the workspace (per client). */
            name: string;
            clientId?: string;
            /** @description true makes it visible to every workspace member. */
            isPublic?: boolean;
            color?: string;
            billable?: boolean;
            note?: string;
            hourlyRate?: {
                /** @description Amount in cents. */
                amount?: number;
                currency?: string;
            };
            memberships?: {
                userId?: string;
                hourlyRate?: Record<string, unknown>;
            }[];
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        CreateTagRequest: {
            name: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseItem"];
        CreateTaskRequest: {
            name: string;
            assigneeIds?: string[];
            userGroupIds?: string[];
            /** @description Planned time as an ISO 8601 duration such as PT2H. */
            estimate?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "DONE";
            billable?: boolean;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseItem"];
        CreateTimeEntryRequest: {
            /** Format: date-time */
            start: string;
            /**
             * Format: date-time
             * @description Leave out to start a running timer.
             */
            end?: string;
            description?: string;
            projectId?: string;
            taskId?: string;
            tagIds?: string[];
            billable?: boolean;
            /** @enum {string} */
            type?: "REGULAR" | "BREAK";
            customFields?: {
                customFieldId?: string;
                value?: unknown;
            }[];
        };
        CreateTimeEntryResponse: components["schemas"]["ListUserTimeEntriesResponseTimeEntry"];
        DeleteProjectResponse: components["schemas"]["ListProjectsResponseProject"];
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
            activeWorkspace?: string;
            defaultWorkspace?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "PENDING_EMAIL_VERIFICATION" | "DELETED" | "NOT_REGISTERED" | "LIMITED" | "LIMITED_DELETED";
            profilePicture?: string;
            settings?: {
                timeZone?: string;
                weekStart?: string;
                dateFormat?: string;
                timeFormat?: string;
            };
            memberships?: Record<string, unknown>[];
        };
        GetProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        GetTimeEntryResponse: components["schemas"]["ListUserTimeEntriesResponseTimeEntry"];
        GetWorkspaceResponse: components["schemas"]["ListWorkspacesResponseItem"];
        ListClientsResponse: components["schemas"]["ListClientsResponseItem"][];
        ListClientsResponseItem: {
            id?: string;
            name?: string;
            workspaceId?: string;
            address?: string;
            email?: string;
            note?: string;
            archived?: boolean;
        };
        ListProjectsResponse: components["schemas"]["ListProjectsResponseProject"][];
        ListProjectsResponseProject: {
            id?: string;
            name?: string;
            workspaceId?: string;
            clientId?: string;
            clientName?: string;
            color?: string;
            archived?: boolean;
            billable?: boolean;
            public?: boolean;
            template?: boolean;
            note?: string;
            /** @description Tracked time as an ISO 8601 duration. */
            duration?: string;
            hourlyRate?: {
                amount?: number;
                currency?: string;
            } | null;
            memberships?: Record<string, unknown>[];
        };
        ListTagsResponse: components["schemas"]["ListTagsResponseItem"][];
        ListTagsResponseItem: {
            id?: string;
            name?: string;
            workspaceId?: string;
            archived?: boolean;
        };
        ListTasksResponse: components["schemas"]["ListTasksResponseItem"][];
        ListTasksResponseItem: {
            id?: string;
            name?: string;
            projectId?: string;
            assigneeIds?: string[];
            estimate?: string;
            /** @enum {string} */
            status?: "ACTIVE" | "DONE";
            billable?: boolean;
            duration?: string | null;
        };
        ListUserTimeEntriesResponse: components["schemas"]["ListUserTimeEntriesResponseTimeEntry"][];
        ListUserTimeEntriesResponseTimeEntry: {
            id?: string;
            description?: string;
            userId?: string;
            workspaceId?: string;
            projectId?: string | null;
            taskId?: string | null;
            tagIds?: string[] | null;
            billable?: boolean;
            /** @enum {string} */
            type?: "REGULAR" | "BREAK" | "HOLIDAY" | "TIME_OFF";
            timeInterval?: {
                /** Format: date-time */
                start?: string;
                /** Format: date-time */
                end?: string | null;
                /** @description ISO 8601 duration; null while the timer runs. */
                duration?: string | null;
            };
            customFieldValues?: Record<string, unknown>[];
        };
        ListWorkspaceUsersResponse: components["schemas"]["GetCurrentUserResponse"][];
        ListWorkspacesResponse: components["schemas"]["ListWorkspacesResponseItem"][];
        ListWorkspacesResponseItem: {
            id?: string;
            name?: string;
            imageUrl?: string;
            hourlyRate?: {
                amount?: number;
                currency?: string;
            };
            memberships?: Record<string, unknown>[];
            workspaceSettings?: Record<string, unknown>;
        };
        StopRunningTimerRequest: {
            /**
             * Format: date-time
             * @description When the running entry ends.
             */
            end: string;
        };
        StopRunningTimerResponse: components["schemas"]["ListUserTimeEntriesResponseTimeEntry"];
        UpdateProjectRequest: {
            name?: string;
            clientId?: string;
            isPublic?: boolean;
            color?: string;
            billable?: boolean;
            note?: string;
            /** @description Archive (true) or restore (false) the project. */
            archived?: boolean;
            hourlyRate?: {
                amount?: number;
                currency?: string;
            };
        };
        UpdateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        UpdateTimeEntryRequest: {
            /**
             * Format: date-time
             * @description Clockify expects the start on every update; send the current one when not changing it.
             */
            start?: string;
            /** Format: date-time */
            end?: string;
            description?: string;
            projectId?: string;
            taskId?: string;
            tagIds?: string[];
            billable?: boolean;
        };
        UpdateTimeEntryResponse: components["schemas"]["ListUserTimeEntriesResponseTimeEntry"];
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
        /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCurrentUser: {
        parameters: {
            query?: {
                /** @description Also return the user's workspace and project memberships. */
                "include-memberships"?: boolean;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Only workspaces where the user holds one of these roles. */
                roles?: ("WORKSPACE_ADMIN" | "OWNER" | "TEAM_MANAGER" | "PROJECT_MANAGER")[];
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
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
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
    listClients: {
        parameters: {
            query?: {
                /** @description Only clients whose name contains this text. */
                name?: string;
                /** @description true lists archived clients. */
                archived?: boolean;
                /** @description Field to sort by. */
                "sort-column"?: "NAME";
                "sort-order"?: "ASCENDING" | "DESCENDING";
                /** @description Page number. */
                page?: number;
                /** @description Clients per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListClientsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Client Name",
                 *       "address": "123 Main St",
                 *       "note": "Client notes"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClientRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateClientResponse"];
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
            query?: {
                /** @description Only projects whose name contains this text. */
                name?: string;
                /** @description Match name exactly instead of as a substring. */
                "strict-name-search"?: boolean;
                /** @description true lists archived projects and false active ones. */
                archived?: boolean;
                /** @description Only billable (or non-billable) projects. */
                billable?: boolean;
                /** @description Only projects of these client ids. */
                clients?: string[];
                /** @description Whether clients includes (true) or excludes (false) the listed clients. */
                "contains-client"?: boolean;
                /** @description Filter by the client's state. */
                "client-status"?: "ACTIVE" | "ARCHIVED" | "ALL";
                /** @description Only projects these user ids are members of. */
                users?: string[];
                /** @description Only project templates. */
                "is-template"?: boolean;
                /** @description Expand memberships, estimates and custom fields. */
                hydrated?: boolean;
                /** @description Field to sort by. */
                "sort-column"?: "ID" | "NAME" | "CLIENT_NAME" | "DURATION" | "BUDGET" | "PROGRESS";
                "sort-order"?: "ASCENDING" | "DESCENDING";
                /** @description Page number. */
                page?: number;
                /** @description Projects per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Project",
                 *       "isPublic": true,
                 *       "clientId": "optional-client-id"
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
                /** @description Expand memberships, estimates and custom fields. */
                hydrated?: boolean;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the project. */
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
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the project. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Project Name",
                 *       "archived": true
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
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the project. */
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
                /** @description Only tasks whose name contains this text. */
                name?: string;
                /** @description Match name exactly. */
                "strict-name-search"?: boolean;
                /** @description true lists active tasks and false done ones. */
                "is-active"?: boolean;
                /** @description Field to sort by. */
                "sort-column"?: "ID" | "NAME";
                "sort-order"?: "ASCENDING" | "DESCENDING";
                /** @description Page number. */
                page?: number;
                /** @description Tasks per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the project. */
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
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the project. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Task Name",
                 *       "assigneeIds": [
                 *         "user-id"
                 *       ],
                 *       "estimate": "PT2H",
                 *       "billable": true
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
    listTags: {
        parameters: {
            query?: {
                /** @description Only tags whose name contains this text. */
                name?: string;
                /** @description Match name exactly. */
                "strict-name-search"?: boolean;
                /** @description true lists archived tags. */
                archived?: boolean;
                /** @description Field to sort by. */
                "sort-column"?: "NAME";
                "sort-order"?: "ASCENDING" | "DESCENDING";
                /** @description Page number. */
                page?: number;
                /** @description Tags per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "urgent"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start": "2026-02-13T09:00:00Z",
                 *       "end": "2026-02-13T10:00:00Z",
                 *       "description": "Working on task",
                 *       "projectId": "project-id",
                 *       "taskId": "task-id",
                 *       "tagIds": [
                 *         "tag-id"
                 *       ],
                 *       "billable": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateTimeEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTimeEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTimeEntry: {
        parameters: {
            query?: {
                /** @description Expand project, task and tag objects instead of ids. */
                hydrated?: boolean;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the time entry. */
                timeEntryId: string;
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
                    "application/json": components["schemas"]["GetTimeEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the time entry. */
                timeEntryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Updated description",
                 *       "end": "2026-02-13T11:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTimeEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTimeEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the time entry. */
                timeEntryId: string;
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
    listUserTimeEntries: {
        parameters: {
            query?: {
                /** @description Only entries starting at or after this time. */
                start?: string;
                /** @description Only entries starting before this time. */
                end?: string;
                /** @description Only entries whose description contains this text. */
                description?: string;
                /** @description Only entries on this project id. */
                project?: string;
                /** @description Only entries on this task id. */
                task?: string;
                /** @description Only entries with these tag ids. */
                tags?: string[];
                /** @description Only entries that have a project. */
                "project-required"?: boolean;
                /** @description Only entries that have a task. */
                "task-required"?: boolean;
                /** @description true returns only the running timer. */
                "in-progress"?: boolean;
                /** @description Expand project, task and tag objects instead of ids. */
                hydrated?: boolean;
                /** @description Page number. */
                page?: number;
                /** @description Entries per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["ListUserTimeEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stopRunningTimer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
                /** @description Id of the user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "end": "2026-02-13T17:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["StopRunningTimerRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopRunningTimerResponse"];
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
                /** @description Only users whose email contains this text. */
                email?: string;
                /** @description Only users whose name contains this text. */
                name?: string;
                /** @description Only members of this project. */
                projectId?: string;
                /** @description Only users in this membership state. */
                status?: "PENDING" | "ACTIVE" | "DECLINED" | "INACTIVE" | "ALL";
                /** @description Which memberships to include with each user. */
                memberships?: "NONE" | "WORKSPACE" | "PROJECT" | "USERGROUP" | "ALL";
                /** @description Also return each user's roles. */
                "include-roles"?: boolean;
                /** @description Field to sort by. */
                "sort-column"?: "ID" | "EMAIL" | "NAME" | "NAME_LOWERCASE" | "ACCESS" | "HOURLYRATE" | "COSTRATE";
                "sort-order"?: "ASCENDING" | "DESCENDING";
                /** @description Page number. */
                page?: number;
                /** @description Users per page. */
                "page-size"?: number;
            };
            header?: {
                /** @description Id of the Clockify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
