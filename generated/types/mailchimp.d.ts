// Generated from providers/mailchimp.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/3.0/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List classic automation workflows with their status and statistics. */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/automations/{workflow_id}/actions/start-all-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start every email of an automation workflow. */
        post: operations["startAutomationEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns, filtered by type, status, audience or send and create times. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a draft campaign for an audience or segment. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/campaigns/{campaign_id}/actions/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a campaign for delivery at a quarter-hour in UTC. */
        post: operations["scheduleCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/campaigns/{campaign_id}/actions/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a ready campaign right away. */
        post: operations["sendCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/campaigns/{campaign_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a campaign's body from HTML, plain text, a URL or a template. */
        put: operations["setCampaignContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's audiences with their subscriber statistics. */
        get: operations["listAudiences"];
        put?: never;
        /** Create an audience with its sender defaults and postal contact details. */
        post: operations["createAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one audience with its settings and statistics. */
        get: operations["getAudience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/lists/{list_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of an audience, filtered by status, dates or interests. */
        get: operations["listMembers"];
        put?: never;
        /** Add a new member to an audience. */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/lists/{list_id}/members/{subscriber_hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a member, or update it when the address is already in the audience. */
        put: operations["upsertMember"];
        post?: never;
        /** Archive a member so it no longer counts toward the audience; its history is kept. */
        delete: operations["archiveMember"];
        options?: never;
        head?: never;
        /** Change some fields of an existing member. */
        patch: operations["updateMember"];
        trace?: never;
    };
    "/3.0/lists/{list_id}/members/{subscriber_hash}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach or detach tags on a member. */
        post: operations["updateMemberTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/lists/{list_id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the saved segments and static tags of an audience. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the reports of sent campaigns. */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/reports/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the delivery, open, click and bounce figures of one sent campaign. */
        get: operations["getCampaignReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/3.0/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email templates available to the account. */
        get: operations["listTemplates"];
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
        AddMemberRequest: {
            /** Format: email */
            email_address: string;
            status: components["schemas"]["AddMemberRequestStatus"];
            /** @enum {string} */
            email_type?: "html" | "text";
            merge_fields?: components["schemas"]["AddMemberRequestMergeFields"];
            interests?: components["schemas"]["AddMemberRequestInterests"];
            language?: string;
            vip?: boolean;
            location?: {
                latitude?: number;
                longitude?: number;
            };
            /** @description Tag names to attach. */
            tags?: string[];
            ip_signup?: string;
            timestamp_signup?: string;
            ip_opt?: string;
            timestamp_opt?: string;
        };
        /** @description Interest id to membership. */
        AddMemberRequestInterests: {
            [key: string]: boolean;
        };
        /** @description Merge tag to value, e.g. FNAME and LNAME. */
        AddMemberRequestMergeFields: {
            [key: string]: unknown;
        };
        /**
         * @description pending sends a double opt-in confirmation email.
         * @enum {string}
         */
        AddMemberRequestStatus: "subscribed" | "unsubscribed" | "cleaned" | "pending" | "transactional";
        AddMemberResponse: components["schemas"]["ListMembersResponseMember"];
        CreateAudienceRequest: {
            name: string;
            /** @description Postal address shown in the footer of campaigns, as anti-spam law requires. */
            contact: {
                company: string;
                address1: string;
                address2?: string;
                city: string;
                state?: string;
                zip?: string;
                /** @description Two-letter country code. */
                country: string;
                phone?: string;
            };
            /** @description Reminder of how recipients joined the audience. */
            permission_reminder: string;
            use_archive_bar?: boolean;
            campaign_defaults: {
                from_name: string;
                /** Format: email */
                from_email: string;
                subject: string;
                language: string;
            };
            /** @description Let subscribers choose between HTML and plain-text email. */
            email_type_option: boolean;
            double_optin?: boolean;
            marketing_permissions?: boolean;
            /** @enum {string} */
            visibility?: "pub" | "prv";
        };
        CreateAudienceResponse: components["schemas"]["ListAudiencesResponseAudience"];
        CreateCampaignRequest: {
            /** @enum {string} */
            type: "regular" | "plaintext" | "absplit" | "rss" | "variate";
            recipients?: {
                list_id?: string;
                segment_opts?: {
                    saved_segment_id?: number;
                    /** @enum {string} */
                    match?: "any" | "all";
                    conditions?: Record<string, unknown>[];
                };
            };
            settings?: {
                subject_line?: string;
                preview_text?: string;
                /** @description Internal name of the campaign. */
                title?: string;
                from_name?: string;
                /** Format: email */
                reply_to?: string;
                template_id?: number;
                to_name?: string;
            };
            tracking?: {
                opens?: boolean;
                html_clicks?: boolean;
                text_clicks?: boolean;
            };
            rss_opts?: Record<string, unknown>;
            variate_settings?: Record<string, unknown>;
        };
        CreateCampaignResponse: components["schemas"]["ListCampaignsResponseCampaign"];
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
        GetAudienceResponse: components["schemas"]["ListAudiencesResponseAudience"];
        GetCampaignReportResponse: components["schemas"]["ListReportsResponseReport"];
        ListAudiencesResponse: {
            lists?: components["schemas"]["ListAudiencesResponseAudience"][];
            total_items?: number;
        };
        ListAudiencesResponseAudience: {
            id?: string;
            web_id?: number;
            name?: string;
            contact?: {
                company?: string;
                address1?: string;
                address2?: string;
                city?: string;
                state?: string;
                zip?: string;
                country?: string;
                phone?: string;
            };
            permission_reminder?: string;
            campaign_defaults?: {
                from_name?: string;
                from_email?: string;
                subject?: string;
                language?: string;
            };
            /** Format: date-time */
            date_created?: string;
            list_rating?: number;
            email_type_option?: boolean;
            subscribe_url_short?: string;
            /** @enum {string} */
            visibility?: "pub" | "prv";
            double_optin?: boolean;
            stats?: {
                member_count?: number;
                unsubscribe_count?: number;
                cleaned_count?: number;
                campaign_count?: number;
                open_rate?: number;
                click_rate?: number;
                last_sub_date?: string;
            };
        };
        ListAutomationsResponse: {
            automations?: {
                id?: string;
                /** Format: date-time */
                create_time?: string;
                start_time?: string;
                /** @enum {string} */
                status?: "save" | "paused" | "sending";
                emails_sent?: number;
                recipients?: {
                    list_id?: string;
                    list_name?: string;
                };
                settings?: {
                    title?: string;
                    from_name?: string;
                    reply_to?: string;
                };
                report_summary?: Record<string, unknown>;
            }[];
            total_items?: number;
        };
        ListCampaignsResponse: {
            campaigns?: components["schemas"]["ListCampaignsResponseCampaign"][];
            total_items?: number;
        };
        ListCampaignsResponseCampaign: {
            id?: string;
            web_id?: number;
            /** @enum {string} */
            type?: "regular" | "plaintext" | "absplit" | "rss" | "variate";
            /** Format: date-time */
            create_time?: string;
            archive_url?: string;
            long_archive_url?: string;
            /** @enum {string} */
            status?: "save" | "paused" | "schedule" | "sending" | "sent" | "canceled" | "canceling" | "archived";
            emails_sent?: number;
            send_time?: string;
            content_type?: string;
            recipients?: {
                list_id?: string;
                list_name?: string;
                segment_text?: string;
                recipient_count?: number;
            };
            settings?: {
                subject_line?: string;
                preview_text?: string;
                title?: string;
                from_name?: string;
                reply_to?: string;
                template_id?: number;
            };
            tracking?: {
                opens?: boolean;
                html_clicks?: boolean;
                text_clicks?: boolean;
            };
            report_summary?: {
                opens?: number;
                unique_opens?: number;
                open_rate?: number;
                clicks?: number;
                click_rate?: number;
            };
        };
        ListMembersResponse: {
            members?: components["schemas"]["ListMembersResponseMember"][];
            list_id?: string;
            total_items?: number;
        };
        ListMembersResponseMember: {
            /** @description The subscriber hash. */
            id?: string;
            email_address?: string;
            unique_email_id?: string;
            contact_id?: string;
            full_name?: string;
            web_id?: number;
            email_type?: string;
            /** @enum {string} */
            status?: "subscribed" | "unsubscribed" | "cleaned" | "pending" | "transactional" | "archived";
            merge_fields?: {
                [key: string]: unknown;
            };
            interests?: {
                [key: string]: boolean;
            };
            stats?: {
                avg_open_rate?: number;
                avg_click_rate?: number;
            };
            ip_signup?: string;
            timestamp_signup?: string;
            ip_opt?: string;
            timestamp_opt?: string;
            member_rating?: number;
            /** Format: date-time */
            last_changed?: string;
            language?: string;
            vip?: boolean;
            location?: {
                latitude?: number;
                longitude?: number;
                country_code?: string;
                timezone?: string;
            };
            tags_count?: number;
            tags?: {
                id?: number;
                name?: string;
            }[];
            list_id?: string;
        };
        ListReportsResponse: {
            reports?: components["schemas"]["ListReportsResponseReport"][];
            total_items?: number;
        };
        ListReportsResponseReport: {
            /** @description The campaign id. */
            id?: string;
            campaign_title?: string;
            type?: string;
            list_id?: string;
            list_name?: string;
            subject_line?: string;
            preview_text?: string;
            emails_sent?: number;
            abuse_reports?: number;
            unsubscribed?: number;
            send_time?: string;
            bounces?: {
                hard_bounces?: number;
                soft_bounces?: number;
                syndication_bounces?: number;
            };
            forwards?: {
                forwards_count?: number;
                forwards_opens?: number;
            };
            opens?: {
                opens_total?: number;
                unique_opens?: number;
                open_rate?: number;
                last_open?: string;
            };
            clicks?: {
                clicks_total?: number;
                unique_clicks?: number;
                unique_subscriber_clicks?: number;
                click_rate?: number;
                last_click?: string;
            };
            list_stats?: Record<string, unknown>;
            ecommerce?: {
                total_orders?: number;
                total_spent?: number;
                total_revenue?: number;
            };
        };
        ListSegmentsResponse: {
            segments?: {
                id?: number;
                name?: string;
                member_count?: number;
                /** @enum {string} */
                type?: "saved" | "static" | "fuzzy";
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                updated_at?: string;
                options?: Record<string, unknown>;
                list_id?: string;
            }[];
            list_id?: string;
            total_items?: number;
        };
        ListTemplatesResponse: {
            templates?: {
                id?: number;
                type?: string;
                name?: string;
                drag_and_drop?: boolean;
                responsive?: boolean;
                category?: string;
                /** Format: date-time */
                date_created?: string;
                date_edited?: string;
                created_by?: string;
                active?: boolean;
                folder_id?: string;
                thumbnail?: string;
                share_url?: string;
            }[];
            total_items?: number;
        };
        ScheduleCampaignRequest: {
            /**
             * Format: date-time
             * @description UTC time on :00, :15, :30 or :45.
             */
            schedule_time: string;
            /** @description Deliver at this local time in each recipient's time zone. */
            timewarp?: boolean;
            batch_delivery?: {
                batch_delay?: number;
                batch_count?: number;
            };
        };
        SetCampaignContentRequest: {
            html?: string;
            /** @description For plaintext campaigns, or to override the text generated from the HTML. */
            plain_text?: string;
            /** @description Import the content from this page. */
            url?: string;
            template?: {
                id?: number;
                sections?: {
                    [key: string]: string;
                };
            };
            archive?: {
                archive_content?: string;
                archive_type?: string;
            };
        };
        SetCampaignContentResponse: {
            html?: string;
            plain_text?: string;
            archive_html?: string;
        };
        UpdateMemberRequest: {
            /** Format: email */
            email_address?: string;
            status?: components["schemas"]["AddMemberRequestStatus"];
            /** @enum {string} */
            email_type?: "html" | "text";
            merge_fields?: components["schemas"]["AddMemberRequestMergeFields"];
            interests?: components["schemas"]["AddMemberRequestInterests"];
            language?: string;
            vip?: boolean;
        };
        UpdateMemberResponse: components["schemas"]["ListMembersResponseMember"];
        UpdateMemberTagsRequest: {
            tags: {
                name: string;
                /**
                 * @description active attaches the tag; inactive removes it.
                 * @enum {string}
                 */
                status: "active" | "inactive";
            }[];
            /** @description true keeps tag-triggered automations from firing. */
            is_syncing?: boolean;
        };
        UpsertMemberRequest: {
            /** Format: email */
            email_address: string;
            /**
             * @description Status used only when the member is created.
             * @enum {string}
             */
            status_if_new: "subscribed" | "unsubscribed" | "cleaned" | "pending" | "transactional";
            status?: components["schemas"]["AddMemberRequestStatus"];
            /** @enum {string} */
            email_type?: "html" | "text";
            merge_fields?: components["schemas"]["AddMemberRequestMergeFields"];
            interests?: components["schemas"]["AddMemberRequestInterests"];
            language?: string;
            vip?: boolean;
        };
        UpsertMemberResponse: components["schemas"]["ListMembersResponseMember"];
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
        /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAutomations: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                status?: "save" | "paused" | "sending";
                before_create_time?: string;
                since_create_time?: string;
                before_start_time?: string;
                since_start_time?: string;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAutomationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startAutomationEmails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the automation workflow. */
                workflow_id: string;
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
    listCampaigns: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                type?: "regular" | "plaintext" | "absplit" | "rss" | "variate";
                status?: "save" | "paused" | "schedule" | "sending" | "sent";
                list_id?: string;
                folder_id?: string;
                /** @description Only campaigns sent to this member (unique_email_id). */
                member_id?: string;
                before_send_time?: string;
                since_send_time?: string;
                before_create_time?: string;
                since_create_time?: string;
                sort_field?: "create_time" | "send_time";
                sort_dir?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "regular",
                 *       "recipients": {
                 *         "list_id": "LIST_ID"
                 *       },
                 *       "settings": {
                 *         "subject_line": "Your Monthly Update",
                 *         "from_name": "Acme Corp",
                 *         "reply_to": "hello@acme.com"
                 *       }
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
    scheduleCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schedule_time": "2025-03-01T10:00:00+00:00"
                 *     }
                 */
                "application/json": components["schemas"]["ScheduleCampaignRequest"];
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
    sendCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
    setCampaignContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "html": "<html><body><h1>Hello!</h1><p>Newsletter content here.</p></body></html>",
                 *       "plain_text": "Hello! Newsletter content here."
                 *     }
                 */
                "application/json": components["schemas"]["SetCampaignContentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetCampaignContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAudiences: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                /** @description Only audiences that contain this address. */
                email?: string;
                before_date_created?: string;
                since_date_created?: string;
                before_campaign_last_sent?: string;
                since_campaign_last_sent?: string;
                sort_field?: "date_created";
                sort_dir?: "ASC" | "DESC";
                has_ecommerce_store?: boolean;
                /** @description Add the total contact count, including archived and unsubscribed. */
                include_total_contacts?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAudiencesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAudience: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter",
                 *       "contact": {
                 *         "company": "Acme Corp",
                 *         "address1": "123 Main St",
                 *         "city": "New York",
                 *         "state": "NY",
                 *         "zip": "10001",
                 *         "country": "US"
                 *       },
                 *       "permission_reminder": "You signed up for our newsletter",
                 *       "campaign_defaults": {
                 *         "from_name": "Acme Corp",
                 *         "from_email": "newsletter@acme.com",
                 *         "subject": "",
                 *         "language": "en"
                 *       },
                 *       "email_type_option": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateAudienceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAudienceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAudience: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                include_total_contacts?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
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
                    "application/json": components["schemas"]["GetAudienceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                status?: "subscribed" | "unsubscribed" | "cleaned" | "pending" | "transactional" | "archived";
                email_type?: "html" | "text";
                /** @description Opted in after this time. */
                since_timestamp_opt?: string;
                before_timestamp_opt?: string;
                /** @description Changed after this time. */
                since_last_changed?: string;
                before_last_changed?: string;
                unique_email_id?: string;
                vip_only?: boolean;
                interest_category_id?: string;
                /** @description Comma-separated interest ids to match. */
                interest_ids?: string;
                interest_match?: "any" | "all" | "none";
                sort_field?: "timestamp_opt" | "timestamp_signup" | "last_changed";
                sort_dir?: "ASC" | "DESC";
                since_last_campaign?: boolean;
                unsubscribed_since?: string;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
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
                    "application/json": components["schemas"]["ListMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addMember: {
        parameters: {
            query?: {
                /** @description Accept the member even if required merge fields are missing. */
                skip_merge_validation?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "newuser@example.com",
                 *       "status": "subscribed",
                 *       "merge_fields": {
                 *         "FNAME": "Jane",
                 *         "LNAME": "Smith"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsertMember: {
        parameters: {
            query?: {
                skip_merge_validation?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
                list_id: string;
                /** @description MD5 of the member's lower-cased email address (the address or contact id also work). */
                subscriber_hash: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "user@example.com",
                 *       "status_if_new": "subscribed",
                 *       "merge_fields": {
                 *         "FNAME": "Jane",
                 *         "LNAME": "Smith"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpsertMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    archiveMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
                list_id: string;
                /** @description MD5 of the member's lower-cased email address (the address or contact id also work). */
                subscriber_hash: string;
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
    updateMember: {
        parameters: {
            query?: {
                skip_merge_validation?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
                list_id: string;
                /** @description MD5 of the member's lower-cased email address (the address or contact id also work). */
                subscriber_hash: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "merge_fields": {
                 *         "FNAME": "Jane",
                 *         "LNAME": "Doe"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMemberTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
                list_id: string;
                /** @description MD5 of the member's lower-cased email address (the address or contact id also work). */
                subscriber_hash: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tags": [
                 *         {
                 *           "name": "VIP",
                 *           "status": "active"
                 *         },
                 *         {
                 *           "name": "Old Tag",
                 *           "status": "inactive"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberTagsRequest"];
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
    listSegments: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                type?: "saved" | "static" | "fuzzy";
                since_created_at?: string;
                before_created_at?: string;
                since_updated_at?: string;
                before_updated_at?: string;
                include_cleaned?: boolean;
                include_transactional?: boolean;
                include_unsubscribed?: boolean;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the audience (list).
                 * @example 4ca5becb8d
                 */
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
    listReports: {
        parameters: {
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                type?: "regular" | "plaintext" | "absplit" | "rss" | "variate";
                before_send_time?: string;
                since_send_time?: string;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListReportsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCampaignReport: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCampaignReportResponse"];
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
            query?: {
                /** @description Items per page. */
                count?: number;
                /** @description Items to skip. */
                offset?: number;
                /** @description Comma-separated fields to return, in dot notation (e.g. lists.id,lists.name). */
                fields?: string;
                /** @description Comma-separated fields to leave out. */
                exclude_fields?: string;
                /** @description user lists the account's own templates. */
                type?: "user" | "base" | "gallery";
                created_by?: string;
                category?: string;
                folder_id?: string;
                since_date_created?: string;
                before_date_created?: string;
                sort_field?: "date_created" | "date_edited" | "name";
                sort_dir?: "ASC" | "DESC";
            };
            header?: {
                /** @description Id of the Mailchimp connection to use; without it the account's oldest active connection serves the request. */
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
}
