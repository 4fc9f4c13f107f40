// Generated from providers/microsoft-excel.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/me/drive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user's OneDrive, including its type, owner and storage quota. */
        get: operations["getDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files and folders at the top level of the user's drive. */
        get: operations["listRootChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root/search(q='{q}')": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the user's drive by file name, metadata and content (for example for .xlsx workbooks). */
        get: operations["searchDrive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/createSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a workbook session so that a series of calls shares state, saving changes or discarding them. */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the defined names of the workbook and what each refers to. */
        get: operations["listNamedItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the columns of a table with their names and values. */
        get: operations["listTableColumns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the data rows of a table with their values. */
        get: operations["listTableRows"];
        put?: never;
        /** Append rows to a table, or insert them at a given position. */
        post: operations["addTableRow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows/itemAt(index={index})": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the table row at a zero-based position. */
        delete: operations["deleteTableRow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the worksheets of a workbook in tab order. */
        get: operations["listWorksheets"];
        put?: never;
        /** Add a worksheet to the workbook, optionally with a chosen name. */
        post: operations["createWorksheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a worksheet from the workbook. */
        delete: operations["deleteWorksheet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the charts on one worksheet. */
        get: operations["listCharts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw a new chart on the worksheet from a block of source cells. */
        post: operations["addChart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the values, formulas, display text and number formats of a block of cells. */
        get: operations["getRange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Write values, formulas or number formats into a block of cells.
         * @description The arrays must have exactly as many rows and columns as the address covers; null leaves a cell unchanged.
         */
        patch: operations["updateRange"];
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tables on one worksheet. */
        get: operations["listWorksheetTables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a block of cells on the worksheet into a table. */
        post: operations["addTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/usedRange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the smallest block of cells that holds every value or format on the worksheet. */
        get: operations["getUsedRange"];
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
        AddChartRequest: {
            /** @description Excel chart type, such as ColumnClustered, Line, Pie or BarStacked. */
            type: string;
            /** @description A1-style address of the data to plot. */
            sourceData: string;
            /**
             * @description Whether each series comes from a column or a row.
             * @enum {string}
             */
            seriesBy?: "Auto" | "Columns" | "Rows";
        };
        AddChartResponse: components["schemas"]["ListChartsResponseValueItem"];
        AddTableRequest: {
            /** @description A1-style address of the cells the table covers. */
            address: string;
            /** @description true when the first row holds column names. */
            hasHeaders?: boolean;
        };
        AddTableResponse: components["schemas"]["ListWorksheetTablesResponseValueItem"];
        AddTableRowRequest: {
            /** @description One inner array per new row with one value per table column. */
            values: (string | number | boolean | null)[][];
            /** @description Zero-based position of the first new row; omitted or null appends at the end. */
            index?: number | null;
        };
        AddTableRowResponse: components["schemas"]["ListTableRowsResponseValueItem"];
        CreateSessionRequest: {
            /** @description true writes the session's changes to the file; false keeps them in a temporary copy. */
            persistChanges: boolean;
        };
        CreateSessionResponse: {
            /** @description Session id to send in the workbook-session-id header. */
            id?: string;
            persistChanges?: boolean;
        };
        CreateWorksheetRequest: {
            /** @description Name of the new worksheet; Excel picks one when omitted. */
            name?: string;
        };
        CreateWorksheetResponse: components["schemas"]["ListWorksheetsResponseValueItem"];
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
        GetDriveResponse: {
            id?: string;
            name?: string;
            /** @enum {string} */
            driveType?: "personal" | "business" | "documentLibrary";
            /** Format: uri */
            webUrl?: string;
            owner?: {
                user?: {
                    id?: string;
                    displayName?: string;
                };
            };
            quota?: {
                total?: number;
                used?: number;
                remaining?: number;
                deleted?: number;
                /** @enum {string} */
                state?: "normal" | "nearing" | "critical" | "exceeded";
            };
        };
        GetRangeResponse: {
            address?: string;
            addressLocal?: string;
            cellCount?: number;
            rowCount?: number;
            columnCount?: number;
            rowIndex?: number;
            columnIndex?: number;
            /** @description Cell values row by row. */
            values?: unknown[][];
            text?: string[][];
            formulas?: unknown[][];
            numberFormat?: unknown[][];
            valueTypes?: ("Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error")[][];
        };
        GetUsedRangeResponse: components["schemas"]["GetRangeResponse"];
        ListChartsResponse: {
            value?: components["schemas"]["ListChartsResponseValueItem"][];
        };
        ListChartsResponseValueItem: {
            id?: string;
            name?: string;
            height?: number;
            width?: number;
            left?: number;
            top?: number;
        };
        ListNamedItemsResponse: {
            value?: {
                name?: string;
                /** @description Kind of value, e.g. Range, String, Integer, Double, Boolean or Error. */
                type?: string;
                /** @description Formula or constant the name stands for. */
                value?: unknown;
                /** @description Workbook or the worksheet the name belongs to. */
                scope?: string;
                visible?: boolean;
                comment?: string;
            }[];
        };
        ListRootChildrenResponse: {
            /**
             * Format: uri
             * @description Full URL of the next page; absent on the last page.
             */
            "@odata.nextLink"?: string;
            value?: {
                id?: string;
                name?: string;
                size?: number;
                /** Format: uri */
                webUrl?: string;
                /** Format: date-time */
                createdDateTime?: string;
                /** Format: date-time */
                lastModifiedDateTime?: string;
                file?: {
                    mimeType?: string;
                };
                folder?: {
                    childCount?: number;
                };
                parentReference?: {
                    driveId?: string;
                    id?: string;
                    path?: string;
                };
            }[];
        };
        ListTableColumnsResponse: {
            value?: {
                id?: string;
                index?: number;
                name?: string;
                values?: unknown[][];
            }[];
        };
        ListTableRowsResponse: {
            value?: components["schemas"]["ListTableRowsResponseValueItem"][];
        };
        ListTableRowsResponseValueItem: {
            index?: number;
            values?: unknown[][];
        };
        ListWorksheetTablesResponse: {
            value?: components["schemas"]["ListWorksheetTablesResponseValueItem"][];
        };
        ListWorksheetTablesResponseValueItem: {
            id?: string;
            name?: string;
            showHeaders?: boolean;
            showTotals?: boolean;
            style?: string;
        };
        ListWorksheetsResponse: {
            value?: components["schemas"]["ListWorksheetsResponseValueItem"][];
        };
        ListWorksheetsResponseValueItem: {
            id?: string;
            name?: string;
            position?: number;
            /** @enum {string} */
            visibility?: "Visible" | "Hidden" | "VeryHidden";
        };
        SearchDriveResponse: components["schemas"]["ListRootChildrenResponse"];
        UpdateRangeRequest: {
            /** @description New cell values row by row. */
            values?: (string | number | boolean | null)[][];
            /** @description Formulas in A1 notation row by row. */
            formulas?: (string | null)[][];
            /** @description Excel number format codes row by row. */
            numberFormat?: (string | null)[][];
        };
        UpdateRangeResponse: components["schemas"]["GetRangeResponse"];
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
        /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getDrive: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetDriveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRootChildren: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description Property to sort by, optionally followed by asc or desc (e.g. name desc). */
                $orderby?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRootChildrenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchDrive: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Search text; a single quote inside it is written twice.
                 * @example .xlsx
                 */
                q: string;
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
                    "application/json": components["schemas"]["SearchDriveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "persistChanges": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listNamedItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
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
                    "application/json": components["schemas"]["ListNamedItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTableColumns: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Table name (Table1) or table id.
                 * @example Table1
                 */
                table: string;
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
                    "application/json": components["schemas"]["ListTableColumnsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTableRows: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Table name (Table1) or table id.
                 * @example Table1
                 */
                table: string;
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
                    "application/json": components["schemas"]["ListTableRowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addTableRow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Table name (Table1) or table id.
                 * @example Table1
                 */
                table: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "values": [
                 *         [
                 *           "Data1",
                 *           "Data2",
                 *           "Data3"
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddTableRowRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTableRowResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTableRow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Table name (Table1) or table id.
                 * @example Table1
                 */
                table: string;
                /**
                 * @description Zero-based position of the row among the table's data rows.
                 * @example 0
                 */
                index: number;
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
    listWorksheets: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
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
                    "application/json": components["schemas"]["ListWorksheetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWorksheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "NewSheet"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorksheetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorksheetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWorksheet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
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
    listCharts: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
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
                    "application/json": components["schemas"]["ListChartsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addChart: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "ColumnClustered",
                 *       "sourceData": "A1:C4",
                 *       "seriesBy": "Auto"
                 *     }
                 */
                "application/json": components["schemas"]["AddChartRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddChartResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRange: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
                /**
                 * @description A1-style address of the cells, such as A1:B2 or C5.
                 * @example A1:B2
                 */
                address: string;
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
                    "application/json": components["schemas"]["GetRangeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
                /**
                 * @description A1-style address of the cells to write.
                 * @example A1:B2
                 */
                address: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "values": [
                 *         [
                 *           "Value1",
                 *           "Value2"
                 *         ],
                 *         [
                 *           100,
                 *           200
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRangeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRangeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorksheetTables: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
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
                    "application/json": components["schemas"]["ListWorksheetTablesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addTable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "A1:C4",
                 *       "hasHeaders": true
                 *     }
                 */
                "application/json": components["schemas"]["AddTableRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTableResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUsedRange: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of a session from createSession; omit to work without one. */
                "workbook-session-id"?: string;
                /** @description Id of the Microsoft Excel connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Path of the workbook from the drive root, such as Budget.xlsx or Reports/Budget.xlsx.
                 * @example workbook.xlsx
                 */
                itemPath: string;
                /**
                 * @description Worksheet name (Sheet1) or worksheet id.
                 * @example Sheet1
                 */
                worksheet: string;
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
                    "application/json": components["schemas"]["GetUsedRangeResponse"];
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
