// Generated from providers/airtable.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v0/meta/bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the bases the token can access, with the permission level on each. */
        get: operations["listBases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/meta/bases/{baseId}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the tables of a base with their fields and views. */
        get: operations["getBaseSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v0/{baseId}/{tableIdOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the records of a table a page at a time, optionally filtered, sorted and limited to some fields. */
        get: operations["listRecords"];
        /** Overwrite up to 10 records, clearing every field the request leaves out. */
        put: operations["replaceRecords"];
        /** Create up to 10 records. */
        post: operations["createRecords"];
        /** Delete up to 10 records by id. */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        /** Change some fields of up to 10 records, or upsert them by matching fields. */
        patch: operations["updateRecords"];
        trace?: never;
    };
    "/v0/{baseId}/{tableIdOrName}/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record by id. */
        get: operations["getRecord"];
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
        CreateRecordsRequest: {
            records: {
                /** @description Field name (or id) to value. */
                fields: {
                    [key: string]: unknown;
                };
            }[];
            /**
             * @description Convert string values to the field's type and create missing select options.
             * @default false
             */
            typecast?: boolean;
            returnFieldsByFieldId?: boolean;
        };
        CreateRecordsResponse: {
            records?: components["schemas"]["ListRecordsResponseRecord"][];
        };
        DeleteRecordsResponse: {
            records?: {
                id?: string;
                deleted?: boolean;
            }[];
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
        GetBaseSchemaResponse: {
            tables?: {
                id?: string;
                name?: string;
                description?: string;
                primaryFieldId?: string;
                fields?: {
                    id?: string;
                    name?: string;
                    /** @description Field type such as singleLineText, number, singleSelect or multipleRecordLinks. */
                    type?: string;
                    description?: string;
                    options?: Record<string, unknown>;
                }[];
                views?: {
                    id?: string;
                    name?: string;
                    type?: string;
                }[];
            }[];
        };
        GetRecordResponse: components["schemas"]["ListRecordsResponseRecord"];
        ListBasesResponse: {
            bases?: {
                id?: string;
                name?: string;
                /** @enum {string} */
                permissionLevel?: "none" | "read" | "comment" | "edit" | "create";
            }[];
            offset?: string;
        };
        ListRecordsResponse: {
            records?: components["schemas"]["ListRecordsResponseRecord"][];
            /** @description Present when more records remain. */
            offset?: string;
        };
        ListRecordsResponseRecord: {
            id?: string;
            /** Format: date-time */
            createdTime?: string;
            fields?: {
                [key: string]: unknown;
            };
            commentCount?: number;
        };
        ReplaceRecordsRequest: components["schemas"]["UpdateRecordsRequest"];
        ReplaceRecordsResponse: components["schemas"]["CreateRecordsResponse"];
        UpdateRecordsRequest: {
            records: {
                /** @description Record to change; may be left out when performUpsert is used. */
                id?: string;
                fields: {
                    [key: string]: unknown;
                };
            }[];
            /** @default false */
            typecast?: boolean;
            returnFieldsByFieldId?: boolean;
            /** @description Match records on these fields instead of ids, creating those that do not match. */
            performUpsert?: {
                fieldsToMergeOn: string[];
            };
        };
        UpdateRecordsResponse: {
            records?: components["schemas"]["ListRecordsResponseRecord"][];
            /** @description Ids created by an upsert. */
            createdRecords?: string[];
            /** @description Ids changed by an upsert. */
            updatedRecords?: string[];
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
        /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBases: {
        parameters: {
            query?: {
                /** @description Token from the previous page's response. */
                offset?: string;
            };
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBasesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBaseSchema: {
        parameters: {
            query?: {
                /** @description Add the visible field ids of each view. */
                "include[]"?: "visibleFieldIds"[];
            };
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
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
                    "application/json": components["schemas"]["GetBaseSchemaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description Records per page. */
                pageSize?: number;
                /** @description Token from the previous page's response. */
                offset?: string;
                /** @description Stop after this many records across all pages. */
                maxRecords?: number;
                /** @description Name or id of a view whose filters and order apply. */
                view?: string;
                /** @description Formula that a record must make true, e.g. {Status}='Active'. */
                filterByFormula?: string;
                /** @description Only return these fields (repeat for each). */
                "fields[]"?: string[];
                /** @description Field to sort by; add sort[1][field] and so on for more keys. */
                "sort[0][field]"?: string;
                /** @description Direction of the first sort key. */
                "sort[0][direction]"?: "asc" | "desc";
                /** @description string renders values as text and then needs timeZone and userLocale. */
                cellFormat?: "json" | "string";
                /** @description Time zone for dates when cellFormat is string. */
                timeZone?: string;
                /** @description Locale for dates when cellFormat is string. */
                userLocale?: string;
                /** @description Key fields by field id instead of name. */
                returnFieldsByFieldId?: boolean;
                /** @description Extra metadata to include per record. */
                "recordMetadata[]"?: "commentCount"[];
            };
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
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
                     *       "records": [
                     *         {
                     *           "id": "recXXXXXXXXXXXXXX",
                     *           "createdTime": "2024-01-15T10:00:00.000Z",
                     *           "fields": {
                     *             "Name": "New Record",
                     *             "Status": "Active"
                     *           }
                     *         }
                     *       ],
                     *       "offset": "itrXXXXXXXXXXX"
                     *     }
                     */
                    "application/json": components["schemas"]["ListRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replaceRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "id": "recXXXXXXXXXXXXXX",
                 *           "fields": {
                 *             "Name": "Updated Name",
                 *             "Status": "Active"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "fields": {
                 *             "Name": "New Record",
                 *             "Status": "Active",
                 *             "Email": "test@example.com"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecords: {
        parameters: {
            query: {
                /** @description Ids of the records to delete (repeat for each; at most 10). */
                "records[]": string[];
            };
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
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
                    "application/json": components["schemas"]["DeleteRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "id": "recXXXXXXXXXXXXXX",
                 *           "fields": {
                 *             "Status": "Completed"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecord: {
        parameters: {
            query?: {
                cellFormat?: "json" | "string";
                timeZone?: string;
                userLocale?: string;
                returnFieldsByFieldId?: boolean;
            };
            header?: {
                /** @description Id of the Airtable connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the base.
                 * @example appgqan2NzWGP5sBK
                 */
                baseId: string;
                /**
                 * @description Id of the table (tbl…) or its URL-encoded name.
                 * @example tblXXXXXXXXXXXXXX
                 */
                tableIdOrName: string;
                /** @description Id of the record. */
                recordId: string;
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
                    "application/json": components["schemas"]["GetRecordResponse"];
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
