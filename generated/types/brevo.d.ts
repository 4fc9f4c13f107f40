// Generated from providers/brevo.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account owner, company, plan and email credits. */
        get: operations["getAccount"];
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
        /** List contacts a page at a time, optionally only those changed or created since a date. */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact with attributes and list memberships, or update it when updateEnabled is set. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contact attributes defined in the account, by category. */
        get: operations["listContactAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the folders that group contact lists. */
        get: operations["listFolders"];
        put?: never;
        /** Create a folder for contact lists. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contact lists with their subscriber counts. */
        get: operations["listLists"];
        put?: never;
        /** Create a contact list inside a folder. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/lists/{listId}/contacts/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add existing contacts to a list by email address, id or ext_id (up to 150 per call). */
        post: operations["addContactsToList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with its attributes, lists and campaign statistics. */
        get: operations["getContact"];
        /** Change a contact's attributes, blocklist flags or list memberships. */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emailCampaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email campaigns, filtered by type, status or send date. */
        get: operations["listEmailCampaigns"];
        put?: never;
        /** Create an email campaign for lists or segments, optionally scheduled. */
        post: operations["createEmailCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emailCampaigns/{campaignId}/sendNow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft email campaign immediately. */
        post: operations["sendEmailCampaignNow"];
        delete?: never;
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
        /** List the sender identities, optionally those tied to a dedicated IP or domain. */
        get: operations["listSenders"];
        put?: never;
        /** Add a sender identity; Brevo emails the address to confirm it. */
        post: operations["createSender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/smtp/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a transactional email from inline content or a stored template. */
        post: operations["sendTransactionalEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/smtp/statistics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List delivery events (sent, opened, clicked, bounced …) of transactional email. */
        get: operations["listTransactionalEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/smtp/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the stored email templates, optionally only active or inactive ones. */
        get: operations["listTemplates"];
        put?: never;
        /** Store an email template with its sender, subject and HTML. */
        post: operations["createTemplate"];
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
        /** @description Give exactly one of emails, ids or extIds. */
        AddContactsToListRequest: {
            emails?: string[];
            ids?: number[];
            extIds?: string[];
        };
        AddContactsToListResponse: {
            contacts?: {
                /** @description Contacts that were added. */
                success?: string[];
                /** @description Contacts that could not be added. */
                failure?: string[];
                total?: number;
            };
        };
        CreateContactRequest: {
            /**
             * Format: email
             * @description Email address; required unless an SMS or ext_id identifies the contact.
             */
            email?: string;
            /** @description Your own id for the contact. */
            ext_id?: string;
            /**
             * @description Attribute values keyed by upper-case attribute name.
             * @example {
             *       "FIRSTNAME": "John"
             *     }
             */
            attributes?: Record<string, unknown>;
            /** @description Block marketing email to this contact. */
            emailBlacklisted?: boolean;
            /** @description Block SMS to this contact. */
            smsBlacklisted?: boolean;
            /** @description Lists to add the contact to. */
            listIds?: number[];
            /**
             * @description Update the contact if it already exists instead of failing.
             * @default false
             */
            updateEnabled?: boolean;
            /** @description Sender addresses whose transactional mail the contact no longer gets. */
            smtpBlacklistSender?: string[];
        };
        CreateContactResponse: {
            id?: number;
        };
        CreateEmailCampaignRequest: {
            /** @description Internal name of the campaign. */
            name: string;
            /** @description Needed unless an A/B test supplies subjects. */
            subject?: string;
            sender: components["schemas"]["SendTransactionalEmailRequestSender"];
            /** @description HTML body; or give htmlUrl or templateId. */
            htmlContent?: string;
            /** Format: uri */
            htmlUrl?: string;
            templateId?: number;
            /**
             * Format: date-time
             * @description When to send; left out, the campaign stays a draft.
             */
            scheduledAt?: string;
            recipients?: {
                listIds?: number[];
                exclusionListIds?: number[];
                segmentIds?: number[];
            };
            /** Format: email */
            replyTo?: string;
            toField?: string;
            tag?: string;
            previewText?: string;
            /** @description Values for {{params.*}} placeholders. */
            params?: Record<string, unknown>;
            /** Format: uri */
            attachmentUrl?: string;
            inlineImageActivation?: boolean;
            /** @description Offer a web version of the email. */
            mirrorActive?: boolean;
            header?: string;
            footer?: string;
            utmCampaign?: string;
        };
        CreateEmailCampaignResponse: {
            id?: number;
        };
        CreateFolderRequest: {
            name: string;
        };
        CreateFolderResponse: {
            id?: number;
        };
        CreateListRequest: {
            name: string;
            /** @description Folder the list goes into. */
            folderId: number;
        };
        CreateListResponse: {
            id?: number;
        };
        CreateSenderRequest: {
            /** @description From name shown to recipients. */
            name: string;
            /** Format: email */
            email: string;
            /** @description Dedicated IPs to send from (accounts with dedicated IPs only). */
            ips?: {
                ip: string;
                domain: string;
                weight?: number;
            }[];
        };
        CreateSenderResponse: {
            id?: number;
            spfError?: boolean;
            dkimError?: boolean;
        };
        CreateTemplateRequest: {
            sender: components["schemas"]["SendTransactionalEmailRequestSender"];
            templateName: string;
            subject: string;
            /** @description HTML body (at least 10 characters); or give htmlUrl. */
            htmlContent?: string;
            /**
             * Format: uri
             * @description Address to fetch the HTML body from.
             */
            htmlUrl?: string;
            /** Format: email */
            replyTo?: string;
            /** @description Personalised To field, e.g. {FNAME} {LNAME}. */
            toField?: string;
            tag?: string;
            /** Format: uri */
            attachmentUrl?: string;
            /** @description Whether the template can be used right away. */
            isActive?: boolean;
        };
        CreateTemplateResponse: {
            id?: number;
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
        GetAccountResponse: {
            email?: string;
            firstName?: string;
            lastName?: string;
            companyName?: string;
            organization_id?: string;
            user_id?: number;
            address?: {
                street?: string;
                city?: string;
                zipCode?: string;
                country?: string;
            };
            plan?: {
                /** @enum {string} */
                type?: "payAsYouGo" | "free" | "subscription" | "sms" | "reseller";
                /** @enum {string} */
                creditsType?: "sendLimit";
                credits?: number;
                startDate?: string;
                endDate?: string;
                userLimit?: number;
            }[];
            relay?: {
                enabled?: boolean;
                data?: {
                    userName?: string;
                    relay?: string;
                    port?: number;
                };
            };
        };
        GetContactResponse: {
            id?: number;
            email?: string;
            emailBlacklisted?: boolean;
            smsBlacklisted?: boolean;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            modifiedAt?: string;
            listIds?: number[];
            listUnsubscribed?: number[];
            attributes?: Record<string, unknown>;
            /** @description Per-campaign message, open, click, bounce and unsubscription records. */
            statistics?: Record<string, unknown>;
        };
        ListContactAttributesResponse: {
            attributes?: {
                name?: string;
                /** @enum {string} */
                category?: "normal" | "transactional" | "category" | "calculated" | "global";
                /** @enum {string} */
                type?: "text" | "date" | "float" | "boolean" | "id" | "category" | "multiple-choice" | "user";
                enumeration?: {
                    value?: number;
                    label?: string;
                }[];
                calculatedValue?: string;
            }[];
        };
        ListContactsResponse: {
            contacts?: {
                id?: number;
                email?: string;
                emailBlacklisted?: boolean;
                smsBlacklisted?: boolean;
                /** Format: date-time */
                createdAt?: string;
                /** Format: date-time */
                modifiedAt?: string;
                listIds?: number[];
                listUnsubscribed?: number[];
                /** @description Attribute values keyed by upper-case attribute name. */
                attributes?: Record<string, unknown>;
            }[];
            count?: number;
        };
        ListEmailCampaignsResponse: {
            count?: number;
            campaigns?: {
                id?: number;
                name?: string;
                subject?: string;
                /** @enum {string} */
                type?: "classic" | "trigger";
                status?: string;
                scheduledAt?: string;
                sender?: {
                    name?: string;
                    email?: string;
                    id?: number;
                };
                replyTo?: string;
                htmlContent?: string;
                recipients?: {
                    lists?: number[];
                    exclusionLists?: number[];
                };
                statistics?: Record<string, unknown>;
                createdAt?: string;
                modifiedAt?: string;
                sentDate?: string;
            }[];
        };
        ListFoldersResponse: {
            folders?: {
                id?: number;
                name?: string;
                uniqueSubscribers?: number;
                totalSubscribers?: number;
                totalBlacklisted?: number;
            }[];
            count?: number;
        };
        ListListsResponse: {
            lists?: {
                id?: number;
                name?: string;
                folderId?: number;
                uniqueSubscribers?: number;
                totalSubscribers?: number;
                totalBlacklisted?: number;
            }[];
            count?: number;
        };
        ListSendersResponse: {
            senders?: {
                id?: number;
                name?: string;
                email?: string;
                active?: boolean;
                ips?: {
                    ip?: string;
                    domain?: string;
                    weight?: number;
                }[];
            }[];
        };
        ListTemplatesResponse: {
            count?: number;
            templates?: {
                id?: number;
                name?: string;
                subject?: string;
                isActive?: boolean;
                testSent?: boolean;
                sender?: {
                    name?: string;
                    email?: string;
                    id?: string;
                };
                replyTo?: string;
                toField?: string;
                tag?: string;
                htmlContent?: string;
                createdAt?: string;
                modifiedAt?: string;
                doiTemplate?: boolean;
            }[];
        };
        ListTransactionalEventsResponse: {
            events?: {
                email?: string;
                /** Format: date-time */
                date?: string;
                subject?: string;
                messageId?: string;
                event?: string;
                reason?: string;
                tag?: string;
                ip?: string;
                link?: string;
                from?: string;
                templateId?: number;
            }[];
        };
        SendTransactionalEmailRequest: {
            sender?: components["schemas"]["SendTransactionalEmailRequestSender"];
            to: components["schemas"]["SendTransactionalEmailRequestTo"];
            cc?: components["schemas"]["SendTransactionalEmailRequestTo"];
            bcc?: components["schemas"]["SendTransactionalEmailRequestTo"];
            replyTo?: {
                /** Format: email */
                email?: string;
                name?: string;
            };
            /** @description Needed unless templateId is given. */
            subject?: string;
            /** @description HTML body; needed unless templateId or textContent is given. */
            htmlContent?: string;
            /** @description Plain-text body. */
            textContent?: string;
            /** @description Stored template to send instead of inline content. */
            templateId?: number;
            /** @description Values for {{params.*}} placeholders. */
            params?: Record<string, unknown>;
            tags?: string[];
            /** @description Extra message headers. */
            headers?: {
                [key: string]: string;
            };
            attachment?: {
                /**
                 * Format: uri
                 * @description Public address of the file.
                 */
                url?: string;
                /** @description Base64 file content, instead of url. */
                content?: string;
                /** @description File name with extension. */
                name?: string;
            }[];
            /**
             * Format: date-time
             * @description Send later at this time.
             */
            scheduledAt?: string;
            /** @description UUID grouping scheduled messages. */
            batchId?: string;
            /** @description Per-recipient variants of one send. */
            messageVersions?: Record<string, unknown>[];
        };
        /** @description Sender by email (with optional name) or by sender id; may be left out when the template defines one. */
        SendTransactionalEmailRequestSender: {
            name?: string;
            /** Format: email */
            email?: string;
            id?: number;
        };
        SendTransactionalEmailRequestTo: {
            /** Format: email */
            email: string;
            name?: string;
        }[];
        SendTransactionalEmailResponse: {
            messageId?: string;
            /** @description Set when messageVersions were sent. */
            messageIds?: string[];
        };
        UpdateContactRequest: {
            /** @description Attribute values to set; an empty string clears one. */
            attributes?: Record<string, unknown>;
            ext_id?: string;
            emailBlacklisted?: boolean;
            smsBlacklisted?: boolean;
            /** @description Lists to add the contact to. */
            listIds?: number[];
            /** @description Lists to remove the contact from. */
            unlinkListIds?: number[];
            smtpBlacklistSender?: string[];
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
        /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Contacts per page. */
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description Only contacts changed after this time (UTC date-time). */
                modifiedSince?: string;
                /** @description Only contacts created after this time (UTC date-time). */
                createdSince?: string;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
                /** @description Only contacts of this segment. */
                segmentId?: number;
                /** @description Only contacts on these lists. */
                listIds?: number[];
                /** @description Attribute filter such as equals(FIRSTNAME,"John"). */
                filter?: string;
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "contact@example.com",
                 *       "attributes": {
                 *         "FIRSTNAME": "John",
                 *         "LASTNAME": "Doe"
                 *       },
                 *       "listIds": [
                 *         2
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description 201 with the new id; 204 with no body when an existing contact was updated. */
            201: {
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
    listContactAttributes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactAttributesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolders: {
        parameters: {
            query?: {
                /** @description Folders per page. */
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Folder"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFolderResponse"];
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
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New List",
                 *       "folderId": 1
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
    addContactsToList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the list. */
                listId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "contact@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddContactsToListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactsToListResponse"];
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
            query?: {
                /** @description What kind of value the path identifier is. */
                identifierType?: "email_id" | "phone_id" | "contact_id" | "ext_id" | "whatsapp_id" | "landline_number_id";
                /** @description Start of the statistics period (YYYY-MM-DD); needs endDate. */
                startDate?: string;
                /** @description End of the statistics period (YYYY-MM-DD); needs startDate. */
                endDate?: string;
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The contact's email address, phone number (SMS attribute) or numeric id.
                 * @example contact@example.com
                 */
                identifier: string;
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
            query?: {
                /** @description What kind of value the path identifier is. */
                identifierType?: "email_id" | "phone_id" | "contact_id" | "ext_id" | "whatsapp_id" | "landline_number_id";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The contact's email address, phone number (SMS attribute) or numeric id.
                 * @example contact@example.com
                 */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "FIRSTNAME": "Updated"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactRequest"];
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
    deleteContact: {
        parameters: {
            query?: {
                /** @description What kind of value the path identifier is. */
                identifierType?: "email_id" | "phone_id" | "contact_id" | "ext_id" | "whatsapp_id" | "landline_number_id";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description The contact's email address, phone number (SMS attribute) or numeric id.
                 * @example contact@example.com
                 */
                identifier: string;
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
    listEmailCampaigns: {
        parameters: {
            query?: {
                type?: "classic" | "trigger";
                status?: "suppressed" | "archive" | "sent" | "queued" | "draft" | "inProcess" | "inReview";
                /** @description Which statistics to include. */
                statistics?: "globalStats" | "linksStats" | "statsByDomain" | "statsByDevice" | "statsByBrowser";
                /** @description Sent on or after this time (needs status sent and endDate). */
                startDate?: string;
                /** @description Sent on or before this time. */
                endDate?: string;
                /** @description Campaigns per page. */
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
                /** @description Leave the HTML body out of each campaign. */
                excludeHtmlContent?: boolean;
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEmailCampaignsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEmailCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "subject": "Monthly Update",
                 *       "sender": {
                 *         "name": "Company",
                 *         "email": "news@company.com"
                 *       },
                 *       "htmlContent": "<html><body><h1>News</h1></body></html>",
                 *       "recipients": {
                 *         "listIds": [
                 *           2
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateEmailCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmailCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendEmailCampaignNow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaignId: number;
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
            query?: {
                /** @description Only senders on this dedicated IP. */
                ip?: string;
                /** @description Only senders of this domain. */
                domain?: string;
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Marketing",
                 *       "email": "marketing@company.com"
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
    sendTransactionalEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sender": {
                 *         "name": "John",
                 *         "email": "john@example.com"
                 *       },
                 *       "to": [
                 *         {
                 *           "email": "recipient@example.com",
                 *           "name": "Jane"
                 *         }
                 *       ],
                 *       "subject": "Hello!",
                 *       "htmlContent": "<html><body><h1>Hi!</h1></body></html>"
                 *     }
                 */
                "application/json": components["schemas"]["SendTransactionalEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTransactionalEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTransactionalEvents: {
        parameters: {
            query?: {
                /** @description Events per page. */
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description First day (YYYY-MM-DD); needs endDate. */
                startDate?: string;
                /** @description Last day (YYYY-MM-DD); needs startDate. */
                endDate?: string;
                /** @description Number of past days to cover, instead of a date range. */
                days?: number;
                /** @description Only events of this recipient. */
                email?: string;
                event?: "bounces" | "hardBounces" | "softBounces" | "delivered" | "spam" | "requests" | "opened" | "clicks" | "invalid" | "deferred" | "blocked" | "unsubscribed" | "error" | "loadedByProxy";
                /** @description Only messages with this tag. */
                tags?: string;
                messageId?: string;
                templateId?: number;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTransactionalEventsResponse"];
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
                /** @description true for active templates only, false for inactive only. */
                templateStatus?: boolean;
                /** @description Templates per page. */
                limit?: number;
                /** @description Number of records to skip. */
                offset?: number;
                /** @description Order by creation time. */
                sort?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Brevo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sender": {
                 *         "name": "Company",
                 *         "email": "noreply@company.com"
                 *       },
                 *       "templateName": "Welcome Email",
                 *       "subject": "Welcome {{params.name}}!",
                 *       "htmlContent": "<html><body><h1>Hello {{params.name}}!</h1></body></html>"
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
}
