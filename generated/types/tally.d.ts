// Generated from providers/tally.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the forms the user can reach, a page at a time. */
        get: operations["listForms"];
        put?: never;
        /** Create a form from a list of blocks, as a draft or published. */
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
        /** Read a form with its blocks and settings. */
        get: operations["getForm"];
        put?: never;
        post?: never;
        /** Move a form to the trash. */
        delete: operations["deleteForm"];
        options?: never;
        head?: never;
        /** Rename, publish or unpublish a form, or replace its blocks or settings. */
        patch: operations["updateForm"];
        trace?: never;
    };
    "/forms/{formId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a form's questions with their fields and response counts. */
        get: operations["listFormQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{formId}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a form's submissions, filtered by completion and date. */
        get: operations["listFormSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{formId}/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one submission with the questions it answers. */
        get: operations["getFormSubmission"];
        put?: never;
        post?: never;
        /** Delete a submission. */
        delete: operations["deleteFormSubmission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations to an organization that have not been accepted yet. */
        get: operations["listOrganizationInvites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of an organization. */
        get: operations["listOrganizationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile, organization and plan of the user the key belongs to. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks set up on the user's forms. */
        get: operations["listWebhooks"];
        put?: never;
        /** Have Tally post each new response of a form to an address. */
        post: operations["createWebhook"];
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
        /** List the workspaces the user can reach. */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a workspace (Pro plan). */
        post: operations["createWorkspace"];
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
        /** Read a workspace with its members and pending invites. */
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
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED";
            /** @description Workspace to create the form in. */
            workspaceId?: string;
            templateId?: string;
            blocks: components["schemas"]["CreateFormRequestBlock"][];
            /** @description Form settings such as language, closing date, redirect and notifications. */
            settings?: Record<string, unknown>;
        };
        CreateFormRequestBlock: {
            /** Format: uuid */
            uuid: string;
            /** @description Block type such as FORM_TITLE, TEXT, INPUT_TEXT, INPUT_EMAIL, INPUT_NUMBER, TEXTAREA, MULTIPLE_CHOICE_OPTION, CHECKBOX, DROPDOWN_OPTION or PAGE_BREAK. */
            type: string;
            /**
             * Format: uuid
             * @description Blocks that make up one question share this id.
             */
            groupUuid: string;
            groupType: string;
            title?: string;
            payload: Record<string, unknown>;
        };
        CreateFormResponse: {
            id?: string;
            name?: string;
            workspaceId?: string;
            /** @enum {string} */
            status?: "BLANK" | "DRAFT" | "PUBLISHED" | "DELETED";
            isClosed?: boolean;
            numberOfSubmissions?: number;
            blocks?: components["schemas"]["CreateFormRequestBlock"][];
            settings?: Record<string, unknown>;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        CreateWebhookRequest: {
            formId: string;
            /** @description HTTPS address that receives the events. */
            url: string;
            eventTypes: "FORM_RESPONSE"[];
            /** @description Secret used to sign each delivery (Tally-Signature header). */
            signingSecret?: string;
            httpHeaders?: {
                name?: string;
                value?: string;
            }[];
            externalSubscriber?: string;
        };
        CreateWebhookResponse: components["schemas"]["ListWebhooksResponseWebhook"];
        CreateWorkspaceRequest: {
            name: string;
        };
        CreateWorkspaceResponse: components["schemas"]["ListWorkspacesResponseWorkspace"];
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
        GetFormResponse: components["schemas"]["CreateFormResponse"];
        GetFormSubmissionResponse: {
            questions?: components["schemas"]["ListFormQuestionsResponseQuestion"][];
            submission?: components["schemas"]["ListFormSubmissionsResponseSubmission"];
        };
        GetMeResponse: {
            id?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            avatarUrl?: string;
            organizationId?: string;
            isDeleted?: boolean;
            hasTwoFactorEnabled?: boolean;
            /** @enum {string} */
            subscriptionPlan?: "FREE" | "PRO" | "BUSINESS";
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        GetWorkspaceResponse: components["schemas"]["ListWorkspacesResponseWorkspace"];
        ListFormQuestionsResponse: {
            questions?: components["schemas"]["ListFormQuestionsResponseQuestion"][];
            hasResponses?: boolean;
        };
        ListFormQuestionsResponseQuestion: {
            id?: string;
            type?: string;
            title?: string;
            formId?: string;
            isDeleted?: boolean;
            numberOfResponses?: number;
            fields?: {
                uuid?: string;
                type?: string;
                blockGroupUuid?: string;
                title?: string;
            }[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListFormSubmissionsResponse: {
            page?: number;
            limit?: number;
            hasMore?: boolean;
            totalNumberOfSubmissionsPerFilter?: {
                all?: number;
                completed?: number;
                partial?: number;
            };
            questions?: components["schemas"]["ListFormQuestionsResponseQuestion"][];
            submissions?: components["schemas"]["ListFormSubmissionsResponseSubmission"][];
        };
        ListFormSubmissionsResponseSubmission: {
            id?: string;
            formId?: string;
            respondentId?: string;
            isCompleted?: boolean;
            /** Format: date-time */
            submittedAt?: string;
            responses?: {
                questionId?: string;
                value?: unknown;
            }[];
        };
        ListFormsResponse: {
            items?: components["schemas"]["ListFormsResponseForm"][];
            page?: number;
            limit?: number;
            total?: number;
            hasMore?: boolean;
        };
        ListFormsResponseForm: {
            id?: string;
            name?: string;
            workspaceId?: string;
            organizationId?: string;
            /** @enum {string} */
            status?: "BLANK" | "DRAFT" | "PUBLISHED" | "DELETED";
            isClosed?: boolean;
            hasDraftBlocks?: boolean;
            numberOfSubmissions?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListOrganizationInvitesResponse: {
            id?: string;
            organizationId?: string;
            email?: string;
            workspaceIds?: string[];
            /** Format: date-time */
            createdAt?: string;
        }[];
        ListOrganizationUsersResponse: {
            id?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            avatarUrl?: string;
            organizationId?: string;
            /** Format: date-time */
            createdAt?: string;
        }[];
        ListWebhooksResponse: {
            webhooks?: components["schemas"]["ListWebhooksResponseWebhook"][];
            page?: number;
            limit?: number;
            hasMore?: boolean;
        };
        ListWebhooksResponseWebhook: {
            id?: string;
            formId?: string;
            url?: string;
            eventTypes?: "FORM_RESPONSE"[];
            isEnabled?: boolean;
            /** Format: date-time */
            createdAt?: string;
        };
        ListWorkspacesResponse: {
            items?: components["schemas"]["ListWorkspacesResponseWorkspace"][];
            page?: number;
            limit?: number;
            total?: number;
            hasMore?: boolean;
        };
        ListWorkspacesResponseWorkspace: {
            id?: string;
            name?: string;
            createdByUserId?: string;
            members?: Record<string, unknown>[];
            invites?: Record<string, unknown>[];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        UpdateFormRequest: {
            name?: string;
            /** @enum {string} */
            status?: "DRAFT" | "PUBLISHED";
            /** @description The form's complete new list of blocks. */
            blocks?: components["schemas"]["CreateFormRequestBlock"][];
            settings?: Record<string, unknown>;
        };
        UpdateFormResponse: components["schemas"]["CreateFormResponse"];
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
        /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Forms per page. */
                limit?: number;
                /** @description Only forms in these workspaces. */
                workspaceIds?: string[];
            };
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "DRAFT",
                 *       "blocks": [
                 *         {
                 *           "type": "FORM_TITLE",
                 *           "uuid": "11111111-1111-1111-1111-111111111111",
                 *           "groupUuid": "22222222-2222-2222-2222-222222222222",
                 *           "groupType": "FORM_TITLE",
                 *           "title": "My Form",
                 *           "payload": {}
                 *         },
                 *         {
                 *           "type": "INPUT_TEXT",
                 *           "uuid": "33333333-3333-3333-3333-333333333333",
                 *           "groupUuid": "44444444-4444-4444-4444-444444444444",
                 *           "groupType": "INPUT_TEXT",
                 *           "title": "Your name",
                 *           "payload": {}
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
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
    deleteForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
    updateForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "name": "Updated Form Name",
                 *       "status": "PUBLISHED"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFormRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFormResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFormQuestionsResponse"];
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
                page?: number;
                /** @description Submissions per page. */
                limit?: number;
                filter?: "all" | "completed" | "partial";
                /** @description Only submissions made at or after this time. */
                startDate?: string;
                /** @description Only submissions made at or before this time. */
                endDate?: string;
                /** @description Only submissions after the one with this id. */
                afterId?: string;
            };
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
    getFormSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
                /** @description Id of the submission. */
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
                    "application/json": components["schemas"]["GetFormSubmissionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteFormSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                formId: string;
                /** @description Id of the submission. */
                submissionId: string;
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
    listOrganizationInvites: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (organizationId in GET /users/me). */
                organizationId: string;
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
                    "application/json": components["schemas"]["ListOrganizationInvitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrganizationUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the organization (organizationId in GET /users/me). */
                organizationId: string;
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
                    "application/json": components["schemas"]["ListOrganizationUsersResponse"];
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
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
    listWebhooks: {
        parameters: {
            query?: {
                page?: number;
                /** @description Webhooks per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "formId": "GxdRaQ",
                 *       "url": "https://your-endpoint.com/webhook",
                 *       "eventTypes": [
                 *         "FORM_RESPONSE"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
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
                page?: number;
            };
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Workspace"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkspaceResponse"];
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
                /** @description Id of the Tally connection to use; without it the account's oldest active connection serves the request. */
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
