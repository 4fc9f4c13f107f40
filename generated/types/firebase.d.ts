// Generated from providers/firebase.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1beta1/availableProjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Google Cloud projects the user could add Firebase to. */
        get: operations["listAvailableProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/operations/{operationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Poll a long-running operation until it is done and read its result or error. */
        get: operations["getOperation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Firebase projects the user can reach. */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one Firebase project and its default resources. */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a Firebase project or change its annotations. */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/adminSdkConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the settings a server needs to initialise the Firebase Admin SDK for the project. */
        get: operations["getAdminSdkConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/androidApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Android apps of a Firebase project. */
        get: operations["listAndroidApps"];
        put?: never;
        /** Register a new Android app in a project by package name (runs as an operation). */
        post: operations["createAndroidApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/androidApps/{appId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the app's google-services.json configuration file. */
        get: operations["getAndroidAppConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/iosApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the iOS apps of a Firebase project. */
        get: operations["listIosApps"];
        put?: never;
        /** Register a new iOS app in a project by bundle id (runs as an operation). */
        post: operations["createIosApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/iosApps/{appId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the app's GoogleService-Info.plist configuration file. */
        get: operations["getIosAppConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/webApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the web apps of a Firebase project. */
        get: operations["listWebApps"];
        put?: never;
        /** Register a new web app in a project (runs as an operation). */
        post: operations["createWebApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/webApps/{appId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one web app. */
        get: operations["getWebApp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}/webApps/{appId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the firebaseConfig values a web page needs to initialise Firebase. */
        get: operations["getWebAppConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1beta1/projects/{projectId}:addFirebase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an existing Google Cloud project into a Firebase project (runs as an operation). */
        post: operations["addFirebase"];
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
        AddFirebaseRequest: {
            /** @description Deprecated default resource location. */
            locationId?: string;
        };
        AddFirebaseResponse: {
            /** @description Operation name to poll, operations/…. */
            name?: string;
            done?: boolean;
            metadata?: Record<string, unknown>;
            error?: {
                code?: number;
                message?: string;
                details?: Record<string, unknown>[];
            };
            /** @description The created resource once done. */
            response?: Record<string, unknown>;
        };
        CreateAndroidAppRequest: {
            displayName?: string;
            /** @description Android package name, e.g. com.example.myapp; cannot change later. */
            packageName: string;
            sha1Hashes?: string[];
            sha256Hashes?: string[];
            apiKeyId?: string;
        };
        CreateAndroidAppResponse: components["schemas"]["AddFirebaseResponse"];
        CreateIosAppRequest: {
            displayName?: string;
            /** @description iOS bundle id, e.g. com.example.myapp; cannot change later. */
            bundleId: string;
            appStoreId?: string;
            /** @description Apple developer team id. */
            teamId?: string;
            apiKeyId?: string;
        };
        CreateIosAppResponse: components["schemas"]["AddFirebaseResponse"];
        CreateWebAppRequest: {
            displayName?: string;
            appUrls?: string[];
            /** @description Existing API key to use; one is found or made when left out. */
            apiKeyId?: string;
        };
        CreateWebAppResponse: components["schemas"]["AddFirebaseResponse"];
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
        GetAdminSdkConfigResponse: {
            projectId?: string;
            databaseURL?: string;
            storageBucket?: string;
            locationId?: string;
        };
        GetAndroidAppConfigResponse: {
            configFilename?: string;
            /** @description The file's contents, base64-encoded. */
            configFileContents?: string;
        };
        GetIosAppConfigResponse: components["schemas"]["GetAndroidAppConfigResponse"];
        GetOperationResponse: components["schemas"]["AddFirebaseResponse"];
        GetProjectResponse: components["schemas"]["ListProjectsResponseProject"];
        GetWebAppConfigResponse: {
            projectId?: string;
            appId?: string;
            apiKey?: string;
            authDomain?: string;
            databaseURL?: string;
            storageBucket?: string;
            messagingSenderId?: string;
            measurementId?: string;
            locationId?: string;
            projectNumber?: string;
        };
        GetWebAppResponse: components["schemas"]["ListWebAppsResponseWebApp"];
        ListAndroidAppsResponse: {
            apps?: {
                name?: string;
                appId?: string;
                displayName?: string;
                projectId?: string;
                packageName?: string;
                apiKeyId?: string;
                sha1Hashes?: string[];
                sha256Hashes?: string[];
                /** @enum {string} */
                state?: "STATE_UNSPECIFIED" | "ACTIVE" | "DELETED";
                /** Format: date-time */
                expireTime?: string;
                etag?: string;
            }[];
            nextPageToken?: string;
        };
        ListAvailableProjectsResponse: {
            projectInfo?: {
                project?: string;
                displayName?: string;
                locationId?: string;
            }[];
            nextPageToken?: string;
        };
        ListIosAppsResponse: {
            apps?: {
                name?: string;
                appId?: string;
                displayName?: string;
                projectId?: string;
                bundleId?: string;
                appStoreId?: string;
                teamId?: string;
                apiKeyId?: string;
                /** @enum {string} */
                state?: "STATE_UNSPECIFIED" | "ACTIVE" | "DELETED";
                /** Format: date-time */
                expireTime?: string;
                etag?: string;
            }[];
            nextPageToken?: string;
        };
        ListProjectsResponse: {
            results?: components["schemas"]["ListProjectsResponseProject"][];
            nextPageToken?: string;
        };
        ListProjectsResponseProject: {
            /** @description Resource name, projects/{projectNumber}. */
            name?: string;
            projectId?: string;
            projectNumber?: string;
            displayName?: string;
            /** @enum {string} */
            state?: "STATE_UNSPECIFIED" | "ACTIVE" | "DELETED";
            resources?: {
                hostingSite?: string;
                realtimeDatabaseInstance?: string;
                storageBucket?: string;
                locationId?: string;
            };
            annotations?: {
                [key: string]: string;
            };
            etag?: string;
        };
        ListWebAppsResponse: {
            apps?: components["schemas"]["ListWebAppsResponseWebApp"][];
            nextPageToken?: string;
        };
        ListWebAppsResponseWebApp: {
            name?: string;
            appId?: string;
            displayName?: string;
            projectId?: string;
            appUrls?: string[];
            webId?: string;
            apiKeyId?: string;
            /** @enum {string} */
            state?: "STATE_UNSPECIFIED" | "ACTIVE" | "DELETED";
            /** Format: date-time */
            expireTime?: string;
            etag?: string;
        };
        UpdateProjectRequest: {
            displayName?: string;
            annotations?: {
                [key: string]: string;
            };
            etag?: string;
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
        /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAvailableProjects: {
        parameters: {
            query?: {
                /** @description Projects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAvailableProjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOperation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Everything after operations/ in the operation name (may contain slashes, e.g. workflows/abc). */
                operationId: string;
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
                    "application/json": components["schemas"]["GetOperationResponse"];
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
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include projects marked for deletion. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
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
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
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
            query?: {
                /** @description Comma-separated fields to change, e.g. displayName; every settable field when left out. */
                updateMask?: string;
                /** @description Check the request without applying it. */
                validateOnly?: boolean;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Updated Project Name"
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
    getAdminSdkConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
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
                    "application/json": components["schemas"]["GetAdminSdkConfigResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAndroidApps: {
        parameters: {
            query?: {
                /** @description Apps per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include removed apps. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
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
                    "application/json": components["schemas"]["ListAndroidAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAndroidApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "My Android App",
                 *       "packageName": "com.example.myapp"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAndroidAppRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAndroidAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAndroidAppConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
                /**
                 * @description Firebase app id.
                 * @example 1:1234567890:web:abc123
                 */
                appId: string;
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
                    "application/json": components["schemas"]["GetAndroidAppConfigResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIosApps: {
        parameters: {
            query?: {
                /** @description Apps per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include removed apps. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
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
                    "application/json": components["schemas"]["ListIosAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createIosApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "My iOS App",
                 *       "bundleId": "com.example.myapp"
                 *     }
                 */
                "application/json": components["schemas"]["CreateIosAppRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIosAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getIosAppConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
                /**
                 * @description Firebase app id.
                 * @example 1:1234567890:web:abc123
                 */
                appId: string;
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
                    "application/json": components["schemas"]["GetIosAppConfigResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebApps: {
        parameters: {
            query?: {
                /** @description Apps per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
                /** @description Include removed apps. */
                showDeleted?: boolean;
            };
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
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
                    "application/json": components["schemas"]["ListWebAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "My Web App"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebAppRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
                /**
                 * @description Firebase app id.
                 * @example 1:1234567890:web:abc123
                 */
                appId: string;
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
                    "application/json": components["schemas"]["GetWebAppResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebAppConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
                /**
                 * @description Firebase app id.
                 * @example 1:1234567890:web:abc123
                 */
                appId: string;
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
                    "application/json": components["schemas"]["GetWebAppConfigResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addFirebase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firebase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id or number of the Firebase project.
                 * @example my-project
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["AddFirebaseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddFirebaseResponse"];
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
