// Generated from providers/sentry.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/0/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the token can reach. */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organization with its settings and feature flags. */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/issues/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search issues across all projects of an organization. */
        get: operations["listOrganizationIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/issues/{issue_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one issue with its status, counts, assignee and first and last sighting. */
        get: operations["getIssue"];
        /** Resolve, reopen, ignore, assign, bookmark or publish an issue. */
        put: operations["updateIssue"];
        post?: never;
        /** Delete an issue and its events; the removal runs in the background. */
        delete: operations["deleteIssue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/issues/{issue_id}/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events grouped into one issue. */
        get: operations["listIssueEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of an organization with their roles and teams. */
        get: operations["listOrganizationMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/projects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the projects of an organization. */
        get: operations["listOrganizationProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/releases/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organization's releases, newest first. */
        get: operations["listReleases"];
        put?: never;
        /** Create a release for one or more projects, optionally with its commits. */
        post: operations["createRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/releases/{version}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one release with its commits, deploys and new issue count. */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/releases/{version}/deploys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a release was deployed to an environment. */
        post: operations["createDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/organizations/{organization_slug}/teams/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams of an organization. */
        get: operations["listTeams"];
        put?: never;
        /** Create a team in an organization. */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/projects/{organization_slug}/{project_slug}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a project with its platform, teams and settings. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/projects/{organization_slug}/{project_slug}/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's most recent error events. */
        get: operations["listProjectEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/projects/{organization_slug}/{project_slug}/issues/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the issues of one project, by default the unresolved ones. */
        get: operations["listProjectIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/0/teams/{organization_slug}/{team_slug}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one team. */
        get: operations["getTeam"];
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
        CreateDeployRequest: {
            /** @description Environment name, e.g. production. */
            environment: string;
            name?: string;
            url?: string;
            /** Format: date-time */
            dateStarted?: string;
            /** Format: date-time */
            dateFinished?: string;
            /** @description Project slugs; all projects of the release when omitted. */
            projects?: string[];
        };
        CreateDeployResponse: {
            id?: string;
            environment?: string;
            name?: string | null;
            url?: string | null;
            /** Format: date-time */
            dateStarted?: string | null;
            /** Format: date-time */
            dateFinished?: string;
        };
        CreateReleaseRequest: {
            /** @description Unique version string, e.g. 1.0.0 or a commit sha. */
            version: string;
            /** @description Slugs of the projects the release belongs to. */
            projects: string[];
            /** @description Commit or tag the release was built from. */
            ref?: string;
            /** @description Link to the release, e.g. on GitHub. */
            url?: string;
            /** Format: date-time */
            dateReleased?: string;
            refs?: {
                repository?: string;
                commit?: string;
                previousCommit?: string;
            }[];
            commits?: {
                id?: string;
                repository?: string;
                message?: string;
                author_name?: string;
                author_email?: string;
                /** Format: date-time */
                timestamp?: string;
                patch_set?: {
                    path?: string;
                    /** @enum {string} */
                    type?: "A" | "M" | "D";
                }[];
            }[];
        };
        CreateReleaseResponse: components["schemas"]["ListReleasesResponseRelease"];
        CreateTeamRequest: {
            /** @description Lower-case slug; derived from name when omitted. */
            slug?: string;
            /** @description Display name (Sentry is phasing it out in favour of the slug). */
            name?: string;
        };
        CreateTeamResponse: components["schemas"]["ListTeamsResponseTeam"];
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
        GetIssueResponse: components["schemas"]["ListOrganizationIssuesResponseIssue"];
        GetOrganizationResponse: components["schemas"]["ListOrganizationsResponseOrganization"];
        GetProjectResponse: {
            id?: string;
            slug?: string;
            name?: string;
            platform?: string | null;
            /** Format: date-time */
            dateCreated?: string;
            /** Format: date-time */
            firstEvent?: string | null;
            isBookmarked?: boolean;
            isMember?: boolean;
            hasAccess?: boolean;
            features?: string[];
            team?: Record<string, unknown> | null;
            teams?: components["schemas"]["ListOrganizationProjectsResponseProjectTeams"];
            status?: string;
            organization?: Record<string, unknown>;
        };
        GetReleaseResponse: components["schemas"]["ListReleasesResponseRelease"];
        GetTeamResponse: components["schemas"]["ListTeamsResponseTeam"];
        ListIssueEventsResponse: components["schemas"]["ListProjectEventsResponseItem"][];
        ListOrganizationIssuesResponse: components["schemas"]["ListOrganizationIssuesResponseIssue"][];
        ListOrganizationIssuesResponseIssue: {
            id?: string;
            shortId?: string;
            title?: string;
            culprit?: string;
            permalink?: string;
            level?: string;
            /** @enum {string} */
            status?: "resolved" | "unresolved" | "ignored";
            substatus?: string | null;
            statusDetails?: Record<string, unknown>;
            isPublic?: boolean;
            platform?: string;
            type?: string;
            metadata?: Record<string, unknown>;
            project?: {
                id?: string;
                name?: string;
                slug?: string;
            };
            assignedTo?: Record<string, unknown> | null;
            /** @description Number of events, as a string. */
            count?: string;
            userCount?: number;
            numComments?: number;
            isBookmarked?: boolean;
            isSubscribed?: boolean;
            hasSeen?: boolean;
            /** Format: date-time */
            firstSeen?: string;
            /** Format: date-time */
            lastSeen?: string;
        };
        ListOrganizationMembersResponse: {
            id?: string;
            email?: string;
            name?: string;
            role?: string;
            orgRole?: string;
            pending?: boolean;
            expired?: boolean;
            inviteStatus?: string;
            /** Format: date-time */
            dateCreated?: string;
            user?: Record<string, unknown> | null;
        }[];
        ListOrganizationProjectsResponse: components["schemas"]["ListOrganizationProjectsResponseProject"][];
        ListOrganizationProjectsResponseProject: {
            id?: string;
            slug?: string;
            name?: string;
            platform?: string | null;
            /** Format: date-time */
            dateCreated?: string;
            /** Format: date-time */
            firstEvent?: string | null;
            isBookmarked?: boolean;
            isMember?: boolean;
            hasAccess?: boolean;
            features?: string[];
            team?: Record<string, unknown> | null;
            teams?: components["schemas"]["ListOrganizationProjectsResponseProjectTeams"];
        };
        ListOrganizationProjectsResponseProjectTeams: {
            id?: string;
            slug?: string;
            name?: string;
        }[];
        ListOrganizationsResponse: components["schemas"]["ListOrganizationsResponseOrganization"][];
        ListOrganizationsResponseOrganization: {
            id?: string;
            slug?: string;
            name?: string;
            /** Format: date-time */
            dateCreated?: string;
            status?: {
                id?: string;
                name?: string;
            };
            isEarlyAdopter?: boolean;
            require2FA?: boolean;
            avatar?: Record<string, unknown>;
            features?: string[];
            links?: {
                organizationUrl?: string;
                regionUrl?: string;
            };
        };
        ListProjectEventsResponse: components["schemas"]["ListProjectEventsResponseItem"][];
        ListProjectEventsResponseItem: {
            id?: string;
            eventID?: string;
            groupID?: string;
            projectID?: string;
            title?: string;
            message?: string;
            culprit?: string;
            location?: string | null;
            platform?: string;
            /** @description Kind of event, e.g. error or default. */
            "event.type"?: string;
            /** Format: date-time */
            dateCreated?: string;
            user?: Record<string, unknown> | null;
            tags?: {
                key?: string;
                value?: string;
            }[];
        };
        ListProjectIssuesResponse: components["schemas"]["ListOrganizationIssuesResponseIssue"][];
        ListReleasesResponse: components["schemas"]["ListReleasesResponseRelease"][];
        ListReleasesResponseRelease: {
            id?: number;
            version?: string;
            shortVersion?: string;
            ref?: string | null;
            url?: string | null;
            /** Format: date-time */
            dateCreated?: string;
            /** Format: date-time */
            dateReleased?: string | null;
            /** @description Issues first seen in this release. */
            newGroups?: number;
            commitCount?: number;
            deployCount?: number;
            lastDeploy?: Record<string, unknown> | null;
            lastCommit?: Record<string, unknown> | null;
            authors?: Record<string, unknown>[];
            projects?: {
                id?: number;
                slug?: string;
                name?: string;
                platform?: string | null;
            }[];
            /** Format: date-time */
            firstEvent?: string | null;
            /** Format: date-time */
            lastEvent?: string | null;
        };
        ListTeamsResponse: components["schemas"]["ListTeamsResponseTeam"][];
        ListTeamsResponseTeam: {
            id?: string;
            slug?: string;
            name?: string;
            /** Format: date-time */
            dateCreated?: string;
            isMember?: boolean;
            teamRole?: string | null;
            hasAccess?: boolean;
            isPending?: boolean;
            memberCount?: number;
            avatar?: Record<string, unknown>;
            projects?: Record<string, unknown>[];
        };
        UpdateIssueRequest: {
            /** @enum {string} */
            status?: "resolved" | "resolvedInNextRelease" | "unresolved" | "ignored";
            /** @enum {string} */
            substatus?: "archived_until_escalating" | "archived_until_condition_met" | "archived_forever" | "escalating" | "ongoing" | "regressed" | "new";
            /** @description How a resolve or ignore applies. */
            statusDetails?: {
                /** @description Resolved in this release version. */
                inRelease?: string;
                inNextRelease?: boolean;
                /** @description Resolved by this commit of a linked repository. */
                inCommit?: {
                    commit?: string;
                    repository?: string;
                };
                /** @description Minutes to ignore the issue. */
                ignoreDuration?: number;
                /** @description Ignore until it happens this many more times. */
                ignoreCount?: number;
                ignoreWindow?: number;
                ignoreUserCount?: number;
                ignoreUserWindow?: number;
            };
            /** @description Actor to assign, e.g. a username, user:123 or team:7; empty to unassign. */
            assignedTo?: string;
            hasSeen?: boolean;
            isBookmarked?: boolean;
            isSubscribed?: boolean;
            isPublic?: boolean;
        };
        UpdateIssueResponse: components["schemas"]["ListOrganizationIssuesResponseIssue"];
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
        /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrganizations: {
        parameters: {
            query?: {
                /** @description Only organizations the user owns. */
                owner?: boolean;
                /** @description Filter by name or slug. */
                query?: string;
                /** @description Sort by member or project count. */
                sortBy?: "members" | "projects";
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /** @description 0 leaves out the project and team details. */
                detailed?: "0" | "1";
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
    listOrganizationIssues: {
        parameters: {
            query?: {
                /** @description Sentry search query; send it empty to match every issue. */
                query?: string;
                /** @description Only issues of these project ids (repeat the parameter). */
                project?: number[];
                /** @description Only issues seen in these environments. */
                environment?: string[];
                /** @description Time window such as 24h or 14d; an empty value turns it off. */
                statsPeriod?: string;
                /** @description Start of an absolute window. */
                start?: string;
                /** @description End of an absolute window. */
                end?: string;
                /** @description Order of the issues. */
                sort?: "date" | "freq" | "inbox" | "new" | "trends" | "user";
                /** @description Treat the query as a short id and jump straight to it. */
                shortIdLookup?: boolean;
                /** @description Issues per page. */
                limit?: number;
                /** @description Paging cursor from the Link header. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
                    "application/json": components["schemas"]["ListOrganizationIssuesResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Numeric id of the issue (not its short id such as PROJ-1A). */
                issue_id: string;
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
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Numeric id of the issue (not its short id such as PROJ-1A). */
                issue_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "resolved"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIssueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIssueResponse"];
                };
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
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Numeric id of the issue (not its short id such as PROJ-1A). */
                issue_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
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
    listIssueEvents: {
        parameters: {
            query?: {
                /** @description Include the full event body with stack traces. */
                full?: boolean;
                /** @description Return a random sample instead of the newest events. */
                sample?: boolean;
                /** @description Search query over the events. */
                query?: string;
                environment?: string[];
                /** @description Time window such as 24h or 14d. */
                statsPeriod?: string;
                start?: string;
                end?: string;
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Numeric id of the issue (not its short id such as PROJ-1A). */
                issue_id: string;
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
                    "application/json": components["schemas"]["ListIssueEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationMembers: {
        parameters: {
            query?: {
                /** @description Filter such as email:jane@example.com or role:admin. */
                query?: string;
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
                    "application/json": components["schemas"]["ListOrganizationMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationProjects: {
        parameters: {
            query?: {
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
                    "application/json": components["schemas"]["ListOrganizationProjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listReleases: {
        parameters: {
            query?: {
                /** @description Only releases whose version starts with this text. */
                query?: string;
                /** @description Only releases of these project ids. */
                project?: number[];
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
                    "application/json": components["schemas"]["ListReleasesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": "1.0.0",
                 *       "projects": [
                 *         "project-slug"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateReleaseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateReleaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRelease: {
        parameters: {
            query?: {
                /** @description Limit the stats to this project. */
                project_id?: string;
                /** @description Include release-health data. */
                health?: boolean;
                /** @description Include adoption stages. */
                adoptionStages?: boolean;
                summaryStatsPeriod?: "1h" | "24h" | "1d" | "48h" | "2d" | "7d" | "14d" | "30d" | "90d";
                healthStatsPeriod?: "24h" | "14d" | "";
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Version string of the release, URL-encoded. */
                version: string;
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
                    "application/json": components["schemas"]["GetReleaseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Version string of the release, URL-encoded. */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "environment": "production"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeployRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description 0 leaves out the projects of each team. */
                detailed?: "0" | "1";
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
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
                    "application/json": components["schemas"]["ListTeamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Team",
                 *       "slug": "new-team"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamResponse"];
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
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Slug of the project. */
                project_slug: string;
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
    listProjectEvents: {
        parameters: {
            query?: {
                /** @description Include the full event body with stack traces. */
                full?: boolean;
                /** @description Return a random sample instead of the newest events. */
                sample?: boolean;
                /** @description Time window such as 24h or 14d. */
                statsPeriod?: string;
                start?: string;
                end?: string;
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Slug of the project. */
                project_slug: string;
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
                    "application/json": components["schemas"]["ListProjectEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProjectIssues: {
        parameters: {
            query?: {
                /** @description Sentry search query. */
                query?: string;
                /** @description Window of the event-count stats returned with each issue. */
                statsPeriod?: "24h" | "14d" | "";
                /** @description Treat the query as a short id. */
                shortIdLookup?: boolean;
                /** @description Only issues with these event hashes. */
                hashes?: string;
                /** @description Paging cursor from the Link header. */
                cursor?: string;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Slug of the project. */
                project_slug: string;
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
                    "application/json": components["schemas"]["ListProjectIssuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeam: {
        parameters: {
            query?: {
                /** @description Extra data to include, e.g. projects. */
                expand?: string;
                /** @description Data to leave out, e.g. organization. */
                collapse?: string;
            };
            header?: {
                /** @description Id of the Sentry connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug of the organization. */
                organization_slug: string;
                /** @description Slug of the team. */
                team_slug: string;
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
                    "application/json": components["schemas"]["GetTeamResponse"];
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
