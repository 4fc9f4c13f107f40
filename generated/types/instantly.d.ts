// Generated from providers/instantly.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v2/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's sending email accounts, filtered by status, provider or tag. */
        get: operations["listAccounts"];
        put?: never;
        /** Connect a sending account through its IMAP and SMTP settings. */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/accounts/warmup/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a background job that turns warmup off for chosen accounts or all of them. */
        post: operations["disableWarmup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/accounts/warmup/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a background job that turns warmup on for chosen accounts or all of them. */
        post: operations["enableWarmup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/accounts/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sending account by its address. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /** Remove a sending account from the workspace; the answer is the removed account. */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        /** Change a sending account's name, limits, warmup or tracking settings. */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/v2/block-lists-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the addresses and domains the workspace never emails. */
        get: operations["listBlockListEntries"];
        put?: never;
        /** Block an email address or a whole domain. */
        post: operations["createBlockListEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/block-lists-entries/{entry_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an entry from the block list; the answer is the removed entry. */
        delete: operations["deleteBlockListEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns, optionally searched by name or filtered by tag or status. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a campaign with its sending schedule, email sequence and sending accounts. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/campaigns/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sending, open, reply, click and opportunity totals for one, several or all campaigns. */
        get: operations["getCampaignAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign with its schedule, sequences and settings. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /** Delete a campaign; the answer is the deleted campaign. */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/campaigns/{campaign_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start or resume sending a campaign. */
        post: operations["activateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/campaigns/{campaign_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a campaign from sending until it is activated again. */
        post: operations["pauseCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List emails of the unified inbox, filtered by campaign, account, lead, read state or type. */
        get: operations["listEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/emails/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward an inbox email to other addresses from a sending account. */
        post: operations["forwardEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/emails/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to an inbox email from one of the workspace's sending accounts. */
        post: operations["replyToEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/lead-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List lead lists, optionally searched by name. */
        get: operations["listLeadLists"];
        put?: never;
        /** Create a lead list. */
        post: operations["createLeadList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/lead-lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one lead list. */
        get: operations["getLeadList"];
        put?: never;
        post?: never;
        /** Delete a lead list; the answer is the deleted list. */
        delete: operations["deleteLeadList"];
        options?: never;
        head?: never;
        /** Rename a lead list or change its owner or enrichment setting. */
        patch: operations["updateLeadList"];
        trace?: never;
    };
    "/api/v2/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a lead to a campaign or a lead list, with its personalisation variables. */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/leads/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List leads matching filters sent in the body (campaign, list, ids, search, status filters). */
        post: operations["listLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one lead. */
        get: operations["getLead"];
        put?: never;
        post?: never;
        /** Delete a lead; the answer is the deleted lead. */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/workspaces/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the workspace the API key belongs to. */
        get: operations["getCurrentWorkspace"];
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
        ActivateCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        CreateAccountRequest: {
            /** Format: email */
            email: string;
            first_name: string;
            last_name: string;
            /** @enum {integer} */
            provider_code: 1 | 2 | 3 | 4;
            imap_username: string;
            imap_password: string;
            imap_host: string;
            imap_port: number;
            smtp_username: string;
            smtp_password: string;
            smtp_host: string;
            smtp_port: number;
            daily_limit?: number;
            /** @description Minutes between two emails from this account. */
            sending_gap?: number;
            /** Format: email */
            reply_to?: string;
            /** @description Warmup settings (limit, increment, reply_rate and advanced options). */
            warmup?: Record<string, unknown>;
            tracking_domain_name?: string;
        };
        CreateAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        CreateBlockListEntryRequest: {
            /** @description An email address or a domain. */
            bl_value: string;
        };
        CreateBlockListEntryResponse: components["schemas"]["ListBlockListEntriesResponseEntry"];
        CreateCampaignRequest: {
            name: string;
            campaign_schedule: {
                /** Format: date */
                start_date?: string | null;
                /** Format: date */
                end_date?: string | null;
                schedules: {
                    name: string;
                    timing: {
                        /** @description Start time, HH:mm. */
                        from?: string;
                        /** @description End time, HH:mm. */
                        to?: string;
                    };
                    /** @description Sending days keyed 0 (Sunday) to 6, each true or false. */
                    days: {
                        [key: string]: boolean;
                    };
                    /** @description One of Instantly's time zone values, e.g. Etc/GMT+5. */
                    timezone: string;
                }[];
            };
            /** @description Only the first sequence is used. */
            sequences?: {
                steps?: {
                    /** @enum {string} */
                    type?: "email";
                    /** @description Days to wait before the next step. */
                    delay?: number;
                    variants?: {
                        subject?: string;
                        body?: string;
                    }[];
                }[];
            }[];
            /** @description Sending accounts to use. */
            email_list?: string[];
            /** @description Emails the campaign may send per day. */
            daily_limit?: number;
            stop_on_reply?: boolean;
            stop_on_auto_reply?: boolean;
            link_tracking?: boolean;
            open_tracking?: boolean;
            text_only?: boolean;
            /** @description Minutes between two emails. */
            email_gap?: number;
            random_wait_max?: number;
            /** @description New leads contacted per day at most. */
            daily_max_leads?: number;
            prioritize_new_leads?: boolean;
            is_evergreen?: boolean;
            /** @description Tag ids selecting sending accounts. */
            email_tag_list?: string[];
            cc_list?: string[];
            bcc_list?: string[];
        };
        CreateCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        CreateLeadListRequest: {
            name?: string;
            /** @description true enriches every lead added to the list. */
            has_enrichment_task?: boolean;
            /**
             * Format: uuid
             * @description Workspace member who owns the list.
             */
            owned_by?: string;
        };
        CreateLeadListResponse: components["schemas"]["ListLeadListsResponseLeadList"];
        CreateLeadRequest: {
            /**
             * Format: uuid
             * @description Campaign to add the lead to.
             */
            campaign?: string;
            /**
             * Format: uuid
             * @description Lead list to add the lead to (instead of a campaign).
             */
            list_id?: string;
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            company_name?: string;
            personalization?: string;
            website?: string;
            phone?: string;
            /** @description Interest status of the lead. */
            lt_interest_status?: number;
            /** @description Potential deal value. */
            pl_value_lead?: string;
            /** Format: uuid */
            assigned_to?: string;
            skip_if_in_workspace?: boolean;
            skip_if_in_campaign?: boolean;
            skip_if_in_list?: boolean;
            verify_leads_on_import?: boolean;
            /** @description Extra variables for the templates; values must be strings, numbers or booleans. */
            custom_variables?: Record<string, unknown>;
        };
        CreateLeadResponse: {
            id?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            company_name?: string;
            company_domain?: string;
            phone?: string;
            website?: string;
            personalization?: string;
            campaign?: string | null;
            list_id?: string | null;
            status?: number;
            lt_interest_status?: number;
            /** @description The lead's custom variables. */
            payload?: Record<string, unknown>;
            /** Format: date-time */
            timestamp_created?: string;
            /** Format: date-time */
            timestamp_updated?: string;
        };
        DeleteAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        DeleteBlockListEntryResponse: components["schemas"]["ListBlockListEntriesResponseEntry"];
        DeleteCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        DeleteLeadListResponse: components["schemas"]["ListLeadListsResponseLeadList"];
        DeleteLeadResponse: components["schemas"]["CreateLeadResponse"];
        DisableWarmupRequest: components["schemas"]["EnableWarmupRequest"];
        DisableWarmupResponse: components["schemas"]["EnableWarmupResponse"];
        EnableWarmupRequest: {
            emails?: string[];
            /** @description true acts on every account of the workspace. */
            include_all_emails?: boolean;
            /** @description Accounts to skip when include_all_emails is true. */
            excluded_emails?: string[];
        };
        EnableWarmupResponse: {
            id?: string;
            workspace_id?: string;
            type?: string;
            /** @enum {string} */
            status?: "pending" | "in-progress" | "success" | "failed";
            progress?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ForwardEmailRequest: {
            /** Format: email */
            eaccount: string;
            /**
             * Format: uuid
             * @description Id of the email being forwarded.
             */
            reply_to_uuid: string;
            subject: string;
            /** @description Comma-separated recipients. */
            to_address_email_list: string;
            cc_address_email_list?: string;
            bcc_address_email_list?: string;
            body?: {
                html?: string;
                text?: string;
            };
        };
        ForwardEmailResponse: components["schemas"]["ListEmailsResponseEmail"];
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
        GetCampaignAnalyticsResponse: {
            campaign_id?: string;
            campaign_name?: string;
            campaign_status?: number;
            campaign_is_evergreen?: boolean;
            leads_count?: number;
            contacted_count?: number;
            emails_sent_count?: number;
            new_leads_contacted_count?: number;
            open_count?: number;
            reply_count?: number;
            link_click_count?: number;
            bounced_count?: number;
            unsubscribed_count?: number;
            completed_count?: number;
            total_opportunities?: number;
            total_opportunity_value?: number;
        }[];
        GetCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        GetCurrentWorkspaceResponse: {
            id?: string;
            name?: string;
            owner?: string;
            plan_id?: string | null;
            org_logo_url?: string | null;
            org_client_domain?: string | null;
            /** Format: date-time */
            timestamp_created?: string;
            /** Format: date-time */
            timestamp_updated?: string;
        };
        GetLeadListResponse: components["schemas"]["ListLeadListsResponseLeadList"];
        GetLeadResponse: components["schemas"]["CreateLeadResponse"];
        ListAccountsResponse: {
            items?: components["schemas"]["ListAccountsResponseAccount"][];
            next_starting_after?: string | null;
        };
        ListAccountsResponseAccount: {
            email?: string;
            first_name?: string;
            last_name?: string;
            organization?: string;
            status?: number;
            provider_code?: number;
            warmup_status?: number;
            setup_pending?: boolean;
            daily_limit?: number | null;
            sending_gap?: number;
            warmup?: Record<string, unknown>;
            stat_warmup_score?: number | null;
            /** Format: date-time */
            timestamp_created?: string;
            /** Format: date-time */
            timestamp_updated?: string;
        };
        ListBlockListEntriesResponse: {
            items?: components["schemas"]["ListBlockListEntriesResponseEntry"][];
            next_starting_after?: string | null;
        };
        ListBlockListEntriesResponseEntry: {
            id?: string;
            organization_id?: string;
            bl_value?: string;
            is_domain?: boolean;
            /** Format: date-time */
            timestamp_created?: string;
        };
        ListCampaignsResponse: {
            items?: components["schemas"]["ListCampaignsResponseCampaign"][];
            next_starting_after?: string | null;
        };
        ListCampaignsResponseCampaign: {
            id?: string;
            name?: string;
            status?: number;
            campaign_schedule?: Record<string, unknown>;
            sequences?: Record<string, unknown>[];
            email_list?: string[];
            daily_limit?: number | null;
            stop_on_reply?: boolean;
            link_tracking?: boolean;
            open_tracking?: boolean;
            text_only?: boolean;
            /** Format: date-time */
            timestamp_created?: string;
            /** Format: date-time */
            timestamp_updated?: string;
            organization?: string;
        };
        ListEmailsResponse: {
            items?: components["schemas"]["ListEmailsResponseEmail"][];
            next_starting_after?: string | null;
        };
        ListEmailsResponseEmail: {
            id?: string;
            /** Format: date-time */
            timestamp_created?: string;
            /** Format: date-time */
            timestamp_email?: string;
            message_id?: string;
            subject?: string;
            from_address_email?: string;
            to_address_email_list?: string;
            cc_address_email_list?: string | null;
            body?: {
                text?: string;
                html?: string;
            };
            eaccount?: string;
            campaign_id?: string | null;
            lead?: string | null;
            thread_id?: string;
            /** @description Kind of email (sent from a campaign, received, manually sent and so on). */
            ue_type?: number;
            is_unread?: number | boolean;
            i_status?: number | null;
        };
        ListLeadListsResponse: {
            items?: components["schemas"]["ListLeadListsResponseLeadList"][];
            next_starting_after?: string | null;
        };
        ListLeadListsResponseLeadList: {
            id?: string;
            organization_id?: string;
            name?: string;
            has_enrichment_task?: boolean | null;
            owned_by?: string | null;
            /** Format: date-time */
            timestamp_created?: string;
        };
        ListLeadsRequest: {
            /** Format: uuid */
            campaign?: string;
            /** Format: uuid */
            list_id?: string;
            in_campaign?: boolean;
            in_list?: boolean;
            ids?: string[];
            excluded_ids?: string[];
            /** @description Lead email addresses to match. */
            contacts?: string[];
            /** @description Text to look for in names and addresses. */
            search?: string;
            /** @description Predefined filter such as FILTER_VAL_CONTACTED or FILTER_VAL_NOT_CONTACTED. */
            filter?: string;
            queries?: Record<string, unknown>[];
            organization_user_ids?: string[];
            smart_view_id?: string;
            is_website_visitor?: boolean;
            distinct_contacts?: boolean;
            enrichment_status?: number;
            limit?: number;
            /** @description next_starting_after of the previous page. */
            starting_after?: string;
        };
        ListLeadsResponse: {
            items?: components["schemas"]["CreateLeadResponse"][];
            next_starting_after?: string | null;
        };
        PauseCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
        ReplyToEmailRequest: {
            /**
             * Format: email
             * @description Sending account to reply from.
             */
            eaccount: string;
            /**
             * Format: uuid
             * @description Id of the email being answered.
             */
            reply_to_uuid: string;
            subject: string;
            body: {
                html?: string;
                text?: string;
            };
            /** @description Comma-separated addresses. */
            cc_address_email_list?: string;
            /** @description Comma-separated addresses. */
            bcc_address_email_list?: string;
            /** Format: date-time */
            reminder_ts?: string;
            /** Format: uuid */
            assigned_to?: string;
        };
        ReplyToEmailResponse: components["schemas"]["ListEmailsResponseEmail"];
        UpdateAccountRequest: {
            first_name?: string;
            last_name?: string;
            daily_limit?: number;
            sending_gap?: number;
            warmup?: Record<string, unknown>;
            tracking_domain_name?: string;
            enable_slow_ramp?: boolean;
        };
        UpdateAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        UpdateLeadListRequest: components["schemas"]["CreateLeadListRequest"];
        UpdateLeadListResponse: components["schemas"]["ListLeadListsResponseLeadList"];
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
        /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Items per page. */
                limit?: number;
                /** @description next_starting_after of the previous page. */
                starting_after?: string;
                /** @description Text to look for in account addresses. */
                search?: string;
                /** @description 1 active, 2 paused, -1 connection error, -2 soft bounce error, -3 sending error. */
                status?: 1 | 2 | -1 | -2 | -3;
                /** @description 1 custom IMAP/SMTP, 2 Google, 3 Microsoft, 4 AWS. */
                provider_code?: 1 | 2 | 3 | 4;
                /** @description Comma-separated tag ids. */
                tag_ids?: string;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "sender@example.com",
                 *       "first_name": "Ann",
                 *       "last_name": "Lee",
                 *       "provider_code": 1,
                 *       "imap_username": "sender@example.com",
                 *       "imap_password": "secret",
                 *       "imap_host": "imap.example.com",
                 *       "imap_port": 993,
                 *       "smtp_username": "sender@example.com",
                 *       "smtp_password": "secret",
                 *       "smtp_host": "smtp.example.com",
                 *       "smtp_port": 587
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
    disableWarmup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "sender@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DisableWarmupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisableWarmupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enableWarmup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "sender@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["EnableWarmupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnableWarmupResponse"];
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
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Address of the sending account. */
                email: string;
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
    deleteAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Address of the sending account. */
                email: string;
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
                    "application/json": components["schemas"]["DeleteAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Address of the sending account. */
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "daily_limit": 40
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBlockListEntries: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description next_starting_after of the previous page. */
                starting_after?: string;
                /** @description true lists only domain entries. */
                domains_only?: boolean;
                search?: string;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBlockListEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBlockListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bl_value": "competitor.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBlockListEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBlockListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBlockListEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the block list entry. */
                entry_id: string;
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
                    "application/json": components["schemas"]["DeleteBlockListEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description next_starting_after of the previous page. */
                starting_after?: string;
                /** @description Text to look for in campaign names. */
                search?: string;
                /** @description Comma-separated tag ids. */
                tag_ids?: string;
                /** @description Only campaigns with this status. */
                status?: 0 | 1 | 2 | 3 | 4 | -99 | -1 | -2;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Q3 outbound",
                 *       "campaign_schedule": {
                 *         "schedules": [
                 *           {
                 *             "name": "Weekdays",
                 *             "timing": {
                 *               "from": "09:00",
                 *               "to": "17:00"
                 *             },
                 *             "days": {
                 *               "1": true,
                 *               "2": true,
                 *               "3": true,
                 *               "4": true,
                 *               "5": true
                 *             },
                 *             "timezone": "Etc/GMT+5"
                 *           }
                 *         ]
                 *       },
                 *       "sequences": [
                 *         {
                 *           "steps": [
                 *             {
                 *               "type": "email",
                 *               "delay": 2,
                 *               "variants": [
                 *                 {
                 *                   "subject": "Quick question, {{firstName}}",
                 *                   "body": "Hi {{firstName}},"
                 *                 }
                 *               ]
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "email_list": [
                 *         "sender@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCampaignAnalytics: {
        parameters: {
            query?: {
                /** @description One campaign; leave out id and ids for all campaigns. */
                id?: string;
                /** @description Several campaigns. */
                ids?: string[];
                /** @description First day counted (YYYY-MM-DD). */
                start_date?: string;
                /** @description Last day counted (YYYY-MM-DD). */
                end_date?: string;
                /** @description true skips the slower total lead count. */
                exclude_total_leads_count?: boolean;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCampaignAnalyticsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
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
                    "application/json": components["schemas"]["GetCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
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
                    "application/json": components["schemas"]["DeleteCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    activateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
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
                    "application/json": components["schemas"]["ActivateCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    pauseCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
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
                    "application/json": components["schemas"]["PauseCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEmails: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description next_starting_after of the previous page. */
                starting_after?: string;
                search?: string;
                campaign_id?: string;
                list_id?: string;
                /** @description Interest status of the thread. */
                i_status?: number;
                /** @description Comma-separated sending accounts. */
                eaccount?: string;
                /** @description Address of the lead. */
                lead?: string;
                is_unread?: boolean;
                has_reminder?: boolean;
                mode?: "emode_focused" | "emode_others" | "emode_all";
                /** @description true returns a short preview instead of full bodies. */
                preview_only?: boolean;
                sort_order?: "asc" | "desc";
                scheduled_only?: boolean;
                assigned_to?: string;
                company_domain?: string;
                marked_as_done?: boolean;
                email_type?: "received" | "sent" | "manual";
                min_timestamp_created?: string;
                max_timestamp_created?: string;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    forwardEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eaccount": "sender@example.com",
                 *       "reply_to_uuid": "00000000-0000-0000-0000-000000000000",
                 *       "subject": "Fwd: Quick question",
                 *       "to_address_email_list": "colleague@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["ForwardEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForwardEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replyToEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eaccount": "sender@example.com",
                 *       "reply_to_uuid": "00000000-0000-0000-0000-000000000000",
                 *       "subject": "Re: Quick question",
                 *       "body": {
                 *         "text": "Thanks for getting back to me!"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ReplyToEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyToEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLeadLists: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description next_starting_after of the previous page. */
                starting_after?: string;
                /** @description Only lists with (or without) an enrichment task. */
                has_enrichment_task?: boolean;
                /** @description Text to look for in list names. */
                search?: string;
            };
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLeadListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLeadList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Conference leads"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLeadListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLeadListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLeadList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the lead list. */
                list_id: string;
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
                    "application/json": components["schemas"]["GetLeadListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLeadList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the lead list. */
                list_id: string;
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
                    "application/json": components["schemas"]["DeleteLeadListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLeadList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the lead list. */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Conference leads 2026"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLeadListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLeadListResponse"];
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
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign": "00000000-0000-0000-0000-000000000000",
                 *       "email": "john.doe@example.com",
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "company_name": "Acme"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLeadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    listLeads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign": "00000000-0000-0000-0000-000000000000",
                 *       "limit": 50
                 *     }
                 */
                "application/json": components["schemas"]["ListLeadsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListLeadsResponse"];
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
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the lead. */
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
    deleteLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the lead. */
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
                    "application/json": components["schemas"]["DeleteLeadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Instantly connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentWorkspaceResponse"];
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
