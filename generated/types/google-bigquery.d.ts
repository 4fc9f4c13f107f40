// Generated from providers/google-bigquery.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/bigquery/v2/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Cloud projects the user can use with BigQuery. */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the datasets of a project. */
        get: operations["listDatasets"];
        put?: never;
        /** Create a dataset in a project and location. */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/datasets/{datasetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a dataset's settings, location and access list. */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        /** Delete a dataset; it must be empty unless deleteContents is set. */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tables and views of a dataset. */
        get: operations["listTables"];
        put?: never;
        /** Create a table (with a schema) or a view in a dataset. */
        post: operations["createTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a table's schema, size and settings. */
        get: operations["getTable"];
        put?: never;
        post?: never;
        /** Delete a table and all of its rows. */
        delete: operations["deleteTable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read rows straight from a table without running a query. */
        get: operations["listTableData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a project's jobs, newest first. */
        get: operations["listJobs"];
        put?: never;
        /** Start an asynchronous job - query (optionally into a destination table), load, extract or copy. */
        post: operations["insertJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a job's configuration, state and statistics. */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/jobs/{jobId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask BigQuery to cancel a running job; the answer may still show it running. */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bigquery/v2/projects/{projectId}/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a SQL query and wait up to timeoutMs for the first page of results. */
        post: operations["runQuery"];
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
        CancelJobResponse: {
            kind?: string;
            job?: components["schemas"]["InsertJobResponse"];
        };
        CreateDatasetRequest: {
            datasetReference: {
                datasetId: string;
                projectId?: string;
            };
            /** @description Where the data is stored, e.g. US, EU or us-central1 (fixed once created). */
            location?: string;
            friendlyName?: string;
            description?: string;
            /** @description Default lifetime of new tables in milliseconds. */
            defaultTableExpirationMs?: string;
            labels?: {
                [key: string]: string;
            };
        };
        CreateDatasetResponse: components["schemas"]["GetDatasetResponse"];
        CreateTableRequest: {
            tableReference: {
                projectId: string;
                datasetId: string;
                tableId: string;
            };
            schema?: {
                fields?: {
                    name: string;
                    /** @enum {string} */
                    type: "STRING" | "BYTES" | "INTEGER" | "INT64" | "FLOAT" | "FLOAT64" | "NUMERIC" | "BIGNUMERIC" | "BOOLEAN" | "BOOL" | "TIMESTAMP" | "DATE" | "TIME" | "DATETIME" | "GEOGRAPHY" | "JSON" | "RECORD" | "STRUCT" | "RANGE" | "INTERVAL";
                    /** @enum {string} */
                    mode?: "NULLABLE" | "REQUIRED" | "REPEATED";
                    description?: string;
                    /** @description Sub-fields of a RECORD column. */
                    fields?: Record<string, unknown>[];
                }[];
            };
            description?: string;
            friendlyName?: string;
            /** @description Makes the table a view over this query. */
            view?: {
                query?: string;
                useLegacySql?: boolean;
            };
            timePartitioning?: {
                /** @enum {string} */
                type?: "DAY" | "HOUR" | "MONTH" | "YEAR";
                field?: string;
            };
            expirationTime?: string;
            labels?: {
                [key: string]: string;
            };
        };
        CreateTableResponse: components["schemas"]["GetTableResponse"];
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
        GetDatasetResponse: {
            kind?: string;
            id?: string;
            etag?: string;
            selfLink?: string;
            datasetReference?: components["schemas"]["ListDatasetsResponseDatasetsItemDatasetReference"];
            friendlyName?: string;
            description?: string;
            location?: string;
            defaultTableExpirationMs?: string;
            labels?: {
                [key: string]: string;
            };
            access?: Record<string, unknown>[];
            creationTime?: string;
            lastModifiedTime?: string;
        };
        GetJobResponse: components["schemas"]["InsertJobResponse"];
        GetTableResponse: {
            kind?: string;
            id?: string;
            etag?: string;
            tableReference?: components["schemas"]["ListTablesResponseTablesItemTableReference"];
            type?: string;
            description?: string;
            schema?: components["schemas"]["GetTableResponseSchema"];
            numRows?: string;
            numBytes?: string;
            creationTime?: string;
            lastModifiedTime?: string;
            location?: string;
            timePartitioning?: Record<string, unknown>;
            expirationTime?: string;
        };
        GetTableResponseSchema: {
            fields?: {
                name?: string;
                /** @description STRING, INTEGER, FLOAT, BOOLEAN, TIMESTAMP, DATE, RECORD and so on. */
                type?: string;
                /** @enum {string} */
                mode?: "NULLABLE" | "REQUIRED" | "REPEATED";
                description?: string;
                /** @description Sub-fields of a RECORD column. */
                fields?: Record<string, unknown>[];
            }[];
        };
        InsertJobRequest: {
            jobReference?: components["schemas"]["RunQueryResponseJobReference"];
            configuration: {
                query?: {
                    query?: string;
                    useLegacySql?: boolean;
                    destinationTable?: components["schemas"]["ListTablesResponseTablesItemTableReference"];
                    /**
                     * @description WRITE_TRUNCATE replaces the destination table's rows.
                     * @enum {string}
                     */
                    writeDisposition?: "WRITE_TRUNCATE" | "WRITE_APPEND" | "WRITE_EMPTY";
                    /** @enum {string} */
                    createDisposition?: "CREATE_IF_NEEDED" | "CREATE_NEVER";
                    queryParameters?: Record<string, unknown>[];
                };
                load?: Record<string, unknown>;
                extract?: Record<string, unknown>;
                copy?: Record<string, unknown>;
                dryRun?: boolean;
                labels?: {
                    [key: string]: string;
                };
            };
        };
        InsertJobResponse: {
            kind?: string;
            id?: string;
            selfLink?: string;
            jobReference?: components["schemas"]["RunQueryResponseJobReference"];
            configuration?: Record<string, unknown>;
            status?: {
                /** @enum {string} */
                state?: "PENDING" | "RUNNING" | "DONE";
                errorResult?: {
                    reason?: string;
                    message?: string;
                };
                errors?: Record<string, unknown>[];
            };
            statistics?: Record<string, unknown>;
            user_email?: string;
        };
        ListDatasetsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            datasets?: {
                id?: string;
                datasetReference?: components["schemas"]["ListDatasetsResponseDatasetsItemDatasetReference"];
                friendlyName?: string;
                location?: string;
                labels?: {
                    [key: string]: string;
                };
            }[];
        };
        ListDatasetsResponseDatasetsItemDatasetReference: {
            projectId?: string;
            datasetId?: string;
        };
        ListJobsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            jobs?: {
                id?: string;
                jobReference?: components["schemas"]["RunQueryResponseJobReference"];
                state?: string;
                statistics?: Record<string, unknown>;
                status?: Record<string, unknown>;
                user_email?: string;
            }[];
        };
        ListProjectsResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            totalItems?: number;
            projects?: {
                id?: string;
                numericId?: string;
                friendlyName?: string;
                projectReference?: {
                    projectId?: string;
                };
            }[];
        };
        ListTableDataResponse: {
            kind?: string;
            etag?: string;
            totalRows?: string;
            pageToken?: string;
            rows?: components["schemas"]["ListTableDataResponseRows"];
        };
        ListTableDataResponseRows: {
            f?: {
                /** @description Cell value as a string, or nested f/v for records. */
                v?: unknown;
            }[];
        }[];
        ListTablesResponse: {
            kind?: string;
            etag?: string;
            nextPageToken?: string;
            totalItems?: number;
            tables?: {
                id?: string;
                tableReference?: components["schemas"]["ListTablesResponseTablesItemTableReference"];
                /** @enum {string} */
                type?: "TABLE" | "VIEW" | "EXTERNAL" | "MATERIALIZED_VIEW" | "SNAPSHOT";
                creationTime?: string;
            }[];
        };
        ListTablesResponseTablesItemTableReference: {
            projectId?: string;
            datasetId?: string;
            tableId?: string;
        };
        RunQueryRequest: {
            /** @description The SQL statement. */
            query: string;
            /**
             * @description false selects GoogleSQL.
             * @default true
             */
            useLegacySql?: boolean;
            /** @description Rows in the first page. */
            maxResults?: number;
            /** @description How long to wait for the query to finish (default 10,000 ms). */
            timeoutMs?: number;
            /** @description Location to run the job in. */
            location?: string;
            /** @description Validate and estimate bytes without running. */
            dryRun?: boolean;
            /** @default true */
            useQueryCache?: boolean;
            defaultDataset?: components["schemas"]["ListDatasetsResponseDatasetsItemDatasetReference"];
            /** @enum {string} */
            parameterMode?: "POSITIONAL" | "NAMED";
            queryParameters?: {
                /** @description Name used as @name in the statement (NAMED mode). */
                name?: string;
                parameterType?: {
                    /** @description e.g. INT64, STRING, DATE. */
                    type?: string;
                };
                parameterValue?: {
                    value?: string;
                };
            }[];
            labels?: {
                [key: string]: string;
            };
            maximumBytesBilled?: string;
        };
        RunQueryResponse: {
            kind?: string;
            schema?: components["schemas"]["GetTableResponseSchema"];
            jobReference?: components["schemas"]["RunQueryResponseJobReference"];
            totalRows?: string;
            pageToken?: string;
            rows?: components["schemas"]["ListTableDataResponseRows"];
            totalBytesProcessed?: string;
            jobComplete?: boolean;
            cacheHit?: boolean;
            numDmlAffectedRows?: string;
            errors?: Record<string, unknown>[];
        };
        RunQueryResponseJobReference: {
            projectId?: string;
            jobId?: string;
            location?: string;
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
        /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProjects: {
        parameters: {
            query?: {
                /** @description Projects per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
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
    listDatasets: {
        parameters: {
            query?: {
                /** @description Include hidden datasets. */
                all?: boolean;
                /** @description Label filter such as labels.env:prod. */
                filter?: string;
                /** @description Datasets per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
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
                    "application/json": components["schemas"]["ListDatasetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "datasetReference": {
                 *         "datasetId": "my_dataset",
                 *         "projectId": "my-project-123"
                 *       },
                 *       "location": "US"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDatasetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
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
                    "application/json": components["schemas"]["GetDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDataset: {
        parameters: {
            query?: {
                /** @description Also delete every table in the dataset. */
                deleteContents?: boolean;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
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
    listTables: {
        parameters: {
            query?: {
                /** @description Tables per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
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
                    "application/json": components["schemas"]["ListTablesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tableReference": {
                 *         "projectId": "my-project-123",
                 *         "datasetId": "my_dataset",
                 *         "tableId": "my_table"
                 *       },
                 *       "schema": {
                 *         "fields": [
                 *           {
                 *             "name": "id",
                 *             "type": "INTEGER"
                 *           },
                 *           {
                 *             "name": "name",
                 *             "type": "STRING"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTableRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTableResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTable: {
        parameters: {
            query?: {
                /** @description Comma-separated columns whose schema to return. */
                selectedFields?: string;
                /** @description How much table information to return. */
                view?: "TABLE_METADATA_VIEW_UNSPECIFIED" | "BASIC" | "STORAGE_STATS" | "FULL";
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
                /** @description Id of the table. */
                tableId: string;
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
                    "application/json": components["schemas"]["GetTableResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
                /** @description Id of the table. */
                tableId: string;
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
    listTableData: {
        parameters: {
            query?: {
                /** @description Rows per page. */
                maxResults?: number;
                /** @description pageToken of the previous page. */
                pageToken?: string;
                /** @description Zero-based row to start at. */
                startIndex?: string;
                /** @description Comma-separated columns to return. */
                selectedFields?: string;
                /** @description Return timestamps as integer microseconds. */
                "formatOptions.useInt64Timestamp"?: boolean;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the dataset. */
                datasetId: string;
                /** @description Id of the table. */
                tableId: string;
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
                    "application/json": components["schemas"]["ListTableDataResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description Include jobs of every user (needs project owner rights). */
                allUsers?: boolean;
                /** @description Only jobs in these states. */
                stateFilter?: ("done" | "pending" | "running")[];
                /** @description full adds the job configuration. */
                projection?: "full" | "minimal";
                /** @description Only jobs created at or after this time (epoch milliseconds). */
                minCreationTime?: string;
                /** @description Only jobs created at or before this time (epoch milliseconds). */
                maxCreationTime?: string;
                /** @description Only the child jobs of this script job. */
                parentJobId?: string;
                /** @description Jobs per page. */
                maxResults?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
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
                    "application/json": components["schemas"]["ListJobsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    insertJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "configuration": {
                 *         "query": {
                 *           "query": "SELECT * FROM `source_dataset.source_table`",
                 *           "useLegacySql": false,
                 *           "destinationTable": {
                 *             "projectId": "my-project",
                 *             "datasetId": "dest_dataset",
                 *             "tableId": "dest_table"
                 *           },
                 *           "writeDisposition": "WRITE_APPEND"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["InsertJobRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsertJobResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getJob: {
        parameters: {
            query?: {
                /**
                 * @description Location the job runs in, e.g. US (needed outside US and EU).
                 * @example US
                 */
                location?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the job. */
                jobId: string;
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
                    "application/json": components["schemas"]["GetJobResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelJob: {
        parameters: {
            query?: {
                /**
                 * @description Location the job runs in.
                 * @example US
                 */
                location?: string;
            };
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
                /** @description Id of the job. */
                jobId: string;
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
                    "application/json": components["schemas"]["CancelJobResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runQuery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google BigQuery connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Google Cloud project id.
                 * @example my-project-123
                 */
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "SELECT * FROM `dataset.table` WHERE id = @id",
                 *       "useLegacySql": false,
                 *       "queryParameters": [
                 *         {
                 *           "name": "id",
                 *           "parameterType": {
                 *             "type": "INT64"
                 *           },
                 *           "parameterValue": {
                 *             "value": "123"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RunQueryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunQueryResponse"];
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
