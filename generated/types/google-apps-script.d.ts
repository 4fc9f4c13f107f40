// Generated from providers/google-apps-script.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent script runs started by or for the user, across scripts. */
        get: operations["listProcesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/processes:listScriptProcesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent runs of one script. */
        get: operations["listScriptProcesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an empty script project with only a default manifest, standalone or bound to a Drive file. */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a script project's title, owner and timestamps. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the source files of a project, at HEAD or at a given version. */
        get: operations["getProjectContent"];
        /** Replace all source files of a project with the files sent. */
        put: operations["updateProjectContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the deployments of a project. */
        get: operations["listDeployments"];
        put?: never;
        /** Deploy a version of the project. */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one deployment with its entry points. */
        get: operations["getDeployment"];
        /** Point a deployment at another version or change its description. */
        put: operations["updateDeployment"];
        post?: never;
        /** Delete a deployment. */
        delete: operations["deleteDeployment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read execution counts, failure counts and active users of a script over time. */
        get: operations["getProjectMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the versions of a project. */
        get: operations["listVersions"];
        put?: never;
        /** Snapshot the current code as a new immutable version. */
        post: operations["createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{scriptId}/versions/{versionNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one version of a project. */
        get: operations["getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scripts/{scriptId}:run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call a top-level function of a script deployed as an API Executable and get its return value. */
        post: operations["runScript"];
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
        CreateDeploymentRequest: {
            versionNumber: number;
            /** @description Manifest file to use (appsscript by default). */
            manifestFileName?: string;
            description?: string;
            scriptId?: string;
        };
        CreateDeploymentResponse: {
            deploymentId?: string;
            deploymentConfig?: {
                scriptId?: string;
                versionNumber?: number;
                manifestFileName?: string;
                description?: string;
            };
            /** Format: date-time */
            updateTime?: string;
            entryPoints?: {
                /** @enum {string} */
                entryPointType?: "ENTRY_POINT_TYPE_UNSPECIFIED" | "WEB_APP" | "EXECUTION_API" | "ADD_ON";
                webApp?: {
                    url?: string;
                };
                executionApi?: Record<string, unknown>;
                addOn?: Record<string, unknown>;
            }[];
        };
        CreateProjectRequest: {
            title?: string;
            /** @description Drive id of a Doc, Sheet, Form or Slides file to bind the script to; leave out for a standalone script. */
            parentId?: string;
        };
        CreateProjectResponse: {
            scriptId?: string;
            title?: string;
            parentId?: string;
            /** Format: date-time */
            createTime?: string;
            /** Format: date-time */
            updateTime?: string;
            creator?: components["schemas"]["CreateProjectResponseCreator"];
            lastModifyUser?: components["schemas"]["CreateProjectResponseCreator"];
        };
        CreateProjectResponseCreator: {
            email?: string;
            name?: string;
            domain?: string;
        };
        CreateVersionRequest: {
            description?: string;
        };
        CreateVersionResponse: {
            scriptId?: string;
            versionNumber?: number;
            description?: string;
            /** Format: date-time */
            createTime?: string;
        };
        /** @description Google's Empty message: no fields. */
        DeleteDeploymentResponse: Record<string, unknown>;
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
        GetDeploymentResponse: components["schemas"]["CreateDeploymentResponse"];
        GetProjectContentResponse: {
            scriptId?: string;
            files?: {
                name?: string;
                /** @enum {string} */
                type?: "SERVER_JS" | "HTML" | "JSON";
                source?: string;
                lastModifyUser?: components["schemas"]["CreateProjectResponseCreator"];
                createTime?: string;
                updateTime?: string;
                functionSet?: {
                    values?: {
                        name?: string;
                    }[];
                };
            }[];
        };
        GetProjectMetricsResponse: {
            activeUsers?: components["schemas"]["GetProjectMetricsResponseActiveUsers"];
            totalExecutions?: components["schemas"]["GetProjectMetricsResponseActiveUsers"];
            failedExecutions?: components["schemas"]["GetProjectMetricsResponseActiveUsers"];
        };
        GetProjectMetricsResponseActiveUsers: {
            value?: string;
            startTime?: string;
            endTime?: string;
        }[];
        GetProjectResponse: components["schemas"]["CreateProjectResponse"];
        GetVersionResponse: components["schemas"]["CreateVersionResponse"];
        ListDeploymentsResponse: {
            deployments?: components["schemas"]["CreateDeploymentResponse"][];
            nextPageToken?: string;
        };
        ListProcessesResponse: {
            processes?: {
                projectName?: string;
                functionName?: string;
                processType?: string;
                processStatus?: string;
                userAccessLevel?: string;
                /** Format: date-time */
                startTime?: string;
                /** @description Run time as seconds with an s suffix, e.g. 1.5s. */
                duration?: string;
            }[];
            nextPageToken?: string;
        };
        ListScriptProcessesResponse: components["schemas"]["ListProcessesResponse"];
        ListVersionsResponse: {
            versions?: components["schemas"]["CreateVersionResponse"][];
            nextPageToken?: string;
        };
        RunScriptRequest: {
            /** @description Name of the function to call. */
            function: string;
            /** @description Arguments passed in order; only primitives, arrays and plain objects. */
            parameters?: unknown[];
            /**
             * @description Run the latest saved code instead of the deployed version (owner only).
             * @default false
             */
            devMode?: boolean;
        };
        RunScriptResponse: {
            done?: boolean;
            response?: {
                "@type"?: string;
                /** @description The function's return value. */
                result?: unknown;
            };
            error?: {
                code?: number;
                message?: string;
                details?: {
                    errorMessage?: string;
                    errorType?: string;
                    scriptStackTraceElements?: {
                        function?: string;
                        lineNumber?: number;
                    }[];
                }[];
            };
        };
        UpdateDeploymentRequest: {
            deploymentConfig: components["schemas"]["CreateDeploymentRequest"];
        };
        UpdateDeploymentResponse: components["schemas"]["CreateDeploymentResponse"];
        UpdateProjectContentRequest: {
            /** @description The complete new file set; the manifest (name appsscript, type JSON) must be among them. */
            files: {
                /** @description File name without extension. */
                name: string;
                /**
                 * @description SERVER_JS for code, HTML for HTML files, JSON for the manifest only.
                 * @enum {string}
                 */
                type: "SERVER_JS" | "HTML" | "JSON";
                source: string;
            }[];
        };
        UpdateProjectContentResponse: components["schemas"]["GetProjectContentResponse"];
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
        /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProcesses: {
        parameters: {
            query?: {
                /** @description Processes per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Only runs of this script. */
                "userProcessFilter.scriptId"?: string;
                /** @description Only runs of this deployment. */
                "userProcessFilter.deploymentId"?: string;
                /** @description Only runs of projects with this name. */
                "userProcessFilter.projectName"?: string;
                /** @description Only runs of this function. */
                "userProcessFilter.functionName"?: string;
                /** @description Only runs started at or after this time. */
                "userProcessFilter.startTime"?: string;
                /** @description Only runs finished at or before this time. */
                "userProcessFilter.endTime"?: string;
                /** @description Only runs of these kinds. */
                "userProcessFilter.types"?: ("ADD_ON" | "EXECUTION_API" | "TIME_DRIVEN" | "TRIGGER" | "WEBAPP" | "EDITOR" | "SIMPLE_TRIGGER" | "MENU" | "BATCH_TASK")[];
                /** @description Only runs in these states. */
                "userProcessFilter.statuses"?: ("RUNNING" | "PAUSED" | "COMPLETED" | "CANCELED" | "FAILED" | "TIMED_OUT" | "UNKNOWN" | "DELAYED" | "EXECUTION_DISABLED")[];
                /** @description Only runs of scripts on which the user has these access levels. */
                "userProcessFilter.userAccessLevels"?: ("NONE" | "READ" | "WRITE" | "OWNER")[];
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProcessesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listScriptProcesses: {
        parameters: {
            query: {
                /** @description Script whose runs to list. */
                scriptId: string;
                /** @description Processes per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Only runs of this deployment. */
                "scriptProcessFilter.deploymentId"?: string;
                /** @description Only runs of this function. */
                "scriptProcessFilter.functionName"?: string;
                /** @description Only runs started at or after this time. */
                "scriptProcessFilter.startTime"?: string;
                /** @description Only runs finished at or before this time. */
                "scriptProcessFilter.endTime"?: string;
                /** @description Only runs of these kinds. */
                "scriptProcessFilter.types"?: ("ADD_ON" | "EXECUTION_API" | "TIME_DRIVEN" | "TRIGGER" | "WEBAPP" | "EDITOR" | "SIMPLE_TRIGGER" | "MENU" | "BATCH_TASK")[];
                /** @description Only runs in these states. */
                "scriptProcessFilter.statuses"?: ("RUNNING" | "PAUSED" | "COMPLETED" | "CANCELED" | "FAILED" | "TIMED_OUT" | "UNKNOWN" | "DELAYED" | "EXECUTION_DISABLED")[];
                /** @description Only runs of scripts on which the user has these access levels. */
                "scriptProcessFilter.userAccessLevels"?: ("NONE" | "READ" | "WRITE" | "OWNER")[];
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListScriptProcessesResponse"];
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
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "My Script"
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
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
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
    getProjectContent: {
        parameters: {
            query?: {
                /** @description Version to read (HEAD when unset). */
                versionNumber?: number;
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
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
                    "application/json": components["schemas"]["GetProjectContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateProjectContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "name": "appsscript",
                 *           "type": "JSON",
                 *           "source": "{\"timeZone\":\"America/New_York\",\"exceptionLogging\":\"CLOUD\"}"
                 *         },
                 *         {
                 *           "name": "Code",
                 *           "type": "SERVER_JS",
                 *           "source": "function main() {}"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProjectContentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectContentResponse"];
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
                /** @description Deployments per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
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
    createDeployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "versionNumber": 1,
                 *       "description": "Production"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDeploymentResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
                /** @description Id of the deployment. */
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
    updateDeployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
                /** @description Id of the deployment. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deploymentConfig": {
                 *         "scriptId": "1AbCdEfGhIjK",
                 *         "versionNumber": 2,
                 *         "description": "Updated"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDeploymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDeployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
                /** @description Id of the deployment. */
                deploymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An empty JSON object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteDeploymentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProjectMetrics: {
        parameters: {
            query: {
                /** @description Bucket size of the series. */
                metricsGranularity: "DAILY" | "WEEKLY";
                /** @description Only count runs of this deployment. */
                "metricsFilter.deploymentId"?: string;
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
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
                    "application/json": components["schemas"]["GetProjectMetricsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVersions: {
        parameters: {
            query?: {
                /** @description Versions per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
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
                    "application/json": components["schemas"]["ListVersionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "description": "v1.0"
                 *     }
                 */
                "application/json": components["schemas"]["CreateVersionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVersionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the script project (its Drive file id). */
                scriptId: string;
                /** @description Number of the version. */
                versionNumber: number;
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
                    "application/json": components["schemas"]["GetVersionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runScript: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Apps Script connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Script id, or the deployment id of the API Executable deployment to run. */
                scriptId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "function": "myFunction",
                 *       "parameters": [
                 *         "arg1"
                 *       ],
                 *       "devMode": false
                 *     }
                 */
                "application/json": components["schemas"]["RunScriptRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunScriptResponse"];
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
