// Generated from providers/supabase.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/auth/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's users a page at a time (service key required). */
        get: operations["listUsers"];
        put?: never;
        /** Create a user directly, optionally with the email or phone already confirmed. */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/v1/admin/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user with their identities and metadata. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /** Delete a user, or only mark them deleted with should_soft_delete. */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the project's Auth server is up and see its version. */
        get: operations["getAuthHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show which sign-in providers are enabled and whether sign-ups are open. */
        get: operations["getAuthSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the OpenAPI description PostgREST generates for the exposed tables, views and functions. */
        get: operations["getRestSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/v1/{table_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read rows of a table or view, with column selection, filters, ordering and paging.
         * @description Every other query parameter is a filter written column=operator.value, for example id=eq.5, status=in.(active,pending) or deleted_at=is.null; or=(…) and and=(…) combine filters.
         */
        get: operations["selectRows"];
        put?: never;
        /** Insert one row or an array of rows, or upsert them with a resolution preference. */
        post: operations["insertRows"];
        /** Delete every row matching the query filters. */
        delete: operations["deleteRows"];
        options?: never;
        head?: never;
        /** Update every row matching the query filters with the columns in the body. */
        patch: operations["updateRows"];
        trace?: never;
    };
    "/storage/v1/bucket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's Storage buckets. */
        get: operations["listBuckets"];
        put?: never;
        /** Create a bucket, public or private, with optional size and type limits. */
        post: operations["createBucket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage/v1/bucket/{bucket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one bucket's settings. */
        get: operations["getBucket"];
        put?: never;
        post?: never;
        /** Delete an empty bucket. */
        delete: operations["deleteBucket"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage/v1/object/list/{bucket_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the objects and folders under a prefix in a bucket. */
        post: operations["listObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage/v1/object/{bucket_id}/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file from a bucket. */
        get: operations["downloadObject"];
        put?: never;
        /** Upload a file to a path in a bucket, sending the raw bytes as the body. */
        post: operations["uploadObject"];
        /** Delete one file from a bucket. */
        delete: operations["deleteObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateBucketRequest: {
            /** @description Bucket id; the name is used when omitted. */
            id?: string;
            /** @description Unique within the project. */
            name: string;
            /**
             * @description Serve objects without a token.
             * @default false
             */
            public?: boolean;
            /** @description Largest upload allowed, in bytes or as text such as 50MB. */
            file_size_limit?: number | string | null;
            /** @description Accepted types, e.g. image/* or application/pdf. */
            allowed_mime_types?: string[] | null;
        };
        CreateBucketResponse: {
            name?: string;
        };
        CreateUserRequest: {
            /** Format: email */
            email?: string;
            phone?: string;
            password?: string;
            /** @description Mark the email as confirmed so no confirmation mail is sent. */
            email_confirm?: boolean;
            phone_confirm?: boolean;
            /** @description Data the user may change. */
            user_metadata?: Record<string, unknown>;
            /** @description Data only service calls may change. */
            app_metadata?: Record<string, unknown>;
            role?: string;
            /** @description How long the user is banned, e.g. 24h, or none. */
            ban_duration?: string;
        };
        CreateUserResponse: components["schemas"]["ListUsersResponseUser"];
        DeleteBucketResponse: {
            message?: string;
        };
        DeleteObjectResponse: {
            message?: string;
        };
        DeleteUserRequest: {
            /** @description Keep the row but mark the user deleted. */
            should_soft_delete?: boolean;
        };
        DeleteUserResponse: Record<string, unknown>;
        /** Format: binary */
        DownloadObjectResponse: string;
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
        GetAuthHealthResponse: {
            version?: string;
            name?: string;
            description?: string;
        };
        GetAuthSettingsResponse: {
            /** @description Enabled state per provider (email, phone, google, github …). */
            external?: {
                [key: string]: boolean;
            };
            disable_signup?: boolean;
            mailer_autoconfirm?: boolean;
            phone_autoconfirm?: boolean;
            sms_provider?: string;
            saml_enabled?: boolean;
        };
        GetBucketResponse: components["schemas"]["ListBucketsResponseItem"];
        GetRestSchemaResponse: {
            swagger?: string;
            info?: Record<string, unknown>;
            paths?: Record<string, unknown>;
            /** @description One entry per table or view, with its columns. */
            definitions?: Record<string, unknown>;
        };
        GetUserResponse: components["schemas"]["ListUsersResponseUser"];
        InsertRowsRequest: {
            [key: string]: unknown;
        } | {
            [key: string]: unknown;
        }[];
        InsertRowsResponse: {
            [key: string]: unknown;
        }[];
        ListBucketsResponse: components["schemas"]["ListBucketsResponseItem"][];
        ListBucketsResponseItem: {
            id?: string;
            name?: string;
            owner?: string;
            public?: boolean;
            file_size_limit?: number | null;
            allowed_mime_types?: string[] | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListObjectsRequest: {
            /** @description Folder to list; an empty string for the bucket root. */
            prefix: string;
            /** @default 100 */
            limit?: number;
            /** @default 0 */
            offset?: number;
            /** @description Only names containing this text. */
            search?: string;
            sortBy?: {
                /** @enum {string} */
                column?: "name" | "updated_at" | "created_at" | "last_accessed_at";
                /** @enum {string} */
                order?: "asc" | "desc";
            };
        };
        ListObjectsResponse: {
            name?: string;
            /** @description null for folders. */
            id?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
            /** Format: date-time */
            last_accessed_at?: string | null;
            /** @description Size, MIME type, cache control and ETag of a file. */
            metadata?: Record<string, unknown> | null;
        }[];
        ListUsersResponse: {
            users?: components["schemas"]["ListUsersResponseUser"][];
            aud?: string;
        };
        ListUsersResponseUser: {
            /** Format: uuid */
            id?: string;
            aud?: string;
            role?: string;
            email?: string;
            phone?: string;
            /** Format: date-time */
            email_confirmed_at?: string | null;
            /** Format: date-time */
            phone_confirmed_at?: string | null;
            /** Format: date-time */
            last_sign_in_at?: string | null;
            app_metadata?: Record<string, unknown>;
            user_metadata?: Record<string, unknown>;
            identities?: Record<string, unknown>[];
            /** Format: date-time */
            banned_until?: string | null;
            is_anonymous?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        SelectRowsResponse: {
            [key: string]: unknown;
        }[];
        /** @description Columns to change and their new values. */
        UpdateRowsRequest: {
            [key: string]: unknown;
        };
        UpdateRowsResponse: {
            [key: string]: unknown;
        }[];
        /** Format: binary */
        UploadObjectRequest: string;
        UploadObjectResponse: {
            /** @description Bucket and path of the stored object. */
            Key?: string;
            Id?: string;
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
        /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /** @description Page number. */
                page?: number;
                /** @description Users per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "user@example.com",
                 *       "password": "password123",
                 *       "email_confirm": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the Auth user. */
                user_id: string;
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
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the Auth user. */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "should_soft_delete": false
                 *     }
                 */
                "application/json": components["schemas"]["DeleteUserRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAuthHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAuthHealthResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAuthSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAuthSettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRestSchema: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 2.0 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRestSchemaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    selectRows: {
        parameters: {
            query?: {
                /** @description Columns to return, e.g. * or id,name,orders(id,total) for embedded relations. */
                select?: string;
                /** @description Sort order, e.g. created_at.desc,id.asc. */
                order?: string;
                /** @description Most rows to return. */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: {
                /** @description Alternative paging as an inclusive row range, e.g. 0-9. */
                Range?: string;
                /** @description count=exact (or planned, estimated) adds the total row count to the Content-Range header. */
                Prefer?: string;
                /** @description Database schema to read from when not public. */
                "Accept-Profile"?: string;
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Name of a table or view exposed by PostgREST (public schema unless a profile header names another). */
                table_name: string;
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
                    "application/json": components["schemas"]["SelectRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    insertRows: {
        parameters: {
            query?: {
                /** @description Comma-separated columns to take from the body; others are ignored. */
                columns?: string;
                /** @description Unique columns that decide a conflict when upserting. */
                on_conflict?: string;
                /** @description Columns to return when the representation is requested. */
                select?: string;
            };
            header?: {
                /**
                 * @description return=representation to get the written rows back (return=minimal by default); resolution=merge-duplicates or ignore-duplicates to upsert.
                 * @example return=representation
                 */
                Prefer?: string;
                /** @description Database schema to write to when not public. */
                "Content-Profile"?: string;
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Name of a table or view exposed by PostgREST (public schema unless a profile header names another). */
                table_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "value"
                 *     }
                 */
                "application/json": components["schemas"]["InsertRowsRequest"];
            };
        };
        responses: {
            /** @description Empty unless Prefer asks for return=representation, then the inserted rows. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsertRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description return=representation to get the deleted rows back. */
                Prefer?: string;
                /** @description Database schema to write to when not public. */
                "Content-Profile"?: string;
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Name of a table or view exposed by PostgREST (public schema unless a profile header names another). */
                table_name: string;
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
    updateRows: {
        parameters: {
            query?: {
                /** @description Columns to return when the representation is requested. */
                select?: string;
            };
            header?: {
                /**
                 * @description return=representation to get the written rows back (return=minimal by default); resolution=merge-duplicates or ignore-duplicates to upsert.
                 * @example return=representation
                 */
                Prefer?: string;
                /** @description Database schema to write to when not public. */
                "Content-Profile"?: string;
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Name of a table or view exposed by PostgREST (public schema unless a profile header names another). */
                table_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "new_value"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRowsRequest"];
            };
        };
        responses: {
            /** @description 204 with no body, or 200 with the updated rows when Prefer asks for return=representation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBuckets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBucketsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "my-bucket",
                 *       "name": "my-bucket",
                 *       "public": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateBucketRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBucketResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
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
                    "application/json": components["schemas"]["GetBucketResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBucket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
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
                    "application/json": components["schemas"]["DeleteBucketResponse"];
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
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prefix": "",
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["ListObjectsRequest"];
            };
        };
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
    downloadObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
                /** @description Object path inside the bucket; may contain slashes, e.g. folder/avatar.png. */
                path: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file bytes, with the stored Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["DownloadObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description MIME type of the file, e.g. image/png. */
                "Content-Type"?: string;
                /** @description true overwrites an existing object at the path. */
                "x-upsert"?: "true" | "false";
                /** @description Cache max-age for the object, e.g. 3600. */
                "cache-control"?: string;
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
                /** @description Object path inside the bucket; may contain slashes, e.g. folder/avatar.png. */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["UploadObjectRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Supabase connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (name) of the Storage bucket. */
                bucket_id: string;
                /** @description Object path inside the bucket; may contain slashes, e.g. folder/avatar.png. */
                path: string;
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
                    "application/json": components["schemas"]["DeleteObjectResponse"];
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
