// Generated from providers/jobber.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send any GraphQL query or mutation with its variables. */
        post: operations["graphql"];
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
        CreateClientResponse: {
            data?: {
                clientCreate?: {
                    client?: {
                        id?: string;
                        name?: string;
                    } | null;
                    userErrors?: components["schemas"]["CreateClientResponseDataClientCreateUserErrors"];
                };
            };
        };
        CreateClientResponseDataClientCreateUserErrors: {
            message?: string;
            path?: string[];
        }[];
        /**
         * @example {
         *       "input": {
         *         "firstName": "John",
         *         "lastName": "Doe",
         *         "emails": [
         *           {
         *             "address": "john@example.com"
         *           }
         *         ]
         *       }
         *     }
         */
        CreateClientVariables: {
            input: {
                firstName?: string;
                lastName?: string;
                companyName?: string;
                emails?: {
                    /** Format: email */
                    address: string;
                }[];
                phones?: {
                    number: string;
                }[];
            };
        };
        CreateJobResponse: {
            data?: {
                jobCreate?: {
                    job?: {
                        id?: string;
                        jobNumber?: number;
                    } | null;
                    userErrors?: components["schemas"]["CreateClientResponseDataClientCreateUserErrors"];
                };
            };
        };
        /**
         * @example {
         *       "input": {
         *         "clientId": "CLIENT_ID",
         *         "title": "Service Job"
         *       }
         *     }
         */
        CreateJobVariables: {
            input: {
                /** @description EncodedId of the client. */
                clientId?: string;
                title?: string;
            };
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
        GetAccountResponse: {
            data?: {
                account?: {
                    id?: string;
                    name?: string;
                };
            };
        };
        GetClientResponse: {
            data?: {
                client?: {
                    id?: string;
                    name?: string;
                    emails?: {
                        address?: string;
                    }[];
                } | null;
            };
        };
        GetClientVariables: {
            /** @description EncodedId of the client. */
            id: string;
        };
        GraphqlRequest: {
            /** @description The GraphQL document. */
            query: string;
            /** @description Values for the document's variables. */
            variables?: {
                [key: string]: unknown;
            };
            /** @description Which operation to run when the document defines several. */
            operationName?: string;
        };
        GraphqlResponse: {
            data?: {
                [key: string]: unknown;
            };
            errors?: {
                message?: string;
                path?: (string | number)[];
                extensions?: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Carries cost information (requestedQueryCost, actualQueryCost, throttleStatus). */
            extensions?: {
                [key: string]: unknown;
            };
        };
        ListClientsResponse: {
            data?: {
                clients?: {
                    nodes?: {
                        id?: string;
                        name?: string;
                        emails?: {
                            address?: string;
                        }[];
                        phones?: {
                            number?: string;
                        }[];
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListClientsResponseDataClientsPageInfo: {
            hasNextPage?: boolean;
            endCursor?: string | null;
        };
        ListClientsVariables: {
            /**
             * @description How many records to return.
             * @default 20
             */
            first?: number;
            /** @description endCursor of the previous page. */
            after?: string;
        };
        ListInvoicesResponse: {
            data?: {
                invoices?: {
                    nodes?: {
                        id?: string;
                        invoiceNumber?: string;
                        total?: number;
                        invoiceStatus?: string;
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListInvoicesVariables: components["schemas"]["ListClientsVariables"];
        ListJobsResponse: {
            data?: {
                jobs?: {
                    nodes?: {
                        id?: string;
                        title?: string | null;
                        jobNumber?: number;
                        jobStatus?: string;
                        client?: {
                            name?: string;
                        };
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListJobsVariables: components["schemas"]["ListClientsVariables"];
        ListPropertiesResponse: {
            data?: {
                properties?: {
                    nodes?: {
                        id?: string;
                        address?: {
                            street?: string;
                            city?: string;
                        };
                        client?: {
                            name?: string;
                        };
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListPropertiesVariables: components["schemas"]["ListClientsVariables"];
        ListQuotesResponse: {
            data?: {
                quotes?: {
                    nodes?: {
                        id?: string;
                        quoteNumber?: string;
                        title?: string | null;
                        quoteStatus?: string;
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListQuotesVariables: components["schemas"]["ListClientsVariables"];
        ListUsersResponse: {
            data?: {
                users?: {
                    nodes?: {
                        id?: string;
                        name?: {
                            full?: string;
                        };
                        email?: {
                            raw?: string;
                        };
                    }[];
                    pageInfo?: components["schemas"]["ListClientsResponseDataClientsPageInfo"];
                };
            };
        };
        ListUsersVariables: {
            /**
             * @description How many users to return.
             * @default 50
             */
            first?: number;
            /** @description endCursor of the previous page. */
            after?: string;
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
        /** @description Id of the Jobber connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    graphql: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Jobber connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "{ account { id name } }"
                 *     }
                 */
                "application/json": components["schemas"]["GraphqlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GraphqlResponse"];
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
