// Generated from providers/typeform.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List forms, optionally searched, limited to a workspace and sorted. */
        get: operations["listForms"];
        put?: never;
        /** Create a form with its fields, screens and settings. */
        post: operations["createForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a form's full definition (fields, logic, settings, screens). */
        get: operations["getForm"];
        /** Replace a form's whole definition; anything not sent is removed. */
        put: operations["replaceForm"];
        post?: never;
        /** Delete a form together with all of its responses. */
        delete: operations["deleteForm"];
        options?: never;
        head?: never;
        /** Change parts of a form with JSON Patch operations (title, settings, theme, workspace). */
        patch: operations["patchForm"];
        trace?: never;
    };
    "/forms/{formId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a form's responses, filtered by time, completion, ids or text. */
        get: operations["listResponses"];
        put?: never;
        post?: never;
        /** Delete chosen responses of a form. */
        delete: operations["deleteResponses"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the images uploaded to the account. */
        get: operations["listImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insights/{formId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a form's views, starts, completion rate, average time and per-question drop-off. */
        get: operations["getFormInsightsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the alias, email and language of the connected account. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's own themes and Typeform's public ones. */
        get: operations["listThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces the account can reach. */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one workspace with its form count and members. */
        get: operations["getWorkspace"];
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
        CreateFormRequest: {
            title: string;
            /** @enum {string} */
            type?: "form" | "quiz" | "classification" | "score" | "branching" | "classification_branching";
            workspace?: {
                /** @description Link of the workspace to create the form in. */
                href?: string;
            };
            theme?: {
                href?: string;
            };
            settings?: Record<string, unknown>;
            welcome_screens?: Record<string, unknown>[];
            thankyou_screens?: Record<string, unknown>[];
            fields?: components["schemas"]["GetFormResponseField"][];
            hidden?: string[];
            variables?: Record<string, unknown>;
            logic?: Record<string, unknown>[];
        };
        CreateFormResponse: {
            id?: string;
            title?: string;
            /** @enum {string} */
            type?: "form" | "quiz" | "classification" | "score" | "branching" | "classification_branching";
            workspace?: {
                href?: string;
            };
            theme?: {
                href?: string;
            };
            settings?: Record<string, unknown>;
            welcome_screens?: Record<string, unknown>[];
            thankyou_screens?: Record<string, unknown>[];
            fields?: components["schemas"]["GetFormResponseField"][];
            hidden?: string[];
            variables?: Record<string, unknown>;
            logic?: Record<string, unknown>[];
            _links?: {
                display?: string;
            };
        };
        DeleteResponsesResponse: unknown;
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
        GetFormInsightsSummaryResponse: {
            form?: {
                summary?: components["schemas"]["GetFormInsightsSummaryResponseFormSummary"];
                fields?: {
                    id?: string;
                    ref?: string;
                    title?: string;
                    type?: string;
                    views?: number;
                    dropoffs?: number;
                }[];
            };
            platforms?: {
                platform?: string;
                summary?: components["schemas"]["GetFormInsightsSummaryResponseFormSummary"];
            }[];
        };
        GetFormInsightsSummaryResponseFormSummary: {
            responses_count?: number;
            average_time?: number;
            completion_rate?: number;
            total_visits?: number;
            unique_visits?: number;
        };
        GetFormResponse: {
            id?: string;
            title?: string;
            /** @enum {string} */
            type?: "form" | "quiz" | "classification" | "score" | "branching" | "classification_branching";
            workspace?: {
                href?: string;
            };
            theme?: {
                href?: string;
            };
            settings?: Record<string, unknown>;
            welcome_screens?: Record<string, unknown>[];
            thankyou_screens?: Record<string, unknown>[];
            fields?: components["schemas"]["GetFormResponseField"][];
            hidden?: string[];
            variables?: Record<string, unknown>;
            logic?: Record<string, unknown>[];
            _links?: {
                display?: string;
            };
        };
        GetFormResponseField: {
            id?: string;
            ref?: string;
            title: string;
            /** @enum {string} */
            type: "short_text" | "long_text" | "email" | "number" | "rating" | "opinion_scale" | "multiple_choice" | "yes_no" | "date" | "file_upload" | "dropdown" | "phone_number" | "website" | "legal" | "picture_choice" | "ranking" | "matrix" | "nps" | "payment" | "statement" | "group" | "contact_info" | "address";
            properties?: Record<string, unknown>;
            validations?: {
                required?: boolean;
            };
        };
        GetMeResponse: {
            user_id?: string;
            account_id?: string;
            alias?: string;
            email?: string;
            language?: string;
        };
        GetWorkspaceResponse: components["schemas"]["ListWorkspacesResponseWorkspace"];
        ListFormsResponse: {
            total_items?: number;
            page_count?: number;
            items?: {
                id?: string;
                title?: string;
                type?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                last_updated_at?: string;
                settings?: {
                    is_public?: boolean;
                };
                self?: {
                    href?: string;
                };
                theme?: {
                    href?: string;
                };
                _links?: {
                    display?: string;
                };
            }[];
        };
        ListImagesResponse: {
            id?: string;
            src?: string;
            file_name?: string;
        }[];
        ListResponsesResponse: {
            total_items?: number;
            page_count?: number;
            items?: {
                landing_id?: string;
                token?: string;
                response_id?: string;
                response_type?: string;
                /** Format: date-time */
                landed_at?: string;
                /** Format: date-time */
                submitted_at?: string;
                metadata?: {
                    user_agent?: string;
                    platform?: string;
                    referer?: string;
                    network_id?: string;
                    browser?: string;
                };
                hidden?: Record<string, unknown>;
                calculated?: {
                    score?: number;
                };
                variables?: Record<string, unknown>[];
                answers?: {
                    field?: {
                        id?: string;
                        type?: string;
                        ref?: string;
                    };
                    type?: string;
                }[];
            }[];
        };
        ListThemesResponse: {
            total_items?: number;
            page_count?: number;
            items?: {
                id?: string;
                name?: string;
                /** @enum {string} */
                visibility?: "public" | "private";
                font?: string;
                colors?: {
                    answer?: string;
                    background?: string;
                    button?: string;
                    question?: string;
                };
                has_transparent_button?: boolean;
                background?: Record<string, unknown>;
            }[];
        };
        ListWorkspacesResponse: {
            total_items?: number;
            page_count?: number;
            items?: components["schemas"]["ListWorkspacesResponseWorkspace"][];
        };
        ListWorkspacesResponseWorkspace: {
            id?: string;
            name?: string;
            default?: boolean;
            shared?: boolean;
            account_id?: string;
            forms?: {
                count?: number;
                href?: string;
            };
            self?: {
                href?: string;
            };
            members?: Record<string, unknown>[];
        };
        PatchFormRequest: {
            /** @enum {string} */
            op: "add" | "remove" | "replace";
            /** @description Target such as /title, /settings/is_public, /theme or /workspace. */
            path: string;
            /** @description New value (not needed for remove). */
            value?: unknown;
        }[];
        ReplaceFormRequest: components["schemas"]["CreateFormRequest"];
        ReplaceFormResponse: {
            id?: string;
            title?: string;
            /** @enum {string} */
            type?: "form" | "quiz" | "classification" | "score" | "branching" | "classification_branching";
            workspace?: {
                href?: string;
            };
            theme?: {
                href?: string;
            };
            settings?: Record<string, unknown>;
            welcome_screens?: Record<string, unknown>[];
            thankyou_screens?: Record<string, unknown>[];
            fields?: components["schemas"]["GetFormResponseField"][];
            hidden?: string[];
            variables?: Record<string, unknown>;
            logic?: Record<string, unknown>[];
            _links?: {
                display?: string;
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
        /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listForms: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                /** @description Only forms whose title contains this text. */
                search?: string;
                workspace_id?: string;
                sort_by?: "created_at" | "last_updated_at";
                order_by?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFormsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Customer Survey",
                 *       "fields": [
                 *         {
                 *           "type": "short_text",
                 *           "title": "What is your name?"
                 *         },
                 *         {
                 *           "type": "email",
                 *           "title": "What is your email?"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
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
    replaceForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Survey Title",
                 *       "fields": [
                 *         {
                 *           "type": "short_text",
                 *           "title": "What is your name?"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
                formId: string;
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
    patchForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "op": "replace",
                 *         "path": "/title",
                 *         "value": "New Title"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["PatchFormRequest"];
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
    listResponses: {
        parameters: {
            query?: {
                page_size?: number;
                /** @description Only responses submitted at or after this time (ISO 8601 or Unix seconds). */
                since?: string;
                /** @description Only responses submitted at or before this time. */
                until?: string;
                /** @description Token of a response; return those after it. */
                after?: string;
                /** @description Token of a response; return those before it. */
                before?: string;
                /** @description Comma-separated response ids to return. */
                included_response_ids?: string;
                /** @description Comma-separated response ids to leave out. */
                excluded_response_ids?: string;
                /** @description true for submitted responses only and false for partial ones only. */
                completed?: boolean;
                /** @description Comma-separated types to include - started, partial, completed. */
                response_type?: string;
                /** @description {field},{asc|desc}, e.g. submitted_at,desc. */
                sort?: string;
                /** @description Only responses whose answers or hidden fields contain this text. */
                query?: string;
                /** @description Comma-separated field ids whose answers to include. */
                fields?: string;
                /** @description Only responses that answered at least one of these field ids. */
                answered_fields?: string;
            };
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
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
    deleteResponses: {
        parameters: {
            query: {
                /** @description Comma-separated ids of the responses to delete (up to 1000). */
                included_response_ids: string;
            };
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
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
                    "application/json": components["schemas"]["DeleteResponsesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listImages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListImagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFormInsightsSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form (the part after /to/ in its share link). */
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
                    "application/json": components["schemas"]["GetFormInsightsSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listThemes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListThemesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Only workspaces whose name contains this text. */
                search?: string;
                page?: number;
                page_size?: number;
            };
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkspacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Typeform connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the workspace. */
                workspaceId: string;
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
                    "application/json": components["schemas"]["GetWorkspaceResponse"];
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
