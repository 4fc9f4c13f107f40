// Generated from providers/basecamp.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/buckets/{project_id}/message_boards/{message_board_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project's message board. */
        get: operations["getMessageBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/message_boards/{message_board_id}/messages.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the messages posted on a message board. */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/recordings/{recording_id}/status/trashed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move any content item (to-do, message, document, …) to the trash. */
        put: operations["trashRecording"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/schedules/{schedule_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project's schedule. */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/schedules/{schedule_id}/entries.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events of a schedule, upcoming ones unless status says otherwise. */
        get: operations["listScheduleEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/todolists/{todolist_id}/todos.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the to-dos of a to-do list, open ones unless completed=true. */
        get: operations["listTodos"];
        put?: never;
        /** Add a to-do to a to-do list, optionally with assignees and dates. */
        post: operations["createTodo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/todos/{todo_id}/completion.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a to-do completed. */
        post: operations["completeTodo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/todosets/{todoset_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project's to-do set, the container of its to-do lists. */
        get: operations["getTodoset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/todosets/{todoset_id}/todolists.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the to-do lists of a to-do set. */
        get: operations["listTodolists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/vaults/{vault_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a vault (Docs & Files folder) with counts of its documents, uploads and sub-vaults. */
        get: operations["getVault"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/buckets/{project_id}/vaults/{vault_id}/documents.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the documents in a vault. */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chats.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Campfire chats of all projects the user can reach. */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/my/profile.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the user the token belongs to. */
        get: operations["getMyProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List everyone visible to the user in the account. */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List active projects the user can reach, each with its dock of tools. */
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
    "/projects/{project_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project and its dock of tools. */
        get: operations["getProject"];
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
            name: string;
            description?: string;
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseItem"];
        CreateTodoRequest: {
            /** @description What needs doing. */
            content: string;
            /** @description Rich-text (HTML) notes. */
            description?: string;
            assignee_ids?: number[];
            /** @description People notified when it is completed. */
            completion_subscriber_ids?: number[];
            /** @description Tell the assignees they were assigned. */
            notify?: boolean;
            /** Format: date */
            due_on?: string;
            /** Format: date */
            starts_on?: string;
        };
        CreateTodoResponse: components["schemas"]["ListTodosResponseItem"];
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
        GetMessageBoardResponse: {
            id?: number;
            title?: string;
            /** @enum {string} */
            type?: "Message::Board";
            messages_count?: number;
            messages_url?: string;
            app_messages_url?: string;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
        };
        GetMyProfileResponse: {
            id?: number;
            attachable_sgid?: string;
            name?: string;
            email_address?: string;
            personable_type?: string;
            title?: string | null;
            bio?: string | null;
            location?: string | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            admin?: boolean;
            owner?: boolean;
            client?: boolean;
            employee?: boolean;
            time_zone?: string;
            avatar_url?: string;
            company?: {
                id?: number;
                name?: string;
            };
            can_manage_projects?: boolean;
            can_manage_people?: boolean;
        };
        GetProjectResponse: components["schemas"]["ListProjectsResponseItem"];
        GetScheduleResponse: {
            id?: number;
            title?: string;
            /** @enum {string} */
            type?: "Schedule";
            include_due_assignments?: boolean;
            entries_count?: number;
            entries_url?: string;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
        };
        GetTodosetResponse: {
            id?: number;
            status?: string;
            title?: string;
            /** @enum {string} */
            type?: "Todoset";
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
            completed?: boolean;
            completed_ratio?: string;
            name?: string;
            todolists_count?: number;
            todolists_url?: string;
        };
        GetTodosetResponseBucket: {
            id?: number;
            name?: string;
            type?: string;
        };
        GetVaultResponse: {
            id?: number;
            title?: string;
            /** @enum {string} */
            type?: "Vault";
            documents_count?: number;
            documents_url?: string;
            uploads_count?: number;
            uploads_url?: string;
            vaults_count?: number;
            vaults_url?: string;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
        };
        ListChatsResponse: {
            id?: number;
            status?: string;
            title?: string;
            topic?: string;
            /** @enum {string} */
            type?: "Chat::Transcript";
            lines_url?: string;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
        }[];
        ListDocumentsResponse: {
            id?: number;
            status?: string;
            title?: string;
            /** @description Rich-text (HTML) body. */
            content?: string;
            /** @enum {string} */
            type?: "Document";
            comments_count?: number;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        }[];
        ListMessagesResponse: {
            id?: number;
            status?: string;
            subject?: string;
            title?: string;
            /** @description Rich-text (HTML) body. */
            content?: string;
            /** @enum {string} */
            type?: "Message";
            category?: Record<string, unknown> | null;
            comments_count?: number;
            comments_url?: string;
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        }[];
        ListPeopleResponse: components["schemas"]["GetMyProfileResponse"][];
        ListProjectsResponse: components["schemas"]["ListProjectsResponseItem"][];
        ListProjectsResponseItem: {
            id?: number;
            status?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            name?: string;
            description?: string | null;
            purpose?: string;
            clients_enabled?: boolean;
            bookmark_url?: string;
            url?: string;
            app_url?: string;
            bookmarked?: boolean;
            dock?: {
                id?: number;
                title?: string;
                /** @description Tool kind: todoset, message_board, schedule, vault, chat, questionnaire, inbox, kanban_board. */
                name?: string;
                enabled?: boolean;
                position?: number | null;
                url?: string;
                app_url?: string;
            }[];
        };
        ListScheduleEntriesResponse: {
            id?: number;
            status?: string;
            title?: string;
            summary?: string;
            description?: string;
            /** @enum {string} */
            type?: "Schedule::Entry";
            /** Format: date-time */
            starts_at?: string;
            /** Format: date-time */
            ends_at?: string;
            all_day?: boolean;
            participants?: components["schemas"]["GetMyProfileResponse"][];
            url?: string;
            app_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
        }[];
        ListTodolistsResponse: {
            id?: number;
            status?: string;
            title?: string;
            name?: string;
            description?: string;
            /** @enum {string} */
            type?: "Todolist";
            completed?: boolean;
            completed_ratio?: string;
            url?: string;
            app_url?: string;
            todos_url?: string;
            groups_url?: string;
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        }[];
        ListTodosResponse: components["schemas"]["ListTodosResponseItem"][];
        ListTodosResponseItem: {
            id?: number;
            status?: string;
            title?: string;
            content?: string;
            description?: string;
            /** @enum {string} */
            type?: "Todo";
            completed?: boolean;
            /** Format: date */
            starts_on?: string | null;
            /** Format: date */
            due_on?: string | null;
            assignees?: components["schemas"]["GetMyProfileResponse"][];
            completion_subscribers?: components["schemas"]["GetMyProfileResponse"][];
            completion_url?: string;
            comments_count?: number;
            url?: string;
            app_url?: string;
            parent?: {
                id?: number;
                title?: string;
                type?: string;
            };
            bucket?: components["schemas"]["GetTodosetResponseBucket"];
            creator?: components["schemas"]["GetMyProfileResponse"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
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
        /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMessageBoard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the message board (from the project's dock). */
                message_board_id: number;
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
                    "application/json": components["schemas"]["GetMessageBoardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the message board (from the project's dock). */
                message_board_id: number;
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
                    "application/json": components["schemas"]["ListMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    trashRecording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the content item. */
                recording_id: number;
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
    getSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the schedule (from the project's dock). */
                schedule_id: number;
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
                    "application/json": components["schemas"]["GetScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listScheduleEntries: {
        parameters: {
            query?: {
                /** @description List archived or trashed ones instead of active ones. */
                status?: "archived" | "trashed";
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the schedule (from the project's dock). */
                schedule_id: number;
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
                    "application/json": components["schemas"]["ListScheduleEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTodos: {
        parameters: {
            query?: {
                /** @description List archived or trashed ones instead of active ones. */
                status?: "archived" | "trashed";
                /** @description List completed to-dos instead of open ones. */
                completed?: boolean;
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the to-do list. */
                todolist_id: number;
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
                    "application/json": components["schemas"]["ListTodosResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTodo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the to-do list. */
                todolist_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Todo content",
                 *       "due_on": "2026-02-15",
                 *       "assignee_ids": [
                 *         123
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateTodoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTodoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    completeTodo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the to-do. */
                todo_id: number;
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
    getTodoset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the to-do set (from the project's dock). */
                todoset_id: number;
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
                    "application/json": components["schemas"]["GetTodosetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTodolists: {
        parameters: {
            query?: {
                /** @description List archived or trashed ones instead of active ones. */
                status?: "archived" | "trashed";
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the to-do set. */
                todoset_id: number;
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
                    "application/json": components["schemas"]["ListTodolistsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the vault (the top one is in the project's dock). */
                vault_id: number;
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
                    "application/json": components["schemas"]["GetVaultResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description List archived or trashed ones instead of active ones. */
                status?: "archived" | "trashed";
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
                /** @description Id of the vault (the top one is in the project's dock). */
                vault_id: number;
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
                    "application/json": components["schemas"]["ListDocumentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChats: {
        parameters: {
            query?: {
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMyProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMyProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPeopleResponse"];
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
                /** @description List archived or trashed projects instead of active ones. */
                status?: "archived" | "trashed";
                /** @description Page number; following the Link header is preferred. */
                page?: number;
            };
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Project Name",
                 *       "description": "Description"
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
            query?: never;
            header?: {
                /** @description Id of the Basecamp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the project (also its bucket id).
                 * @example 2085958499
                 */
                project_id: number;
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
}
