// Generated from providers/toggl-track.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v9/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the connected user's profile, time zone and default workspace. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/me/time_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's recent time entries, or those in a date range or changed since a moment. */
        get: operations["listMyTimeEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/me/time_entries/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the running time entry, or null when no timer runs. */
        get: operations["getCurrentTimeEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/me/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces the user belongs to. */
        get: operations["listMyWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one workspace and its settings. */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's clients. */
        get: operations["listClients"];
        put?: never;
        /** Create a client in a workspace. */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a client or change its notes. */
        put: operations["updateClient"];
        post?: never;
        /** Delete a client. */
        delete: operations["deleteClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a workspace's projects, filtered by state, client, name or members. */
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
    "/api/v9/workspaces/{workspace_id}/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a project's name, state, color, client, privacy or billing settings. */
        put: operations["updateProject"];
        post?: never;
        /** Delete a project, choosing whether its time entries are deleted or kept without a project. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/tags": {
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
    "/api/v9/workspaces/{workspace_id}/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a tag. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag (it is removed from all time entries). */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/time_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a time entry in a workspace, or start a timer with duration -1. */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a time entry's description, times, project, tags or billing flag. */
        put: operations["updateTimeEntry"];
        post?: never;
        /** Delete a time entry. */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Stop a running time entry now. */
        patch: operations["stopTimeEntry"];
        trace?: never;
    };
    "/api/v9/workspaces/{workspace_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a workspace. */
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
            notes?: string;
            external_reference?: string;
        };
        CreateClientResponse: components["schemas"]["ListClientsResponseItem"];
        CreateProjectRequest: {
            name?: string;
            active?: boolean;
            /** @description Hex color such as '#0b83d9'. */
            color?: string;
            client_id?: number;
            is_private?: boolean;
            billable?: boolean;
            template?: boolean;
            auto_estimates?: boolean;
            estimated_hours?: number;
            rate?: number;
            currency?: string;
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string;
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        CreateTagRequest: {
            name: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseItem"];
        CreateTimeEntryRequest: {
            /** @description Must match the workspace in the path. */
            workspace_id: number;
            /** @description Name of the application creating the entry. */
            created_with: string;
            description?: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            stop?: string;
            /** @description Seconds; -1 starts a running timer. */
            duration?: number;
            project_id?: number;
            task_id?: number;
            /** @description Tag names; missing tags are created. */
            tags?: string[];
            tag_ids?: number[];
            billable?: boolean;
            /** @description Log for another member (admins). */
            user_id?: number;
        };
        CreateTimeEntryResponse: components["schemas"]["ListMyTimeEntriesResponseTimeEntry"];
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
        GetCurrentTimeEntryResponse: components["schemas"]["ListMyTimeEntriesResponseTimeEntry"] | null;
        GetMeResponse: {
            id?: number;
            email?: string;
            fullname?: string;
            timezone?: string;
            default_workspace_id?: number;
            /** @description 0 is Sunday and 1 Monday. */
            beginning_of_week?: number;
            image_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            at?: string;
        };
        GetWorkspaceResponse: components["schemas"]["ListMyWorkspacesResponseItem"];
        ListClientsResponse: components["schemas"]["ListClientsResponseItem"][];
        ListClientsResponseItem: {
            id?: number;
            /** @description Workspace id. */
            wid?: number;
            name?: string;
            notes?: string | null;
            archived?: boolean;
            /** Format: date-time */
            at?: string;
        };
        ListMyTimeEntriesResponse: components["schemas"]["ListMyTimeEntriesResponseTimeEntry"][];
        ListMyTimeEntriesResponseTimeEntry: {
            id?: number;
            workspace_id?: number;
            project_id?: number | null;
            task_id?: number | null;
            user_id?: number;
            description?: string | null;
            /** Format: date-time */
            start?: string;
            /** Format: date-time */
            stop?: string | null;
            /** @description Seconds; negative while the timer runs. */
            duration?: number;
            billable?: boolean;
            tags?: string[] | null;
            tag_ids?: number[] | null;
            duronly?: boolean;
            /** Format: date-time */
            at?: string;
            server_deleted_at?: string | null;
        };
        ListMyWorkspacesResponse: components["schemas"]["ListMyWorkspacesResponseItem"][];
        ListMyWorkspacesResponseItem: {
            id?: number;
            organization_id?: number;
            name?: string;
            premium?: boolean;
            admin?: boolean;
            role?: string;
            default_currency?: string;
            default_hourly_rate?: number | null;
            only_admins_may_create_projects?: boolean;
            only_admins_may_create_tags?: boolean;
            logo_url?: string;
            /** Format: date-time */
            at?: string;
        };
        ListProjectsResponse: components["schemas"]["ListProjectsResponseProject"][];
        ListProjectsResponseProject: {
            id?: number;
            workspace_id?: number;
            client_id?: number | null;
            name?: string;
            active?: boolean;
            is_private?: boolean;
            billable?: boolean | null;
            color?: string;
            template?: boolean | null;
            estimated_hours?: number | null;
            rate?: number | null;
            currency?: string | null;
            actual_hours?: number | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            at?: string;
        };
        ListTagsResponse: components["schemas"]["ListTagsResponseItem"][];
        ListTagsResponseItem: {
            id?: number;
            workspace_id?: number;
            name?: string;
            creator_id?: number;
            /** Format: date-time */
            at?: string;
        };
        ListWorkspaceUsersResponse: {
            id?: number;
            email?: string;
            fullname?: string;
            timezone?: string;
            image_url?: string;
        }[];
        StopTimeEntryResponse: components["schemas"]["ListMyTimeEntriesResponseTimeEntry"];
        UpdateClientRequest: components["schemas"]["CreateClientRequest"];
        UpdateClientResponse: components["schemas"]["ListClientsResponseItem"];
        UpdateProjectRequest: components["schemas"]["CreateProjectRequest"];
        UpdateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        UpdateTagRequest: {
            name: string;
        };
        UpdateTagResponse: components["schemas"]["ListTagsResponseItem"];
        UpdateTimeEntryRequest: {
            description?: string;
            /** Format: date-time */
            start?: string;
            /** Format: date-time */
            stop?: string;
            duration?: number;
            project_id?: number | null;
            task_id?: number | null;
            tags?: string[];
            tag_ids?: number[];
            /**
             * @description Whether tags are added to or removed from the entry's tags.
             * @enum {string}
             */
            tag_action?: "add" | "delete";
            billable?: boolean;
        };
        UpdateTimeEntryResponse: components["schemas"]["ListMyTimeEntriesResponseTimeEntry"];
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
        /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: {
                /** @description Also return the user's workspaces, projects, clients, tags and recent entries. */
                with_related_data?: boolean;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyTimeEntries: {
        parameters: {
            query?: {
                /** @description Unix timestamp; entries created, changed or deleted since then (within the last three months). */
                since?: number;
                /** @description Only entries starting before this date or time. */
                before?: string;
                /** @description Start of the range (YYYY-MM-DD or RFC 3339); needs end_date. */
                start_date?: string;
                /** @description End of the range (YYYY-MM-DD or RFC 3339); needs start_date. */
                end_date?: string;
                /** @description Add project, client and tag names to each entry. */
                meta?: boolean;
                /** @description Include sharing details of each entry. */
                include_sharing?: boolean;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyTimeEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentTimeEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyWorkspacesResponse"];
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
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
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
                /** @description Which clients to list (active by default). */
                status?: "active" | "archived" | "both";
                /** @description Only clients whose name contains this text. */
                name?: string;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
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
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Client"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClientRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    updateClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the client. */
                client_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Client"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateClientRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateClientResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteClient: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the client. */
                client_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty body. */
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
    listProjects: {
        parameters: {
            query?: {
                /** @description true lists active projects and false archived ones. */
                active?: boolean;
                /** @description Only billable (or non-billable) projects. */
                billable?: boolean;
                /** @description Only projects whose name contains this text. */
                name?: string;
                /** @description Only projects of these clients. */
                client_ids?: number[];
                /** @description Only projects these users are members of. */
                user_ids?: number[];
                /** @description Only projects in these states. */
                statuses?: ("upcoming" | "active" | "ended" | "archived" | "deleted")[];
                /** @description Unix timestamp; only projects changed since then. */
                since?: number;
                /** @description Only project templates. */
                only_templates?: boolean;
                /** @description Only projects the user is a member of. */
                only_me?: boolean;
                /** @description Field to sort by (such as name or created_at). */
                sort_field?: string;
                sort_order?: "ASC" | "DESC";
                /** @description Page number. */
                page?: number;
                /** @description Projects per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
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
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Project",
                 *       "active": true,
                 *       "color": "#0b83d9"
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
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the project. */
                project_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Project"
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
            query?: {
                /** @description What happens to the project's time entries. */
                teDeletionMode?: "delete" | "unassign";
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the project. */
                project_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty body. */
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
    listTags: {
        parameters: {
            query?: {
                /** @description Only tags whose name contains this text. */
                search?: string;
                /** @description Page number. */
                page?: number;
                /** @description Tags per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
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
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Tag"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the tag. */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Tag"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the tag. */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty body. */
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
    createTimeEntry: {
        parameters: {
            query?: {
                /** @description Add project, client and tag names to the answer. */
                meta?: boolean;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Working on task",
                 *       "start": "2026-02-13T10:00:00Z",
                 *       "duration": -1,
                 *       "workspace_id": 21180405,
                 *       "created_with": "maton-api"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTimeEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    updateTimeEntry: {
        parameters: {
            query?: {
                /** @description Add project, client and tag names to the answer. */
                meta?: boolean;
            };
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the time entry. */
                time_entry_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Updated description"
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
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the time entry. */
                time_entry_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Empty body. */
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
    stopTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
                /** @description Id of the time entry. */
                time_entry_id: number;
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
                    "application/json": components["schemas"]["StopTimeEntryResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Toggl Track connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspace_id: number;
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
