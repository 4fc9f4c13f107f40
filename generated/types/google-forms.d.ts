// Generated from providers/google-forms.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an empty form with a title. */
        post: operations["createForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a form with its settings and every item and question. */
        get: operations["getForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the responses submitted to a form. */
        get: operations["listResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formId}/responses/{responseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one submitted response. */
        get: operations["getResponse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{formId}:batchUpdate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add, change, move or remove items and update form info or settings in one atomic batch. */
        post: operations["batchUpdateForm"];
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
        BatchUpdateFormRequest: {
            /** @description Return the updated form with the replies. */
            includeFormInResponse?: boolean;
            /** @description Each item holds exactly one request kind. */
            requests: {
                createItem?: {
                    item: {
                        title?: string;
                        description?: string;
                        questionItem?: {
                            question?: {
                                required?: boolean;
                                textQuestion?: {
                                    /** @description true for a long-answer field. */
                                    paragraph?: boolean;
                                };
                                choiceQuestion?: {
                                    /** @enum {string} */
                                    type?: "RADIO" | "CHECKBOX" | "DROP_DOWN";
                                    options?: {
                                        value?: string;
                                    }[];
                                    shuffle?: boolean;
                                };
                                scaleQuestion?: {
                                    /** @enum {integer} */
                                    low?: 0 | 1;
                                    high?: number;
                                    lowLabel?: string;
                                    highLabel?: string;
                                };
                                dateQuestion?: {
                                    includeTime?: boolean;
                                    includeYear?: boolean;
                                };
                                timeQuestion?: {
                                    duration?: boolean;
                                };
                                fileUploadQuestion?: Record<string, unknown>;
                            };
                        };
                    };
                    location: components["schemas"]["BatchUpdateFormRequestRequestsItemCreateItemLocation"];
                };
                updateItem?: {
                    item?: Record<string, unknown>;
                    location?: components["schemas"]["BatchUpdateFormRequestRequestsItemCreateItemLocation"];
                    updateMask?: string;
                };
                moveItem?: {
                    originalLocation?: components["schemas"]["BatchUpdateFormRequestRequestsItemCreateItemLocation"];
                    newLocation?: components["schemas"]["BatchUpdateFormRequestRequestsItemCreateItemLocation"];
                };
                deleteItem?: {
                    location?: components["schemas"]["BatchUpdateFormRequestRequestsItemCreateItemLocation"];
                };
                updateFormInfo?: {
                    info?: {
                        title?: string;
                        description?: string;
                    };
                    /** @description Field mask of the info fields to change, e.g. title,description. */
                    updateMask?: string;
                };
                updateSettings?: {
                    settings?: Record<string, unknown>;
                    updateMask?: string;
                };
            }[];
            /** @description Optimistic locking against a revision of the form. */
            writeControl?: {
                requiredRevisionId?: string;
                targetRevisionId?: string;
            };
        };
        BatchUpdateFormRequestRequestsItemCreateItemLocation: {
            index: number;
        };
        BatchUpdateFormResponse: {
            replies?: {
                createItem?: {
                    itemId?: string;
                    questionId?: string[];
                };
            }[];
            writeControl?: {
                requiredRevisionId?: string;
            };
            /** @description The updated form when includeFormInResponse was set. */
            form?: Record<string, unknown>;
        };
        CreateFormRequest: {
            info: {
                /** @description Title shown to respondents. */
                title: string;
                /** @description Name of the file in Drive (defaults to the title). */
                documentTitle?: string;
            };
        };
        CreateFormResponse: components["schemas"]["GetFormResponse"];
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
        GetFormResponse: {
            formId?: string;
            info?: {
                title?: string;
                documentTitle?: string;
                description?: string;
            };
            settings?: {
                quizSettings?: {
                    isQuiz?: boolean;
                };
            };
            items?: {
                itemId?: string;
                title?: string;
                description?: string;
                questionItem?: {
                    question?: {
                        questionId?: string;
                        required?: boolean;
                    };
                };
                questionGroupItem?: Record<string, unknown>;
                pageBreakItem?: Record<string, unknown>;
                textItem?: Record<string, unknown>;
                imageItem?: Record<string, unknown>;
                videoItem?: Record<string, unknown>;
            }[];
            revisionId?: string;
            /** @description Link respondents use to fill in the form. */
            responderUri?: string;
            linkedSheetId?: string;
        };
        GetResponseResponse: components["schemas"]["ListResponsesResponseResponsesItem"];
        ListResponsesResponse: {
            responses?: components["schemas"]["ListResponsesResponseResponsesItem"][];
            nextPageToken?: string;
        };
        ListResponsesResponseResponsesItem: {
            responseId?: string;
            formId?: string;
            /** Format: date-time */
            createTime?: string;
            /** Format: date-time */
            lastSubmittedTime?: string;
            respondentEmail?: string;
            totalScore?: number;
            /** @description Keyed by question id. */
            answers?: {
                [key: string]: {
                    questionId?: string;
                    textAnswers?: {
                        answers?: {
                            value?: string;
                        }[];
                    };
                    fileUploadAnswers?: Record<string, unknown>;
                    grade?: Record<string, unknown>;
                };
            };
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
        /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "info": {
                 *         "title": "Customer Feedback Survey"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
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
                    "application/json": components["schemas"]["GetFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listResponses: {
        parameters: {
            query?: {
                /** @description Only responses submitted after a time, written timestamp > 2024-01-01T00:00:00Z (or >=). */
                filter?: string;
                /** @description Responses per page; unset means the largest page the server allows. */
                pageSize?: number;
                /** @description nextPageToken of the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
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
                    "application/json": components["schemas"]["ListResponsesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
                /** @description Id of the response. */
                responseId: string;
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
                    "application/json": components["schemas"]["GetResponseResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batchUpdateForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Google Forms connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "createItem": {
                 *             "item": {
                 *               "title": "What is your name?",
                 *               "questionItem": {
                 *                 "question": {
                 *                   "required": true,
                 *                   "textQuestion": {
                 *                     "paragraph": false
                 *                   }
                 *                 }
                 *               }
                 *             },
                 *             "location": {
                 *               "index": 0
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchUpdateFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchUpdateFormResponse"];
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
