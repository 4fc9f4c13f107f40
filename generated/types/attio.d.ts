// Generated from providers/attio.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a record or list entry, or reply in an existing thread by giving thread_id. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lists of the workspace that the token may see. */
        get: operations["listLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one list's configuration by slug or id. */
        get: operations["getList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/lists/{list}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a record to a list, with values for the list's own attributes. */
        post: operations["createListEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/lists/{list}/entries/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the entries of a list, filtered and sorted, a page at a time. */
        post: operations["queryListEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/lists/{list}/entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one list entry with its values. */
        get: operations["getListEntry"];
        put?: never;
        post?: never;
        /** Take an entry off a list; the underlying record stays. */
        delete: operations["deleteListEntry"];
        options?: never;
        head?: never;
        /** Change some values of a list entry, adding to multi-select values. */
        patch: operations["updateListEntry"];
        trace?: never;
    };
    "/v2/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List meetings, optionally by linked record, participant or time window. */
        get: operations["listMeetings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meeting_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one meeting. */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meeting_id}/call_recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the call recordings of a meeting. */
        get: operations["listCallRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/meetings/{meeting_id}/call_recordings/{call_recording_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one call recording of a meeting. */
        get: operations["getCallRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notes, optionally only those on one record. */
        get: operations["listNotes"];
        put?: never;
        /** Add a note to a record. */
        post: operations["createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notes/{note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one note with its content. */
        get: operations["getNote"];
        put?: never;
        post?: never;
        /** Delete a note. */
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the standard and custom objects of the workspace. */
        get: operations["listObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects/{object}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one object's configuration by slug or id. */
        get: operations["getObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects/{object}/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the attributes (fields) defined on an object. */
        get: operations["listAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects/{object}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a record of an object from attribute values. */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects/{object}/records/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List an object's records, filtered and sorted, a page at a time. */
        post: operations["queryRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/objects/{object}/records/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record with all its attribute values. */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /** Delete a record for good. */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /** Change some attribute values of a record, adding to multi-select values. */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/v2/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe the current token - its workspace, scopes and whether it is active. */
        get: operations["identifySelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks, optionally by linked record, assignee or completion. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task, optionally linked to records and assigned to members. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/workspace_members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of the workspace. */
        get: operations["listWorkspaceMembers"];
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
            /** @description Give exactly one of record, entry or thread_id. */
            data: {
                /** @enum {string} */
                format: "plaintext";
                content: string;
                author: {
                    /** @enum {string} */
                    type: "workspace-member";
                    id: string;
                };
                /** Format: date-time */
                created_at?: string;
                /** @description Thread to reply in. */
                thread_id?: string;
                record?: {
                    object?: string;
                    /** Format: uuid */
                    record_id?: string;
                };
                entry?: {
                    list?: string;
                    /** Format: uuid */
                    entry_id?: string;
                };
            };
        };
        CreateCommentResponse: {
            data?: {
                id?: {
                    workspace_id?: string;
                    comment_id?: string;
                };
                thread_id?: string;
                content_plaintext?: string;
                author?: {
                    type?: string;
                    id?: string;
                };
                /** Format: date-time */
                created_at?: string;
            };
        };
        CreateListEntryRequest: {
            data: {
                /**
                 * Format: uuid
                 * @description Record to add.
                 */
                parent_record_id: string;
                /** @description Slug or id of the record's object. */
                parent_object: string;
                /** @description List attribute slug or id → value. */
                entry_values: {
                    [key: string]: unknown;
                };
            };
        };
        CreateListEntryResponse: {
            data?: components["schemas"]["QueryListEntriesResponseDataItem"];
        };
        CreateNoteRequest: {
            data: {
                /** @description Slug or id of the parent record's object. */
                parent_object: string;
                /** Format: uuid */
                parent_record_id: string;
                title: string;
                /** @enum {string} */
                format: "plaintext" | "markdown";
                content: string;
                /**
                 * Format: date-time
                 * @description Back-date the note.
                 */
                created_at?: string;
                /** @description Meeting the note belongs to. */
                meeting_id?: string;
                created_by_actor?: {
                    /** @enum {string} */
                    type?: "workspace-member" | "api-token" | "system";
                    id?: string;
                };
            };
        };
        CreateNoteResponse: components["schemas"]["GetNoteResponse"];
        CreateRecordRequest: {
            data: {
                /** @description Attribute slug or id → value, or array of values for multi-value attributes. */
                values: {
                    [key: string]: unknown;
                };
            };
        };
        CreateRecordResponse: components["schemas"]["GetRecordResponse"];
        CreateTaskRequest: {
            data: {
                content: string;
                /** @enum {string} */
                format: "plaintext";
                /** Format: date-time */
                deadline_at: string | null;
                is_completed?: boolean;
                linked_records: {
                    target_object?: string;
                    /** Format: uuid */
                    target_record_id?: string;
                }[];
                assignees: {
                    /** @enum {string} */
                    referenced_actor_type?: "workspace-member";
                    referenced_actor_id?: string;
                    workspace_member_email_address?: string;
                }[];
            };
        };
        CreateTaskResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"];
        };
        DeleteListEntryResponse: Record<string, unknown>;
        DeleteNoteResponse: Record<string, unknown>;
        DeleteRecordResponse: Record<string, unknown>;
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
        GetCallRecordingResponse: {
            data?: components["schemas"]["ListCallRecordingsResponseDataItem"];
        };
        GetListEntryResponse: components["schemas"]["CreateListEntryResponse"];
        GetListResponse: {
            data?: components["schemas"]["ListListsResponseDataItem"];
        };
        GetMeetingResponse: {
            data?: components["schemas"]["ListMeetingsResponseDataItem"];
        };
        GetNoteResponse: {
            data?: components["schemas"]["ListNotesResponseDataItem"];
        };
        GetObjectResponse: {
            data?: components["schemas"]["ListObjectsResponseDataItem"];
        };
        GetRecordResponse: {
            data?: components["schemas"]["QueryRecordsResponseDataItem"];
        };
        IdentifySelfResponse: {
            active?: boolean;
            scope?: string;
            client_id?: string;
            token_type?: string;
            exp?: number | null;
            iat?: number;
            sub?: string;
            aud?: string;
            iss?: string;
            authorized_by_workspace_member_id?: string | null;
            workspace_id?: string;
            workspace_name?: string;
            workspace_slug?: string;
            workspace_logo_url?: string | null;
        };
        ListAttributesResponse: {
            data?: {
                id?: {
                    workspace_id?: string;
                    object_id?: string;
                    attribute_id?: string;
                };
                title?: string;
                api_slug?: string;
                /** @description Attribute type such as text, number, select, status, record-reference or personal-name. */
                type?: string;
                is_multiselect?: boolean;
                is_required?: boolean;
                is_unique?: boolean;
                is_archived?: boolean;
            }[];
        };
        ListCallRecordingsResponse: {
            data?: components["schemas"]["ListCallRecordingsResponseDataItem"][];
            pagination?: {
                next_cursor?: string | null;
            };
        };
        ListCallRecordingsResponseDataItem: {
            id?: {
                workspace_id?: string;
                meeting_id?: string;
                call_recording_id?: string;
            };
            status?: string;
            web_url?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListListsResponse: {
            data?: components["schemas"]["ListListsResponseDataItem"][];
        };
        ListListsResponseDataItem: {
            id?: {
                workspace_id?: string;
                list_id?: string;
            };
            api_slug?: string;
            name?: string;
            parent_object?: string[];
            workspace_access?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListMeetingsResponse: {
            data?: components["schemas"]["ListMeetingsResponseDataItem"][];
            pagination?: {
                next_cursor?: string | null;
            };
        };
        ListMeetingsResponseDataItem: {
            id?: {
                workspace_id?: string;
                meeting_id?: string;
            };
            title?: string;
            description?: string;
            start?: Record<string, unknown>;
            end?: Record<string, unknown>;
            is_all_day?: boolean;
            participants?: Record<string, unknown>[];
            linked_records?: Record<string, unknown>[];
        };
        ListNotesResponse: {
            data?: components["schemas"]["ListNotesResponseDataItem"][];
        };
        ListNotesResponseDataItem: {
            id?: {
                workspace_id?: string;
                note_id?: string;
            };
            parent_object?: string;
            parent_record_id?: string;
            title?: string;
            content_plaintext?: string;
            content_markdown?: string;
            created_by_actor?: {
                type?: string;
                id?: string;
            };
            /** Format: date-time */
            created_at?: string;
        };
        ListObjectsResponse: {
            data?: components["schemas"]["ListObjectsResponseDataItem"][];
        };
        ListObjectsResponseDataItem: {
            id?: {
                workspace_id?: string;
                object_id?: string;
            };
            api_slug?: string;
            singular_noun?: string;
            plural_noun?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListTasksResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"][];
        };
        ListTasksResponseDataItem: {
            id?: {
                workspace_id?: string;
                task_id?: string;
            };
            content_plaintext?: string;
            /** Format: date-time */
            deadline_at?: string | null;
            is_completed?: boolean;
            linked_records?: {
                target_object_id?: string;
                target_record_id?: string;
            }[];
            assignees?: {
                referenced_actor_type?: string;
                referenced_actor_id?: string;
            }[];
            /** Format: date-time */
            created_at?: string;
        };
        ListWorkspaceMembersResponse: {
            data?: {
                id?: {
                    workspace_id?: string;
                    workspace_member_id?: string;
                };
                first_name?: string;
                last_name?: string;
                email_address?: string;
                /** @enum {string} */
                access_level?: "admin" | "member" | "suspended";
                avatar_url?: string | null;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        QueryListEntriesRequest: components["schemas"]["QueryRecordsRequest"];
        QueryListEntriesResponse: {
            data?: components["schemas"]["QueryListEntriesResponseDataItem"][];
        };
        QueryListEntriesResponseDataItem: {
            id?: {
                workspace_id?: string;
                list_id?: string;
                entry_id?: string;
            };
            parent_record_id?: string;
            parent_object?: string;
            /** Format: date-time */
            created_at?: string;
            entry_values?: {
                [key: string]: Record<string, unknown>[];
            };
        };
        QueryRecordsRequest: {
            /** @description Filter on attribute values, e.g. { "name": "Acme" } or { "$and": [...] }. */
            filter?: Record<string, unknown>;
            sorts?: {
                attribute?: string;
                field?: string;
                /** @enum {string} */
                direction?: "asc" | "desc";
            }[];
            /**
             * @description Rows per page.
             * @default 500
             */
            limit?: number;
            /**
             * @description Rows to skip.
             * @default 0
             */
            offset?: number;
        };
        QueryRecordsResponse: {
            data?: components["schemas"]["QueryRecordsResponseDataItem"][];
        };
        QueryRecordsResponseDataItem: {
            id?: {
                workspace_id?: string;
                object_id?: string;
                record_id?: string;
            };
            /** Format: date-time */
            created_at?: string;
            web_url?: string;
            /** @description Attribute slug → array of value objects (each with active_from, active_until, created_by_actor and attribute_type). */
            values?: {
                [key: string]: Record<string, unknown>[];
            };
        };
        UpdateListEntryRequest: {
            data: {
                entry_values: {
                    [key: string]: unknown;
                };
            };
        };
        UpdateListEntryResponse: components["schemas"]["CreateListEntryResponse"];
        UpdateRecordRequest: components["schemas"]["CreateRecordRequest"];
        UpdateRecordResponse: components["schemas"]["GetRecordResponse"];
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
        /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "format": "plaintext",
                 *         "content": "Comment text",
                 *         "author": {
                 *           "type": "workspace-member",
                 *           "id": "{workspace_member_id}"
                 *         },
                 *         "record": {
                 *           "object": "companies",
                 *           "record_id": "{record_id}"
                 *         }
                 *       }
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
    listLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
    getList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
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
                    "application/json": components["schemas"]["GetListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "parent_record_id": "{record_id}",
                 *         "parent_object": "companies",
                 *         "entry_values": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateListEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryListEntries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "limit": 50,
                 *       "offset": 0
                 *     }
                 */
                "application/json": components["schemas"]["QueryListEntriesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryListEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
                /** @description UUID of the list entry. */
                entry_id: string;
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
                    "application/json": components["schemas"]["GetListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
                /** @description UUID of the list entry. */
                entry_id: string;
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
                    "application/json": components["schemas"]["DeleteListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description List slug or list UUID. */
                list: string;
                /** @description UUID of the list entry. */
                entry_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "entry_values": {
                 *           "status": "Active"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateListEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description Meetings per page. */
                limit?: number;
                /** @description next_cursor from the previous page. */
                cursor?: string;
                linked_object?: string;
                linked_record_id?: string;
                /** @description Comma-separated participant email addresses. */
                participants?: string;
                sort?: "start_asc" | "start_desc";
                /** @description Only meetings ending at or after this time. */
                ends_from?: string;
                /** @description Only meetings starting before this time. */
                starts_before?: string;
                /** @description IANA time zone used for all-day meetings. */
                timezone?: string;
            };
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMeetingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the meeting. */
                meeting_id: string;
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
                    "application/json": components["schemas"]["GetMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCallRecordings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description next_cursor from the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the meeting. */
                meeting_id: string;
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
                    "application/json": components["schemas"]["ListCallRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallRecording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the meeting. */
                meeting_id: string;
                /** @description UUID of the call recording. */
                call_recording_id: string;
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
                    "application/json": components["schemas"]["GetCallRecordingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                /** @description Notes per page. */
                limit?: number;
                /** @description Notes to skip. */
                offset?: number;
                /** @description Object slug or id of the parent record; use with parent_record_id. */
                parent_object?: string;
                /** @description Only notes on this record. */
                parent_record_id?: string;
            };
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "format": "plaintext",
                 *         "title": "Meeting Summary",
                 *         "content": "Note content here",
                 *         "parent_object": "companies",
                 *         "parent_record_id": "{record_id}",
                 *         "created_by_actor": {
                 *           "type": "workspace-member",
                 *           "id": "{workspace_member_id}"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the note. */
                note_id: string;
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
                    "application/json": components["schemas"]["GetNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the note. */
                note_id: string;
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
                    "application/json": components["schemas"]["DeleteNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
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
                    "application/json": components["schemas"]["GetObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAttributes: {
        parameters: {
            query?: {
                /** @description Attributes per page. */
                limit?: number;
                /** @description Attributes to skip. */
                offset?: number;
                /** @description Include archived attributes. */
                show_archived?: boolean;
            };
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
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
                    "application/json": components["schemas"]["ListAttributesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "values": {
                 *           "name": [
                 *             {
                 *               "first_name": "John",
                 *               "last_name": "Doe",
                 *               "full_name": "John Doe"
                 *             }
                 *           ],
                 *           "email_addresses": [
                 *             "john@example.com"
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "limit": 50,
                 *       "offset": 0
                 *     }
                 */
                "application/json": components["schemas"]["QueryRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
                /** @description UUID of the record. */
                record_id: string;
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
                    "application/json": components["schemas"]["GetRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
                /** @description UUID of the record. */
                record_id: string;
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
                    "application/json": components["schemas"]["DeleteRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Object slug (people, companies, deals, or a custom slug) or object UUID.
                 * @example people
                 */
                object: string;
                /** @description UUID of the record. */
                record_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "values": {
                 *           "job_title": "Engineer"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    identifySelf: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["IdentifySelfResponse"];
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
                /** @description Tasks per page. */
                limit?: number;
                /** @description Tasks to skip. */
                offset?: number;
                sort?: "created_at:asc" | "created_at:desc";
                /** @description Object of the linked record; use with linked_record_id. */
                linked_object?: string;
                linked_record_id?: string;
                /** @description Email or workspace member id of the assignee; empty for unassigned tasks. */
                assignee?: string;
                is_completed?: boolean;
            };
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "content": "Task description",
                 *         "format": "plaintext",
                 *         "deadline_at": null,
                 *         "assignees": [],
                 *         "linked_records": []
                 *       }
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
    listWorkspaceMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Attio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkspaceMembersResponse"];
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
