// Generated from providers/podio.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/app/space/{space_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the apps of a space. */
        get: operations["listSpaceApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/{app_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one app with its field definitions, which give the field ids and option ids items use. */
        get: operations["getApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comment/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a comment to an item, task, status or other object. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/comment/{type}/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on an item, task, status or other object. */
        get: operations["listComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item/app/{app_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an item in an app from field values. */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item/app/{app_id}/filter/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List an app's items matching field filters, sorted and paged. */
        post: operations["filterItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/item/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one item with its field values. */
        get: operations["getItem"];
        /** Change field values of an item; fields not sent keep their values. */
        put: operations["updateItem"];
        post?: never;
        /** Delete an item together with its tasks. */
        delete: operations["deleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the user belongs to, each with the spaces the user can see. */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/{org_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one organization. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/{org_id}/space/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a space in an organization. */
        post: operations["createSpace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/space/org/{org_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the spaces of an organization that the user is a member of. */
        get: operations["listOrganizationSpaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/space/{space_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one space. */
        get: operations["getSpace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks matching at least one of the org, space, app, person or reference filters. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task, optionally attached to an item or other object and assigned to someone. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task. */
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
    "/task/{task_id}/complete": {
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
    "/user/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the current user's account, profile and unread counts. */
        get: operations["getUserStatus"];
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
            /** @description Comment text; @mentions and basic formatting are allowed. */
            value: string;
            external_id?: string;
            file_ids?: number[];
            embed_id?: number;
            embed_url?: string;
        };
        CreateCommentResponse: components["schemas"]["ListCommentsResponseItem"];
        CreateItemRequest: {
            external_id?: string;
            /** @description Values keyed by field id or external_id. */
            fields: {
                [key: string]: unknown;
            };
            file_ids?: number[];
            tags?: string[];
            reminder?: {
                remind_delta?: number;
            };
            recurrence?: Record<string, unknown>;
            ref?: {
                type?: string;
                id?: number;
            };
        };
        CreateItemResponse: {
            item_id?: number;
            app_item_id?: number;
            title?: string;
            link?: string;
            rights?: string[];
        };
        CreateSpaceRequest: {
            name: string;
            /**
             * @description open lets every organization member join.
             * @enum {string}
             */
            privacy?: "open" | "closed";
            /** @description Add new organization members automatically (open spaces only). */
            auto_join?: boolean;
            post_on_new_app?: boolean;
            post_on_new_member?: boolean;
        };
        CreateSpaceResponse: {
            space_id?: number;
            url?: string;
        };
        CreateTaskRequest: {
            /** @description The task itself. */
            text: string;
            description?: string;
            private?: boolean;
            /** Format: date */
            due_date?: string;
            /** @description HH:MM:SS in the user's time zone. */
            due_time?: string;
            /** @description Due date and time in UTC, YYYY-MM-DD HH:MM:SS. */
            due_on?: string;
            /** @description User id, or a contact such as {"type":"user","id":123}. */
            responsible?: unknown;
            file_ids?: number[];
            labels?: string[];
            label_ids?: number[];
            reminder?: {
                remind_delta?: number;
            };
            /** @description Kind of object the task belongs to, e.g. item. */
            ref_type?: string;
            ref_id?: number;
            external_id?: string;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseItem"];
        FilterItemsRequest: {
            /** @default 30 */
            limit?: number;
            /** @default 0 */
            offset?: number;
            /** @description Field id, or created_on, last_edit_on, title and similar. */
            sort_by?: string;
            sort_desc?: boolean;
            /** @description Conditions keyed by field id or external_id (option ids for category fields). */
            filters?: {
                [key: string]: unknown;
            };
            /** @description Save the filter as the user's last view. */
            remember?: boolean;
        };
        FilterItemsResponse: {
            total?: number;
            filtered?: number;
            items?: components["schemas"]["FilterItemsResponseItemsItem"][];
        };
        FilterItemsResponseItemsItem: {
            item_id?: number;
            app_item_id?: number;
            title?: string;
            link?: string;
            external_id?: string | null;
            rights?: string[];
            created_on?: string;
            created_by?: Record<string, unknown>;
            last_event_on?: string;
            fields?: {
                field_id?: number;
                external_id?: string;
                type?: string;
                label?: string;
                values?: Record<string, unknown>[];
            }[];
            tags?: string[];
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
        GetAppResponse: components["schemas"]["ListSpaceAppsResponseItem"];
        GetItemResponse: components["schemas"]["FilterItemsResponseItemsItem"];
        GetOrganizationResponse: components["schemas"]["ListOrganizationsResponseItem"];
        GetSpaceResponse: components["schemas"]["ListOrganizationSpacesResponseItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseItem"];
        GetUserStatusResponse: {
            user?: {
                user_id?: number;
                mail?: string;
                status?: string;
                locale?: string;
                timezone?: string;
                created_on?: string;
            };
            profile?: {
                profile_id?: number;
                user_id?: number;
                name?: string;
                avatar?: number | null;
                link?: string;
            };
            properties?: Record<string, unknown>;
            inbox_new?: number;
            message_unread_count?: number;
            calendar_code?: string;
            mailbox?: string;
        };
        ListCommentsResponse: components["schemas"]["ListCommentsResponseItem"][];
        ListCommentsResponseItem: {
            comment_id?: number;
            value?: string;
            rich_value?: string;
            external_id?: string | null;
            ref?: {
                type?: string;
                id?: number;
            };
            created_on?: string;
            created_by?: Record<string, unknown>;
            files?: Record<string, unknown>[];
            like_count?: number;
            is_liked?: boolean;
        };
        ListOrganizationSpacesResponse: components["schemas"]["ListOrganizationSpacesResponseItem"][];
        ListOrganizationSpacesResponseItem: {
            space_id?: number;
            name?: string;
            url?: string;
            url_label?: string;
            org_id?: number;
            /** @enum {string} */
            privacy?: "open" | "closed";
            auto_join?: boolean;
            role?: string;
            rights?: string[];
            post_on_new_app?: boolean;
            post_on_new_member?: boolean;
            subscribed?: boolean;
            created_on?: string;
            created_by?: Record<string, unknown>;
        };
        ListOrganizationsResponse: components["schemas"]["ListOrganizationsResponseItem"][];
        ListOrganizationsResponseItem: {
            org_id?: number;
            name?: string;
            url?: string;
            url_label?: string;
            logo?: number | null;
            premium?: boolean;
            /** @enum {string} */
            role?: "regular" | "admin" | "light";
            status?: string;
            type?: string;
            created_on?: string;
            user_limit?: number;
            member_count?: number;
            space_count?: number;
            rights?: string[];
            spaces?: {
                space_id?: number;
                name?: string;
                url?: string;
                url_label?: string;
                org_id?: number;
                privacy?: string;
                role?: string;
                rights?: string[];
            }[];
        };
        ListSpaceAppsResponse: components["schemas"]["ListSpaceAppsResponseItem"][];
        ListSpaceAppsResponseItem: {
            app_id?: number;
            /** @enum {string} */
            status?: "active" | "inactive" | "deleted";
            space_id?: number;
            link?: string;
            url_label?: string;
            config?: {
                name?: string;
                item_name?: string;
                description?: string;
                icon?: string;
                external_id?: string | null;
            };
            fields?: {
                field_id?: number;
                type?: string;
                external_id?: string;
                label?: string;
                status?: string;
                config?: Record<string, unknown>;
            }[];
        };
        ListTasksResponse: components["schemas"]["ListTasksResponseItem"][];
        ListTasksResponseItem: {
            task_id?: number;
            text?: string;
            description?: string | null;
            /** @enum {string} */
            status?: "active" | "completed" | "deleted";
            private?: boolean;
            due_date?: string | null;
            due_time?: string | null;
            due_on?: string | null;
            responsible?: Record<string, unknown>;
            created_on?: string;
            created_by?: Record<string, unknown>;
            completed_on?: string | null;
            ref?: {
                type?: string;
                id?: number;
                title?: string;
            } | null;
            labels?: Record<string, unknown>[];
            link?: string;
        };
        UpdateItemRequest: {
            /** @description Revision the change is based on; a newer one on the server makes the update fail. */
            revision?: number;
            external_id?: string;
            fields?: {
                [key: string]: unknown;
            };
            file_ids?: number[];
            tags?: string[];
        };
        UpdateItemResponse: {
            revision?: number;
            title?: string;
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
        /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSpaceApps: {
        parameters: {
            query?: {
                /** @description Include deactivated apps. */
                include_inactive?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space (workspace).
                 * @example 7654321
                 */
                space_id: number;
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
                    "application/json": components["schemas"]["ListSpaceAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getApp: {
        parameters: {
            query?: {
                /** @description How much of the app to return. */
                type?: "full" | "short" | "mini" | "micro";
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the app.
                 * @example 29876543
                 */
                app_id: number;
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
                    "application/json": components["schemas"]["GetAppResponse"];
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
            query?: {
                /** @description Invite people mentioned who are not yet members. */
                alert_invite?: boolean;
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Kind of object commented on, e.g. item, task or status.
                 * @example item
                 */
                type: string;
                /** @description Id of that object. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "Comment text"
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
    listComments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Kind of object commented on, e.g. item, task or status.
                 * @example item
                 */
                type: string;
                /** @description Id of that object. */
                id: number;
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
    createItem: {
        parameters: {
            query?: {
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the app.
                 * @example 29876543
                 */
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "title": "New Item",
                 *         "status": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filterItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the app.
                 * @example 29876543
                 */
                app_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "limit": 30,
                 *       "offset": 0,
                 *       "sort_by": "created_on",
                 *       "sort_desc": true,
                 *       "filters": {
                 *         "status": [
                 *           1,
                 *           2
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["FilterItemsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilterItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getItem: {
        parameters: {
            query?: {
                /** @description Record the read as a view by the user. */
                mark_as_viewed?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the item.
                 * @example 3250776079
                 */
                item_id: number;
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
                    "application/json": components["schemas"]["GetItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateItem: {
        parameters: {
            query?: {
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the item.
                 * @example 3250776079
                 */
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "title": "Updated Title"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteItem: {
        parameters: {
            query?: {
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the item.
                 * @example 3250776079
                 */
                item_id: number;
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
    listOrganizations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrganizationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the organization.
                 * @example 1234567
                 */
                org_id: number;
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
                    "application/json": components["schemas"]["GetOrganizationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the organization.
                 * @example 1234567
                 */
                org_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Workspace",
                 *       "privacy": "closed"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSpaceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationSpaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the organization.
                 * @example 1234567
                 */
                org_id: number;
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
                    "application/json": components["schemas"]["ListOrganizationSpacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space (workspace).
                 * @example 7654321
                 */
                space_id: number;
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
                    "application/json": components["schemas"]["GetSpaceResponse"];
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
                /** @description Only tasks in this organization. */
                org?: number;
                /** @description Only tasks in this space. */
                space?: number;
                /** @description Only tasks on items of this app. */
                app?: number;
                /** @description User id of the person responsible. */
                responsible?: number;
                /** @description Creator as type:id, e.g. user:123. */
                created_by?: string;
                /** @description Completer as type:id. */
                completed_by?: string;
                /** @description Object the tasks belong to as type:id, e.g. item:3250776079. */
                reference?: string;
                /** @description Only completed (true) or open (false) tasks. */
                completed?: boolean;
                /** @description Due-date range from-to, YYYY-MM-DD each end optional. */
                due_date?: string;
                /** @description Creation date range from-to. */
                created_on?: string;
                /** @description Completion date range from-to. */
                completed_on?: string;
                external_id?: string;
                /** @description Id of a task label. */
                label?: number;
                grouping?: "due_date" | "created_by" | "responsible" | "app" | "space" | "org";
                sort_by?: "rank" | "created_on" | "completed_on";
                sort_desc?: boolean;
                view?: "micro" | "basic" | "full";
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Task description",
                 *       "due_date": "2026-03-15",
                 *       "ref_type": "item",
                 *       "ref_id": 3250776079
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
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example 234567890
                 */
                task_id: number;
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
            query?: {
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example 234567890
                 */
                task_id: number;
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
    completeTask: {
        parameters: {
            query?: {
                /** @description true stops notifications to collaborators; only when the user asks for it. */
                silent?: boolean;
                /** @description false skips webhooks; only when the user asks for it. */
                hook?: boolean;
            };
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example 234567890
                 */
                task_id: number;
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
    getUserStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Podio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserStatusResponse"];
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
