// Generated from providers/salesforce.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/services/data/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the REST API versions the org offers. */
        get: operations["listApiVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/composite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run up to 25 dependent subrequests in one call; later ones can use earlier results by referenceId. */
        post: operations["composite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/composite/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run up to 25 independent subrequests in one call. */
        post: operations["compositeBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/composite/sobjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create up to 200 records, of one or several objects, in one call. */
        post: operations["createRecords"];
        /** Delete up to 200 records by id in one call. */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the org's limits (daily API calls, storage …) with what remains of each. */
        get: operations["getLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run a SOQL query and get the first batch of matching records. */
        get: operations["query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/query/{queryLocator}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the next batch of a SOQL query's records (the path of its nextRecordsUrl). */
        get: operations["queryMore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run a SOSL full-text search across objects. */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the org's objects with what each allows (describe global). */
        get: operations["listSObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects/{objectType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a record of an object from field values. */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects/{objectType}/deleted/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an object's records deleted in a time window (at most 30 days back). */
        get: operations["getDeletedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects/{objectType}/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Describe an object in full, with its fields, picklist values and relationships. */
        get: operations["describeSObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects/{objectType}/updated/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ids of an object's records changed in a time window (at most 30 days back). */
        get: operations["getUpdatedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/services/data/{version}/sobjects/{objectType}/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record, optionally only some fields. */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /** Delete a record (it goes to the recycle bin). */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /** Change some fields of a record. */
        patch: operations["updateRecord"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CompositeBatchRequest: {
            /** @description true skips the remaining subrequests after one fails. */
            haltOnError?: boolean;
            batchRequests: {
                /** @enum {string} */
                method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
                /** @description Path after /services/data/, starting with the version, e.g. v59.0/sobjects/Contact/003…. */
                url: string;
                /** @description Body of a POST or PATCH subrequest. */
                richInput?: Record<string, unknown>;
                binaryPartName?: string;
            }[];
        };
        CompositeBatchResponse: {
            hasErrors?: boolean;
            results?: {
                statusCode?: number;
                result?: unknown;
            }[];
        };
        CompositeRequest: {
            /** @description true rolls back every subrequest when one fails. */
            allOrNone?: boolean;
            collateSubrequests?: boolean;
            compositeRequest: {
                /** @enum {string} */
                method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
                /** @description Full path of the subrequest, /services/data/vNN.N/…. */
                url: string;
                /** @description Name later subrequests use as @{referenceId.field}. */
                referenceId: string;
                body?: Record<string, unknown>;
                httpHeaders?: {
                    [key: string]: string;
                };
            }[];
        };
        CompositeResponse: {
            compositeResponse?: {
                body?: unknown;
                httpHeaders?: Record<string, unknown>;
                httpStatusCode?: number;
                referenceId?: string;
            }[];
        };
        /** @description Field API names with their values. */
        CreateRecordRequest: {
            [key: string]: unknown;
        };
        CreateRecordResponse: {
            id?: string;
            success?: boolean;
            errors?: {
                statusCode?: string;
                message?: string;
                fields?: string[];
            }[];
        };
        CreateRecordsRequest: {
            /** @default false */
            allOrNone?: boolean;
            records: ({
                attributes: {
                    /** @description API name of the object. */
                    type: string;
                };
            } & {
                [key: string]: unknown;
            })[];
        };
        CreateRecordsResponse: components["schemas"]["CreateRecordResponse"][];
        DeleteRecordsResponse: components["schemas"]["CreateRecordsResponse"];
        DescribeSObjectResponse: {
            name?: string;
            label?: string;
            keyPrefix?: string | null;
            fields?: {
                name?: string;
                label?: string;
                type?: string;
                length?: number;
                nillable?: boolean;
                createable?: boolean;
                updateable?: boolean;
                picklistValues?: {
                    value?: string;
                    label?: string;
                    active?: boolean;
                }[];
                referenceTo?: string[];
            }[];
            childRelationships?: Record<string, unknown>[];
            recordTypeInfos?: Record<string, unknown>[];
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
        GetDeletedRecordsResponse: {
            deletedRecords?: {
                id?: string;
                /** Format: date-time */
                deletedDate?: string;
            }[];
            /** Format: date-time */
            earliestDateAvailable?: string;
            /** Format: date-time */
            latestDateCovered?: string;
        };
        /** @description One entry per limit name, such as DailyApiRequests or DataStorageMB. */
        GetLimitsResponse: {
            [key: string]: {
                Max?: number;
                Remaining?: number;
            };
        };
        GetRecordResponse: components["schemas"]["QueryResponseRecordsItem"];
        GetUpdatedRecordsResponse: {
            ids?: string[];
            /** Format: date-time */
            latestDateCovered?: string;
        };
        ListApiVersionsResponse: {
            label?: string;
            url?: string;
            version?: string;
        }[];
        ListSObjectsResponse: {
            encoding?: string;
            maxBatchSize?: number;
            sobjects?: {
                name?: string;
                label?: string;
                keyPrefix?: string | null;
                custom?: boolean;
                queryable?: boolean;
                createable?: boolean;
                updateable?: boolean;
                deletable?: boolean;
                urls?: Record<string, unknown>;
            }[];
        };
        QueryMoreResponse: components["schemas"]["QueryResponse"];
        QueryResponse: {
            totalSize?: number;
            /** @description false when more records remain at nextRecordsUrl. */
            done?: boolean;
            /** @description Path of the next batch, /services/data/vNN.N/query/<locator>. */
            nextRecordsUrl?: string;
            records?: components["schemas"]["QueryResponseRecordsItem"][];
        };
        QueryResponseRecordsItem: {
            attributes?: {
                type?: string;
                url?: string;
            };
            Id?: string;
        } & {
            [key: string]: unknown;
        };
        SearchResponse: {
            searchRecords?: components["schemas"]["QueryResponseRecordsItem"][];
        };
        /** @description Field API names with their new values. */
        UpdateRecordRequest: {
            [key: string]: unknown;
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
        /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
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
                    /**
                     * @example [
                     *       {
                     *         "label": "Summer '25",
                     *         "url": "/services/data/v64.0",
                     *         "version": "64.0"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListApiVersionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    composite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "compositeRequest": [
                 *         {
                 *           "method": "GET",
                 *           "url": "/services/data/v59.0/sobjects/Contact/003XXXXXXX",
                 *           "referenceId": "contact1"
                 *         },
                 *         {
                 *           "method": "GET",
                 *           "url": "/services/data/v59.0/sobjects/Account/001XXXXXXX",
                 *           "referenceId": "account1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CompositeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompositeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    compositeBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "batchRequests": [
                 *         {
                 *           "method": "GET",
                 *           "url": "v59.0/sobjects/Contact/003XXXXXXX"
                 *         },
                 *         {
                 *           "method": "GET",
                 *           "url": "v59.0/sobjects/Account/001XXXXXXX"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CompositeBatchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompositeBatchResponse"];
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
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allOrNone": true,
                 *       "records": [
                 *         {
                 *           "attributes": {
                 *             "type": "Contact"
                 *           },
                 *           "FirstName": "John",
                 *           "LastName": "Doe"
                 *         },
                 *         {
                 *           "attributes": {
                 *             "type": "Contact"
                 *           },
                 *           "FirstName": "Jane",
                 *           "LastName": "Smith"
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
                /** @description Ids of the records to delete. */
                ids: string[];
                allOrNone?: boolean;
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
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
    getLimits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
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
                    "application/json": components["schemas"]["GetLimitsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    query: {
        parameters: {
            query: {
                /**
                 * @description The SOQL statement, URL-encoded.
                 * @example SELECT Id,Name FROM Contact LIMIT 10
                 */
                q: string;
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
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
                    "application/json": components["schemas"]["QueryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryMore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /** @description Last segment of nextRecordsUrl, e.g. 01gD0000002HU6KIAW-2000. */
                queryLocator: string;
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
                    "application/json": components["schemas"]["QueryMoreResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description The SOSL statement, URL-encoded; search terms go in braces.
                 * @example FIND {John} IN ALL FIELDS RETURNING Contact(Id,Name)
                 */
                q: string;
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
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
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSObjects: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
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
                    "application/json": components["schemas"]["ListSObjectsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "FirstName": "John",
                 *       "LastName": "Doe",
                 *       "Email": "john@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDeletedRecords: {
        parameters: {
            query: {
                /** @description Start of the window. */
                start: string;
                /** @description End of the window. */
                end: string;
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
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
                    "application/json": components["schemas"]["GetDeletedRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    describeSObject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
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
                    "application/json": components["schemas"]["DescribeSObjectResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUpdatedRecords: {
        parameters: {
            query: {
                /** @description Start of the window, e.g. 2026-01-30T00:00:00Z. */
                start: string;
                /** @description End of the window. */
                end: string;
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
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
                    "application/json": components["schemas"]["GetUpdatedRecordsResponse"];
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
                /** @description Fields to return; all readable fields when omitted. */
                fields?: string[];
            };
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
                /** @description 15- or 18-character record id. */
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
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
                /** @description 15- or 18-character record id. */
                recordId: string;
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
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Salesforce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description API version, such as v59.0 or v64.0; GET /services/data/ lists the ones the org supports.
                 * @example v64.0
                 */
                version: string;
                /**
                 * @description API name of the sObject, e.g. Account, Contact, Lead, Opportunity or a custom My_Object__c.
                 * @example Contact
                 */
                objectType: string;
                /** @description 15- or 18-character record id. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Phone": "+1234567890"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordRequest"];
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
}
