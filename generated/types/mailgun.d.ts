// Generated from providers/mailgun.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/domains/{domain_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain from the account. */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SMTP logins of a domain. */
        get: operations["listCredentials"];
        put?: never;
        /** Create an SMTP login and password for a domain. */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/credentials/{login}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an SMTP login. */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read whether open, click and unsubscribe tracking are on for a domain. */
        get: operations["getDomainTracking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/tracking/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn click tracking on, off or on for HTML only. */
        put: operations["updateClickTracking"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/tracking/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn open tracking on or off for a domain. */
        put: operations["updateOpenTracking"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/tracking/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn the automatic unsubscribe link on or off and set its HTML and text footers. */
        put: operations["updateUnsubscribeTracking"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the URLs called for each event type of a domain. */
        get: operations["listWebhooks"];
        put?: never;
        /** Register up to three URLs to be called for one event type. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/domains/{domain_name}/webhooks/{webhook_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the URLs registered for one event type. */
        get: operations["getWebhook"];
        /** Replace the URLs registered for one event type. */
        put: operations["updateWebhook"];
        post?: never;
        /** Remove the webhook of one event type. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the IP addresses the account sends from. */
        get: operations["listIps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/ips/{ip_address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read whether an IP is dedicated and its reverse DNS name. */
        get: operations["getIp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a mailing list with its own address. */
        post: operations["createMailingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's mailing lists. */
        get: operations["listMailingLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a mailing list with its member count. */
        get: operations["getMailingList"];
        /** Change a mailing list's address, name, description, access level or reply preference. */
        put: operations["updateMailingList"];
        post?: never;
        /** Delete a mailing list and its members. */
        delete: operations["deleteMailingList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_address}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to a mailing list, or update it when upsert is yes. */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_address}/members/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a mailing list, optionally only subscribed or unsubscribed ones. */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_address}/members/{member_address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one member of a mailing list. */
        get: operations["getMember"];
        /** Change a member's address, name, custom data or subscription. */
        put: operations["updateMember"];
        post?: never;
        /** Remove a member from a mailing list. */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's inbound routes. */
        get: operations["listRoutes"];
        put?: never;
        /** Create a route that matches inbound mail with an expression and forwards, stores or stops it. */
        post: operations["createRoute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/routes/{route_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one route. */
        get: operations["getRoute"];
        /** Change a route's priority, description, expression or actions. */
        put: operations["updateRoute"];
        post?: never;
        /** Delete a route. */
        delete: operations["deleteRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses that hard-bounced and are no longer sent to. */
        get: operations["listBounces"];
        put?: never;
        /** Add an address to the bounce list by hand. */
        post: operations["addBounce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/bounces/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the bounce entry of one address. */
        get: operations["getBounce"];
        put?: never;
        post?: never;
        /** Remove an address from the bounce list so it is sent to again. */
        delete: operations["deleteBounce"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses whose owners reported mail as spam. */
        get: operations["listComplaints"];
        put?: never;
        /** Add an address to the complaint list by hand. */
        post: operations["addComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/complaints/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address from the complaint list. */
        delete: operations["deleteComplaint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the log of accepted, delivered, failed, opened, clicked and other message events. */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an email built from form fields, with optional attachments, template and options.
         * @description Options start with o: (o:tag, o:deliverytime, o:testmode, o:tracking …), custom headers with h: (h:Reply-To) and custom variables with v:; they are form fields like the others.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/messages.mime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a ready-made MIME message uploaded as a file. */
        post: operations["sendMimeMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/stats/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts of chosen event types for a domain over time, by hour, day or month. */
        get: operations["getStatsTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/tag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a tag's description and when it was first and last used. */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /** Delete a tag and its statistics. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags used on a domain's messages. */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the stored templates of a domain. */
        get: operations["listTemplates"];
        put?: never;
        /** Store a template, optionally with its first version's content. */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/templates/{template_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a template, with the active version's content when active=yes. */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /** Delete a template and all of its versions. */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses that unsubscribed, with the tags they unsubscribed from. */
        get: operations["listUnsubscribes"];
        put?: never;
        /** Unsubscribe an address from all mail or from one tag. */
        post: operations["addUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/unsubscribes/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address from the unsubscribe list, for all tags or one. */
        delete: operations["deleteUnsubscribe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/whitelists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List addresses and domains that are never added to the bounce list. */
        get: operations["listWhitelists"];
        put?: never;
        /** Allowlist an address or a whole domain against bounces. */
        post: operations["addWhitelist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{domain_name}/whitelists/{address}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an address or domain from the allowlist. */
        delete: operations["deleteWhitelist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's sending domains with their state and settings. */
        get: operations["listDomains"];
        put?: never;
        /** Add a sending domain; the answer lists the DNS records to publish for verification. */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v4/domains/{domain_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a domain with the DNS records it needs for sending and receiving. */
        get: operations["getDomain"];
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
        AddBounceRequest: {
            /** Format: email */
            address: string;
            /**
             * @description SMTP error code.
             * @default 550
             */
            code?: string;
            /** @description Error text. */
            error?: string;
            /** @description RFC 2822 time of the bounce; now by default. */
            created_at?: string;
        };
        AddBounceResponse: {
            message?: string;
        };
        AddComplaintRequest: {
            /** Format: email */
            address: string;
            /** @description RFC 2822 time; now by default. */
            created_at?: string;
        };
        AddComplaintResponse: {
            message?: string;
        };
        AddMemberRequest: {
            /** Format: email */
            address: string;
            name?: string;
            /** @description JSON object of custom data for the member. */
            vars?: string;
            /**
             * @default yes
             * @enum {string}
             */
            subscribed?: "yes" | "no";
            /**
             * @description Update the member if it already exists.
             * @default no
             * @enum {string}
             */
            upsert?: "yes" | "no";
        };
        AddMemberResponse: {
            message?: string;
            member?: components["schemas"]["ListMembersResponseItemsItem"];
        };
        AddUnsubscribeRequest: {
            /** Format: email */
            address: string;
            /**
             * @description Tag to unsubscribe from; * means everything.
             * @default *
             */
            tag?: string;
            /** @description RFC 2822 time; now by default. */
            created_at?: string;
        };
        AddUnsubscribeResponse: {
            message?: string;
        };
        /** @description Give address or domain. */
        AddWhitelistRequest: {
            /** Format: email */
            address?: string;
            domain?: string;
            reason?: string;
        };
        AddWhitelistResponse: {
            message?: string;
            type?: string;
            value?: string;
        };
        CreateCredentialRequest: {
            /** @description User name, alone (alice) or as a full address (alice@mg.example.com). */
            login: string;
            password: string;
        };
        CreateCredentialResponse: {
            message?: string;
        };
        CreateDomainRequest: {
            /** @description Domain name, e.g. mg.example.com. */
            name: string;
            /** @description Password of the default SMTP login postmaster@domain. */
            smtp_password?: string;
            /**
             * @description What to do with inbound spam.
             * @default disabled
             * @enum {string}
             */
            spam_action?: "disabled" | "block" | "tag";
            /** @description Accept mail for subdomains too. */
            wildcard?: boolean;
            /** @description Make this domain its own DKIM authority. */
            force_dkim_authority?: boolean;
            /** @enum {integer} */
            dkim_key_size?: 1024 | 2048;
            /** @description Comma-separated dedicated IPs to assign. */
            ips?: string;
            /** @description Dedicated IP pool to assign. */
            pool_id?: string;
            /** @enum {string} */
            web_scheme?: "http" | "https";
            /** @description Subdomain used for tracking links (default email). */
            web_prefix?: string;
        };
        CreateDomainResponse: {
            message?: string;
            domain?: components["schemas"]["ListDomainsResponseItemsItem"];
            receiving_dns_records?: components["schemas"]["GetDomainResponseReceivingDnsRecordsItem"][];
            sending_dns_records?: components["schemas"]["GetDomainResponseReceivingDnsRecordsItem"][];
        };
        CreateMailingListRequest: {
            /**
             * Format: email
             * @description Address of the list on one of your domains.
             */
            address: string;
            name?: string;
            description?: string;
            /**
             * @description Who may post to the list.
             * @default readonly
             * @enum {string}
             */
            access_level?: "readonly" | "members" | "everyone";
            /**
             * @description Where replies go.
             * @default list
             * @enum {string}
             */
            reply_preference?: "list" | "sender";
        };
        CreateMailingListResponse: {
            message?: string;
            list?: components["schemas"]["ListMailingListsResponseItemsItem"];
        };
        CreateRouteRequest: {
            /**
             * @description Lower numbers are tried first.
             * @default 0
             */
            priority?: number;
            description?: string;
            /** @description Filter such as match_recipient(".*@mg.example.com") or catch_all(). */
            expression: string;
            /** @description What to do, e.g. forward("https://example.com/inbound"), store() or stop(); repeat for several. */
            action: string;
        };
        CreateRouteResponse: {
            message?: string;
            route?: components["schemas"]["ListRoutesResponseItemsItem"];
        };
        CreateTemplateRequest: {
            /** @description Template name (stored lower-cased). */
            name: string;
            description?: string;
            /** @description Content of the first version (Handlebars). */
            template?: string;
            /** @description Name of the first version. */
            tag?: string;
            /** @enum {string} */
            engine?: "handlebars" | "go";
            /** @description Note on the first version. */
            comment?: string;
            /** @description JSON object of headers stored with the version. */
            headers?: string;
        };
        CreateTemplateResponse: {
            message?: string;
            template?: components["schemas"]["ListTemplatesResponseItemsItem"];
        };
        CreateWebhookRequest: {
            /**
             * @description Event type.
             * @enum {string}
             */
            id: "accepted" | "clicked" | "complained" | "delivered" | "opened" | "permanent_fail" | "temporary_fail" | "unsubscribed";
            /**
             * Format: uri
             * @description Address to call; repeat for up to 3.
             */
            url: string;
        };
        CreateWebhookResponse: {
            message?: string;
            webhook?: components["schemas"]["ListWebhooksResponseWebhooksValue"];
        };
        DeleteBounceResponse: {
            message?: string;
            address?: string;
        };
        DeleteComplaintResponse: components["schemas"]["DeleteBounceResponse"];
        DeleteCredentialResponse: {
            message?: string;
            /** @description The login that was removed. */
            spec?: string;
        };
        DeleteDomainResponse: {
            message?: string;
        };
        DeleteMailingListResponse: {
            message?: string;
            address?: string;
        };
        DeleteMemberResponse: {
            message?: string;
            member?: {
                address?: string;
            };
        };
        DeleteRouteResponse: {
            message?: string;
            id?: string;
        };
        DeleteTagResponse: {
            message?: string;
        };
        DeleteTemplateResponse: {
            message?: string;
            template?: {
                name?: string;
            };
        };
        DeleteUnsubscribeResponse: components["schemas"]["DeleteBounceResponse"];
        DeleteWebhookResponse: components["schemas"]["CreateWebhookResponse"];
        DeleteWhitelistResponse: {
            message?: string;
            value?: string;
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
        GetBounceResponse: components["schemas"]["ListBouncesResponseItemsItem"];
        GetDomainResponse: {
            domain?: components["schemas"]["ListDomainsResponseItemsItem"];
            receiving_dns_records?: components["schemas"]["GetDomainResponseReceivingDnsRecordsItem"][];
            sending_dns_records?: components["schemas"]["GetDomainResponseReceivingDnsRecordsItem"][];
        };
        GetDomainResponseReceivingDnsRecordsItem: {
            name?: string;
            record_type?: string;
            priority?: string;
            /** @enum {string} */
            valid?: "valid" | "unknown" | "invalid";
            value?: string;
            cached?: string[];
        };
        GetDomainTrackingResponse: {
            tracking?: {
                open?: {
                    active?: boolean;
                    place_at_the_top?: boolean;
                };
                click?: {
                    /** @description true, false or htmlonly. */
                    active?: boolean | string;
                };
                unsubscribe?: {
                    active?: boolean;
                    html_footer?: string;
                    text_footer?: string;
                };
            };
        };
        GetIpResponse: {
            ip?: string;
            dedicated?: boolean;
            rdns?: string;
        };
        GetMailingListResponse: {
            list?: components["schemas"]["ListMailingListsResponseItemsItem"];
        };
        GetMemberResponse: {
            member?: components["schemas"]["ListMembersResponseItemsItem"];
        };
        GetRouteResponse: {
            route?: components["schemas"]["ListRoutesResponseItemsItem"];
        };
        GetStatsTotalResponse: {
            start?: string;
            end?: string;
            resolution?: string;
            stats?: {
                time?: string;
                accepted?: {
                    incoming?: number;
                    outgoing?: number;
                    total?: number;
                };
                delivered?: {
                    smtp?: number;
                    http?: number;
                    total?: number;
                };
                failed?: {
                    temporary?: Record<string, unknown>;
                    permanent?: Record<string, unknown>;
                };
                stored?: {
                    total?: number;
                };
                opened?: {
                    total?: number;
                };
                clicked?: {
                    total?: number;
                };
                unsubscribed?: {
                    total?: number;
                };
                complained?: {
                    total?: number;
                };
            }[];
        };
        GetTagResponse: components["schemas"]["ListTagsResponseItemsItem"];
        GetTemplateResponse: {
            template?: components["schemas"]["ListTemplatesResponseItemsItem"];
        };
        GetWebhookResponse: {
            webhook?: components["schemas"]["ListWebhooksResponseWebhooksValue"];
        };
        ListBouncesResponse: {
            items?: components["schemas"]["ListBouncesResponseItemsItem"][];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListBouncesResponseItemsItem: {
            address?: string;
            code?: string;
            error?: string;
            created_at?: string;
        };
        ListComplaintsResponse: {
            items?: {
                address?: string;
                created_at?: string;
            }[];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListCredentialsResponse: {
            total_count?: number;
            items?: {
                login?: string;
                mailbox?: string;
                created_at?: string;
                size_bytes?: number | null;
            }[];
        };
        ListDomainsResponse: {
            total_count?: number;
            items?: components["schemas"]["ListDomainsResponseItemsItem"][];
        };
        ListDomainsResponseItemsItem: {
            id?: string;
            name?: string;
            /** @enum {string} */
            state?: "active" | "unverified" | "disabled";
            /** @enum {string} */
            type?: "custom" | "sandbox";
            created_at?: string;
            is_disabled?: boolean;
            require_tls?: boolean;
            skip_verification?: boolean;
            smtp_login?: string;
            /** @enum {string} */
            spam_action?: "disabled" | "block" | "tag";
            web_prefix?: string;
            /** @enum {string} */
            web_scheme?: "http" | "https";
            wildcard?: boolean;
        };
        ListEventsResponse: {
            items?: {
                id?: string;
                /** @enum {string} */
                event?: "accepted" | "rejected" | "delivered" | "failed" | "opened" | "clicked" | "unsubscribed" | "complained" | "stored" | "list_member_uploaded" | "list_member_upload_error" | "list_uploaded";
                /** @description Unix time with fractions. */
                timestamp?: number;
                "log-level"?: string;
                severity?: string;
                reason?: string;
                recipient?: string;
                "recipient-domain"?: string;
                tags?: string[];
                "user-variables"?: Record<string, unknown>;
                envelope?: {
                    sender?: string;
                    targets?: string;
                    transport?: string;
                    "sending-ip"?: string;
                };
                message?: {
                    headers?: {
                        to?: string;
                        from?: string;
                        subject?: string;
                        "message-id"?: string;
                    };
                    size?: number;
                    attachments?: Record<string, unknown>[];
                };
                "delivery-status"?: {
                    code?: number;
                    message?: string;
                    description?: string;
                };
                storage?: {
                    url?: string;
                    key?: string;
                };
            }[];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListEventsResponsePaging: {
            first?: string;
            last?: string;
            next?: string;
            previous?: string;
        };
        ListIpsResponse: {
            items?: string[];
            total_count?: number;
        };
        ListMailingListsResponse: {
            items?: components["schemas"]["ListMailingListsResponseItemsItem"][];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListMailingListsResponseItemsItem: {
            address?: string;
            name?: string;
            description?: string;
            /** @enum {string} */
            access_level?: "readonly" | "members" | "everyone";
            /** @enum {string} */
            reply_preference?: "list" | "sender";
            members_count?: number;
            created_at?: string;
        };
        ListMembersResponse: {
            items?: components["schemas"]["ListMembersResponseItemsItem"][];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListMembersResponseItemsItem: {
            address?: string;
            name?: string;
            subscribed?: boolean;
            vars?: Record<string, unknown>;
        };
        ListRoutesResponse: {
            total_count?: number;
            items?: components["schemas"]["ListRoutesResponseItemsItem"][];
        };
        ListRoutesResponseItemsItem: {
            id?: string;
            priority?: number;
            description?: string;
            expression?: string;
            actions?: string[];
            created_at?: string;
        };
        ListTagsResponse: {
            items?: components["schemas"]["ListTagsResponseItemsItem"][];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListTagsResponseItemsItem: {
            tag?: string;
            description?: string;
            "first-seen"?: string;
            "last-seen"?: string;
        };
        ListTemplatesResponse: {
            items?: components["schemas"]["ListTemplatesResponseItemsItem"][];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListTemplatesResponseItemsItem: {
            id?: string;
            name?: string;
            description?: string;
            createdAt?: string;
            createdBy?: string;
            version?: {
                id?: string;
                tag?: string;
                engine?: string;
                comment?: string;
                active?: boolean;
                createdAt?: string;
                template?: string;
            };
        };
        ListUnsubscribesResponse: {
            items?: {
                address?: string;
                tags?: string[];
                created_at?: string;
            }[];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        ListWebhooksResponse: {
            /** @description One entry per configured event type. */
            webhooks?: {
                [key: string]: components["schemas"]["ListWebhooksResponseWebhooksValue"];
            };
        };
        ListWebhooksResponseWebhooksValue: {
            urls?: string[];
        };
        ListWhitelistsResponse: {
            items?: {
                value?: string;
                /** @enum {string} */
                type?: "address" | "domain";
                reason?: string;
                createdAt?: string;
            }[];
            paging?: components["schemas"]["ListEventsResponsePaging"];
        };
        SendMessageRequest: {
            /** @description Sender, e.g. Excited User <mailgun@mg.example.com>. */
            from: string;
            /** @description Recipient; repeat the field or separate with commas for several. */
            to: string;
            cc?: string;
            bcc?: string;
            subject?: string;
            /** @description Plain-text body. */
            text?: string;
            /** @description HTML body. */
            html?: string;
            /** @description AMP body. */
            "amp-html"?: string;
            /**
             * Format: binary
             * @description File to attach; repeat for several.
             */
            attachment?: string;
            /**
             * Format: binary
             * @description Inline image referenced from the HTML as cid:file name.
             */
            inline?: string;
            /** @description Stored template to render instead of text or html. */
            template?: string;
            /** @description Template version to use instead of the active one. */
            "t:version"?: string;
            /**
             * @description Also send a text version generated from the template.
             * @enum {string}
             */
            "t:text"?: "yes";
            /** @description JSON object of values for the template. */
            "t:variables"?: string;
            /** @description Tag for statistics; repeat for up to 3. */
            "o:tag"?: string;
            /** @description RFC 2822 time to deliver the message at. */
            "o:deliverytime"?: string;
            /**
             * @description Accept the message without delivering it.
             * @enum {string}
             */
            "o:testmode"?: "yes" | "no";
            /** @enum {string} */
            "o:tracking"?: "yes" | "no";
            /** @enum {string} */
            "o:tracking-clicks"?: "yes" | "no" | "htmlonly";
            /** @enum {string} */
            "o:tracking-opens"?: "yes" | "no";
            /** @enum {string} */
            "o:require-tls"?: "yes" | "no";
            /** @enum {string} */
            "o:skip-verification"?: "yes" | "no";
            /** @enum {string} */
            "o:dkim"?: "yes" | "no";
            /** @description JSON object of per-recipient values for batch sending. */
            "recipient-variables"?: string;
        } & {
            [key: string]: string;
        };
        SendMessageResponse: {
            /** @description Message-Id, e.g. <20260201.1@mg.example.com>. */
            id?: string;
            /** @description Queued. Thank you. */
            message?: string;
        };
        SendMimeMessageRequest: {
            /** @description Recipient; repeat the field or separate with commas for several. */
            to: string;
            /**
             * Format: binary
             * @description The complete MIME message as a file part.
             */
            message: string;
            template?: string;
            "t:version"?: string;
            "t:variables"?: string;
            "o:tag"?: string;
            "o:deliverytime"?: string;
            /** @enum {string} */
            "o:testmode"?: "yes" | "no";
            /** @enum {string} */
            "o:tracking"?: "yes" | "no";
            /** @enum {string} */
            "o:dkim"?: "yes" | "no";
        } & {
            [key: string]: string;
        };
        SendMimeMessageResponse: components["schemas"]["SendMessageResponse"];
        UpdateClickTrackingRequest: {
            /** @enum {string} */
            active: "yes" | "no" | "true" | "false" | "htmlonly";
        };
        UpdateClickTrackingResponse: {
            message?: string;
            click?: {
                active?: boolean | string;
            };
        };
        UpdateMailingListRequest: {
            /**
             * Format: email
             * @description New address of the list.
             */
            address?: string;
            name?: string;
            description?: string;
            /** @enum {string} */
            access_level?: "readonly" | "members" | "everyone";
            /** @enum {string} */
            reply_preference?: "list" | "sender";
        };
        UpdateMailingListResponse: components["schemas"]["CreateMailingListResponse"];
        UpdateMemberRequest: {
            /** Format: email */
            address?: string;
            name?: string;
            /** @description JSON object of custom data. */
            vars?: string;
            /** @enum {string} */
            subscribed?: "yes" | "no";
        };
        UpdateMemberResponse: components["schemas"]["AddMemberResponse"];
        UpdateOpenTrackingRequest: {
            /** @enum {string} */
            active: "yes" | "no" | "true" | "false";
            /**
             * @description Put the tracking pixel at the top of the HTML.
             * @enum {string}
             */
            place_at_the_top?: "yes" | "no" | "true" | "false";
        };
        UpdateOpenTrackingResponse: {
            message?: string;
            open?: {
                active?: boolean;
                place_at_the_top?: boolean;
            };
        };
        UpdateRouteRequest: {
            priority?: number;
            description?: string;
            expression?: string;
            /** @description Replaces all actions; repeat for several. */
            action?: string;
        };
        UpdateRouteResponse: {
            message?: string;
            route?: components["schemas"]["ListRoutesResponseItemsItem"];
        };
        UpdateUnsubscribeTrackingRequest: {
            /** @enum {string} */
            active: "yes" | "no" | "true" | "false";
            /** @description HTML footer; %unsubscribe_url% marks the link. */
            html_footer?: string;
            /** @description Plain-text footer; %unsubscribe_url% marks the link. */
            text_footer?: string;
        };
        UpdateUnsubscribeTrackingResponse: {
            message?: string;
            unsubscribe?: {
                active?: boolean;
                html_footer?: string;
                text_footer?: string;
            };
        };
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description Address to call; repeat for up to 3.
             */
            url: string;
        };
        UpdateWebhookResponse: components["schemas"]["CreateWebhookResponse"];
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
        /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    deleteDomain: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
    listCredentials: {
        parameters: {
            query?: {
                limit?: number;
                skip?: number;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListCredentialsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "alice",
                 *       "password": "s3cretPass"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateCredentialRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCredentialResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description SMTP login: the part before @, or the whole address. */
                login: string;
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
                    "application/json": components["schemas"]["DeleteCredentialResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDomainTracking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["GetDomainTrackingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateClickTracking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": "htmlonly"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateClickTrackingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateClickTrackingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateOpenTracking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": "yes"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateOpenTrackingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOpenTrackingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateUnsubscribeTracking: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "active": "yes",
                 *       "html_footer": "<p><a href=\"%unsubscribe_url%\">Unsubscribe</a></p>",
                 *       "text_footer": "Unsubscribe: %unsubscribe_url%"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateUnsubscribeTrackingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateUnsubscribeTrackingResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "delivered",
                 *       "url": "https://example.com/mailgun/delivered"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description Event the webhook fires on. */
                webhook_type: "accepted" | "clicked" | "complained" | "delivered" | "opened" | "permanent_fail" | "temporary_fail" | "unsubscribed";
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
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description Event the webhook fires on. */
                webhook_type: "accepted" | "clicked" | "complained" | "delivered" | "opened" | "permanent_fail" | "temporary_fail" | "unsubscribed";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/mailgun/events"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateWebhookRequest"];
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description Event the webhook fires on. */
                webhook_type: "accepted" | "clicked" | "complained" | "delivered" | "opened" | "permanent_fail" | "temporary_fail" | "unsubscribed";
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
    listIps: {
        parameters: {
            query?: {
                /** @description Only dedicated IPs when true. */
                dedicated?: boolean;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListIpsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getIp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description The IP address. */
                ip_address: string;
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
                    "application/json": components["schemas"]["GetIpResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMailingList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "news@mg.example.com",
                 *       "name": "Newsletter",
                 *       "access_level": "readonly"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateMailingListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMailingListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMailingLists: {
        parameters: {
            query?: {
                /** @description Lists per page. */
                limit?: number;
                /** @description Pivot list address for paging. */
                address?: string;
                /** @description Which page relative to the pivot; the paging links fill it in. */
                page?: "first" | "last" | "next" | "prev";
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMailingListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMailingList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
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
                    "application/json": components["schemas"]["GetMailingListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMailingList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Monthly newsletter"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateMailingListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMailingListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMailingList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
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
                    "application/json": components["schemas"]["DeleteMailingListResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "bob@example.com",
                 *       "name": "Bob",
                 *       "vars": "{\"age\": 26}",
                 *       "subscribed": "yes"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddMemberRequest"];
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
    listMembers: {
        parameters: {
            query?: {
                subscribed?: "yes" | "no";
                /** @description Members per page. */
                limit?: number;
                /** @description Pivot member address for paging. */
                address?: string;
                /** @description Which page relative to the pivot; the paging links fill it in. */
                page?: "first" | "last" | "next" | "prev";
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
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
    getMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
                /** @description Email address of the list member. */
                member_address: string;
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
                    "application/json": components["schemas"]["GetMemberResponse"];
                };
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
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
                /** @description Email address of the list member. */
                member_address: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscribed": "no"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateMemberRequest"];
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
    deleteMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Email address of the mailing list.
                 * @example news@mg.example.com
                 */
                list_address: string;
                /** @description Email address of the list member. */
                member_address: string;
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
                    "application/json": components["schemas"]["DeleteMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRoutes: {
        parameters: {
            query?: {
                skip?: number;
                limit?: number;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRoutesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priority": 0,
                 *       "description": "Forward support mail",
                 *       "expression": "match_recipient(\"support@mg.example.com\")",
                 *       "action": "forward(\"https://example.com/inbound\")"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateRouteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRouteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the route. */
                route_id: string;
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
                    "application/json": components["schemas"]["GetRouteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the route. */
                route_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "priority": 1
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateRouteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRouteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRoute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the route. */
                route_id: string;
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
                    "application/json": components["schemas"]["DeleteRouteResponse"];
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
                /** @description Entries per page. */
                limit?: number;
                /** @description Page marker from the paging links. */
                page?: string;
                /** @description Pivot address for paging. */
                address?: string;
                /** @description Only addresses starting with this text. */
                term?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
    addBounce: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "bob@example.com",
                 *       "code": "550",
                 *       "error": "Mailbox does not exist"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddBounceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddBounceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBounce: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description The suppressed email address. */
                address: string;
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
                    "application/json": components["schemas"]["GetBounceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBounce: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description The suppressed email address. */
                address: string;
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
                    "application/json": components["schemas"]["DeleteBounceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                limit?: number;
                /** @description Page marker from the paging links. */
                page?: string;
                /** @description Pivot address for paging. */
                address?: string;
                /** @description Only addresses starting with this text. */
                term?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListComplaintsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "bob@example.com"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddComplaintRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddComplaintResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description The suppressed email address. */
                address: string;
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
                    "application/json": components["schemas"]["DeleteComplaintResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Start of the time range (RFC 2822 date or Unix time). */
                begin?: string;
                /** @description End of the time range (RFC 2822 date or Unix time). */
                end?: string;
                /** @description Oldest first when yes. */
                ascending?: "yes" | "no";
                /** @description Events per page. */
                limit?: number;
                /** @description Event type filter, e.g. delivered or "failed OR rejected". */
                event?: string;
                from?: string;
                to?: string;
                recipient?: string;
                subject?: string;
                "message-id"?: string;
                tags?: string;
                /** @description Mailing list address. */
                list?: string;
                /** @description Attachment file name. */
                attachment?: string;
                /** @description Message size filter such as ">10000". */
                size?: string;
                /** @description For failed events. */
                severity?: "temporary" | "permanent";
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from": "Excited User <mailgun@mg.example.com>",
                 *       "to": "recipient@example.com",
                 *       "subject": "Hello",
                 *       "text": "Testing some Mailgun awesomeness!"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendMimeMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SendMimeMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMimeMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getStatsTotal: {
        parameters: {
            query: {
                /**
                 * @description Event types to count; repeat the parameter for several.
                 * @example [
                 *       "delivered"
                 *     ]
                 */
                event: ("accepted" | "delivered" | "failed" | "opened" | "clicked" | "unsubscribed" | "complained" | "stored")[];
                /** @description Start of the range (RFC 2822 date or Unix time); 7 days ago by default. */
                start?: string;
                /** @description End of the range; now by default. */
                end?: string;
                resolution?: "hour" | "day" | "month";
                /** @description Range length counted back from end, e.g. 1m, 7d or 24h. */
                duration?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["GetStatsTotalResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTag: {
        parameters: {
            query: {
                /** @description Name of the tag. */
                tag: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["GetTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTag: {
        parameters: {
            query: {
                /** @description Name of the tag. */
                tag: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["DeleteTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Tags per page. */
                limit?: number;
                /** @description Which page relative to the pivot; the paging links fill it in. */
                page?: "first" | "last" | "next" | "prev";
                /** @description Pivot tag for paging. */
                tag?: string;
                /** @description Only tags starting with this text. */
                prefix?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListTagsResponse"];
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
                /** @description Templates per page. */
                limit?: number;
                /** @description Which page relative to the pivot; the paging links fill it in. */
                page?: "first" | "last" | "next" | "prev";
                /** @description Pivot template name for paging. */
                p?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "welcome",
                 *       "description": "Welcome email",
                 *       "template": "<h1>Hello {{name}}</h1>",
                 *       "tag": "v1"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
            query?: {
                /** @description Include the content of the active version. */
                active?: "yes";
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description Name of the template (stored lower-cased). */
                template_name: string;
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description Name of the template (stored lower-cased). */
                template_name: string;
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
                    "application/json": components["schemas"]["DeleteTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUnsubscribes: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                limit?: number;
                /** @description Page marker from the paging links. */
                page?: string;
                /** @description Pivot address for paging. */
                address?: string;
                /** @description Only addresses starting with this text. */
                term?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListUnsubscribesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addUnsubscribe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "bob@example.com",
                 *       "tag": "*"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddUnsubscribeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddUnsubscribeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteUnsubscribe: {
        parameters: {
            query?: {
                /** @description Only lift the unsubscription from this tag. */
                tag?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description The suppressed email address. */
                address: string;
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
                    "application/json": components["schemas"]["DeleteUnsubscribeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWhitelists: {
        parameters: {
            query?: {
                /** @description Entries per page. */
                limit?: number;
                /** @description Page marker from the paging links. */
                page?: string;
                /** @description Pivot address for paging. */
                address?: string;
                /** @description Only addresses starting with this text. */
                term?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
                    "application/json": components["schemas"]["ListWhitelistsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addWhitelist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "address": "bob@example.com",
                 *       "reason": "Test inbox"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AddWhitelistRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddWhitelistResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWhitelist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
                /** @description The allowlisted address or domain. */
                address: string;
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
                    "application/json": components["schemas"]["DeleteWhitelistResponse"];
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
                /** @description Domains per page. */
                limit?: number;
                /** @description Domains to skip. */
                skip?: number;
                state?: "active" | "unverified" | "disabled";
                /** @description Sort by name (the default order is by creation). */
                sort?: "name";
                /** @description Only domains whose DKIM authority is this domain. */
                authority?: string;
                /** @description Only domains whose name contains this text. */
                search?: string;
            };
            header?: {
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "mg.example.com",
                 *       "spam_action": "disabled"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateDomainRequest"];
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
                /** @description Id of the Mailgun connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The sending domain as registered in Mailgun.
                 * @example mg.example.com
                 */
                domain_name: string;
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
}
