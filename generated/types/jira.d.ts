// Generated from providers/jira.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/ex/jira/{cloudId}/rest/api/3/field": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the system and custom fields, with ids to use in issue payloads. */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an issue or sub-task in a project. */
        post: operations["createIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one issue with its fields. */
        get: operations["getIssue"];
        /** Change field values of an issue. */
        put: operations["updateIssue"];
        post?: never;
        /** Delete an issue; sub-tasks are deleted too only when deleteSubtasks is true. */
        delete: operations["deleteIssue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign an issue to a user, or unassign it with a null accountId. */
        put: operations["assignIssue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on an issue, a page at a time. */
        get: operations["listComments"];
        put?: never;
        /** Add a comment, written in Atlassian Document Format, to an issue. */
        post: operations["addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workflow transitions the user can perform on an issue now. */
        get: operations["listTransitions"];
        put?: never;
        /** Move an issue through a workflow transition, changing its status. */
        post: operations["transitionIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/issuetype": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the issue types the user can see. */
        get: operations["listIssueTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/myself": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user the connection acts for. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the issue priorities of the site. */
        get: operations["listPriorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every project the user can see, in one unpaged answer. */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/project/{projectKeyOrId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project by key or id. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/search/jql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find issues with a bounded JQL query, a page at a time. */
        get: operations["searchIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workflow statuses of the site with their categories. */
        get: operations["listStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/jira/{cloudId}/rest/api/3/user/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find active users whose name or email matches a string. */
        get: operations["searchUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token/accessible-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Atlassian sites the token may reach, with each site's cloud id and granted scopes. */
        get: operations["listAccessibleResources"];
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
        AddCommentRequest: {
            /** @description Atlassian Document Format document. */
            body: {
                /** @enum {string} */
                type: "doc";
                /** @enum {integer} */
                version: 1;
                content: {
                    type?: string;
                    content?: {
                        type?: string;
                        text?: string;
                    }[];
                }[];
            };
            /** @description Restrict the comment to a group or project role. */
            visibility?: {
                /** @enum {string} */
                type?: "group" | "role";
                value?: string;
                identifier?: string;
            };
        };
        AddCommentResponse: components["schemas"]["ListCommentsResponseCommentsItem"];
        AssignIssueRequest: {
            /** @description Account id of the new assignee; null unassigns, -1 picks the project default. */
            accountId: string | null;
        };
        CreateIssueRequest: {
            /** @description Field values by id or name; project, summary and issuetype are always needed. */
            fields: {
                project: {
                    key?: string;
                    id?: string;
                };
                summary: string;
                issuetype: {
                    name?: string;
                    id?: string;
                };
                /** @description Atlassian Document Format document. */
                description?: Record<string, unknown>;
                assignee?: {
                    accountId?: string;
                };
                priority?: {
                    name?: string;
                    id?: string;
                };
                labels?: string[];
                /** @description Parent issue, for sub-tasks. */
                parent?: {
                    key?: string;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description Field operations (add, set, remove) keyed by field. */
            update?: Record<string, unknown>;
        };
        CreateIssueResponse: {
            id?: string;
            key?: string;
            self?: string;
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
            accountId?: string;
            accountType?: string;
            emailAddress?: string;
            displayName?: string;
            active?: boolean;
            timeZone?: string;
            locale?: string;
            self?: string;
        };
        GetIssueResponse: components["schemas"]["SearchIssuesResponseIssuesItem"];
        GetProjectResponse: components["schemas"]["ListProjectsResponseItem"];
        ListAccessibleResourcesResponse: {
            /** @description The cloudId to put in Jira paths. */
            id?: string;
            url?: string;
            name?: string;
            scopes?: string[];
            avatarUrl?: string;
        }[];
        ListCommentsResponse: {
            startAt?: number;
            maxResults?: number;
            total?: number;
            comments?: components["schemas"]["ListCommentsResponseCommentsItem"][];
        };
        ListCommentsResponseCommentsItem: {
            id?: string;
            self?: string;
            author?: {
                accountId?: string;
                displayName?: string;
            };
            body?: Record<string, unknown>;
            created?: string;
            updated?: string;
        };
        ListFieldsResponse: {
            id?: string;
            key?: string;
            name?: string;
            custom?: boolean;
            searchable?: boolean;
            clauseNames?: string[];
            schema?: Record<string, unknown>;
        }[];
        ListIssueTypesResponse: {
            id?: string;
            name?: string;
            description?: string;
            subtask?: boolean;
            hierarchyLevel?: number;
            scope?: Record<string, unknown>;
        }[];
        ListPrioritiesResponse: {
            id?: string;
            name?: string;
            description?: string;
            statusColor?: string;
            iconUrl?: string;
        }[];
        ListProjectsResponse: components["schemas"]["ListProjectsResponseItem"][];
        ListProjectsResponseItem: {
            id?: string;
            key?: string;
            name?: string;
            self?: string;
            projectTypeKey?: string;
            simplified?: boolean;
            style?: string;
            isPrivate?: boolean;
            description?: string;
            lead?: {
                accountId?: string;
                displayName?: string;
            };
            issueTypes?: {
                id?: string;
                name?: string;
                subtask?: boolean;
            }[];
        };
        ListStatusesResponse: {
            id?: string;
            name?: string;
            description?: string;
            statusCategory?: {
                id?: number;
                key?: string;
                name?: string;
            };
        }[];
        ListTransitionsResponse: {
            transitions?: {
                id?: string;
                name?: string;
                to?: {
                    id?: string;
                    name?: string;
                    statusCategory?: Record<string, unknown>;
                };
                hasScreen?: boolean;
                isAvailable?: boolean;
            }[];
        };
        SearchIssuesResponse: {
            issues?: components["schemas"]["SearchIssuesResponseIssuesItem"][];
            nextPageToken?: string;
            isLast?: boolean;
        };
        SearchIssuesResponseIssuesItem: {
            id?: string;
            key?: string;
            self?: string;
            fields?: {
                [key: string]: unknown;
            };
        };
        SearchUsersResponse: components["schemas"]["GetCurrentUserResponse"][];
        TransitionIssueRequest: {
            transition: {
                /** @description Id from listTransitions. */
                id: string;
            };
            /** @description Values for fields on the transition screen. */
            fields?: {
                [key: string]: unknown;
            };
            update?: Record<string, unknown>;
        };
        UpdateIssueRequest: {
            /** @description New values by field id or name. */
            fields?: {
                [key: string]: unknown;
            };
            /** @description Field operations (add, set, remove, edit) keyed by field. */
            update?: Record<string, unknown>;
            properties?: {
                key?: string;
                value?: unknown;
            }[];
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
        /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
                    "application/json": components["schemas"]["ListFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createIssue: {
        parameters: {
            query?: {
                /** @description true adds the project to the user's recent projects. */
                updateHistory?: boolean;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "project": {
                 *           "key": "PROJ"
                 *         },
                 *         "summary": "Issue summary",
                 *         "issuetype": {
                 *           "name": "Task"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateIssueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getIssue: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return; *all (default) or *navigable. */
                fields?: string;
                fieldsByKeys?: boolean;
                /** @description Comma-separated extras such as renderedFields, names, schema, transitions, changelog. */
                expand?: string;
                /** @description Comma-separated issue property keys to include. */
                properties?: string;
                /** @description true records the read in the user's recently viewed issues. */
                updateHistory?: boolean;
                failFast?: boolean;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
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
                    "application/json": components["schemas"]["GetIssueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateIssue: {
        parameters: {
            query?: {
                /** @description false suppresses the notification emails. */
                notifyUsers?: boolean;
                overrideScreenSecurity?: boolean;
                overrideEditableFlag?: boolean;
                /** @description true answers 200 with the updated issue instead of 204. */
                returnIssue?: boolean;
                expand?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "summary": "Updated summary"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIssueRequest"];
            };
        };
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
    deleteIssue: {
        parameters: {
            query?: {
                /** @description Needed to delete an issue that has sub-tasks. */
                deleteSubtasks?: "true" | "false";
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
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
    assignIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "712020:5aff718e-6fe0-4548-82f4-f44ec481e5e7"
                 *     }
                 */
                "application/json": components["schemas"]["AssignIssueRequest"];
            };
        };
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
    listComments: {
        parameters: {
            query?: {
                /** @description Position of the first comment. */
                startAt?: number;
                /** @description Comments per page. */
                maxResults?: number;
                /** @description Sort by creation date. */
                orderBy?: "created" | "-created" | "+created";
                /** @description renderedBody adds the comment as HTML. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
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
    addComment: {
        parameters: {
            query?: {
                /** @description renderedBody adds the comment as HTML. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": {
                 *         "type": "doc",
                 *         "version": 1,
                 *         "content": [
                 *           {
                 *             "type": "paragraph",
                 *             "content": [
                 *               {
                 *                 "type": "text",
                 *                 "text": "Comment text"
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AddCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTransitions: {
        parameters: {
            query?: {
                /** @description transitions.fields adds the fields each transition screen shows. */
                expand?: string;
                /** @description Return only this transition. */
                transitionId?: string;
                skipRemoteOnlyCondition?: boolean;
                includeUnavailableTransitions?: boolean;
                sortByOpsBarAndStatus?: boolean;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
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
                    "application/json": components["schemas"]["ListTransitionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transitionIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Numeric id or key (such as PROJ-123) of the issue. */
                issueIdOrKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "transition": {
                 *         "id": "31"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TransitionIssueRequest"];
            };
        };
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
    listIssueTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
                    "application/json": components["schemas"]["ListIssueTypesResponse"];
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
                /** @description groups and/or applicationRoles, comma-separated. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
    listPriorities: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
                    "application/json": components["schemas"]["ListPrioritiesResponse"];
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
                /** @description Comma-separated extras: description, issueTypes, lead, projectKeys, url, insight. */
                expand?: string;
                /** @description Return only this many recently viewed projects. */
                recent?: number;
                /** @description Comma-separated project property keys to include. */
                properties?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
    getProject: {
        parameters: {
            query?: {
                /** @description Comma-separated extras: description, issueTypeHierarchy, issueTypes, lead, projectKeys. */
                expand?: string;
                /** @description Comma-separated project property keys to include. */
                properties?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
                /** @description Key (such as PROJ) or numeric id of the project. */
                projectKeyOrId: string;
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
    searchIssues: {
        parameters: {
            query: {
                /**
                 * @description JQL query, e.g. project = KEY ORDER BY created DESC.
                 * @example project = KEY order by created DESC
                 */
                jql: string;
                /** @description Token from the previous page. */
                nextPageToken?: string;
                /** @description Issues per page (Jira may return fewer). */
                maxResults?: number;
                /** @description Comma-separated fields to return, e.g. summary,status,assignee; *all for everything. */
                fields?: string;
                /** @description Comma-separated extras such as renderedFields, names, changelog, transitions. */
                expand?: string;
                /** @description Comma-separated issue property keys to include. */
                properties?: string;
                /** @description true when fields are named by key rather than id. */
                fieldsByKeys?: boolean;
                /** @description true stops at the first field that cannot be loaded. */
                failFast?: boolean;
                /** @description Issue ids to read-after-write reconcile. */
                reconcileIssues?: number[];
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
                    "application/json": components["schemas"]["SearchIssuesResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
    searchUsers: {
        parameters: {
            query?: {
                /** @description Text matched against display name and email address. */
                query?: string;
                /** @description Find one user by account id instead. */
                accountId?: string;
                startAt?: number;
                maxResults?: number;
                /** @description User property query such as key.path = value. */
                property?: string;
            };
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Atlassian site, as listed by GET /oauth/token/accessible-resources. */
                cloudId: string;
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
                    "application/json": components["schemas"]["SearchUsersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccessibleResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jira connection to use; without it the account's oldest active connection serves the request. */
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
                    /**
                     * @example [
                     *       {
                     *         "id": "62909843-b784-4c35-b770-e4e2a26f024b",
                     *         "url": "https://yoursite.atlassian.net",
                     *         "name": "yoursite",
                     *         "scopes": [
                     *           "read:jira-user",
                     *           "read:jira-work",
                     *           "write:jira-work"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListAccessibleResourcesResponse"];
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
