// Generated from providers/sendgrid.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's API keys by id and name (secrets are never shown again). */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key with a set of scopes; the secret is only returned in this answer. */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/api_keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key. */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /** Rename an API key. */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/v3/asm/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the unsubscribe groups (suppression groups) recipients can opt out of. */
        get: operations["listUnsubscribeGroups"];
        put?: never;
        /** Create an unsubscribe group. */
        post: operations["createUnsubscribeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/asm/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an unsubscribe group (its unsubscribes are dropped with it). */
        delete: operations["deleteUnsubscribeGroup"];
        options?: never;
        head?: never;
        /** Change the name, description or default flag of an unsubscribe group. */
        patch: operations["updateUnsubscribeGroup"];
        trace?: never;
    };
    "/v3/categories/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email activity per category for up to 10 categories. */
        get: operations["getCategoryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/mail/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an email to one or more recipients, inline or from a template. */
        post: operations["sendMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/mailbox_providers/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email activity broken down by receiving mailbox provider (Gmail, Outlook …). */
        get: operations["getMailboxProviderStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return a sample of up to 50 of the most recent contacts and the total count. */
        get: operations["listContacts"];
        /** Add or update up to 30,000 contacts, optionally adding them to lists, as a background job. */
        put: operations["upsertContacts"];
        post?: never;
        /** Delete contacts by id, or every contact, as a background job. */
        delete: operations["deleteContacts"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find contacts with an SGQL condition (up to 100 results). */
        post: operations["searchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List marketing lists with their contact counts. */
        get: operations["listLists"];
        put?: never;
        /** Create a marketing list. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a marketing list, optionally with a sample of its contacts. */
        get: operations["getList"];
        put?: never;
        post?: never;
        /** Delete a marketing list, and optionally the contacts on it. */
        delete: operations["deleteList"];
        options?: never;
        head?: never;
        /** Rename a marketing list. */
        patch: operations["updateList"];
        trace?: never;
    };
    "/v3/marketing/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List segments, optionally by id or by the list they are built on. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/segments/2.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a segment from an SGQL condition, over all contacts or one list. */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a segment (its contacts stay). */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sender identities used by marketing campaigns. */
        get: operations["listSenders"];
        put?: never;
        /** Create a sender identity with its from address and postal address; SendGrid asks the address to verify. */
        post: operations["createSender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/senders/{sender_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a sender identity. */
        delete: operations["deleteSender"];
        options?: never;
        head?: never;
        /** Change fields of a sender identity (a new from address needs verifying again). */
        patch: operations["updateSender"];
        trace?: never;
    };
    "/v3/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email activity totals (requests, deliveries, opens, clicks, bounces …) per day, week or month. */
        get: operations["getGlobalStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/suppression/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses whose receiving server refused mail. */
        get: operations["listBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/suppression/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses that bounced, newest first. */
        get: operations["listBounces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/suppression/invalid_emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses rejected as malformed or non-existent. */
        get: operations["listInvalidEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/suppression/spam_reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses whose owners marked mail as spam. */
        get: operations["listSpamReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/suppression/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses that unsubscribed from all email of the account. */
        get: operations["listGlobalUnsubscribes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transactional templates of the legacy or dynamic generation. */
        get: operations["listTemplates"];
        put?: never;
        /** Create a transactional template (versions with content are added separately). */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a template with all of its versions. */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /** Delete a template and its versions. */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /** Rename a template. */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/v3/user/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account type (free or paid) and sender reputation. */
        get: operations["getUserAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/user/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the name, company and postal details of the account's user. */
        get: operations["getUserProfile"];
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
        CreateApiKeyRequest: {
            name: string;
            /** @description Permissions such as mail.send; full access when left out. */
            scopes?: string[];
        };
        CreateApiKeyResponse: {
            /** @description The secret; store it now. */
            api_key?: string;
            api_key_id?: string;
            name?: string;
            scopes?: string[];
        };
        CreateListRequest: {
            name: string;
        };
        CreateListResponse: components["schemas"]["ListListsResponseResultItem"];
        CreateSegmentRequest: {
            name: string;
            /** @description SGQL condition, e.g. email LIKE '%@example.com'. */
            query_dsl: string;
            /** @description The one list the segment draws from; all contacts when left out. */
            parent_list_ids?: string[];
        };
        CreateSegmentResponse: {
            id?: string;
            name?: string;
            query_dsl?: string;
            contacts_count?: number;
            parent_list_ids?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            sample_updated_at?: string;
            /** Format: date-time */
            next_sample_update?: string;
        };
        CreateSenderRequest: {
            /** @description Label for the sender inside SendGrid. */
            nickname: string;
            from: {
                /** Format: email */
                email: string;
                name?: string;
            };
            reply_to?: {
                /** Format: email */
                email?: string;
                name?: string;
            };
            address: string;
            address_2?: string;
            city: string;
            state?: string;
            zip?: string;
            country: string;
        };
        CreateSenderResponse: components["schemas"]["ListSendersResponseItem"];
        CreateTemplateRequest: {
            name: string;
            /**
             * @default legacy
             * @enum {string}
             */
            generation?: "legacy" | "dynamic";
        };
        CreateTemplateResponse: components["schemas"]["ListTemplatesResponseResultItem"];
        CreateUnsubscribeGroupRequest: {
            name: string;
            /** @description Shown to recipients on the preferences page. */
            description?: string;
            /** @description Use this group when a message names none. */
            is_default?: boolean;
        };
        CreateUnsubscribeGroupResponse: {
            id?: number;
            name?: string;
            description?: string;
            is_default?: boolean;
        };
        DeleteContactsResponse: {
            job_id?: string;
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
        GetCategoryStatsResponse: {
            /** Format: date */
            date?: string;
            stats?: {
                type?: string;
                name?: string;
                metrics?: components["schemas"]["GetGlobalStatsResponseItemStatsItemMetrics"];
            }[];
        }[];
        GetGlobalStatsResponse: {
            /** Format: date */
            date?: string;
            stats?: {
                metrics?: components["schemas"]["GetGlobalStatsResponseItemStatsItemMetrics"];
            }[];
        }[];
        GetGlobalStatsResponseItemStatsItemMetrics: {
            blocks?: number;
            bounce_drops?: number;
            bounces?: number;
            clicks?: number;
            deferred?: number;
            delivered?: number;
            invalid_emails?: number;
            opens?: number;
            processed?: number;
            requests?: number;
            spam_report_drops?: number;
            spam_reports?: number;
            unique_clicks?: number;
            unique_opens?: number;
            unsubscribe_drops?: number;
            unsubscribes?: number;
        };
        GetListResponse: {
            id?: string;
            name?: string;
            contact_count?: number;
            contact_sample?: components["schemas"]["ListContactsResponseResultItem"][];
            _metadata?: {
                self?: string;
            };
        };
        GetMailboxProviderStatsResponse: {
            /** Format: date */
            date?: string;
            stats?: {
                type?: string;
                name?: string;
                metrics?: {
                    blocks?: number;
                    bounces?: number;
                    deferred?: number;
                    delivered?: number;
                    drops?: number;
                    processed?: number;
                    requests?: number;
                    spam_reports?: number;
                };
            }[];
        }[];
        GetTemplateResponse: components["schemas"]["ListTemplatesResponseResultItem"];
        GetUserAccountResponse: {
            /** @enum {string} */
            type?: "free" | "paid";
            /** @description Sender reputation from 0 to 100. */
            reputation?: number;
        };
        GetUserProfileResponse: {
            first_name?: string;
            last_name?: string;
            company?: string;
            address?: string;
            address2?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
            phone?: string;
            website?: string;
        };
        ListApiKeysResponse: {
            result?: {
                api_key_id?: string;
                name?: string;
            }[];
        };
        ListBlocksResponse: components["schemas"]["ListBouncesResponseItem"][];
        ListBouncesResponse: components["schemas"]["ListBouncesResponseItem"][];
        ListBouncesResponseItem: {
            created?: number;
            email?: string;
            reason?: string;
            status?: string;
        };
        ListContactsResponse: {
            result?: components["schemas"]["ListContactsResponseResultItem"][];
            contact_count?: number;
            _metadata?: {
                self?: string;
            };
        };
        ListContactsResponseResultItem: {
            id?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            alternate_emails?: string[];
            address_line_1?: string;
            address_line_2?: string;
            city?: string;
            state_province_region?: string;
            postal_code?: string;
            country?: string;
            phone_number?: string;
            list_ids?: string[];
            segment_ids?: string[];
            custom_fields?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListGlobalUnsubscribesResponse: {
            created?: number;
            email?: string;
        }[];
        ListInvalidEmailsResponse: {
            created?: number;
            email?: string;
            reason?: string;
        }[];
        ListListsResponse: {
            result?: components["schemas"]["ListListsResponseResultItem"][];
            _metadata?: components["schemas"]["ListListsResponseMetadata"];
        };
        ListListsResponseMetadata: {
            self?: string;
            next?: string;
            prev?: string;
            count?: number;
        };
        ListListsResponseResultItem: {
            id?: string;
            name?: string;
            contact_count?: number;
            _metadata?: {
                self?: string;
            };
        };
        ListSegmentsResponse: {
            results?: {
                id?: string;
                name?: string;
                contacts_count?: number;
                parent_list_id?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                updated_at?: string;
                /** Format: date-time */
                sample_updated_at?: string;
                /** Format: date-time */
                next_sample_update?: string;
            }[];
        };
        ListSendersResponse: components["schemas"]["ListSendersResponseItem"][];
        ListSendersResponseItem: {
            id?: number;
            nickname?: string;
            from?: {
                email?: string;
                name?: string;
            };
            reply_to?: {
                email?: string;
                name?: string;
            };
            address?: string;
            address_2?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
            verified?: {
                status?: boolean;
                reason?: string | null;
            };
            locked?: boolean;
            created_at?: number;
            updated_at?: number;
        };
        ListSpamReportsResponse: {
            created?: number;
            email?: string;
            ip?: string;
        }[];
        ListTemplatesResponse: {
            result?: components["schemas"]["ListTemplatesResponseResultItem"][];
            _metadata?: components["schemas"]["ListListsResponseMetadata"];
        };
        ListTemplatesResponseResultItem: {
            id?: string;
            name?: string;
            /** @enum {string} */
            generation?: "legacy" | "dynamic";
            updated_at?: string;
            versions?: {
                id?: string;
                template_id?: string;
                /** @enum {integer} */
                active?: 0 | 1;
                name?: string;
                subject?: string;
                html_content?: string;
                plain_content?: string;
                /** @enum {string} */
                editor?: "code" | "design";
                thumbnail_url?: string;
                updated_at?: string;
            }[];
        };
        ListUnsubscribeGroupsResponse: {
            id?: number;
            name?: string;
            description?: string;
            is_default?: boolean;
            last_email_sent_at?: string | null;
            unsubscribes?: number;
        }[];
        SearchContactsRequest: {
            /** @description SGQL condition, e.g. email LIKE 'ann%' AND CONTAINS(list_ids, '…'). */
            query: string;
        };
        SearchContactsResponse: {
            result?: components["schemas"]["ListContactsResponseResultItem"][];
            contact_count?: number;
            _metadata?: {
                self?: string;
            };
        };
        SendMailRequest: {
            /** @description One entry per message envelope, each with its own recipients and data. */
            personalizations: {
                to: components["schemas"]["SendMailRequestPersonalizationsItemTo"];
                cc?: components["schemas"]["SendMailRequestPersonalizationsItemTo"];
                bcc?: components["schemas"]["SendMailRequestPersonalizationsItemTo"];
                from?: components["schemas"]["SendMailRequestPersonalizationsItemToItem"];
                subject?: string;
                headers?: {
                    [key: string]: string;
                };
                /** @description Tag replacements for legacy templates. */
                substitutions?: {
                    [key: string]: string;
                };
                /** @description Data for the handlebars of a dynamic template. */
                dynamic_template_data?: Record<string, unknown>;
                custom_args?: {
                    [key: string]: string;
                };
                /** @description Unix time to send at (up to 72 hours ahead). */
                send_at?: number;
            }[];
            from: components["schemas"]["SendMailRequestPersonalizationsItemToItem"];
            reply_to?: components["schemas"]["SendMailRequestPersonalizationsItemToItem"];
            reply_to_list?: components["schemas"]["SendMailRequestPersonalizationsItemTo"];
            /** @description Default subject for personalizations that set none. */
            subject?: string;
            /** @description Bodies by MIME type; text/plain comes first when several are given. */
            content?: {
                /** @description MIME type such as text/plain or text/html. */
                type: string;
                value: string;
            }[];
            attachments?: {
                /** @description Base64 file content. */
                content: string;
                /** @description MIME type of the file. */
                type?: string;
                filename: string;
                /** @enum {string} */
                disposition?: "inline" | "attachment";
                /** @description Id to reference an inline image from the HTML. */
                content_id?: string;
            }[];
            /** @description Template to use; dynamic template ids start with d-. */
            template_id?: string;
            headers?: {
                [key: string]: string;
            };
            categories?: string[];
            custom_args?: {
                [key: string]: string;
            };
            /** @description Unix time to send at. */
            send_at?: number;
            /** @description Batch that lets scheduled sends be paused or cancelled. */
            batch_id?: string;
            /** @description Unsubscribe group handling. */
            asm?: {
                group_id?: number;
                groups_to_display?: number[];
            };
            ip_pool_name?: string;
            /** @description Sandbox mode, footer, bypass switches and similar. */
            mail_settings?: Record<string, unknown>;
            /** @description Click, open, subscription and Google Analytics tracking. */
            tracking_settings?: Record<string, unknown>;
        };
        SendMailRequestPersonalizationsItemTo: components["schemas"]["SendMailRequestPersonalizationsItemToItem"][];
        SendMailRequestPersonalizationsItemToItem: {
            /** Format: email */
            email: string;
            name?: string;
        };
        UpdateApiKeyRequest: {
            name: string;
        };
        UpdateApiKeyResponse: {
            api_key_id?: string;
            name?: string;
        };
        UpdateListRequest: {
            name: string;
        };
        UpdateListResponse: components["schemas"]["ListListsResponseResultItem"];
        UpdateSenderRequest: {
            nickname?: string;
            from?: {
                /** Format: email */
                email?: string;
                name?: string;
            };
            reply_to?: {
                /** Format: email */
                email?: string;
                name?: string;
            };
            address?: string;
            address_2?: string;
            city?: string;
            state?: string;
            zip?: string;
            country?: string;
        };
        UpdateSenderResponse: components["schemas"]["ListSendersResponseItem"];
        UpdateTemplateRequest: {
            name: string;
        };
        UpdateTemplateResponse: components["schemas"]["ListTemplatesResponseResultItem"];
        UpdateUnsubscribeGroupRequest: {
            name?: string;
            description?: string;
            is_default?: boolean;
        };
        UpdateUnsubscribeGroupResponse: {
            id?: number;
            name?: string;
            description?: string;
            is_default?: boolean;
            unsubscribes?: number;
        };
        UpsertContactsRequest: {
            /** @description Lists every contact is added to. */
            list_ids?: string[];
            contacts: {
                /** Format: email */
                email?: string;
                phone_number_id?: string;
                external_id?: string;
                anonymous_id?: string;
                first_name?: string;
                last_name?: string;
                alternate_emails?: string[];
                address_line_1?: string;
                address_line_2?: string;
                city?: string;
                state_province_region?: string;
                postal_code?: string;
                country?: string;
                /** @description Values keyed by custom field id. */
                custom_fields?: Record<string, unknown>;
            }[];
        };
        UpsertContactsResponse: {
            job_id?: string;
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
        /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Number of keys to return. */
                limit?: number;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListApiKeysResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Mail sender",
                 *       "scopes": [
                 *         "mail.send"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApiKeyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the API key. */
                api_key_id: string;
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
    updateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the API key. */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Mail sender (prod)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateApiKeyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUnsubscribeGroups: {
        parameters: {
            query?: {
                /** @description Only these group ids (repeat the parameter). */
                id?: number[];
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUnsubscribeGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createUnsubscribeGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletters",
                 *       "description": "Our monthly newsletter",
                 *       "is_default": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateUnsubscribeGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUnsubscribeGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUnsubscribeGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the unsubscribe group. */
                group_id: number;
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
    updateUnsubscribeGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the unsubscribe group. */
                group_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Monthly product news"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateUnsubscribeGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateUnsubscribeGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCategoryStats: {
        parameters: {
            query: {
                /**
                 * @description First day (YYYY-MM-DD).
                 * @example 2026-02-01
                 */
                start_date: string;
                /** @description Last day (YYYY-MM-DD); today when left out. */
                end_date?: string;
                /**
                 * @description Categories to report on (repeat the parameter; at most 10).
                 * @example [
                 *       "cat1"
                 *     ]
                 */
                categories: string[];
                aggregated_by?: "day" | "week" | "month";
                /** @description Number of periods to return. */
                limit?: number;
                /** @description Number of periods to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCategoryStatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendMail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "personalizations": [
                 *         {
                 *           "to": [
                 *             {
                 *               "email": "recipient@example.com"
                 *             }
                 *           ],
                 *           "subject": "Hello"
                 *         }
                 *       ],
                 *       "from": {
                 *         "email": "sender@example.com"
                 *       },
                 *       "content": [
                 *         {
                 *           "type": "text/plain",
                 *           "value": "Hello World"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendMailRequest"];
            };
        };
        responses: {
            /** @description Accepted for delivery; the body is empty. */
            202: {
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
    getMailboxProviderStats: {
        parameters: {
            query: {
                /**
                 * @description First day (YYYY-MM-DD).
                 * @example 2026-02-01
                 */
                start_date: string;
                /** @description Last day (YYYY-MM-DD); today when left out. */
                end_date?: string;
                /** @description Providers to include (up to 10), e.g. Gmail. */
                mailbox_providers?: string;
                aggregated_by?: "day" | "week" | "month";
                /** @description Number of periods to return. */
                limit?: number;
                /** @description Number of periods to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMailboxProviderStatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsertContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "list_ids": [
                 *         "ca7a3796-e8a8-4029-9ccb-df8937940562"
                 *       ],
                 *       "contacts": [
                 *         {
                 *           "email": "ann@example.com",
                 *           "first_name": "Ann"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpsertContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContacts: {
        parameters: {
            query?: {
                /** @description Contact ids to delete (comma-separated). */
                ids?: string[];
                /** @description Set to true to delete all contacts instead of listing ids. */
                delete_all_contacts?: boolean;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteContactsResponse"];
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
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "email LIKE 'ann%'"
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
    listLists: {
        parameters: {
            query?: {
                /** @description Lists per page. */
                page_size?: number;
                /** @description Token of the page to read, taken from _metadata.next. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter"
                 *     }
                 */
                "application/json": components["schemas"]["CreateListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getList: {
        parameters: {
            query?: {
                /** @description Include up to 50 of the list's contacts. */
                contact_sample?: boolean;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the marketing list. */
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
                    "application/json": components["schemas"]["GetListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteList: {
        parameters: {
            query?: {
                /** @description Also delete the list's contacts from the account. */
                delete_contacts?: boolean;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the marketing list. */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No body; with delete_contacts=true the answer is 202 with a job_id instead. */
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
    updateList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id (UUID) of the marketing list. */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter (2026)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /** @description Only these segment ids. */
                ids?: string[];
                /** @description Comma-separated list ids whose segments to return. */
                parent_list_ids?: string;
                /** @description Only segments built on all contacts rather than a list. */
                no_parent_list_id?: boolean;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSegmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Example customers",
                 *       "query_dsl": "email LIKE '%@example.com'"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSegmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSegmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the segment. */
                segment_id: string;
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
    listSenders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSendersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSender: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "nickname": "Marketing",
                 *       "from": {
                 *         "email": "marketing@example.com",
                 *         "name": "Example Marketing"
                 *       },
                 *       "reply_to": {
                 *         "email": "replies@example.com"
                 *       },
                 *       "address": "1 Main St",
                 *       "city": "Denver",
                 *       "country": "United States"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSenderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSenderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSender: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sender identity. */
                sender_id: number;
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
    updateSender: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sender identity. */
                sender_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "nickname": "Marketing team"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSenderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSenderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getGlobalStats: {
        parameters: {
            query: {
                /**
                 * @description First day (YYYY-MM-DD).
                 * @example 2026-02-01
                 */
                start_date: string;
                /** @description Last day (YYYY-MM-DD); today when left out. */
                end_date?: string;
                aggregated_by?: "day" | "week" | "month";
                /** @description Number of periods to return. */
                limit?: number;
                /** @description Number of periods to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetGlobalStatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBlocks: {
        parameters: {
            query?: {
                /** @description Only entries created at or after this Unix time. */
                start_time?: number;
                /** @description Only entries created at or before this Unix time. */
                end_time?: number;
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
                /** @description Only entries for this address. */
                email?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBlocksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBounces: {
        parameters: {
            query?: {
                /** @description Only entries created at or after this Unix time. */
                start_time?: number;
                /** @description Only entries created at or before this Unix time. */
                end_time?: number;
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
                /** @description Only entries for this address. */
                email?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBouncesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInvalidEmails: {
        parameters: {
            query?: {
                /** @description Only entries created at or after this Unix time. */
                start_time?: number;
                /** @description Only entries created at or before this Unix time. */
                end_time?: number;
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
                /** @description Only entries for this address. */
                email?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInvalidEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpamReports: {
        parameters: {
            query?: {
                /** @description Only entries created at or after this Unix time. */
                start_time?: number;
                /** @description Only entries created at or before this Unix time. */
                end_time?: number;
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
                /** @description Only entries for this address. */
                email?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSpamReportsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listGlobalUnsubscribes: {
        parameters: {
            query?: {
                /** @description Only entries created at or after this Unix time. */
                start_time?: number;
                /** @description Only entries created at or before this Unix time. */
                end_time?: number;
                /** @description Entries per page. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
                /** @description Only entries for this address. */
                email?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListGlobalUnsubscribesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTemplates: {
        parameters: {
            query: {
                /** @description Which template generations to return. */
                generations?: "legacy" | "dynamic" | "legacy,dynamic";
                /** @description Templates per page. */
                page_size: number;
                /** @description Token of the page to read, taken from _metadata.next. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Welcome",
                 *       "generation": "dynamic"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the template (d- followed by hex for dynamic templates).
                 * @example d-13b8f94fbcae4ec6b75270d6cb59f932
                 */
                template_id: string;
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
                    "application/json": components["schemas"]["GetTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the template (d- followed by hex for dynamic templates).
                 * @example d-13b8f94fbcae4ec6b75270d6cb59f932
                 */
                template_id: string;
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
    updateTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the template (d- followed by hex for dynamic templates).
                 * @example d-13b8f94fbcae4ec6b75270d6cb59f932
                 */
                template_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Welcome (v2)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUserAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUserProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the SendGrid connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetUserProfileResponse"];
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
