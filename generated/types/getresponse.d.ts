// Generated from providers/getresponse.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account owner's name, company, address and time zone. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/autoresponders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List autoresponder messages, filtered by campaign, status, type or date. */
        get: operations["listAutoresponders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the campaigns (contact lists) of the account. */
        get: operations["listCampaigns"];
        put?: never;
        /** Create a campaign (contact list). */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a campaign with its confirmation, profile, postal and opt-in settings. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, filtered by campaign, email, name, origin or dates. */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact to a campaign; the contact is created in the background. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact with its tags, custom field values and location. */
        get: operations["getContact"];
        put?: never;
        /** Change a contact's name, campaign, cycle day, tags, custom fields or note. */
        post: operations["updateContact"];
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom contact fields. */
        get: operations["listCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/from-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sender addresses (from fields) the account may send from. */
        get: operations["listFromFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/newsletters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a newsletter and send it now or at a set time, or save it as a draft. */
        post: operations["createNewsletter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/search-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List saved contact searches (segments). */
        get: operations["listSearchContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/search-contacts/{searchContactId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contacts matching a saved search (segment). */
        get: operations["listSearchContactsContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags. */
        get: operations["listTags"];
        put?: never;
        /** Create a tag. */
        post: operations["createTag"];
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
            /** @description Unique name; lower-case letters, digits and underscores. */
            name: string;
            /** @description Two-letter language code, e.g. EN. */
            languageCode?: string;
            /** @enum {string} */
            isDefault?: "true" | "false";
            confirmation?: Record<string, unknown>;
            profile?: Record<string, unknown>;
            postal?: Record<string, unknown>;
            optinTypes?: {
                /** @enum {string} */
                email?: "single" | "double";
                /** @enum {string} */
                api?: "single" | "double";
                /** @enum {string} */
                import?: "single" | "double";
                /** @enum {string} */
                webform?: "single" | "double";
            };
            subscriptionNotifications?: Record<string, unknown>;
        };
        CreateCampaignResponse: components["schemas"]["GetCampaignResponse"];
        CreateContactRequest: {
            /** Format: email */
            email: string;
            name?: string;
            campaign: {
                campaignId: string;
            };
            /** @description Autoresponder cycle day to start the contact on. */
            dayOfCycle?: string;
            scoring?: number;
            ipAddress?: string;
            tags?: {
                tagId: string;
            }[];
            customFieldValues?: {
                customFieldId: string;
                value: string[];
            }[];
        };
        CreateNewsletterRequest: {
            subject: string;
            /** @description Internal name; the subject when left out. */
            name?: string;
            /**
             * @default broadcast
             * @enum {string}
             */
            type?: "broadcast" | "draft";
            /** @enum {string} */
            editor?: "custom" | "text" | "getresponse" | "legacy" | "html2";
            fromField: {
                fromFieldId: string;
            };
            replyTo?: {
                fromFieldId?: string;
            };
            campaign: {
                campaignId: string;
            };
            content: {
                html?: string;
                plain?: string;
            };
            /**
             * Format: date-time
             * @description When to send; right away when left out.
             */
            sendOn?: string;
            flags?: ("openrate" | "clicktrack" | "google_analytics")[];
            attachments?: {
                fileName?: string;
                /** @description Base64 file content. */
                content?: string;
                mimeType?: string;
            }[];
            /** @description Who receives the newsletter. */
            sendSettings: {
                selectedCampaigns?: string[];
                selectedSegments?: string[];
                selectedSuppressions?: string[];
                excludedCampaigns?: string[];
                excludedSegments?: string[];
                selectedContacts?: string[];
                /**
                 * @description Deliver at sendOn in each contact's own time zone.
                 * @enum {string}
                 */
                timeTravel?: "true" | "false";
                /**
                 * @description Deliver when each contact is most likely to open.
                 * @enum {string}
                 */
                perfectTiming?: "true" | "false";
            };
        };
        CreateNewsletterResponse: {
            newsletterId?: string;
            href?: string;
            name?: string;
            type?: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            editor?: string;
            subject?: string;
            fromField?: {
                fromFieldId?: string;
                href?: string;
            };
            replyTo?: Record<string, unknown> | null;
            campaign?: {
                campaignId?: string;
                href?: string;
                name?: string;
            };
            sendOn?: string;
            createdOn?: string;
            sendSettings?: Record<string, unknown>;
            sendMetrics?: {
                status?: string;
                sent?: string;
                total?: string;
            };
        };
        CreateTagRequest: {
            /** @description Letters, digits and underscores only. */
            name: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseItem"];
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
        GetAccountResponse: {
            accountId?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            companyName?: string;
            phone?: string;
            state?: string;
            city?: string;
            street?: string;
            zipCode?: string;
            countryCode?: {
                countryCodeId?: string;
                countryCode?: string;
            };
            industryTag?: Record<string, unknown>;
            numberOfEmployees?: string;
            timeFormat?: string;
            timeZone?: {
                name?: string;
                offset?: string;
            };
            href?: string;
        };
        GetCampaignResponse: {
            campaignId?: string;
            name?: string;
            techName?: string;
            description?: string;
            languageCode?: string;
            /** @enum {string} */
            isDefault?: "true" | "false";
            /** Format: date-time */
            createdOn?: string;
            href?: string;
            /** @description Double opt-in email settings. */
            confirmation?: Record<string, unknown>;
            /** @description Public list profile (title, description, logo). */
            profile?: Record<string, unknown>;
            /** @description Postal address added to messages. */
            postal?: Record<string, unknown>;
            optinTypes?: {
                email?: string;
                api?: string;
                import?: string;
                webform?: string;
            };
            subscriptionNotifications?: Record<string, unknown>;
        };
        GetContactResponse: {
            contactId?: string;
            href?: string;
            name?: string | null;
            email?: string;
            note?: string | null;
            origin?: string;
            dayOfCycle?: string | null;
            changedOn?: string | null;
            createdOn?: string;
            timeZone?: string;
            ipAddress?: string;
            scoring?: number | null;
            engagementScore?: number | null;
            campaign?: {
                campaignId?: string;
                href?: string;
                name?: string;
            };
            tags?: {
                tagId?: string;
                name?: string;
                color?: string;
                href?: string;
            }[];
            customFieldValues?: {
                customFieldId?: string;
                name?: string;
                value?: string[];
                values?: string[];
            }[];
            geolocation?: Record<string, unknown>;
        };
        ListAutorespondersResponse: {
            autoresponderId?: string;
            href?: string;
            name?: string;
            subject?: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            editor?: string;
            campaign?: {
                campaignId?: string;
                href?: string;
                name?: string;
            };
            fromField?: {
                fromFieldId?: string;
                href?: string;
            };
            replyTo?: Record<string, unknown> | null;
            /** @description What starts the message: cycle day, action, delay. */
            triggerSettings?: Record<string, unknown>;
            sendSettings?: Record<string, unknown>;
            statistics?: Record<string, unknown>;
            createdOn?: string;
        }[];
        ListCampaignsResponse: {
            campaignId?: string;
            name?: string;
            techName?: string;
            description?: string;
            languageCode?: string;
            /** @enum {string} */
            isDefault?: "true" | "false";
            /** Format: date-time */
            createdOn?: string;
            href?: string;
        }[];
        ListContactsResponse: components["schemas"]["ListContactsResponseItem"][];
        ListContactsResponseItem: {
            contactId?: string;
            href?: string;
            name?: string | null;
            email?: string;
            note?: string | null;
            origin?: string;
            dayOfCycle?: string | null;
            changedOn?: string | null;
            createdOn?: string;
            timeZone?: string;
            ipAddress?: string;
            activities?: string;
            scoring?: number | null;
            engagementScore?: number | null;
            campaign?: {
                campaignId?: string;
                href?: string;
                name?: string;
            };
        };
        ListCustomFieldsResponse: {
            customFieldId?: string;
            href?: string;
            name?: string;
            /** @enum {string} */
            fieldType?: "text" | "textarea" | "radio" | "checkbox" | "single_select" | "multi_select" | "number" | "date" | "datetime" | "country" | "currency" | "phone" | "gender" | "ip" | "url";
            format?: string;
            /** @enum {string} */
            valueType?: "string" | "number" | "date" | "datetime" | "country" | "currency" | "phone" | "gender" | "ip" | "url";
            type?: string;
            /** @enum {string} */
            hidden?: "true" | "false";
            values?: string[];
        }[];
        ListFromFieldsResponse: {
            fromFieldId?: string;
            href?: string;
            email?: string;
            name?: string;
            /** @enum {string} */
            isActive?: "true" | "false";
            /** @enum {string} */
            isDefault?: "true" | "false";
            /** Format: date-time */
            createdOn?: string;
        }[];
        ListSearchContactsContactsResponse: components["schemas"]["ListContactsResponseItem"][];
        ListSearchContactsResponse: {
            searchContactId?: string;
            href?: string;
            name?: string;
            /** Format: date-time */
            createdOn?: string;
        }[];
        ListTagsResponse: components["schemas"]["ListTagsResponseItem"][];
        ListTagsResponseItem: {
            tagId?: string;
            href?: string;
            name?: string;
            color?: string;
            /** Format: date-time */
            createdAt?: string;
        };
        UpdateContactRequest: {
            name?: string;
            campaign?: {
                campaignId?: string;
            };
            dayOfCycle?: string;
            scoring?: number;
            note?: string;
            /** @description Replaces the contact's tags. */
            tags?: {
                tagId?: string;
            }[];
            /** @description Replaces the contact's custom field values. */
            customFieldValues?: {
                customFieldId?: string;
                value?: string[];
            }[];
        };
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
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
        /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
    listAutoresponders: {
        parameters: {
            query?: {
                "query[subject]"?: string;
                "query[name]"?: string;
                "query[status]"?: "enabled" | "disabled";
                /** @description One or more campaign ids, comma-separated. */
                "query[campaignId]"?: string;
                "query[type]"?: "timebase" | "actionbase";
                "query[createdOn][from]"?: string;
                "query[createdOn][to]"?: string;
                "sort[createdOn]"?: "asc" | "desc";
                "sort[name]"?: "asc" | "desc";
                "sort[subject]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAutorespondersResponse"];
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
                /** @description Only campaigns whose name contains this text. */
                "query[name]"?: string;
                /** @description Only the default campaign when true. */
                "query[isDefault]"?: boolean;
                "sort[name]"?: "asc" | "desc";
                "sort[createdOn]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my_campaign"
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
            query?: {
                /** @description Comma-separated fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the campaign (list).
                 * @example fZ0Xg
                 */
                campaignId: string;
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Only contacts whose address contains this text (exact with additionalFlags=exactMatch). */
                "query[email]"?: string;
                "query[name]"?: string;
                /** @description Only contacts of this campaign. */
                "query[campaignId]"?: string;
                "query[origin]"?: "import" | "email" | "www" | "panel" | "leads" | "sale" | "api" | "forward" | "survey" | "iphone" | "copy" | "landing_page" | "website_builder_elegant" | "webinar";
                "query[createdOn][from]"?: string;
                "query[createdOn][to]"?: string;
                "query[changedOn][from]"?: string;
                "query[changedOn][to]"?: string;
                "sort[email]"?: "asc" | "desc";
                "sort[name]"?: "asc" | "desc";
                "sort[createdOn]"?: "asc" | "desc";
                "sort[changedOn]"?: "asc" | "desc";
                "sort[campaignId]"?: "asc" | "desc";
                /** @description exactMatch compares email and name exactly. */
                additionalFlags?: "exactMatch" | "forceCustomFields";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "name": "John Doe",
                 *       "campaign": {
                 *         "campaignId": "abc123"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description Queued; the body is empty. */
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
    getContact: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the contact.
                 * @example VZ4Sa5g
                 */
                contactId: string;
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the contact.
                 * @example VZ4Sa5g
                 */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Jane Doe"
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
    deleteContact: {
        parameters: {
            query?: {
                /** @description Message the unsubscription is attributed to. */
                messageId?: string;
                /** @description IP address the unsubscription came from. */
                ipAddress?: string;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the contact.
                 * @example VZ4Sa5g
                 */
                contactId: string;
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
    listCustomFields: {
        parameters: {
            query?: {
                "query[name]"?: string;
                "sort[name]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCustomFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFromFields: {
        parameters: {
            query?: {
                "query[email]"?: string;
                "query[name]"?: string;
                "query[isDefault]"?: boolean;
                "sort[createdOn]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFromFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createNewsletter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Newsletter Subject",
                 *       "name": "Internal Name",
                 *       "fromField": {
                 *         "fromFieldId": "V"
                 *       },
                 *       "campaign": {
                 *         "campaignId": "abc123"
                 *       },
                 *       "content": {
                 *         "html": "<html><body>Content</body></html>",
                 *         "plain": "Content"
                 *       },
                 *       "sendOn": "2026-02-15T10:00:00Z",
                 *       "sendSettings": {
                 *         "selectedCampaigns": [
                 *           "abc123"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateNewsletterRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateNewsletterResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSearchContacts: {
        parameters: {
            query?: {
                "query[name]"?: string;
                "sort[createdOn]"?: "asc" | "desc";
                "sort[name]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSearchContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSearchContactsContacts: {
        parameters: {
            query?: {
                "query[email]"?: string;
                "query[name]"?: string;
                "sort[email]"?: "asc" | "desc";
                "sort[name]"?: "asc" | "desc";
                "sort[createdOn]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the saved search. */
                searchContactId: string;
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
                    "application/json": components["schemas"]["ListSearchContactsContactsResponse"];
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
                "query[name]"?: string;
                "query[createdAt][from]"?: string;
                "query[createdAt][to]"?: string;
                "sort[createdAt]"?: "asc" | "desc";
                /** @description Comma-separated fields to return. */
                fields?: string;
                /** @description Items per page. */
                perPage?: number;
                /** @description Page number starting at 1. */
                page?: number;
            };
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
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
    createTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GetResponse connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "VIP_Customer"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponse"];
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
