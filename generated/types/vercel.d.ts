// Generated from providers/vercel.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v10/projects/{projectId}/env": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's environment variables with their targets and types. */
        get: operations["listProjectEnv"];
        put?: never;
        /** Add one or more environment variables to a project (or overwrite them with upsert=true). */
        post: operations["createProjectEnv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v12/deployments/{deploymentId}/cancel": {
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
        /** Stop a deployment that is queued or building. */
        patch: operations["cancelDeployment"];
        trace?: never;
    };
    "/v13/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one deployment with its state, aliases, Git source and creator. */
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams the account belongs to. */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the account the token belongs to. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/deployments/{deploymentId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a deployment's build log as a list of events, or stream it live with follow=1. */
        get: operations["getDeploymentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the domains registered to or added by the account. */
        get: operations["listDomains"];
        put?: never;
        /** Add an external domain to the account, or move one in from another account. */
        post: operations["addDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one domain with its name servers and verification state. */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v6/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployments newest first, filtered by project, target, state, branch or commit. */
        get: operations["listDeployments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v6/domains/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain from the account, with its aliases and DNS records. */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v8/artifacts/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether remote caching (Turborepo artifacts) is enabled for the account or team. */
        get: operations["getArtifactsStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v9/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects, optionally searched by name or filtered by linked repository. */
        get: operations["listProjects"];
        put?: never;
        /** Create a project, optionally connected to a Git repository and with initial variables. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v9/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one project by id or name. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /** Delete a project with all its deployments and domains. */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Change a project's name, framework preset, build settings or root directory. */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v9/projects/{projectId}/env/{envId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an environment variable from a project. */
        delete: operations["deleteProjectEnv"];
        options?: never;
        head?: never;
        /** Change an environment variable's value, key, type, targets or branch. */
        patch: operations["updateProjectEnv"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddDomainRequest: {
            /** @description The domain, e.g. example.com. */
            name: string;
            /**
             * @description How the domain joins the account.
             * @default add
             * @enum {string}
             */
            method?: "add" | "move-in" | "transfer-in";
            cdnEnabled?: boolean;
            zone?: boolean;
            /** @description Verification token for move-in. */
            token?: string;
            /** @description Transfer code for transfer-in. */
            authCode?: string;
        };
        AddDomainResponse: {
            domain?: components["schemas"]["ListDomainsResponseDomain"];
        };
        CancelDeploymentResponse: components["schemas"]["GetDeploymentResponse"];
        CreateProjectEnvRequest: components["schemas"]["CreateProjectEnvRequestEnvInput"] | components["schemas"]["CreateProjectEnvRequestEnvInput"][];
        CreateProjectEnvRequestEnvInput: {
            key: string;
            value: string;
            /**
             * @description sensitive values can never be read back.
             * @enum {string}
             */
            type: "system" | "secret" | "encrypted" | "plain" | "sensitive";
            target?: ("production" | "preview" | "development")[];
            /** @description Limit a preview variable to one branch. */
            gitBranch?: string;
            comment?: string;
            customEnvironmentIds?: string[];
        };
        CreateProjectEnvResponse: {
            created?: components["schemas"]["ListProjectEnvResponseEnv"] | components["schemas"]["ListProjectEnvResponseEnv"][];
            failed?: {
                error?: {
                    code?: string;
                    message?: string;
                    key?: string;
                };
            }[];
        };
        CreateProjectRequest: {
            /** @description Lower-case project name. */
            name: string;
            /** @description Framework preset such as nextjs, vite or astro. */
            framework?: string | null;
            gitRepository?: {
                /** @enum {string} */
                type: "github" | "gitlab" | "bitbucket";
                /** @description owner/name of the repository. */
                repo: string;
            };
            buildCommand?: string | null;
            devCommand?: string | null;
            installCommand?: string | null;
            outputDirectory?: string | null;
            rootDirectory?: string | null;
            publicSource?: boolean | null;
            serverlessFunctionRegion?: string | null;
            environmentVariables?: {
                key: string;
                value: string;
                target: ("production" | "preview" | "development") | ("production" | "preview" | "development")[];
                /** @enum {string} */
                type?: "system" | "secret" | "encrypted" | "plain" | "sensitive";
                gitBranch?: string;
            }[];
        };
        CreateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        DeleteDomainResponse: {
            uid?: string;
        };
        DeleteProjectEnvResponse: components["schemas"]["ListProjectEnvResponseEnv"] | components["schemas"]["ListProjectEnvResponseEnv"][];
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
        GetArtifactsStatusResponse: {
            /** @enum {string} */
            status?: "disabled" | "enabled" | "over_limit" | "paused";
        };
        GetCurrentUserResponse: {
            user?: {
                id?: string;
                email?: string;
                name?: string | null;
                username?: string;
                avatar?: string | null;
                defaultTeamId?: string | null;
                createdAt?: number;
            };
        };
        GetDeploymentEventsResponse: {
            /** @description stdout, stderr, command, exit and similar. */
            type?: string;
            created?: number;
            payload?: {
                id?: string;
                date?: number;
                text?: string;
                deploymentId?: string;
                serial?: string;
            };
        }[];
        GetDeploymentResponse: {
            id?: string;
            name?: string;
            url?: string;
            /** @enum {string} */
            readyState?: "QUEUED" | "BUILDING" | "ERROR" | "INITIALIZING" | "READY" | "CANCELED";
            status?: string;
            type?: string;
            target?: string | null;
            projectId?: string;
            alias?: string[];
            aliasAssigned?: boolean | number | null;
            regions?: string[];
            creator?: {
                uid?: string;
                username?: string;
            };
            gitSource?: Record<string, unknown>;
            meta?: {
                [key: string]: string;
            };
            inspectorUrl?: string | null;
            errorMessage?: string | null;
            createdAt?: number;
            buildingAt?: number;
            ready?: number;
        };
        GetDomainResponse: {
            domain?: components["schemas"]["ListDomainsResponseDomain"];
        };
        GetProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        ListDeploymentsResponse: {
            deployments?: {
                uid?: string;
                name?: string;
                url?: string;
                /** @enum {string} */
                state?: "BUILDING" | "ERROR" | "INITIALIZING" | "QUEUED" | "READY" | "CANCELED" | "DELETED";
                readyState?: string;
                type?: string;
                target?: string | null;
                source?: string;
                projectId?: string;
                creator?: {
                    uid?: string;
                    email?: string;
                    username?: string;
                };
                inspectorUrl?: string | null;
                meta?: {
                    [key: string]: string;
                };
                created?: number;
                createdAt?: number;
                buildingAt?: number;
                ready?: number;
            }[];
            pagination?: components["schemas"]["ListTeamsResponsePagination"];
        };
        ListDomainsResponse: {
            domains?: components["schemas"]["ListDomainsResponseDomain"][];
            pagination?: components["schemas"]["ListTeamsResponsePagination"];
        };
        ListDomainsResponseDomain: {
            id?: string;
            name?: string;
            /** @enum {string} */
            serviceType?: "zeit.world" | "external" | "na";
            verified?: boolean;
            nameservers?: string[];
            intendedNameservers?: string[];
            customNameservers?: string[];
            creator?: {
                id?: string;
                username?: string;
                email?: string;
            };
            teamId?: string | null;
            userId?: string;
            zone?: boolean;
            renew?: boolean;
            createdAt?: number;
            boughtAt?: number | null;
            expiresAt?: number | null;
            transferredAt?: number | null;
        };
        ListProjectEnvResponse: {
            envs?: components["schemas"]["ListProjectEnvResponseEnv"][];
            pagination?: components["schemas"]["ListTeamsResponsePagination"];
        };
        ListProjectEnvResponseEnv: {
            id?: string;
            key?: string;
            value?: string;
            /** @enum {string} */
            type?: "system" | "secret" | "encrypted" | "plain" | "sensitive";
            target?: string | string[];
            gitBranch?: string;
            comment?: string;
            decrypted?: boolean;
            configurationId?: string | null;
            createdAt?: number;
            updatedAt?: number;
        };
        ListProjectsResponse: {
            projects?: components["schemas"]["ListProjectsResponseProject"][];
            pagination?: components["schemas"]["ListTeamsResponsePagination"];
        };
        ListProjectsResponseProject: {
            id?: string;
            name?: string;
            accountId?: string;
            framework?: string | null;
            nodeVersion?: string;
            buildCommand?: string | null;
            devCommand?: string | null;
            installCommand?: string | null;
            outputDirectory?: string | null;
            rootDirectory?: string | null;
            publicSource?: boolean | null;
            serverlessFunctionRegion?: string | null;
            /** @description Connected Git repository. */
            link?: {
                /** @enum {string} */
                type?: "github" | "gitlab" | "bitbucket";
                repo?: string;
                org?: string;
                repoId?: number;
                productionBranch?: string;
            };
            latestDeployments?: Record<string, unknown>[];
            targets?: Record<string, unknown>;
            createdAt?: number;
            updatedAt?: number;
        };
        ListTeamsResponse: {
            teams?: {
                id?: string;
                slug?: string;
                name?: string | null;
                avatar?: string | null;
                createdAt?: number;
                membership?: {
                    role?: string;
                };
            }[];
            pagination?: components["schemas"]["ListTeamsResponsePagination"];
        };
        ListTeamsResponsePagination: {
            count?: number;
            next?: number | null;
            prev?: number | null;
        };
        UpdateProjectEnvRequest: {
            key?: string;
            value?: string;
            /** @enum {string} */
            type?: "system" | "secret" | "encrypted" | "plain" | "sensitive";
            target?: ("production" | "preview" | "development")[];
            gitBranch?: string | null;
            comment?: string;
            customEnvironmentIds?: string[];
        };
        UpdateProjectEnvResponse: components["schemas"]["ListProjectEnvResponseEnv"];
        UpdateProjectRequest: {
            name?: string;
            framework?: string | null;
            buildCommand?: string | null;
            devCommand?: string | null;
            installCommand?: string | null;
            outputDirectory?: string | null;
            rootDirectory?: string | null;
            nodeVersion?: string;
            publicSource?: boolean | null;
            serverlessFunctionRegion?: string | null;
            autoExposeSystemEnvs?: boolean;
        };
        UpdateProjectResponse: components["schemas"]["ListProjectsResponseProject"];
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
        /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProjectEnv: {
        parameters: {
            query?: {
                /** @description Only variables that apply to this preview branch. */
                gitBranch?: string;
                /** @description Return decrypted values (deprecated by Vercel). */
                decrypt?: "true" | "false";
                /** @description Label of the caller, for Vercel's own bookkeeping. */
                source?: string;
                customEnvironmentId?: string;
                customEnvironmentSlug?: string;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
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
                    "application/json": components["schemas"]["ListProjectEnvResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProjectEnv: {
        parameters: {
            query?: {
                /** @description Replace a variable of the same key and target instead of failing. */
                upsert?: "true";
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "API_KEY",
                 *       "value": "secret-value",
                 *       "type": "encrypted",
                 *       "target": [
                 *         "production",
                 *         "preview"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectEnvRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectEnvResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelDeployment: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Deployment id (dpl_…) or the deployment's URL host. */
                deploymentId: string;
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
                    "application/json": components["schemas"]["CancelDeploymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDeployment: {
        parameters: {
            query?: {
                /** @description Include details of the Git repository. */
                withGitRepoInfo?: "true" | "false";
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Deployment id (dpl_…) or the deployment's URL host. */
                deploymentId: string;
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
                    "application/json": components["schemas"]["GetDeploymentResponse"];
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
                /** @description Teams per page. */
                limit?: number;
                /** @description Only teams created after this time (ms). */
                since?: number;
                /** @description Only teams created before this time (ms); the paging cursor. */
                until?: number;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
    getDeploymentEvents: {
        parameters: {
            query?: {
                /** @description Order of the events. */
                direction?: "backward" | "forward";
                /** @description 1 keeps the connection open and streams new events. */
                follow?: 0 | 1;
                /** @description Most events to return; -1 for all. */
                limit?: number;
                /** @description Only events after this time (ms). */
                since?: number;
                /** @description Only events before this time (ms). */
                until?: number;
                builds?: 0 | 1;
                /** @description Only runtime events with this status, e.g. 5xx. */
                statusCode?: string;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Deployment id (dpl_…) or the deployment's URL host. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON array of events; with follow=1 a stream of JSON objects, one per line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDeploymentEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Domains per page. */
                limit?: number;
                /** @description Only domains created after this time (ms). */
                since?: number;
                /** @description Only domains created before this time (ms); the paging cursor. */
                until?: number;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDomainsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addDomain: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example.com"
                 *     }
                 */
                "application/json": components["schemas"]["AddDomainRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDomain: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Domain name, e.g. example.com. */
                domain: string;
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
                    "application/json": components["schemas"]["GetDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                /** @description Only deployments of this project. */
                projectId?: string;
                /** @description Only deployments of the project with this name. */
                app?: string;
                /** @description Only deployments for this environment. */
                target?: "production" | "preview";
                /** @description Comma-separated states, e.g. READY,ERROR. */
                state?: string;
                /** @description Only deployments of this Git branch. */
                branch?: string;
                /** @description Only deployments of this commit. */
                sha?: string;
                /** @description Only deployments created by these user ids (comma-separated). */
                users?: string;
                /** @description Only deployments created after this time (ms). */
                from?: number;
                /** @description Only deployments created before this time (ms). */
                to?: number;
                /** @description Cursor for the previous page (ms). */
                since?: number;
                /** @description Cursor for the next page (ms). */
                until?: number;
                /** @description Deployments per page. */
                limit?: number;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDeploymentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDomain: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Domain name, e.g. example.com. */
                domain: string;
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
                    "application/json": components["schemas"]["DeleteDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getArtifactsStatus: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetArtifactsStatusResponse"];
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
                /** @description Projects per page. */
                limit?: number;
                /** @description Continuation cursor (pagination.next of the previous page). */
                from?: string;
                /** @description Cursor name given by the reference page; Vercel documents from for this endpoint. */
                until?: string;
                /** @description Only projects whose name contains this text (max 100 characters). */
                search?: string;
                /** @description Only projects linked to this repository. */
                repo?: string;
                repoId?: string;
                repoUrl?: string;
                /** @description Leave out projects linked to these repositories (comma-separated). */
                excludeRepos?: string;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my-project",
                 *       "framework": "nextjs",
                 *       "gitRepository": {
                 *         "type": "github",
                 *         "repo": "username/repo"
                 *       }
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
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
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
    deleteProject: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
                projectId: string;
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
    updateProject: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "updated-name"
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
    deleteProjectEnv: {
        parameters: {
            query?: {
                customEnvironmentId?: string;
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
                projectId: string;
                /** @description Id of the environment variable. */
                envId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable that was removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteProjectEnvResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProjectEnv: {
        parameters: {
            query?: {
                /** @description Act on this team instead of the personal account. */
                teamId?: string;
                /** @description Team slug; an alternative to teamId. */
                slug?: string;
            };
            header?: {
                /** @description Id of the Vercel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Project id (prj_…) or project name. */
                projectId: string;
                /** @description Id of the environment variable (from the list). */
                envId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": "new-value"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProjectEnvRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectEnvResponse"];
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
