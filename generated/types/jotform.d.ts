// Generated from providers/jotform.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/form/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a form's title, status, counts and address. */
        get: operations["getForm"];
        put?: never;
        post?: never;
        /** Move a form to the trash (its status becomes DELETED). */
        delete: operations["deleteForm"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files uploaded through a form. */
        get: operations["listFormFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read all of a form's settings (title, styles, thank-you page, emails and more). */
        get: operations["getFormProperties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a form's questions with their ids, types and settings. */
        get: operations["getFormQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the reports (tables, charts, visual reports) built on a form. */
        get: operations["listFormReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the submissions of one form. */
        get: operations["listFormSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhook addresses a form calls on each submission. */
        get: operations["listFormWebhooks"];
        put?: never;
        /** Add a webhook address to a form. */
        post: operations["createFormWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form/{formId}/webhooks/{webhookIndex}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a form's webhook by its position in the webhook list. */
        delete: operations["deleteFormWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/submission/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one submission with all of its answers. */
        get: operations["getSubmission"];
        put?: never;
        /** Change answers of a submission, or its new and flag markers. */
        post: operations["updateSubmission"];
        /** Delete a submission. */
        delete: operations["deleteSubmission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's profile, plan and status. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's forms. */
        get: operations["listUserForms"];
        /** Create a form from a JSON description of its properties, questions and emails. */
        put: operations["createFormsJson"];
        /** Create a form from form-encoded properties, questions and emails. */
        post: operations["createForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List account activity such as logins and form creations, updates and deletions. */
        get: operations["getUserHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List submissions across all of the account's forms. */
        get: operations["listUserSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read this month's usage counters (submissions, uploads, payments, API calls) against the plan's limits. */
        get: operations["getUserUsage"];
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
        /** @description Fields named properties[key], questions[n][key] and emails[n][key], e.g. questions[1][type]=control_textbox. */
        CreateFormRequest: {
            [key: string]: string;
        };
        CreateFormResponse: {
            responseCode?: number;
            content?: components["schemas"]["ListUserFormsResponseForm"];
        };
        CreateFormWebhookRequest: {
            /** @description Address Jotform posts each new submission to. */
            webhookURL: string;
        };
        CreateFormWebhookResponse: components["schemas"]["ListFormWebhooksResponse"];
        CreateFormsJsonRequest: {
            properties?: {
                title?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Questions keyed by their order number. */
            questions?: {
                [key: string]: {
                    /** @description Question type such as control_textbox, control_textarea, control_email, control_phone, control_dropdown, control_radio, control_checkbox, control_datetime, control_fileupload or control_signature. */
                    type: string;
                    text?: string;
                    name?: string;
                    order?: string;
                    /** @enum {string} */
                    required?: "Yes" | "No";
                };
            };
            emails?: {
                [key: string]: Record<string, unknown>;
            };
        };
        CreateFormsJsonResponse: components["schemas"]["CreateFormResponse"];
        DeleteFormResponse: components["schemas"]["CreateFormResponse"];
        DeleteFormWebhookResponse: components["schemas"]["ListFormWebhooksResponse"];
        DeleteSubmissionResponse: {
            responseCode?: number;
            content?: string;
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
        GetFormPropertiesResponse: {
            responseCode?: number;
            content?: {
                [key: string]: unknown;
            };
        };
        GetFormQuestionsResponse: {
            responseCode?: number;
            /** @description Questions keyed by question id. */
            content?: {
                [key: string]: {
                    qid?: string;
                    type?: string;
                    text?: string;
                    name?: string;
                    order?: string;
                    required?: string;
                };
            };
        };
        GetFormResponse: components["schemas"]["CreateFormResponse"];
        GetSubmissionResponse: {
            responseCode?: number;
            content?: components["schemas"]["ListUserSubmissionsResponseSubmission"];
        };
        GetUserHistoryResponse: {
            responseCode?: number;
            content?: {
                type?: string;
                formID?: string;
                username?: string;
                formTitle?: string;
                formStatus?: string;
                ip?: string;
                timestamp?: number;
            }[];
        };
        GetUserResponse: {
            responseCode?: number;
            message?: string;
            content?: {
                username?: string;
                name?: string;
                email?: string;
                website?: string;
                time_zone?: string;
                account_type?: string;
                status?: string;
                created_at?: string;
                updated_at?: string;
                usage?: string;
                company?: string;
            };
            "limit-left"?: number;
        };
        GetUserUsageResponse: {
            responseCode?: number;
            content?: {
                submissions?: string;
                ssl_submissions?: string;
                payments?: string;
                uploads?: string;
                total_submissions?: string;
                signed_documents?: string;
                api?: string;
            };
        };
        ListFormFilesResponse: {
            responseCode?: number;
            content?: {
                name?: string;
                type?: string;
                size?: string;
                username?: string;
                form_id?: string;
                submission_id?: string;
                date?: string;
                url?: string;
            }[];
        };
        ListFormReportsResponse: {
            responseCode?: number;
            content?: {
                id?: string;
                form_id?: string;
                title?: string;
                url?: string;
                list_type?: string;
                status?: string;
                created_at?: string;
                updated_at?: string;
                fields?: string;
            }[];
        };
        ListFormSubmissionsResponse: {
            responseCode?: number;
            content?: components["schemas"]["ListUserSubmissionsResponseSubmission"][];
            resultSet?: components["schemas"]["ListUserFormsResponseResultSet"];
            "limit-left"?: number;
        };
        ListFormWebhooksResponse: {
            responseCode?: number;
            /** @description Webhook URLs keyed by their index (0 first). */
            content?: {
                [key: string]: string;
            };
        };
        ListUserFormsResponse: {
            responseCode?: number;
            content?: components["schemas"]["ListUserFormsResponseForm"][];
            resultSet?: components["schemas"]["ListUserFormsResponseResultSet"];
            "limit-left"?: number;
        };
        ListUserFormsResponseForm: {
            id?: string;
            username?: string;
            title?: string;
            height?: string;
            /** @enum {string} */
            status?: "ENABLED" | "DISABLED" | "DELETED";
            created_at?: string;
            updated_at?: string;
            last_submission?: string;
            new?: string;
            count?: string;
            type?: string;
            favorite?: string;
            archived?: string;
            url?: string;
        };
        ListUserFormsResponseResultSet: {
            offset?: number;
            limit?: number;
            count?: number;
        };
        ListUserSubmissionsResponse: {
            responseCode?: number;
            content?: components["schemas"]["ListUserSubmissionsResponseSubmission"][];
            resultSet?: components["schemas"]["ListUserFormsResponseResultSet"];
            "limit-left"?: number;
        };
        ListUserSubmissionsResponseSubmission: {
            id?: string;
            form_id?: string;
            ip?: string;
            created_at?: string;
            updated_at?: string;
            status?: string;
            new?: string;
            flag?: string;
            notes?: string;
            /** @description Answers keyed by question id. */
            answers?: {
                [key: string]: {
                    name?: string;
                    order?: string;
                    text?: string;
                    type?: string;
                    answer?: unknown;
                    prettyFormat?: string;
                };
            };
        };
        /** @description Fields named submission[qid] or submission[qid][subfield] (e.g. submission[3][first]); also submission[new] and submission[flag]. */
        UpdateSubmissionRequest: {
            [key: string]: string;
        };
        UpdateSubmissionResponse: {
            responseCode?: number;
            content?: {
                submissionID?: string;
                URL?: string;
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
        /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
    deleteForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["DeleteFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormFiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["ListFormFilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFormProperties: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["GetFormPropertiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFormQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["GetFormQuestionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["ListFormReportsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormSubmissions: {
        parameters: {
            query?: {
                /** @description How many results to skip. */
                offset?: number;
                /** @description Results per page. */
                limit?: number;
                /** @description JSON object of conditions, e.g. {"created_at:gt":"2024-01-01"}. */
                filter?: string;
                /** @description Field to sort by, e.g. created_at or title. */
                orderby?: string;
            };
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["ListFormSubmissionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
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
                    "application/json": components["schemas"]["ListFormWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFormWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "webhookURL": "https://example.com/webhook"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateFormWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFormWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteFormWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the form. */
                formId: string;
                /** @description Index of the webhook as listed by GET /form/{formId}/webhooks. */
                webhookIndex: number;
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
                    "application/json": components["schemas"]["DeleteFormWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the submission. */
                submissionId: string;
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
                    "application/json": components["schemas"]["GetSubmissionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the submission. */
                submissionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "submission[3][first]": "John",
                 *       "submission[3][last]": "Doe"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateSubmissionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSubmissionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the submission. */
                submissionId: string;
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
                    "application/json": components["schemas"]["DeleteSubmissionResponse"];
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
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
    listUserForms: {
        parameters: {
            query?: {
                /** @description How many results to skip. */
                offset?: number;
                /** @description Results per page. */
                limit?: number;
                /** @description JSON object of conditions, e.g. {"status:ne":"DELETED"}. */
                filter?: string;
                /** @description Field to sort by, e.g. created_at or title. */
                orderby?: string;
            };
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUserFormsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFormsJson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "title": "Contact Form"
                 *       },
                 *       "questions": {
                 *         "1": {
                 *           "type": "control_textbox",
                 *           "text": "Name",
                 *           "name": "name"
                 *         },
                 *         "2": {
                 *           "type": "control_email",
                 *           "text": "Email",
                 *           "name": "email"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateFormsJsonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFormsJsonResponse"];
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
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "properties[title]": "Contact Form",
                 *       "questions[1][type]": "control_textbox",
                 *       "questions[1][text]": "Name",
                 *       "questions[1][name]": "name",
                 *       "questions[2][type]": "control_email",
                 *       "questions[2][text]": "Email",
                 *       "questions[2][name]": "email"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateFormRequest"];
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
    getUserHistory: {
        parameters: {
            query?: {
                action?: "all" | "userCreation" | "userLogin" | "formCreation" | "formUpdate" | "formDelete" | "formPurge";
                date?: "lastWeek" | "lastMonth" | "last3Months" | "last6Months" | "lastYear" | "all";
                sortBy?: "ASC" | "DESC";
                /** @description Earliest date (MM/DD/YYYY). */
                startDate?: string;
                /** @description Latest date (MM/DD/YYYY). */
                endDate?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserSubmissions: {
        parameters: {
            query?: {
                /** @description How many results to skip. */
                offset?: number;
                /** @description Results per page. */
                limit?: number;
                /** @description JSON object of conditions, e.g. {"status:ne":"DELETED"}. */
                filter?: string;
                /** @description Field to sort by, e.g. created_at or title. */
                orderby?: string;
            };
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUserSubmissionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUserUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the JotForm connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserUsageResponse"];
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
