// Generated from providers/baserow.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/database/fields/table/{table_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a table's fields with their types and settings. */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/database/rows/table/{table_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a table's rows a page at a time, with optional search, filters, sorting and field selection.
         * @description Besides the declared parameters, rows can be filtered with parameters named filter__{field}__{operator} (for example filter__field_123__contains=foo or, with user_field_names, filter__Name__equal=Ann); filter_type combines them with AND or OR. Operators include equal, not_equal, contains, contains_not, contains_word, doesnt_contain_word, length_is_lower_than, higher_than, higher_than_or_equal, lower_than, lower_than_or_equal, is_even_and_whole, date_is, date_is_not, date_is_before, date_is_on_or_before, date_is_after, date_is_on_or_after, date_is_within, date_equals_today, date_within_days, date_within_weeks, date_within_months, boolean, link_row_has, link_row_has_not, link_row_contains, link_row_not_contains, single_select_equal, single_select_not_equal, single_select_is_any_of, single_select_is_none_of, multiple_select_has, multiple_select_has_not, filename_contains, has_file_type, files_lower_than, empty and not_empty.
         */
        get: operations["listRows"];
        put?: never;
        /** Add a row to a table. */
        post: operations["createRow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/database/rows/table/{table_id}/batch-delete/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete up to 200 rows by id in one request. */
        post: operations["batchDeleteRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/database/rows/table/{table_id}/batch/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add up to 200 rows in one request. */
        post: operations["batchCreateRows"];
        delete?: never;
        options?: never;
        head?: never;
        /** Change field values of up to 200 rows in one request; each item names its row by id. */
        patch: operations["batchUpdateRows"];
        trace?: never;
    };
    "/api/database/rows/table/{table_id}/{row_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one row. */
        get: operations["getRow"];
        put?: never;
        post?: never;
        /** Delete a row. */
        delete: operations["deleteRow"];
        options?: never;
        head?: never;
        /** Change some field values of a row; fields left out keep their values. */
        patch: operations["updateRow"];
        trace?: never;
    };
    "/api/database/rows/table/{table_id}/{row_id}/move/": {
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
        /** Move a row before another row, or to the end of the table when before_id is left out. */
        patch: operations["moveRow"];
        trace?: never;
    };
    "/api/database/tables/all-tables/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every table the database token can reach, across its databases. */
        get: operations["listAllTables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-files/upload-file/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file as multipart form data, to be placed in file fields afterwards. */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-files/upload-via-url/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Have Baserow download a file from a public URL and store it for use in file fields. */
        post: operations["uploadFileViaUrl"];
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
        BatchCreateRowsRequest: {
            items: ({
                field_123?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        BatchCreateRowsResponse: {
            items?: components["schemas"]["ListRowsResponseRow"][];
        };
        BatchDeleteRowsRequest: {
            /** @description Ids of the rows to delete. */
            items: number[];
        };
        BatchUpdateRowsRequest: {
            items: ({
                /** @description Row to change. */
                id: number;
                field_123?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        BatchUpdateRowsResponse: components["schemas"]["BatchCreateRowsResponse"];
        /** @description Field values keyed by field_<id> (or by field name with user_field_names=true). */
        CreateRowRequest: {
            /** @description Example text field value. */
            field_123?: string;
        } & {
            [key: string]: unknown;
        };
        CreateRowResponse: components["schemas"]["ListRowsResponseRow"];
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
        GetRowResponse: components["schemas"]["ListRowsResponseRow"];
        ListAllTablesResponse: {
            id?: number;
            name?: string;
            order?: number;
            database_id?: number;
        }[];
        ListFieldsResponse: ({
            id?: number;
            table_id?: number;
            name?: string;
            order?: number;
            /** @description Field type such as text, long_text, number, boolean, date, link_row, single_select or file. */
            type?: string;
            primary?: boolean;
            read_only?: boolean;
            description?: string | null;
        } & {
            [key: string]: unknown;
        })[];
        ListRowsResponse: {
            /** @description Number of rows matching the request. */
            count?: number;
            /** @description URL of the next page. */
            next?: string | null;
            /** @description URL of the previous page. */
            previous?: string | null;
            results?: components["schemas"]["ListRowsResponseRow"][];
        };
        /** @description One row; besides id and order, one property per field (field_<id> or the field name). */
        ListRowsResponseRow: {
            id?: number;
            /** @description Position of the row as a decimal string. */
            order?: string;
        } & {
            [key: string]: unknown;
        };
        MoveRowResponse: components["schemas"]["ListRowsResponseRow"];
        /** @description Field values to change, keyed by field_<id> (or by field name with user_field_names=true). */
        UpdateRowRequest: {
            /** @description Example text field value. */
            field_123?: string;
        } & {
            [key: string]: unknown;
        };
        UpdateRowResponse: components["schemas"]["ListRowsResponseRow"];
        UploadFileRequest: {
            /**
             * Format: binary
             * @description The file's content.
             */
            file: string;
        };
        /** @description The stored file; put its name into a file field as [{"name": "<name>"}]. */
        UploadFileResponse: {
            url?: string;
            thumbnails?: {
                [key: string]: {
                    url?: string;
                    width?: number | null;
                    height?: number | null;
                };
            };
            /** @description Stored name to reference the file by. */
            name?: string;
            size?: number;
            mime_type?: string;
            is_image?: boolean;
            image_width?: number | null;
            image_height?: number | null;
            /** Format: date-time */
            uploaded_at?: string;
            original_name?: string;
        };
        UploadFileViaUrlRequest: {
            /**
             * Format: uri
             * @description Public address of the file to fetch.
             */
            url: string;
        };
        UploadFileViaUrlResponse: components["schemas"]["UploadFileResponse"];
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
        /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
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
    listRows: {
        parameters: {
            query?: {
                /** @description Key the row values by field name instead of field_<id>. */
                user_field_names?: boolean;
                /** @description Page to return, counting from 1. */
                page?: number;
                /** @description Rows per page. */
                size?: number;
                /** @description Only rows where some field contains this text. */
                search?: string;
                /** @description How the search text is matched. */
                search_mode?: "compat" | "full-text-with-count";
                /** @description Comma-separated fields to sort by, e.g. field_12 or -Name; a leading minus sorts descending. */
                order_by?: string;
                /** @description Filter tree as a JSON string (filter_type plus a list of filters and nested groups). */
                filters?: string;
                /** @description How the filter__ parameters are combined. */
                filter_type?: "AND" | "OR";
                /** @description Comma-separated fields to return (field_<id> or names with user_field_names). */
                include?: string;
                /** @description Comma-separated fields to leave out. */
                exclude?: string;
                /** @description Apply the filters and sorting of this view. */
                view_id?: number;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
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
                    "application/json": components["schemas"]["ListRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRow: {
        parameters: {
            query?: {
                /** @description The body uses field names instead of field_<id> keys. */
                user_field_names?: boolean;
                /** @description Insert the new row before the row with this id instead of at the end. */
                before?: number;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "field_123": "value"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRowRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchDeleteRows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         1,
                 *         2,
                 *         3
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchDeleteRowsRequest"];
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
    batchCreateRows: {
        parameters: {
            query?: {
                /** @description The items use field names instead of field_<id> keys. */
                user_field_names?: boolean;
                /** @description Insert the new rows before the row with this id. */
                before?: number;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "field_123": "value1"
                 *         },
                 *         {
                 *           "field_123": "value2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchCreateRowsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchCreateRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateRows: {
        parameters: {
            query?: {
                /** @description The items use field names instead of field_<id> keys. */
                user_field_names?: boolean;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": 1,
                 *           "field_123": "updated1"
                 *         },
                 *         {
                 *           "id": 2,
                 *           "field_123": "updated2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateRowsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRow: {
        parameters: {
            query?: {
                /** @description Key the row values by field name instead of field_<id>. */
                user_field_names?: boolean;
                /** @description Comma-separated fields to return. */
                include?: string;
                /** @description Comma-separated fields to leave out. */
                exclude?: string;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
                /** @description Id of the row. */
                row_id: number;
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
                    "application/json": components["schemas"]["GetRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
                /** @description Id of the row. */
                row_id: number;
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
    updateRow: {
        parameters: {
            query?: {
                /** @description The body uses field names instead of field_<id> keys. */
                user_field_names?: boolean;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
                /** @description Id of the row. */
                row_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "field_123": "updated value"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRowRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveRow: {
        parameters: {
            query?: {
                /** @description Place the row just before the row with this id. */
                before_id?: number;
                /** @description Key the returned values by field name. */
                user_field_names?: boolean;
            };
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the table (shown in the table's API documentation page). */
                table_id: number;
                /** @description Id of the row. */
                row_id: number;
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
                    "application/json": components["schemas"]["MoveRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAllTables: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAllTablesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadFileViaUrl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Baserow connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/image.png"
                 *     }
                 */
                "application/json": components["schemas"]["UploadFileViaUrlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileViaUrlResponse"];
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
