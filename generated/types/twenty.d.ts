// Generated from providers/twenty.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/rest/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List companies a page at a time, with optional filter and ordering. */
        get: operations["listCompanies"];
        put?: never;
        /** Create a company. */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one company. */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Delete a company. */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        /** Change some fields of a company. */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/rest/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notes a page at a time, with optional filter and ordering. */
        get: operations["listNotes"];
        put?: never;
        /** Create a note; link it to records afterwards through noteTargets. */
        post: operations["createNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List opportunities a page at a time, with optional filter and ordering. */
        get: operations["listOpportunities"];
        put?: never;
        /** Create an opportunity (deal) with an amount, stage and company. */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people a page at a time, with optional filter and ordering. */
        get: operations["listPeople"];
        put?: never;
        /** Create a person, optionally attached to a company. */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person. */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of a person. */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/rest/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks a page at a time, with optional filter and ordering. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task with a status, due time and assignee. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/workspaceMembers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of the workspace. */
        get: operations["listWorkspaceMembers"];
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
        CreateCompanyRequest: {
            name?: string;
            domainName?: components["schemas"]["CreateCompanyRequestDomainName"];
            employees?: number;
            linkedinLink?: {
                primaryLinkUrl?: string;
            };
            xLink?: {
                primaryLinkUrl?: string;
            };
            annualRecurringRevenue?: components["schemas"]["CreateCompanyRequestAnnualRecurringRevenue"];
            address?: components["schemas"]["CreateCompanyRequestAddress"];
            idealCustomerProfile?: boolean;
            accountOwnerId?: components["schemas"]["CreateCompanyRequestAccountOwnerId"];
        };
        /**
         * Format: uuid
         * @description Workspace member who owns the account.
         */
        CreateCompanyRequestAccountOwnerId: string;
        CreateCompanyRequestAddress: {
            addressStreet1?: string;
            addressStreet2?: string;
            addressCity?: string;
            addressState?: string;
            addressPostcode?: string;
            addressCountry?: string;
        };
        CreateCompanyRequestAnnualRecurringRevenue: {
            amountMicros?: number;
            currencyCode?: string;
        };
        CreateCompanyRequestDomainName: {
            primaryLinkUrl?: string;
            primaryLinkLabel?: string;
        };
        CreateCompanyResponse: {
            data?: {
                createCompany?: components["schemas"]["ListCompaniesResponseDataCompaniesItem"];
            };
        };
        CreateNoteRequest: {
            title?: string;
            /** @description Plain text body on older Twenty versions. */
            body?: string;
            /** @description Rich-text body on current versions. */
            bodyV2?: {
                markdown?: string;
            };
        };
        CreateNoteResponse: {
            data?: {
                createNote?: components["schemas"]["ListNotesResponseDataNotesItem"];
            };
        };
        CreateOpportunityRequest: {
            name?: string;
            amount?: {
                /** @description Amount times 1000000. */
                amountMicros?: number;
                /** @description ISO 4217 code such as USD. */
                currencyCode?: string;
            };
            /**
             * @description Default stages; a workspace may define others.
             * @enum {string}
             */
            stage?: "SCREENING" | "MEETING" | "PROPOSAL" | "NEGOTIATION" | "WON" | "LOST";
            /** Format: date-time */
            closeDate?: string;
            /** Format: uuid */
            companyId?: string;
            /**
             * Format: uuid
             * @description Person who is the main contact.
             */
            pointOfContactId?: string;
            /**
             * Format: uuid
             * @description Workspace member who owns the deal.
             */
            ownerId?: string;
        };
        CreateOpportunityResponse: {
            data?: {
                createOpportunity?: components["schemas"]["ListOpportunitiesResponseDataOpportunitiesItem"];
            };
        };
        CreatePersonRequest: {
            name?: components["schemas"]["CreatePersonRequestName"];
            emails?: components["schemas"]["CreatePersonRequestEmails"];
            phones?: components["schemas"]["CreatePersonRequestPhones"];
            jobTitle?: string;
            city?: string;
            linkedinLink?: {
                primaryLinkUrl?: string;
            };
            /** Format: uuid */
            companyId?: string;
        };
        CreatePersonRequestEmails: {
            primaryEmail?: string;
            additionalEmails?: string[];
        };
        CreatePersonRequestName: {
            firstName?: string;
            lastName?: string;
        };
        CreatePersonRequestPhones: {
            primaryPhoneNumber?: string;
            primaryPhoneCountryCode?: string;
            primaryPhoneCallingCode?: string;
        };
        CreatePersonResponse: {
            data?: {
                createPerson?: components["schemas"]["ListPeopleResponseDataPeopleItem"];
            };
        };
        CreateTaskRequest: {
            title?: string;
            /** @enum {string} */
            status?: "TODO" | "IN_PROGRESS" | "DONE";
            /** Format: date-time */
            dueAt?: string;
            /**
             * Format: uuid
             * @description Workspace member the task is assigned to.
             */
            assigneeId?: string;
            bodyV2?: {
                markdown?: string;
            };
        };
        CreateTaskResponse: {
            data?: {
                createTask?: components["schemas"]["ListTasksResponseDataTasksItem"];
            };
        };
        DeleteCompanyResponse: {
            data?: {
                deleteCompany?: {
                    id?: string;
                };
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
        GetCompanyResponse: {
            data?: {
                company?: components["schemas"]["ListCompaniesResponseDataCompaniesItem"];
            };
        };
        GetPersonResponse: {
            data?: {
                person?: components["schemas"]["ListPeopleResponseDataPeopleItem"];
            };
        };
        ListCompaniesResponse: {
            data?: {
                companies?: components["schemas"]["ListCompaniesResponseDataCompaniesItem"][];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        ListCompaniesResponseDataCompaniesItem: {
            id?: string;
            name?: string;
            domainName?: {
                primaryLinkUrl?: string;
                primaryLinkLabel?: string;
                secondaryLinks?: unknown[] | null;
            };
            employees?: number | null;
            linkedinLink?: Record<string, unknown>;
            xLink?: Record<string, unknown>;
            annualRecurringRevenue?: components["schemas"]["ListCompaniesResponseDataCompaniesItemAnnualRecurringRevenue"];
            address?: {
                addressStreet1?: string;
                addressCity?: string;
                addressState?: string;
                addressPostcode?: string;
                addressCountry?: string;
            };
            idealCustomerProfile?: boolean;
            accountOwnerId?: string | null;
            position?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
            deletedAt?: string | null;
        };
        ListCompaniesResponseDataCompaniesItemAnnualRecurringRevenue: {
            amountMicros?: number | null;
            currencyCode?: string;
        };
        ListCompaniesResponsePageInfo: {
            hasNextPage?: boolean;
            startCursor?: string | null;
            endCursor?: string | null;
        };
        ListNotesResponse: {
            data?: {
                notes?: components["schemas"]["ListNotesResponseDataNotesItem"][];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        ListNotesResponseDataNotesItem: {
            id?: string;
            title?: string;
            bodyV2?: {
                markdown?: string | null;
                blocknote?: string | null;
            };
            position?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListOpportunitiesResponse: {
            data?: {
                opportunities?: components["schemas"]["ListOpportunitiesResponseDataOpportunitiesItem"][];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        ListOpportunitiesResponseDataOpportunitiesItem: {
            id?: string;
            name?: string;
            amount?: components["schemas"]["ListCompaniesResponseDataCompaniesItemAnnualRecurringRevenue"];
            stage?: string;
            /** Format: date-time */
            closeDate?: string | null;
            companyId?: string | null;
            pointOfContactId?: string | null;
            ownerId?: string | null;
            position?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListPeopleResponse: {
            data?: {
                people?: components["schemas"]["ListPeopleResponseDataPeopleItem"][];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        ListPeopleResponseDataPeopleItem: {
            id?: string;
            name?: {
                firstName?: string;
                lastName?: string;
            };
            emails?: {
                primaryEmail?: string;
                additionalEmails?: unknown[] | null;
            };
            phones?: {
                primaryPhoneNumber?: string;
                primaryPhoneCountryCode?: string;
                primaryPhoneCallingCode?: string;
            };
            jobTitle?: string;
            city?: string;
            linkedinLink?: Record<string, unknown>;
            companyId?: string | null;
            position?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ListTasksResponse: {
            data?: {
                tasks?: components["schemas"]["ListTasksResponseDataTasksItem"][];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        ListTasksResponseDataTasksItem: {
            id?: string;
            title?: string;
            status?: string | null;
            /** Format: date-time */
            dueAt?: string | null;
            assigneeId?: string | null;
            bodyV2?: Record<string, unknown>;
            position?: number;
            /** Format: date-time */
            createdAt?: string;
        };
        ListWorkspaceMembersResponse: {
            data?: {
                workspaceMembers?: {
                    id?: string;
                    name?: {
                        firstName?: string;
                        lastName?: string;
                    };
                    userEmail?: string;
                    userId?: string;
                    locale?: string;
                    timeZone?: string;
                    colorScheme?: string;
                }[];
            };
            pageInfo?: components["schemas"]["ListCompaniesResponsePageInfo"];
            totalCount?: number;
        };
        UpdateCompanyRequest: {
            name?: string;
            domainName?: components["schemas"]["CreateCompanyRequestDomainName"];
            employees?: number;
            linkedinLink?: {
                primaryLinkUrl?: string;
            };
            xLink?: {
                primaryLinkUrl?: string;
            };
            annualRecurringRevenue?: components["schemas"]["CreateCompanyRequestAnnualRecurringRevenue"];
            address?: components["schemas"]["CreateCompanyRequestAddress"];
            idealCustomerProfile?: boolean;
            accountOwnerId?: components["schemas"]["CreateCompanyRequestAccountOwnerId"];
        };
        UpdateCompanyResponse: {
            data?: {
                updateCompany?: components["schemas"]["ListCompaniesResponseDataCompaniesItem"];
            };
        };
        UpdatePersonRequest: {
            name?: components["schemas"]["CreatePersonRequestName"];
            emails?: components["schemas"]["CreatePersonRequestEmails"];
            phones?: components["schemas"]["CreatePersonRequestPhones"];
            jobTitle?: string;
            city?: string;
            linkedinLink?: {
                primaryLinkUrl?: string;
            };
            /** Format: uuid */
            companyId?: string;
        };
        UpdatePersonResponse: {
            data?: {
                updatePerson?: components["schemas"]["ListPeopleResponseDataPeopleItem"];
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
        /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCompanies: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCompany: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Company Name",
                 *       "domainName": {
                 *         "primaryLinkUrl": "https://company.com"
                 *       },
                 *       "employees": 100
                 *     }
                 */
                "application/json": components["schemas"]["CreateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompany: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCompany: {
        parameters: {
            query?: {
                /** @description On recent Twenty versions true moves the company to the trash instead of destroying it. */
                soft_delete?: boolean;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the record. */
                id: string;
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
                    "application/json": components["schemas"]["DeleteCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCompany: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listNotes: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createNote: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Note Title",
                 *       "body": "Note content"
                 *     }
                 */
                "application/json": components["schemas"]["CreateNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOpportunitiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOpportunity: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Deal Name",
                 *       "amount": {
                 *         "amountMicros": 50000000000,
                 *         "currencyCode": "USD"
                 *       },
                 *       "stage": "SCREENING",
                 *       "companyId": "{companyId}"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOpportunityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOpportunityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPeopleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPerson: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": {
                 *         "firstName": "John",
                 *         "lastName": "Doe"
                 *       },
                 *       "emails": {
                 *         "primaryEmail": "john@company.com"
                 *       },
                 *       "companyId": "{companyId}"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePersonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePersonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPerson: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the record. */
                id: string;
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
                    "application/json": components["schemas"]["GetPersonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePerson: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the record. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "jobTitle": "CEO"
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePersonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePersonResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: {
                /** @description How many levels of related records to nest. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Task Title",
                 *       "status": "TODO",
                 *       "dueAt": "2026-04-01T00:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkspaceMembers: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Cursor after which the page starts (pageInfo.endCursor of the previous page). */
                starting_after?: string;
                /** @description Cursor before which the page ends (to page backwards). */
                ending_before?: string;
                /**
                 * @description Filter such as employees[gte]:100 or stage[eq]:"MEETING"; combine with and(...), or(...), not(...).
                 * @example employees[gte]:100
                 */
                filter?: string;
                /**
                 * @description Field and direction such as createdAt[DescNullsLast]; several are comma-separated.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: string;
                /** @description How many levels of related records to nest in each record. */
                depth?: 0 | 1 | 2;
            };
            header?: {
                /** @description Id of the Twenty CRM connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkspaceMembersResponse"];
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
