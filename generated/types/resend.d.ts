// Generated from providers/resend.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the team's API keys (names and ids, never the secrets). */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key; the token in the answer is shown only this once. */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{api_key_id}": {
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
        patch?: never;
        trace?: never;
    };
    "/audiences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the audiences (contact groups) of the team. */
        get: operations["listAudiences"];
        put?: never;
        /** Create an audience. */
        post: operations["createAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences/{audience_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one audience. */
        get: operations["getAudience"];
        put?: never;
        post?: never;
        /** Delete an audience together with its contacts. */
        delete: operations["deleteAudience"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List broadcasts with their status and send times. */
        get: operations["listBroadcasts"];
        put?: never;
        /** Create a draft broadcast to an audience or segment. */
        post: operations["createBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one broadcast. */
        get: operations["getBroadcast"];
        put?: never;
        post?: never;
        /** Delete a broadcast that is still a draft or only scheduled. */
        delete: operations["deleteBroadcast"];
        options?: never;
        head?: never;
        /** Change a draft broadcast's name, sender, subject, content or recipients. */
        patch: operations["updateBroadcast"];
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a broadcast now or schedule it. */
        post: operations["sendBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom properties defined for contacts. */
        get: operations["listContactProperties"];
        put?: never;
        /** Define a custom contact property that broadcasts can use as a variable. */
        post: operations["createContactProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact-properties/{property_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a contact property and its values on all contacts. */
        delete: operations["deleteContactProperty"];
        options?: never;
        head?: never;
        /** Change a contact property's fallback value (key and type are fixed). */
        patch: operations["updateContactProperty"];
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, optionally only those of one segment. */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact, optionally to segments and with topic subscriptions and custom properties. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact by id or email address. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Remove a contact, by id or email address. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change a contact's name, address or custom properties, or unsubscribe it. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sending domains with their verification status. */
        get: operations["listDomains"];
        put?: never;
        /** Add a sending domain; the answer lists the DNS records to publish before verifying. */
        post: operations["createDomain"];
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
        /** Read one domain with its DNS records and their status. */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /** Remove a sending domain. */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        /** Switch open or click tracking, or the TLS policy, of a domain. */
        patch: operations["updateDomain"];
        trace?: never;
    };
    "/domains/{domain_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask Resend to check the domain's DNS records now. */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sent emails, newest first. */
        get: operations["listEmails"];
        put?: never;
        /** Send one email now or at a scheduled time, with optional attachments, headers and tags. */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send up to 100 emails in one call (no attachments or scheduling in a batch). */
        post: operations["sendBatchEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sent or scheduled email and its latest delivery event. */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a scheduled email to another send time. */
        patch: operations["updateEmail"];
        trace?: never;
    };
    "/emails/{email_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled email before it is sent. */
        post: operations["cancelEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List segments. */
        get: operations["listSegments"];
        put?: never;
        /** Create a segment of contacts. */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one segment. */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        /** Delete a segment (its contacts stay). */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscription topics contacts can opt in to or out of. */
        get: operations["listTopics"];
        put?: never;
        /** Create a subscription topic with its default opt-in or opt-out state. */
        post: operations["createTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one topic. */
        get: operations["getTopic"];
        put?: never;
        post?: never;
        /** Delete a topic. */
        delete: operations["deleteTopic"];
        options?: never;
        head?: never;
        /** Rename a topic or change its description or visibility. */
        patch: operations["updateTopic"];
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints and the events each receives. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register an HTTPS endpoint to receive chosen email and contact events; the answer carries its signing secret. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one webhook with its events and signing secret. */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook so events stop flowing to its endpoint. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook's endpoint or events, or switch it on or off. */
        patch: operations["updateWebhook"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CancelEmailResponse: components["schemas"]["UpdateEmailResponse"];
        CreateApiKeyRequest: {
            name: string;
            /**
             * @description sending_access can only send email.
             * @default full_access
             * @enum {string}
             */
            permission?: "full_access" | "sending_access";
            /** @description Restrict a sending_access key to one domain. */
            domain_id?: string;
        };
        CreateApiKeyResponse: {
            id?: string;
            token?: string;
        };
        CreateAudienceRequest: {
            name: string;
        };
        CreateAudienceResponse: {
            /** @constant */
            object?: "audience";
            id?: string;
            name?: string;
        };
        CreateBroadcastRequest: {
            /** @description Internal name. */
            name?: string;
            /** @description Segment to send to. */
            segment_id?: string;
            /** @description Audience to send to (the older form of segment_id). */
            audience_id?: string;
            from?: string;
            subject?: string;
            reply_to?: string | string[];
            preview_text?: string;
            /** @description Content; may use {{{FIRST_NAME|fallback}}} style contact variables. */
            html?: string;
            text?: string;
            /** @description Topic whose subscribers receive it. */
            topic_id?: string;
        };
        CreateBroadcastResponse: {
            id?: string;
        };
        CreateContactPropertyRequest: {
            /** @description Letters, digits and underscores; cannot be changed later. */
            key: string;
            /**
             * @description Cannot be changed later.
             * @enum {string}
             */
            type: "string" | "number";
            /** @description Value used when a contact has none; must match type. */
            fallback_value?: string | number | null;
        };
        CreateContactPropertyResponse: components["schemas"]["UpdateEmailResponse"];
        CreateContactRequest: {
            /** Format: email */
            email: string;
            first_name?: string;
            last_name?: string;
            /** @description true keeps the contact out of every broadcast. */
            unsubscribed?: boolean;
            /** @description Custom contact properties. */
            properties?: {
                [key: string]: unknown;
            };
            /** @description Ids of segments to add the contact to. */
            segments?: string[];
            topics?: {
                id?: string;
                /** @enum {string} */
                subscription?: "opt_in" | "opt_out";
            }[];
        };
        CreateContactResponse: components["schemas"]["UpdateEmailResponse"];
        CreateDomainRequest: {
            /** @description The domain or subdomain to send from. */
            name: string;
            /**
             * @description Region mail is sent from.
             * @default us-east-1
             * @enum {string}
             */
            region?: "us-east-1" | "eu-west-1" | "sa-east-1" | "ap-northeast-1";
            /** @description Subdomain used for the Return-Path address (send by default). */
            custom_return_path?: string;
            open_tracking?: boolean;
            click_tracking?: boolean;
        };
        CreateDomainResponse: {
            id?: string;
            name?: string;
            status?: components["schemas"]["CreateDomainResponseStatus"];
            region?: string;
            created_at?: string;
            records?: components["schemas"]["CreateDomainResponseRecords"];
        };
        CreateDomainResponseRecords: {
            /** @description SPF, DKIM, MX and so on. */
            record?: string;
            name?: string;
            type?: string;
            value?: string;
            ttl?: string;
            priority?: number;
            status?: string;
        }[];
        /** @enum {string} */
        CreateDomainResponseStatus: "not_started" | "pending" | "verified" | "partially_verified" | "partially_failed" | "failed" | "temporary_failure";
        CreateSegmentRequest: {
            name: string;
            /** @description Audience the segment draws from, as in the reference page's example. */
            audience_id?: string;
        };
        CreateSegmentResponse: components["schemas"]["UpdateEmailResponse"];
        CreateTopicRequest: {
            name: string;
            /**
             * @description State of contacts who never chose; cannot be changed later.
             * @enum {string}
             */
            default_subscription: "opt_in" | "opt_out";
            description?: string;
            /**
             * @description public topics appear on the unsubscribe page.
             * @default private
             * @enum {string}
             */
            visibility?: "public" | "private";
        };
        CreateTopicResponse: components["schemas"]["UpdateEmailResponse"];
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description HTTPS address that receives the events.
             */
            endpoint: string;
            events: components["schemas"]["CreateWebhookRequestEvents"];
        };
        /** @description Event names such as email.sent, email.delivered, email.bounced, email.complained, email.opened, email.clicked or contact.created. */
        CreateWebhookRequestEvents: string[];
        CreateWebhookResponse: {
            object?: string;
            id?: string;
            signing_secret?: string;
        };
        DeleteApiKeyResponse: unknown;
        DeleteAudienceResponse: components["schemas"]["DeleteDomainResponse"];
        DeleteBroadcastResponse: components["schemas"]["DeleteDomainResponse"];
        DeleteContactPropertyResponse: components["schemas"]["DeleteDomainResponse"];
        DeleteContactResponse: {
            object?: string;
            id?: string;
            deleted?: boolean;
        };
        DeleteDomainResponse: {
            object?: string;
            id?: string;
            deleted?: boolean;
        };
        DeleteSegmentResponse: components["schemas"]["DeleteDomainResponse"];
        DeleteTopicResponse: components["schemas"]["DeleteDomainResponse"];
        DeleteWebhookResponse: components["schemas"]["DeleteDomainResponse"];
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
        GetBroadcastResponse: {
            id?: string;
            name?: string;
            audience_id?: string | null;
            segment_id?: string | null;
            /** @enum {string} */
            status?: "draft" | "scheduled" | "queued" | "sent";
            created_at?: string;
            scheduled_at?: string | null;
            sent_at?: string | null;
            /** @constant */
            object?: "broadcast";
            from?: string;
            subject?: string;
            reply_to?: string[] | null;
            preview_text?: string | null;
        };
        GetContactResponse: components["schemas"]["ListContactsResponseContact"];
        GetDomainResponse: {
            id?: string;
            name?: string;
            status?: components["schemas"]["CreateDomainResponseStatus"];
            region?: string;
            created_at?: string;
            records?: components["schemas"]["CreateDomainResponseRecords"];
            /** @constant */
            object?: "domain";
        };
        GetEmailResponse: {
            id?: string;
            from?: string;
            to?: string[];
            cc?: string[] | null;
            bcc?: string[] | null;
            reply_to?: string[] | null;
            subject?: string;
            created_at?: string;
            scheduled_at?: string | null;
            last_event?: components["schemas"]["ListEmailsResponseEmailSummaryLastEvent"];
            /** @constant */
            object?: "email";
            html?: string | null;
            text?: string | null;
            tags?: {
                name?: string;
                value?: string;
            }[];
        };
        GetSegmentResponse: components["schemas"]["ListSegmentsResponseSegment"];
        GetTopicResponse: components["schemas"]["ListTopicsResponseTopic"];
        GetWebhookResponse: {
            id?: string;
            endpoint?: string;
            events?: string[] | null;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            created_at?: string;
            /** @constant */
            object?: "webhook";
            /** @description Secret for checking delivery signatures. */
            signing_secret?: string;
        };
        ListApiKeysResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: {
                id?: string;
                name?: string;
                created_at?: string;
                last_used_at?: string | null;
            }[];
        };
        ListAudiencesResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListAudiencesResponseAudience"][];
        };
        ListAudiencesResponseAudience: {
            /** @constant */
            object?: "audience";
            id?: string;
            name?: string;
            created_at?: string;
        };
        ListBroadcastsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListBroadcastsResponseBroadcastSummary"][];
        };
        ListBroadcastsResponseBroadcastSummary: {
            id?: string;
            name?: string;
            audience_id?: string | null;
            segment_id?: string | null;
            /** @enum {string} */
            status?: "draft" | "scheduled" | "queued" | "sent";
            created_at?: string;
            scheduled_at?: string | null;
            sent_at?: string | null;
        };
        ListContactPropertiesResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: {
                id?: string;
                key?: string;
                /** @enum {string} */
                type?: "string" | "number";
                fallback_value?: string | number | null;
                created_at?: string;
            }[];
        };
        ListContactsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListContactsResponseContact"][];
        };
        ListContactsResponseContact: {
            /** @constant */
            object?: "contact";
            id?: string;
            email?: string;
            first_name?: string | null;
            last_name?: string | null;
            unsubscribed?: boolean;
            created_at?: string;
        };
        ListDomainsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: {
                id?: string;
                name?: string;
                status?: string;
                region?: string;
                created_at?: string;
            }[];
        };
        ListEmailsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListEmailsResponseEmailSummary"][];
        };
        ListEmailsResponseEmailSummary: {
            id?: string;
            from?: string;
            to?: string[];
            cc?: string[] | null;
            bcc?: string[] | null;
            reply_to?: string[] | null;
            subject?: string;
            created_at?: string;
            scheduled_at?: string | null;
            last_event?: components["schemas"]["ListEmailsResponseEmailSummaryLastEvent"];
        };
        /** @description Latest delivery event, e.g. delivered, bounced, opened or clicked. */
        ListEmailsResponseEmailSummaryLastEvent: string;
        ListSegmentsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListSegmentsResponseSegment"][];
        };
        ListSegmentsResponseSegment: {
            /** @constant */
            object?: "segment";
            id?: string;
            name?: string;
            created_at?: string;
        };
        ListTopicsResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListTopicsResponseTopic"][];
        };
        ListTopicsResponseTopic: {
            /** @constant */
            object?: "topic";
            id?: string;
            name?: string;
            description?: string | null;
            /** @enum {string} */
            default_subscription?: "opt_in" | "opt_out";
            /** @enum {string} */
            visibility?: "public" | "private";
            created_at?: string;
        };
        ListWebhooksResponse: {
            /** @constant */
            object?: "list";
            has_more?: boolean;
            data?: components["schemas"]["ListWebhooksResponseWebhookSummary"][];
        };
        ListWebhooksResponseWebhookSummary: {
            id?: string;
            endpoint?: string;
            events?: string[] | null;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            created_at?: string;
        };
        SendBatchEmailsRequest: {
            from: string;
            to: components["schemas"]["SendEmailRequestTo"];
            subject: string;
            cc?: string | string[];
            bcc?: string | string[];
            reply_to?: string | string[];
            html?: string;
            text?: string;
            headers?: {
                [key: string]: string;
            };
            tags?: {
                name?: string;
                value?: string;
            }[];
        }[];
        SendBatchEmailsResponse: {
            data?: {
                id?: string;
            }[];
            /** @description Rejected items in permissive mode. */
            errors?: {
                index?: number;
                message?: string;
            }[];
        };
        SendBroadcastRequest: {
            /** @description Send time, as ISO 8601 or plain language; now when left out. */
            scheduled_at?: string;
        };
        SendBroadcastResponse: {
            id?: string;
        };
        SendEmailRequest: {
            /** @description Sender, as an address or "Name <address>" on a verified domain. */
            from: string;
            to: components["schemas"]["SendEmailRequestTo"];
            subject: string;
            cc?: string | string[];
            bcc?: string | string[];
            reply_to?: string | string[];
            html?: string;
            /** @description Plain-text version; derived from html when left out. */
            text?: string;
            /** @description When to send, as ISO 8601 or plain language such as "in 1 hour". */
            scheduled_at?: string;
            /** @description Extra email headers. */
            headers?: {
                [key: string]: string;
            };
            attachments?: {
                filename?: string;
                /** @description File content in Base64. */
                content?: string;
                /** @description URL to fetch the file from instead of content. */
                path?: string;
                content_type?: string;
                /** @description Id for inline images referenced as cid. */
                content_id?: string;
            }[];
            tags?: {
                name: string;
                value: string;
            }[];
            /** @description Topic whose subscription preferences apply. */
            topic_id?: string;
        };
        /** @description Up to 50 recipients. */
        SendEmailRequestTo: string | string[];
        SendEmailResponse: {
            id?: string;
        };
        UpdateBroadcastRequest: components["schemas"]["CreateBroadcastRequest"];
        UpdateBroadcastResponse: {
            id?: string;
        };
        UpdateContactPropertyRequest: {
            fallback_value?: string | number | null;
        };
        UpdateContactPropertyResponse: components["schemas"]["UpdateEmailResponse"];
        UpdateContactRequest: {
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            unsubscribed?: boolean;
            /** @description Custom contact properties to change. */
            properties?: {
                [key: string]: unknown;
            };
        };
        UpdateContactResponse: components["schemas"]["UpdateEmailResponse"];
        UpdateDomainRequest: {
            open_tracking?: boolean;
            click_tracking?: boolean;
            /**
             * @description enforced refuses to deliver without TLS.
             * @enum {string}
             */
            tls?: "opportunistic" | "enforced";
        };
        UpdateDomainResponse: components["schemas"]["UpdateEmailResponse"];
        UpdateEmailRequest: {
            /** @description New send time (ISO 8601 or plain language). */
            scheduled_at: string;
        };
        UpdateEmailResponse: {
            object?: string;
            id?: string;
        };
        UpdateTopicRequest: {
            name?: string;
            description?: string;
            /** @enum {string} */
            visibility?: "public" | "private";
        };
        UpdateTopicResponse: components["schemas"]["UpdateEmailResponse"];
        UpdateWebhookRequest: {
            /** Format: uri */
            endpoint?: string;
            events?: components["schemas"]["CreateWebhookRequestEvents"];
            /** @enum {string} */
            status?: "enabled" | "disabled";
        };
        UpdateWebhookResponse: components["schemas"]["UpdateEmailResponse"];
        VerifyDomainResponse: components["schemas"]["UpdateEmailResponse"];
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
        /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Production Key"
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the API key (not the key itself). */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Answers 200 with an empty body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteApiKeyResponse"];
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
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the audience. */
                audience_id: string;
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
    deleteAudience: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the audience. */
                audience_id: string;
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
                    "application/json": components["schemas"]["DeleteAudienceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBroadcasts: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBroadcastsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weekly Newsletter",
                 *       "audience_id": "aud_123",
                 *       "from": "newsletter@yourdomain.com",
                 *       "subject": "This Week's Update",
                 *       "html": "<p>Newsletter content</p>"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBroadcastRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBroadcastResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the broadcast. */
                broadcast_id: string;
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
                    "application/json": components["schemas"]["GetBroadcastResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the broadcast. */
                broadcast_id: string;
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
                    "application/json": components["schemas"]["DeleteBroadcastResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the broadcast. */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Newsletter",
                 *       "subject": "New Subject"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBroadcastRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateBroadcastResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendBroadcast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the broadcast. */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "scheduled_at": "in 1 hour"
                 *     }
                 */
                "application/json": components["schemas"]["SendBroadcastRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBroadcastResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContactProperties: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactPropertiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "company",
                 *       "type": "string"
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactPropertyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactPropertyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact property. */
                property_id: string;
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
                    "application/json": components["schemas"]["DeleteContactPropertyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContactProperty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact property. */
                property_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fallback_value": "Acme Corp"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactPropertyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactPropertyResponse"];
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
            query?: {
                /** @description Only contacts in this segment. */
                segment_id?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "user@example.com",
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "unsubscribed": false
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
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id or email address of the contact. */
                contact_id: string;
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
                    "application/json": components["schemas"]["GetContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id or email address of the contact. */
                contact_id: string;
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
                    "application/json": components["schemas"]["DeleteContactResponse"];
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id or email address of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Jane",
                 *       "unsubscribed": true
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
    listDomains: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
    createDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDomainRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDomainResponse"];
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
    deleteDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["DeleteDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the domain. */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "open_tracking": true,
                 *       "click_tracking": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateDomainRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateDomainResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["VerifyDomainResponse"];
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
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
    sendEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request send only once (kept for 24 hours). */
                "Idempotency-Key"?: string;
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "sender@yourdomain.com",
                 *       "to": [
                 *         "recipient@example.com"
                 *       ],
                 *       "subject": "Hello",
                 *       "html": "<p>Hello World</p>"
                 *     }
                 */
                "application/json": components["schemas"]["SendEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendBatchEmails: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique key that makes a retried request send only once (kept for 24 hours). */
                "Idempotency-Key"?: string;
                /** @description strict rejects the whole batch on one invalid email; permissive sends the valid ones. */
                "x-batch-validation"?: "strict" | "permissive";
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "from": "sender@yourdomain.com",
                 *         "to": [
                 *           "a@example.com"
                 *         ],
                 *         "subject": "Hi A",
                 *         "text": "Hello A"
                 *       },
                 *       {
                 *         "from": "sender@yourdomain.com",
                 *         "to": [
                 *           "b@example.com"
                 *         ],
                 *         "subject": "Hi B",
                 *         "text": "Hello B"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["SendBatchEmailsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBatchEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email. */
                email_id: string;
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
                    "application/json": components["schemas"]["GetEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email. */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scheduled_at": "2026-03-15T10:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email. */
                email_id: string;
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
                    "application/json": components["schemas"]["CancelEmailResponse"];
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
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Active Users",
                 *       "audience_id": "aud_123"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSegmentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSegmentResponse"];
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["DeleteSegmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTopics: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTopicsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTopic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Product Updates",
                 *       "default_subscription": "opt_in"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTopicRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTopicResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTopic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the topic. */
                topic_id: string;
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
                    "application/json": components["schemas"]["GetTopicResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTopic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the topic. */
                topic_id: string;
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
                    "application/json": components["schemas"]["DeleteTopicResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTopic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the topic. */
                topic_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Topic Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTopicRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTopicResponse"];
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
                /** @description Items per page. */
                limit?: number;
                /** @description Id of the last item of the previous page; continues after it. */
                after?: string;
                /** @description Id of an item; lists the items before it. */
                before?: string;
            };
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://example.com/webhook",
                 *       "events": [
                 *         "email.sent",
                 *         "email.delivered",
                 *         "email.bounced",
                 *         "email.opened",
                 *         "email.clicked"
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
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhook_id: string;
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
                    "application/json": components["schemas"]["GetWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhook_id: string;
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
                    "application/json": components["schemas"]["DeleteWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Resend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://example.com/new-webhook",
                 *       "events": [
                 *         "email.sent",
                 *         "email.delivered"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
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
