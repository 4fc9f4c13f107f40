// Generated from providers/mailerlite.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List automations, filtered by state, name or trigger group. */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automations/{automation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an automation with its trigger, steps and statistics. */
        get: operations["getAutomation"];
        put?: never;
        post?: never;
        /** Delete an automation. */
        delete: operations["deleteAutomation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns, filtered by status and type. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a draft campaign with its email and the groups or segments it goes to. */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a campaign with its emails, settings and statistics. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        /** Delete a campaign. */
        delete: operations["deleteCampaign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{campaign_id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft campaign now, at a set time, or in each subscriber's time zone. */
        post: operations["scheduleCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscriber fields, built-in and custom. */
        get: operations["listFields"];
        put?: never;
        /** Create a custom subscriber field of type text, number or date. */
        post: operations["createField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forms/{form_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers who signed up through a form. */
        get: operations["listFormSubscribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forms/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the forms of one kind (pop-up, embedded or promotion). */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscriber groups with their counts and rates. */
        get: operations["listGroups"];
        put?: never;
        /** Create a subscriber group. */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a subscriber group. */
        put: operations["updateGroup"];
        post?: never;
        /** Delete a group (its subscribers stay in the account). */
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{group_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers of a group, optionally by status. */
        get: operations["listGroupSubscribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List segments with their subscriber totals and rates. */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{segment_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscribers matching a segment, optionally by status. */
        get: operations["listSegmentSubscribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscribers a page at a time, optionally by status. */
        get: operations["listSubscribers"];
        put?: never;
        /** Create a subscriber, or update the one with the same email address. */
        post: operations["upsertSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscribers/{subscriber_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscriber by id or email address. */
        get: operations["getSubscriber"];
        /** Change a subscriber's fields, groups or status. */
        put: operations["updateSubscriber"];
        post?: never;
        /** Delete a subscriber (the address may subscribe again later). */
        delete: operations["deleteSubscriber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's webhooks. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a URL to be called when chosen subscriber or campaign events happen. */
        post: operations["createWebhook"];
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
        CreateCampaignRequest: {
            name: string;
            language_id?: number;
            /** @enum {string} */
            type: "regular" | "ab" | "resend";
            emails: {
                subject: string;
                from_name: string;
                /**
                 * Format: email
                 * @description A verified sender address.
                 */
                from: string;
                /** Format: email */
                reply_to?: string;
                /** @description Full HTML; allowed on Advanced plans only. */
                content?: string;
            }[];
            /** @description Group ids to send to. */
            groups?: string[];
            /** @description Segment ids to send to (instead of groups). */
            segments?: string[];
            /** @description Test type and split for an A/B campaign. */
            ab_settings?: Record<string, unknown>;
            /** @description Settings of an auto-resend campaign. */
            resend_settings?: Record<string, unknown>;
        };
        CreateCampaignResponse: components["schemas"]["GetCampaignResponse"];
        CreateFieldRequest: {
            name: string;
            /** @enum {string} */
            type: "text" | "number" | "date";
        };
        CreateFieldResponse: {
            data?: components["schemas"]["ListFieldsResponseDataItem"];
        };
        CreateGroupRequest: {
            name: string;
        };
        CreateGroupResponse: {
            data?: components["schemas"]["ListGroupsResponseDataItem"];
        };
        CreateWebhookRequest: {
            name?: string;
            events: ("subscriber.created" | "subscriber.updated" | "subscriber.unsubscribed" | "subscriber.added_to_group" | "subscriber.removed_from_group" | "subscriber.bounced" | "subscriber.automation_triggered" | "subscriber.automation_completed" | "subscriber.spam_reported" | "subscriber.deleted" | "subscriber.active" | "campaign.sent" | "campaign.open" | "campaign.click")[];
            /** Format: uri */
            url: string;
            /** @default true */
            enabled?: boolean;
            /**
             * @description Deliver events in batches instead of one call each.
             * @default false
             */
            batchable?: boolean;
        };
        CreateWebhookResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItem"];
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
        GetAutomationResponse: {
            data?: components["schemas"]["ListAutomationsResponseDataItem"];
        };
        GetCampaignResponse: {
            data?: components["schemas"]["ListCampaignsResponseCampaign"];
        };
        GetSubscriberResponse: {
            data?: components["schemas"]["ListSubscribersResponseSubscriber"];
        };
        ListAutomationsResponse: {
            data?: components["schemas"]["ListAutomationsResponseDataItem"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListAutomationsResponseDataItem: {
            id?: string;
            name?: string;
            enabled?: boolean;
            trigger_data?: Record<string, unknown>;
            steps?: Record<string, unknown>[];
            triggers?: Record<string, unknown>[];
            complete?: boolean;
            broken?: boolean;
            warnings?: unknown[];
            emails_count?: number;
            /** @description Queue, completion, send, open, click and bounce counts and rates. */
            stats?: Record<string, unknown>;
            created_at?: string;
        };
        ListCampaignsResponse: {
            data?: components["schemas"]["ListCampaignsResponseCampaign"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListCampaignsResponseCampaign: {
            id?: string;
            account_id?: string;
            name?: string;
            /** @enum {string} */
            type?: "regular" | "ab" | "resend" | "rss";
            /** @enum {string} */
            status?: "draft" | "ready" | "sent";
            missing_data?: string[];
            settings?: Record<string, unknown>;
            filter?: unknown[];
            delivery_schedule?: string | null;
            language?: Record<string, unknown>;
            created_at?: string;
            updated_at?: string;
            scheduled_for?: string | null;
            queued_at?: string | null;
            started_at?: string | null;
            finished_at?: string | null;
            stopped_at?: string | null;
            default_email_id?: string;
            emails?: {
                id?: string;
                from?: string;
                from_name?: string;
                reply_to?: string;
                subject?: string;
                plain_text?: string;
                preview_url?: string;
                screenshot_url?: string;
                is_designed?: boolean;
                stats?: Record<string, unknown>;
            }[];
            /** @description Sent, opens, clicks, unsubscribes, bounces and their rates. */
            stats?: Record<string, unknown>;
            can_be_scheduled?: boolean;
            is_stopped?: boolean;
        };
        ListFieldsResponse: {
            data?: components["schemas"]["ListFieldsResponseDataItem"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListFieldsResponseDataItem: {
            id?: string;
            name?: string;
            key?: string;
            /** @enum {string} */
            type?: "text" | "number" | "date";
        };
        ListFormSubscribersResponse: components["schemas"]["ListGroupSubscribersResponse"];
        ListFormsResponse: {
            data?: {
                id?: string;
                type?: string;
                slug?: string;
                name?: string;
                created_at?: string;
                conversions_count?: number;
                opens_count?: number;
                conversion_rate?: components["schemas"]["ListGroupsResponseDataItemOpenRate"];
                settings?: Record<string, unknown>;
                last_registration_at?: string | null;
                active?: boolean;
                double_optin?: boolean;
                screenshot_url?: string | null;
            }[];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListGroupSubscribersResponse: {
            data?: components["schemas"]["ListSubscribersResponseSubscriber"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListSubscribersResponseMeta"];
        };
        ListGroupsResponse: {
            data?: components["schemas"]["ListGroupsResponseDataItem"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListGroupsResponseDataItem: {
            id?: string;
            name?: string;
            active_count?: number;
            sent_count?: number;
            opens_count?: number;
            open_rate?: components["schemas"]["ListGroupsResponseDataItemOpenRate"];
            clicks_count?: number;
            click_rate?: components["schemas"]["ListGroupsResponseDataItemOpenRate"];
            unsubscribed_count?: number;
            unconfirmed_count?: number;
            bounced_count?: number;
            junk_count?: number;
            created_at?: string;
        };
        ListGroupsResponseDataItemOpenRate: {
            float?: number;
            string?: string;
        };
        ListGroupsResponseMeta: {
            current_page?: number;
            from?: number | null;
            last_page?: number;
            path?: string;
            per_page?: number;
            to?: number | null;
            total?: number;
        };
        ListSegmentSubscribersResponse: {
            data?: components["schemas"]["ListSubscribersResponseSubscriber"][];
            meta?: {
                total?: number;
                count?: number;
                last?: string | null;
            };
        };
        ListSegmentsResponse: {
            data?: {
                id?: string;
                name?: string;
                total?: number;
                open_rate?: components["schemas"]["ListGroupsResponseDataItemOpenRate"];
                click_rate?: components["schemas"]["ListGroupsResponseDataItemOpenRate"];
                created_at?: string;
            }[];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListSubscribersResponse: {
            data?: components["schemas"]["ListSubscribersResponseSubscriber"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListSubscribersResponseMeta"];
        };
        ListSubscribersResponseLinks: {
            first?: string | null;
            last?: string | null;
            prev?: string | null;
            next?: string | null;
        };
        ListSubscribersResponseMeta: {
            path?: string;
            per_page?: number;
            next_cursor?: string | null;
            prev_cursor?: string | null;
        };
        ListSubscribersResponseSubscriber: {
            id?: string;
            email?: string;
            /** @enum {string} */
            status?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
            source?: string;
            sent?: number;
            opens_count?: number;
            clicks_count?: number;
            open_rate?: number;
            click_rate?: number;
            ip_address?: string | null;
            subscribed_at?: string;
            unsubscribed_at?: string | null;
            created_at?: string;
            updated_at?: string;
            opted_in_at?: string | null;
            optin_ip?: string | null;
            /** @description Field values keyed by field key (name, last_name, company, country, city, phone, state, z_i_p). */
            fields?: Record<string, unknown>;
            groups?: Record<string, unknown>[];
        };
        ListWebhooksResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItem"][];
            links?: components["schemas"]["ListSubscribersResponseLinks"];
            meta?: components["schemas"]["ListGroupsResponseMeta"];
        };
        ListWebhooksResponseDataItem: {
            id?: string;
            name?: string;
            url?: string;
            events?: string[];
            enabled?: boolean;
            batchable?: boolean;
            /** @description Key for checking the Signature header of deliveries. */
            secret?: string;
            created_at?: string;
            updated_at?: string;
        };
        ScheduleCampaignRequest: {
            /** @enum {string} */
            delivery: "instant" | "scheduled" | "timezone_based";
            /** @description Needed for scheduled and timezone_based delivery. */
            schedule?: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD.
                 */
                date?: string;
                /** @description Hour of day, 00-23. */
                hours?: string;
                /** @description Minute, 00-59. */
                minutes?: string;
                /** @description Time zone; the account's when left out. */
                timezone_id?: number;
            };
            /** @description When and to whom an auto-resend goes. */
            resend?: Record<string, unknown>;
        };
        ScheduleCampaignResponse: components["schemas"]["GetCampaignResponse"];
        UpdateGroupRequest: components["schemas"]["CreateGroupRequest"];
        UpdateGroupResponse: components["schemas"]["CreateGroupResponse"];
        UpdateSubscriberRequest: {
            /** @description Field values keyed by field key. */
            fields?: Record<string, unknown>;
            /** @description Group ids; groups not listed are left, so send all the subscriber should keep. */
            groups?: string[];
            /** @enum {string} */
            status?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
            subscribed_at?: string;
            ip_address?: string;
            opted_in_at?: string;
            optin_ip?: string;
            unsubscribed_at?: string;
        };
        UpdateSubscriberResponse: components["schemas"]["UpsertSubscriberResponse"];
        UpsertSubscriberRequest: {
            /** Format: email */
            email: string;
            /** @description Field values keyed by field key. */
            fields?: Record<string, unknown>;
            /** @description Group ids to add the subscriber to (existing memberships stay). */
            groups?: string[];
            /**
             * @description Status to set; unconfirmed sends a double opt-in email.
             * @enum {string}
             */
            status?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
            /** @description Time of subscription, yyyy-MM-dd HH:mm:ss. */
            subscribed_at?: string;
            ip_address?: string;
            opted_in_at?: string;
            optin_ip?: string;
            unsubscribed_at?: string;
        };
        UpsertSubscriberResponse: {
            data?: components["schemas"]["ListSubscribersResponseSubscriber"];
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
        /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Only enabled (true) or disabled (false) automations. */
                "filter[enabled]"?: boolean;
                /** @description Only automations whose name contains this text. */
                "filter[name]"?: string;
                /** @description Only automations triggered by this group id. */
                "filter[group]"?: string;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Automations per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
    getAutomation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the automation. */
                automation_id: string;
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
                    "application/json": components["schemas"]["GetAutomationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteAutomation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the automation. */
                automation_id: string;
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
                "filter[status]"?: "sent" | "draft" | "ready";
                "filter[type]"?: "regular" | "ab" | "resend" | "rss";
                /** @description Campaigns per page. */
                limit?: 10 | 25 | 50 | 100;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Newsletter",
                 *       "type": "regular",
                 *       "emails": [
                 *         {
                 *           "subject": "Weekly Update",
                 *           "from_name": "Newsletter",
                 *           "from": "newsletter@example.com"
                 *         }
                 *       ],
                 *       "groups": [
                 *         "12345678901234567"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
    scheduleCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "delivery": "instant"
                 *     }
                 */
                "application/json": components["schemas"]["ScheduleCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFields: {
        parameters: {
            query?: {
                /** @description Fields per page. */
                limit?: number;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Only fields whose name contains this text. */
                "filter[keyword]"?: string;
                "filter[type]"?: "default" | "custom";
                sort?: "name" | "type" | "-name" | "-type";
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Company",
                 *       "type": "text"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormSubscribers: {
        parameters: {
            query?: {
                "filter[status]"?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
                /** @description Subscribers per page. */
                limit?: number;
                /** @description Cursor of the page to read, from meta.next_cursor. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                form_id: string;
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
                    "application/json": components["schemas"]["ListFormSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listForms: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Page number starting at 1. */
                page?: number;
                sort?: "created_at" | "name" | "conversions_count" | "opens_count" | "visitors" | "conversion_rate" | "last_registration_at" | "-created_at" | "-name" | "-conversions_count" | "-opens_count" | "-visitors" | "-conversion_rate" | "-last_registration_at";
                /** @description Only forms whose name contains this text. */
                "filter[name]"?: string;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Kind of form. */
                type: "popup" | "embedded" | "promotion";
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
    listGroups: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Only groups whose name contains this text. */
                "filter[name]"?: string;
                /** @description Sort field; a leading minus sorts descending. */
                sort?: "name" | "total" | "open_rate" | "click_rate" | "created_at" | "-name" | "-total" | "-open_rate" | "-click_rate" | "-created_at";
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter Subscribers"
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the group. */
                group_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Group Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the group. */
                group_id: string;
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
    listGroupSubscribers: {
        parameters: {
            query?: {
                "filter[status]"?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
                /** @description Subscribers per page. */
                limit?: number;
                /** @description Cursor of the page to read, from meta.next_cursor. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the group. */
                group_id: string;
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
                    "application/json": components["schemas"]["ListGroupSubscribersResponse"];
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
                /** @description Segments per page. */
                limit?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
    listSegmentSubscribers: {
        parameters: {
            query?: {
                "filter[status]"?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
                /** @description Subscribers per page. */
                limit?: number;
                /** @description Id of the last subscriber already read (meta.last). */
                after?: string;
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSegmentSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscribers: {
        parameters: {
            query?: {
                "filter[status]"?: "active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk";
                /** @description Subscribers per page. */
                limit?: number;
                /** @description Cursor of the page to read, from meta.next_cursor. */
                cursor?: string;
                /** @description Also return each subscriber's groups. */
                include?: "groups";
            };
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSubscribersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    upsertSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "subscriber@example.com",
                 *       "fields": {
                 *         "name": "John Doe"
                 *       },
                 *       "groups": [
                 *         "12345678901234567"
                 *       ],
                 *       "status": "active"
                 *     }
                 */
                "application/json": components["schemas"]["UpsertSubscriberRequest"];
            };
        };
        responses: {
            /** @description 201 when the subscriber is new, 200 when an existing one was updated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpsertSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The subscriber's id, or here also their email address. */
                subscriber_id: string;
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
                    "application/json": components["schemas"]["GetSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscriber. */
                subscriber_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": {
                 *         "name": "Jane Doe"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSubscriberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSubscriber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscriber. */
                subscriber_id: string;
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
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the MailerLite connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Subscriber Updates",
                 *       "events": [
                 *         "subscriber.created",
                 *         "subscriber.updated"
                 *       ],
                 *       "url": "https://example.com/webhook"
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
}
