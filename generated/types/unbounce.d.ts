// Generated from providers/unbounce.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the accounts the credentials can reach. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one account. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of every sub-account of an account (older form of GET /pages). */
        get: operations["listAccountPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/sub_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account's sub-accounts (clients), a page at a time. */
        get: operations["listSubAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one custom domain. */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{domain_id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages published on a custom domain. */
        get: operations["listDomainPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one lead with its form data. */
        get: operations["getLead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/page_groups/{page_group_id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages in a page group. */
        get: operations["listPageGroupPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every page the credentials can reach, including pages shared from other clients. */
        get: operations["listPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages/{page_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one page with its URL, state and test figures. */
        get: operations["getPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages/{page_id}/form_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the form fields used across all variants of a page. */
        get: operations["listPageFormFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pages/{page_id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the leads collected by a page, pop-up or sticky bar, a page at a time. */
        get: operations["listPageLeads"];
        put?: never;
        /** Record a lead for a page as if its form had been submitted; such leads are marked as created by the API. */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_accounts/{sub_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sub-account (client). */
        get: operations["getSubAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_accounts/{sub_account_id}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom domains of a sub-account. */
        get: operations["listDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_accounts/{sub_account_id}/page_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the page groups of a sub-account. */
        get: operations["listPageGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sub_accounts/{sub_account_id}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's pages (older form of GET /pages). */
        get: operations["listSubAccountPages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the user behind the OAuth connection. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user (OAuth connections only). */
        get: operations["getUser"];
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
        CreateLeadRequest: {
            /** @description Count the submission as a conversion. */
            conversion?: boolean;
            visitor_id?: string;
            form_submission: {
                /** @description Letter of the page variant, such as a. */
                variant_id: string;
                submitter_ip: string;
                /** @description Field values keyed by form field id. */
                form_data: {
                    [key: string]: unknown;
                };
            };
        };
        CreateLeadResponse: components["schemas"]["ListPageLeadsResponseLead"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        GetCurrentUserResponse: {
            id?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
        };
        GetDomainResponse: components["schemas"]["ListDomainsResponseDomain"];
        GetLeadResponse: components["schemas"]["ListPageLeadsResponseLead"];
        GetPageResponse: components["schemas"]["ListAccountPagesResponsePage"];
        GetSubAccountResponse: components["schemas"]["ListSubAccountsResponseSubAccount"];
        GetUserResponse: components["schemas"]["GetCurrentUserResponse"];
        ListAccountPagesResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            pages?: components["schemas"]["ListAccountPagesResponsePage"][];
        };
        ListAccountPagesResponsePage: {
            id?: string;
            sub_account_id?: string;
            name?: string;
            url?: string;
            domain?: string;
            /** @enum {string} */
            state?: "published" | "unpublished";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            last_published_at?: string;
            variants_count?: number;
            integrations?: {
                [key: string]: unknown;
            }[];
            integrations_count?: number;
            integrations_errors_count?: number;
            /** @description A/B test figures, present when asked for with with_stats. */
            tests?: {
                current?: {
                    champion?: string;
                    visitors?: number;
                    visits?: number;
                    conversions?: number;
                    conversion_rate?: number;
                    form_submits?: number;
                    clicks?: number;
                };
            };
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
        };
        ListAccountsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            accounts?: components["schemas"]["ListAccountsResponseAccount"][];
        };
        ListAccountsResponseAccount: {
            id?: string;
            uuid?: string;
            name?: string;
            /** @enum {string} */
            state?: "active" | "suspended";
            /** Format: date-time */
            created_at?: string;
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
        };
        ListAccountsResponseAccountMetadata: {
            location?: string;
            documentation?: string;
            related?: {
                [key: string]: unknown;
            };
        };
        ListAccountsResponseMetadata: {
            count?: number;
            location?: string;
            documentation?: string;
            related?: {
                [key: string]: unknown;
            };
        };
        ListDomainPagesResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            pages?: components["schemas"]["ListAccountPagesResponsePage"][];
        };
        ListDomainsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            domains?: components["schemas"]["ListDomainsResponseDomain"][];
        };
        ListDomainsResponseDomain: {
            id?: string;
            uuid?: string;
            /** @description The host name, such as go.example.com. */
            name?: string;
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
        };
        ListPageFormFieldsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            form_fields?: {
                /** @description Normalised field name used as the key in lead form_data. */
                id?: string;
                name?: string;
                type?: string;
                validations?: {
                    [key: string]: boolean;
                };
            }[];
        };
        ListPageGroupPagesResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            pages?: components["schemas"]["ListAccountPagesResponsePage"][];
        };
        ListPageGroupsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            page_groups?: {
                id?: string;
                name?: string;
                metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
            }[];
        };
        ListPageLeadsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            leads?: components["schemas"]["ListPageLeadsResponseLead"][];
        };
        ListPageLeadsResponseLead: {
            id?: string;
            page_id?: string;
            variant_id?: string;
            submitter_ip?: string;
            /** Format: date-time */
            created_at?: string;
            /** @description Submitted values keyed by form field id, each a list of strings. */
            form_data?: {
                [key: string]: string[];
            };
            extra_data?: {
                [key: string]: unknown;
            };
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
        };
        ListPagesResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            pages?: components["schemas"]["ListAccountPagesResponsePage"][];
        };
        ListSubAccountPagesResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            pages?: components["schemas"]["ListAccountPagesResponsePage"][];
        };
        ListSubAccountsResponse: {
            metadata?: components["schemas"]["ListAccountsResponseMetadata"];
            sub_accounts?: components["schemas"]["ListSubAccountsResponseSubAccount"][];
        };
        ListSubAccountsResponseSubAccount: {
            id?: string;
            account_id?: string;
            name?: string;
            domains_count?: number;
            /** Format: date-time */
            created_at?: string;
            metadata?: components["schemas"]["ListAccountsResponseAccountMetadata"];
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
        /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account. */
                account_id: string;
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
                    "application/json": components["schemas"]["GetAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccountPages: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListAccountPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubAccounts: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListSubAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the domain. */
                domain_id: string;
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
                    "application/json": components["schemas"]["GetDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDomainPages: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the domain. */
                domain_id: string;
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
                    "application/json": components["schemas"]["ListDomainPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the lead. */
                lead_id: string;
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
                    "application/json": components["schemas"]["GetLeadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageGroupPages: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the page group. */
                page_group_id: string;
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
                    "application/json": components["schemas"]["ListPageGroupPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPages: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
                /** @description Only pages on which the user has this role. */
                role?: "viewer" | "author";
                /** @description Add A/B test figures to each page. */
                with_stats?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the page. */
                page_id: string;
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
                    "application/json": components["schemas"]["GetPageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageFormFields: {
        parameters: {
            query?: {
                /** @description Also list form fields of the page's sub-pages. */
                include_sub_pages?: boolean;
                /** @description Return only metadata.count. */
                count?: boolean;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListPageFormFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageLeads: {
        parameters: {
            query?: {
                /** @description Leads per page. */
                limit?: number;
                /** @description Leads to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only leads created after this time. */
                from?: string;
                /** @description Only leads created before this time. */
                to?: string;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the page. */
                page_id: string;
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
                    "application/json": components["schemas"]["ListPageLeadsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description UUID of the page. */
                page_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "conversion": true,
                 *       "visitor_id": "unique-visitor-id",
                 *       "form_submission": {
                 *         "variant_id": "a",
                 *         "submitter_ip": "127.0.0.1",
                 *         "form_data": {
                 *           "name": "John Doe",
                 *           "email": "john@example.com"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateLeadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLeadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (client). */
                sub_account_id: string;
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
                    "application/json": components["schemas"]["GetSubAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (client). */
                sub_account_id: string;
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
                    "application/json": components["schemas"]["ListDomainsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageGroups: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (client). */
                sub_account_id: string;
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
                    "application/json": components["schemas"]["ListPageGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubAccountPages: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
                /** @description Order by creation date. */
                sort_order?: "asc" | "desc";
                /** @description Only records created after this time. */
                from?: string;
                /** @description Only records created before this time. */
                to?: string;
                /** @description Return only metadata.count and leave out the records. */
                count?: boolean;
            };
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (client). */
                sub_account_id: string;
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
                    "application/json": components["schemas"]["ListSubAccountPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
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
                /** @description Id of the Unbounce connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user. */
                user_id: string;
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
}
