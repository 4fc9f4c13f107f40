// Generated from providers/google-sheets.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v4/spreadsheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a spreadsheet with a title and, optionally, its first sheets. */
        post: operations["createSpreadsheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a spreadsheet's properties and the list of its sheets, optionally with cell data. */
        get: operations["getSpreadsheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}/values/{range}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the values of one range. */
        get: operations["getValues"];
        /** Overwrite the cells of one range with new values. */
        put: operations["updateValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}/values/{range}:append": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add rows after the last row of the table found in the range. */
        post: operations["appendValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}/values/{range}:clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Empty the values of a range while keeping its formatting. */
        post: operations["clearValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}/values:batchGet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the values of several ranges in one call. */
        get: operations["batchGetValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}/values:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write values into several ranges in one call. */
        post: operations["batchUpdateValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/spreadsheets/{spreadsheetId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a list of structural or formatting requests (add or delete sheets, format, sort, filter) atomically.
         * @description Each item of requests holds exactly one request kind, e.g. addSheet, deleteSheet, updateSheetProperties, updateCells, repeatCell, autoResizeDimensions, insertDimension, sortRange, addConditionalFormatRule or setBasicFilter. If any request fails, none is applied.
         */
        post: operations["batchUpdateSpreadsheet"];
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
        AppendValuesRequest: components["schemas"]["UpdateValuesRequest"];
        AppendValuesResponse: {
            spreadsheetId?: string;
            /** @description The table the rows were appended to, before the append. */
            tableRange?: string;
            updates?: components["schemas"]["UpdateValuesResponse"];
        };
        BatchGetValuesResponse: {
            spreadsheetId?: string;
            valueRanges?: components["schemas"]["GetValuesResponse"][];
        };
        BatchUpdateSpreadsheetRequest: {
            /** @description The changes, applied in order; each object has one key naming the request kind. */
            requests: {
                addSheet?: {
                    properties?: {
                        title?: string;
                    };
                };
                deleteSheet?: {
                    sheetId?: number;
                };
                updateSheetProperties?: {
                    properties?: Record<string, unknown>;
                    fields?: string;
                };
                updateCells?: Record<string, unknown>;
                repeatCell?: Record<string, unknown>;
                autoResizeDimensions?: Record<string, unknown>;
                insertDimension?: Record<string, unknown>;
                sortRange?: Record<string, unknown>;
                addConditionalFormatRule?: Record<string, unknown>;
                setBasicFilter?: Record<string, unknown>;
            }[];
            /** @description Return the updated spreadsheet in the response. */
            includeSpreadsheetInResponse?: boolean;
            /** @description Ranges of the returned spreadsheet to fill in. */
            responseRanges?: string[];
            /** @description Include cell data in the returned spreadsheet. */
            responseIncludeGridData?: boolean;
        };
        BatchUpdateSpreadsheetResponse: {
            spreadsheetId?: string;
            /** @description One reply per request, in the same order (empty objects for requests without a reply). */
            replies?: Record<string, unknown>[];
            updatedSpreadsheet?: Record<string, unknown>;
        };
        BatchUpdateValuesRequest: {
            /** @enum {string} */
            valueInputOption: "RAW" | "USER_ENTERED";
            /** @description One value range per target range. */
            data: {
                range: string;
                /** @enum {string} */
                majorDimension?: "ROWS" | "COLUMNS";
                values: (string | number | boolean)[][];
            }[];
            includeValuesInResponse?: boolean;
            /** @enum {string} */
            responseValueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
            /** @enum {string} */
            responseDateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
        };
        BatchUpdateValuesResponse: {
            spreadsheetId?: string;
            totalUpdatedRows?: number;
            totalUpdatedColumns?: number;
            totalUpdatedCells?: number;
            totalUpdatedSheets?: number;
            responses?: components["schemas"]["UpdateValuesResponse"][];
        };
        /** @description Takes no fields; send an empty object or nothing. */
        ClearValuesRequest: Record<string, unknown>;
        ClearValuesResponse: {
            spreadsheetId?: string;
            clearedRange?: string;
        };
        CreateSpreadsheetRequest: {
            properties?: {
                /** @description Name of the new spreadsheet. */
                title?: string;
                /** @description Locale such as en_US, used for number and date formats. */
                locale?: string;
                /** @description IANA time zone such as Europe/Paris. */
                timeZone?: string;
            };
            /** @description Sheets to start with; one empty sheet is created when left out. */
            sheets?: {
                properties?: {
                    title?: string;
                };
            }[];
        };
        CreateSpreadsheetResponse: components["schemas"]["GetSpreadsheetResponse"];
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
        GetSpreadsheetResponse: {
            spreadsheetId?: string;
            spreadsheetUrl?: string;
            properties?: {
                title?: string;
                locale?: string;
                timeZone?: string;
                /** @enum {string} */
                autoRecalc?: "ON_CHANGE" | "MINUTE" | "HOUR";
            };
            sheets?: {
                properties?: {
                    sheetId?: number;
                    title?: string;
                    index?: number;
                    /** @enum {string} */
                    sheetType?: "GRID" | "OBJECT" | "DATA_SOURCE";
                    gridProperties?: {
                        rowCount?: number;
                        columnCount?: number;
                        frozenRowCount?: number;
                    };
                };
                data?: Record<string, unknown>[];
            }[];
            namedRanges?: Record<string, unknown>[];
        };
        GetValuesResponse: {
            range?: string;
            /** @enum {string} */
            majorDimension?: "ROWS" | "COLUMNS";
            /** @description Rows (or columns); trailing empty cells and rows are left out. */
            values?: (string | number | boolean)[][];
        };
        UpdateValuesRequest: {
            /** @description Must match the range in the path when given. */
            range?: string;
            /**
             * @default ROWS
             * @enum {string}
             */
            majorDimension?: "ROWS" | "COLUMNS";
            /** @description Rows of cell values; formulas start with = when USER_ENTERED is used. */
            values: (string | number | boolean)[][];
        };
        UpdateValuesResponse: {
            spreadsheetId?: string;
            updatedRange?: string;
            updatedRows?: number;
            updatedColumns?: number;
            updatedCells?: number;
            updatedData?: components["schemas"]["GetValuesResponse"];
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
        /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSpreadsheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties": {
                 *         "title": "New Spreadsheet"
                 *       },
                 *       "sheets": [
                 *         {
                 *           "properties": {
                 *             "title": "Sheet1"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateSpreadsheetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSpreadsheetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpreadsheet: {
        parameters: {
            query?: {
                /** @description Limit grid data to these A1 ranges (repeat the parameter). */
                ranges?: string[];
                /** @description Also return cell data; ignored when a fields mask is given. */
                includeGridData?: boolean;
                /** @description Partial-response mask, e.g. sheets.properties(sheetId,title). */
                fields?: string;
            };
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
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
                    "application/json": components["schemas"]["GetSpreadsheetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getValues: {
        parameters: {
            query?: {
                /** @description Whether the inner arrays are rows or columns. */
                majorDimension?: "ROWS" | "COLUMNS";
                /** @description How cell values are rendered. */
                valueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
                /** @description How dates and times are rendered when values are unformatted. */
                dateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
            };
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
                /**
                 * @description Range in A1 notation, percent-encoded.
                 * @example Sheet1!A1:B2
                 */
                range: string;
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
                    /**
                     * @example {
                     *       "range": "Sheet1!A1:B2",
                     *       "majorDimension": "ROWS",
                     *       "values": [
                     *         [
                     *           "Name",
                     *           "Score"
                     *         ],
                     *         [
                     *           "Ada",
                     *           "42"
                     *         ]
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateValues: {
        parameters: {
            query: {
                /** @description RAW stores input as typed text; USER_ENTERED parses it like the UI does. */
                valueInputOption: "RAW" | "USER_ENTERED";
                /** @description Echo the written values back. */
                includeValuesInResponse?: boolean;
                responseValueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
                responseDateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
            };
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
                /**
                 * @description Range in A1 notation, percent-encoded.
                 * @example Sheet1!A1:B2
                 */
                range: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "values": [
                 *         [
                 *           "A1",
                 *           "B1",
                 *           "C1"
                 *         ],
                 *         [
                 *           "A2",
                 *           "B2",
                 *           "C2"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateValuesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    appendValues: {
        parameters: {
            query: {
                /** @description RAW stores input as typed text; USER_ENTERED parses it like the UI does. */
                valueInputOption: "RAW" | "USER_ENTERED";
                /** @description Write into the empty cells below the table or insert new rows for the data. */
                insertDataOption?: "OVERWRITE" | "INSERT_ROWS";
                includeValuesInResponse?: boolean;
                responseValueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
                responseDateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
            };
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
                /**
                 * @description Range in A1 notation, percent-encoded.
                 * @example Sheet1!A1:B2
                 */
                range: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "values": [
                 *         [
                 *           "New Row 1",
                 *           "Data",
                 *           "More Data"
                 *         ],
                 *         [
                 *           "New Row 2",
                 *           "Data",
                 *           "More Data"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AppendValuesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppendValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    clearValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
                /**
                 * @description Range in A1 notation, percent-encoded.
                 * @example Sheet1!A1:B2
                 */
                range: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ClearValuesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClearValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchGetValues: {
        parameters: {
            query: {
                /** @description A1 ranges to read; repeat the parameter for each. */
                ranges: string[];
                majorDimension?: "ROWS" | "COLUMNS";
                valueRenderOption?: "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";
                dateTimeRenderOption?: "SERIAL_NUMBER" | "FORMATTED_STRING";
            };
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
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
                    "application/json": components["schemas"]["BatchGetValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "valueInputOption": "USER_ENTERED",
                 *       "data": [
                 *         {
                 *           "range": "Sheet1!A1:B2",
                 *           "values": [
                 *             [
                 *               "A1",
                 *               "B1"
                 *             ],
                 *             [
                 *               "A2",
                 *               "B2"
                 *             ]
                 *           ]
                 *         },
                 *         {
                 *           "range": "Sheet1!D1:E2",
                 *           "values": [
                 *             [
                 *               "D1",
                 *               "E1"
                 *             ],
                 *             [
                 *               "D2",
                 *               "E2"
                 *             ]
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateValuesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateSpreadsheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Sheets connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the spreadsheet (the long token in its URL).
                 * @example 1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms
                 */
                spreadsheetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "addSheet": {
                 *             "properties": {
                 *               "title": "New Sheet"
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateSpreadsheetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateSpreadsheetResponse"];
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
