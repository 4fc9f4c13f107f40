// Generated from providers/apollo.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a new company account in the team's Apollo account. */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the company accounts saved in the team's Apollo account. */
        post: operations["searchAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save a new contact in the team's Apollo account. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the contacts the team has saved in its Apollo account. */
        post: operations["searchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change fields of a saved contact. */
        put: operations["updateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emailer_campaigns/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find the team's sequences (emailer campaigns), optionally by name. */
        post: operations["searchSequences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emailer_campaigns/{campaignId}/add_contact_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol saved contacts in a sequence, sending from one of the team's mailboxes. */
        post: operations["addContactsToSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emailer_messages/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the outreach emails sent from sequences, for example all emails to one contact. */
        post: operations["searchEmailMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contact and account lists (labels) of the team. */
        get: operations["listLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mixed_people/api_search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find people in Apollo's database by title, seniority, location, employer and keywords; spends no credits and returns no emails or phones. */
        post: operations["searchPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill in a company's firmographics (size, industry, funding, location) from its domain. */
        post: operations["enrichOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find companies in Apollo's database by name, location, size and other traits (uses credits). */
        post: operations["searchOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrich one person from an email, LinkedIn URL, name plus employer, or Apollo id (uses credits). */
        post: operations["matchPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person from Apollo's database by id. */
        get: operations["getPerson"];
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
        AddContactsToSequenceRequest: {
            /** @description Apollo ids of the contacts to enrol. */
            contact_ids: string[];
            /** @description The same sequence id as in the path. */
            emailer_campaign_id: string;
            /** @description Id of the linked mailbox the steps are sent from. */
            send_email_from_email_account_id: string;
            /** @description Enrol contacts that have no email address. */
            sequence_no_email?: boolean;
            /** @description Enrol contacts whose email is unverified. */
            sequence_unverified_email?: boolean;
            /** @description Enrol contacts who recently changed jobs. */
            sequence_job_change?: boolean;
            /** @description Enrol contacts already active in another sequence. */
            sequence_active_in_other_campaigns?: boolean;
            /** @description Enrol contacts who finished another sequence. */
            sequence_finished_in_other_campaigns?: boolean;
            /** @description Apollo user the enrolment is recorded for. */
            user_id?: string;
        };
        AddContactsToSequenceResponse: {
            contacts?: components["schemas"]["SearchContactsResponseContactsItem"][];
            emailer_campaign?: {
                id?: string;
                name?: string;
            };
        };
        CreateAccountRequest: {
            name?: string;
            /** @description Company domain without www or scheme. */
            domain?: string;
            /** @description Apollo user who owns the account. */
            owner_id?: string;
            account_stage_id?: string;
            phone?: string;
            raw_address?: string;
        };
        CreateAccountResponse: {
            account?: components["schemas"]["SearchAccountsResponseAccountsItem"];
        };
        CreateContactRequest: {
            first_name?: string;
            last_name?: string;
            email?: string;
            title?: string;
            organization_name?: string;
            /** @description Apollo account the contact belongs to. */
            account_id?: string;
            website_url?: string;
            /** @description Lists to put the contact on; unknown names create new lists. */
            label_names?: string[];
            contact_stage_id?: string;
            present_raw_address?: string;
            direct_phone?: string;
            mobile_phone?: string;
            /** @description Return the existing contact instead of creating a duplicate. */
            run_dedupe?: boolean;
        };
        CreateContactResponse: {
            contact?: components["schemas"]["SearchContactsResponseContactsItem"];
        };
        EnrichOrganizationRequest: {
            /** @description Company domain without www or scheme (apollo.io). */
            domain: string;
        };
        EnrichOrganizationResponse: {
            organization?: components["schemas"]["SearchOrganizationsResponseOrganizationsItem"];
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
        GetPersonResponse: {
            person?: components["schemas"]["GetPersonResponsePerson"];
        };
        GetPersonResponsePerson: {
            id?: string;
            first_name?: string;
            last_name?: string;
            name?: string;
            title?: string;
            email?: string;
            email_status?: string;
            linkedin_url?: string;
            city?: string;
            state?: string;
            country?: string;
            organization_id?: string;
            organization?: {
                id?: string;
                name?: string;
                primary_domain?: string;
            };
        };
        ListLabelsResponse: {
            id?: string;
            name?: string;
            /** @enum {string} */
            modality?: "contacts" | "accounts";
            cached_count?: number;
            /** Format: date-time */
            created_at?: string;
        }[];
        /** @description Give at least one identifying field; more fields give a better match. */
        MatchPersonRequest: {
            email?: string;
            /** @description MD5 or SHA-256 hash of the email. */
            hashed_email?: string;
            linkedin_url?: string;
            /** @description Apollo id of the person. */
            id?: string;
            first_name?: string;
            last_name?: string;
            name?: string;
            organization_name?: string;
            /** @description Employer domain without www or scheme. */
            domain?: string;
            reveal_personal_emails?: boolean;
            reveal_phone_number?: boolean;
        };
        MatchPersonResponse: {
            person?: components["schemas"]["GetPersonResponsePerson"];
        };
        SearchAccountsRequest: {
            q_organization_name?: string;
            account_stage_ids?: string[];
            /** @enum {string} */
            sort_by_field?: "account_last_activity_date" | "account_created_at" | "account_updated_at";
            sort_ascending?: boolean;
            page?: number;
            per_page?: number;
        };
        SearchAccountsResponse: {
            pagination?: components["schemas"]["SearchOrganizationsResponsePagination"];
            accounts?: components["schemas"]["SearchAccountsResponseAccountsItem"][];
        };
        SearchAccountsResponseAccountsItem: {
            id?: string;
            name?: string;
            domain?: string;
            website_url?: string;
            account_stage_id?: string;
            owner_id?: string;
            /** Format: date-time */
            created_at?: string;
        };
        SearchContactsRequest: {
            /** @description Name, title, employer or email to match. */
            q_keywords?: string;
            contact_stage_ids?: string[];
            /** @description Ids of lists (labels) the contacts belong to. */
            contact_label_ids?: string[];
            /** @enum {string} */
            sort_by_field?: "contact_last_activity_date" | "contact_email_last_opened_at" | "contact_email_last_clicked_at" | "contact_created_at" | "contact_updated_at";
            sort_ascending?: boolean;
            page?: number;
            per_page?: number;
        };
        SearchContactsResponse: {
            pagination?: components["schemas"]["SearchOrganizationsResponsePagination"];
            contacts?: components["schemas"]["SearchContactsResponseContactsItem"][];
        };
        SearchContactsResponseContactsItem: {
            id?: string;
            first_name?: string;
            last_name?: string;
            name?: string;
            title?: string;
            email?: string;
            organization_name?: string;
            account_id?: string;
            contact_stage_id?: string;
            label_ids?: string[];
            /** Format: date-time */
            created_at?: string;
        };
        SearchEmailMessagesRequest: {
            /** @description Only emails sent to this contact. */
            contact_id?: string;
            emailer_message_stats?: ("delivered" | "scheduled" | "drafted" | "not_opened" | "opened" | "clicked" | "unsubscribed" | "demoed" | "bounced" | "spamblocked" | "failed_other")[];
            emailer_campaign_ids?: string[];
            user_ids?: string[];
            q_keywords?: string;
            page?: number;
            per_page?: number;
        };
        SearchEmailMessagesResponse: {
            pagination?: components["schemas"]["SearchOrganizationsResponsePagination"];
            emailer_messages?: {
                id?: string;
                subject?: string;
                status?: string;
                to_email?: string;
                contact_id?: string;
                emailer_campaign_id?: string;
                /** Format: date-time */
                completed_at?: string;
            }[];
        };
        SearchOrganizationsRequest: {
            /** @description Company name or part of it. */
            q_organization_name?: string;
            q_organization_domains_list?: string[];
            /** @description Headquarters cities, states or countries. */
            organization_locations?: string[];
            organization_not_locations?: string[];
            /** @description Head-count ranges written as "min,max". */
            organization_num_employees_ranges?: string[];
            q_organization_keyword_tags?: string[];
            organization_ids?: string[];
            page?: number;
            per_page?: number;
        };
        SearchOrganizationsResponse: {
            pagination?: components["schemas"]["SearchOrganizationsResponsePagination"];
            organizations?: components["schemas"]["SearchOrganizationsResponseOrganizationsItem"][];
        };
        SearchOrganizationsResponseOrganizationsItem: {
            id?: string;
            name?: string;
            website_url?: string;
            primary_domain?: string;
            linkedin_url?: string;
            estimated_num_employees?: number;
            industry?: string;
        };
        SearchOrganizationsResponsePagination: {
            page?: number;
            per_page?: number;
            total_entries?: number;
            total_pages?: number;
        };
        SearchPeopleRequest: {
            /** @description Name of the employer to match. */
            q_organization_name?: string;
            /** @description Free-text keywords matched against the person record. */
            q_keywords?: string;
            /** @description A job title to match. */
            q_person_title?: string;
            /** @description Job titles; any one matches. */
            person_titles?: string[];
            /** @description Also match titles close to the ones given (true unless set). */
            include_similar_titles?: boolean;
            person_seniorities?: ("owner" | "founder" | "c_suite" | "partner" | "vp" | "head" | "director" | "manager" | "senior" | "entry" | "intern")[];
            /** @description Where the people live (city, state or country). */
            person_locations?: string[];
            /** @description Headquarters location of the employer. */
            organization_locations?: string[];
            /** @description Employer domains without www or scheme. */
            q_organization_domains_list?: string[];
            /** @description Apollo organization ids of the employer. */
            organization_ids?: string[];
            /** @description Head-count ranges written as "min,max", e.g. "1,10". */
            organization_num_employees_ranges?: string[];
            contact_email_status?: ("verified" | "unverified" | "likely to engage" | "unavailable")[];
            /** @description Page number from 1. */
            page?: number;
            /** @description Results per page. */
            per_page?: number;
        };
        SearchPeopleResponse: {
            total_entries?: number;
            people?: {
                id?: string;
                first_name?: string;
                last_name_obfuscated?: string;
                title?: string;
                has_email?: boolean;
                organization?: {
                    name?: string;
                };
            }[];
        };
        SearchSequencesRequest: {
            /** @description Part of the sequence name. */
            q_name?: string;
            page?: number;
            per_page?: number;
        };
        SearchSequencesResponse: {
            pagination?: components["schemas"]["SearchOrganizationsResponsePagination"];
            emailer_campaigns?: {
                id?: string;
                name?: string;
                active?: boolean;
                archived?: boolean;
                num_steps?: number;
                /** Format: date-time */
                created_at?: string;
            }[];
        };
        UpdateContactRequest: {
            first_name?: string;
            last_name?: string;
            email?: string;
            title?: string;
            organization_name?: string;
            account_id?: string;
            label_names?: string[];
            contact_stage_id?: string;
            direct_phone?: string;
            mobile_phone?: string;
        };
        UpdateContactResponse: {
            contact?: components["schemas"]["SearchContactsResponseContactsItem"];
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
        /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Corp",
                 *       "domain": "acme.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "page": 1,
                 *       "per_page": 25
                 *     }
                 */
                "application/json": components["schemas"]["SearchAccountsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "email": "john@example.com",
                 *       "organization_name": "Acme Corp"
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "page": 1,
                 *       "per_page": 25
                 *     }
                 */
                "application/json": components["schemas"]["SearchContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Apollo id of the contact. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Jane"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchSequences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "page": 1,
                 *       "per_page": 25
                 *     }
                 */
                "application/json": components["schemas"]["SearchSequencesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchSequencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addContactsToSequence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sequence (emailer campaign). */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "contact_id_1",
                 *         "contact_id_2"
                 *       ],
                 *       "emailer_campaign_id": "campaign_id",
                 *       "send_email_from_email_account_id": "email_account_id"
                 *     }
                 */
                "application/json": components["schemas"]["AddContactsToSequenceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactsToSequenceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchEmailMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_id": "{contactId}"
                 *     }
                 */
                "application/json": components["schemas"]["SearchEmailMessagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchEmailMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLabels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchPeople: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "q_organization_name": "Google",
                 *       "page": 1,
                 *       "per_page": 25
                 *     }
                 */
                "application/json": components["schemas"]["SearchPeopleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPeopleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enrichOrganization: {
        parameters: {
            query?: {
                /** @description Company domain without www or scheme; an alternative to the body. */
                domain?: string;
            };
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "domain": "google.com"
                 *     }
                 */
                "application/json": components["schemas"]["EnrichOrganizationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrichOrganizationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchOrganizations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "q_organization_name": "Google",
                 *       "page": 1,
                 *       "per_page": 25
                 *     }
                 */
                "application/json": components["schemas"]["SearchOrganizationsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchOrganizationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    matchPerson: {
        parameters: {
            query?: {
                /** @description Include personal email addresses (costs extra credits). */
                reveal_personal_emails?: boolean;
                /** @description Ask for phone numbers; they arrive later at webhook_url. */
                reveal_phone_number?: boolean;
                /** @description Where Apollo posts phone numbers when reveal_phone_number is true. */
                webhook_url?: string;
            };
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "john@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["MatchPersonRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchPersonResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Apollo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Apollo id of the person. */
                personId: string;
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
}
