// Generated from providers/active-campaign.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/3/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the companies (accounts) stored in the CRM. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's automations. */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email campaigns with their status and send statistics. */
        get: operations["listCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/contactTags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a tag on a contact. */
        post: operations["addContactTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/contactTags/{contactTagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a tag off a contact, using the id of the contact-tag link. */
        delete: operations["removeContactTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, optionally filtered by email, list, tag, segment, status or dates. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact; an email address that already exists is rejected. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a contact together with its lists, tags, deals and field values. */
        get: operations["getContact"];
        /** Change a contact's email, name, phone or custom field values. */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/dealGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the deal pipelines. */
        get: operations["listDealGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/dealStages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the stages of deal pipelines. */
        get: operations["listDealStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deals, optionally filtered by pipeline, stage, owner, status or dates. */
        get: operations["listDeals"];
        put?: never;
        /** Create a deal in a pipeline stage, linked to a contact. */
        post: operations["createDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom contact fields with their options. */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's mailing lists. */
        get: operations["listLists"];
        put?: never;
        /** Create a mailing list. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notes attached to contacts, deals and accounts. */
        get: operations["listNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's tags. */
        get: operations["listTags"];
        put?: never;
        /** Create a contact or template tag. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of the account. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/3/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks registered on the account. */
        get: operations["listWebhooks"];
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
        AddContactTagRequest: {
            contactTag: {
                /** @description Id of the contact. */
                contact: string;
                /** @description Id of the tag. */
                tag: string;
            };
        };
        AddContactTagResponse: {
            contactTag?: {
                /** @description Id to use when removing the tag again. */
                id?: string;
                contact?: string;
                tag?: string;
                cdate?: string;
            };
        };
        CreateContactRequest: {
            contact: {
                /** Format: email */
                email?: string;
                firstName?: string;
                lastName?: string;
                phone?: string;
                /** @description Custom field values. */
                fieldValues?: {
                    /** @description Id of the custom field. */
                    field: string;
                    value: string;
                }[];
            };
        };
        CreateContactResponse: {
            contact?: components["schemas"]["ListContactsResponseContactsItem"];
            fieldValues?: Record<string, unknown>[];
        };
        CreateDealRequest: {
            deal: {
                title: string;
                description?: string;
                /** @description Deal value in cents. */
                value: number | string;
                /** @description Three-letter currency code in lower case. */
                currency: string;
                /** @description Id of the primary contact. */
                contact?: string;
                /** @description Id of the account (company). */
                account?: string;
                /** @description Pipeline id. */
                group?: string;
                /** @description Stage id. */
                stage?: string;
                /** @description Id of the owning user. */
                owner?: string;
                percent?: number;
                /**
                 * @description 0 open, 1 won, 2 lost.
                 * @enum {integer}
                 */
                status?: 0 | 1 | 2;
                fields?: {
                    customFieldId?: number;
                    fieldValue?: unknown;
                }[];
            };
        };
        CreateDealResponse: {
            deal?: components["schemas"]["ListDealsResponseDealsItem"];
        };
        CreateListRequest: {
            list: {
                name: string;
                /** @description URL-safe identifier of the list. */
                stringid: string;
                /** @description Website of the sender. */
                sender_url: string;
                /** @description Tells recipients why they receive the mailing. */
                sender_reminder: string;
                send_last_broadcast?: boolean;
                carboncopy?: string;
                subscription_notify?: string;
                unsubscription_notify?: string;
                /** @description Id of the owning user. */
                user?: number;
            };
        };
        CreateListResponse: {
            list?: components["schemas"]["ListListsResponseListsItem"];
        };
        CreateTagRequest: {
            tag: {
                /** @description Name of the tag. */
                tag: string;
                /** @enum {string} */
                tagType: "contact" | "template";
                description?: string;
            };
        };
        CreateTagResponse: {
            tag?: components["schemas"]["ListTagsResponseTagsItem"];
        };
        DeleteContactResponse: Record<string, unknown>;
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
        GetContactResponse: {
            contact?: components["schemas"]["ListContactsResponseContactsItem"];
            contactLists?: Record<string, unknown>[];
            contactTags?: Record<string, unknown>[];
            deals?: Record<string, unknown>[];
            fieldValues?: Record<string, unknown>[];
        };
        ListAccountsResponse: {
            accounts?: {
                id?: string;
                name?: string;
                accountUrl?: string;
                contactCount?: string;
                dealCount?: string;
                createdTimestamp?: string;
                updatedTimestamp?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListAutomationsResponse: {
            automations?: {
                id?: string;
                name?: string;
                status?: string;
                entered?: string;
                exited?: string;
                cdate?: string;
                mdate?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListCampaignsResponse: {
            campaigns?: {
                id?: string;
                name?: string;
                type?: string;
                status?: string;
                sdate?: string | null;
                ldate?: string | null;
                send_amt?: string;
                opens?: string;
                uniqueopens?: string;
                linkclicks?: string;
                uniquelinkclicks?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListContactsResponse: {
            contacts?: components["schemas"]["ListContactsResponseContactsItem"][];
            meta?: {
                total?: string;
            };
        };
        ListContactsResponseContactsItem: {
            id?: string;
            email?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            orgid?: string;
            cdate?: string;
            udate?: string;
            links?: Record<string, unknown>;
        };
        ListDealGroupsResponse: {
            dealGroups?: {
                id?: string;
                title?: string;
                currency?: string;
                stages?: string[];
                cdate?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListDealStagesResponse: {
            dealStages?: {
                id?: string;
                title?: string;
                group?: string;
                order?: string;
                color?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListDealsResponse: {
            deals?: components["schemas"]["ListDealsResponseDealsItem"][];
            meta?: {
                total?: string;
            };
        };
        ListDealsResponseDealsItem: {
            id?: string;
            title?: string;
            description?: string;
            value?: string;
            currency?: string;
            contact?: string;
            account?: string;
            group?: string;
            stage?: string;
            owner?: string;
            status?: string;
            percent?: string;
            cdate?: string;
            mdate?: string;
        };
        ListFieldsResponse: {
            fields?: {
                id?: string;
                title?: string;
                type?: string;
                perstag?: string;
                descript?: string;
                isrequired?: string;
            }[];
            fieldOptions?: Record<string, unknown>[];
            meta?: {
                total?: string;
            };
        };
        ListListsResponse: {
            lists?: components["schemas"]["ListListsResponseListsItem"][];
            meta?: {
                total?: string;
            };
        };
        ListListsResponseListsItem: {
            id?: string;
            name?: string;
            stringid?: string;
            sender_url?: string;
            sender_reminder?: string;
            cdate?: string;
            udate?: string;
        };
        ListNotesResponse: {
            notes?: {
                id?: string;
                note?: string;
                relid?: string;
                reltype?: string;
                userid?: string;
                cdate?: string;
                mdate?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListTagsResponse: {
            tags?: components["schemas"]["ListTagsResponseTagsItem"][];
            meta?: {
                total?: string;
            };
        };
        ListTagsResponseTagsItem: {
            id?: string;
            tag?: string;
            tagType?: string;
            description?: string;
            cdate?: string;
        };
        ListUsersResponse: {
            users?: {
                id?: string;
                username?: string;
                firstName?: string;
                lastName?: string;
                email?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        ListWebhooksResponse: {
            webhooks?: {
                id?: string;
                name?: string;
                url?: string;
                events?: string[];
                sources?: string[];
                listid?: string;
                cdate?: string;
            }[];
            meta?: {
                total?: string;
            };
        };
        RemoveContactTagResponse: Record<string, unknown>;
        UpdateContactRequest: components["schemas"]["CreateContactRequest"];
        UpdateContactResponse: components["schemas"]["CreateContactResponse"];
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
        /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Part of an account name. */
                search?: string;
                /** @description true adds the number of deals per account. */
                count_deals?: boolean;
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
    listAutomations: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
    listCampaigns: {
        parameters: {
            query?: {
                /** @description By send date. */
                "orders[sdate]"?: "ASC" | "DESC";
                /** @description By last change. */
                "orders[mdate]"?: "ASC" | "DESC";
                /** @description By last send. */
                "orders[ldate]"?: "ASC" | "DESC";
                "orders[status]"?: "ASC" | "DESC";
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
    addContactTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contactTag": {
                 *         "contact": "1",
                 *         "tag": "1"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AddContactTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeContactTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contactTag link (not the tag id). */
                contactTagId: string;
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
                    "application/json": components["schemas"]["RemoveContactTagResponse"];
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
                /** @description Exact email address. */
                email?: string;
                /** @description Part of an email address. */
                email_like?: string;
                /** @description Matched against name, organisation, phone and email. */
                search?: string;
                /** @description Contacts on this list. */
                listid?: string;
                /** @description Contacts with this tag. */
                tagid?: number;
                /** @description Contacts in this segment. */
                segmentid?: number;
                formid?: number;
                /** @description Contacts in this automation. */
                seriesid?: number;
                waitid?: number;
                /** @description Status on the list given by listid: -1 any, 0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced. */
                status?: -1 | 0 | 1 | 2 | 3;
                id_greater?: number;
                id_less?: number;
                /** @description Contact id to leave out. */
                exclude?: number;
                "filters[created_before]"?: string;
                "filters[created_after]"?: string;
                "filters[updated_before]"?: string;
                "filters[updated_after]"?: string;
                "orders[id]"?: "ASC" | "DESC";
                "orders[cdate]"?: "ASC" | "DESC";
                "orders[email]"?: "ASC" | "DESC";
                "orders[first_name]"?: "ASC" | "DESC";
                "orders[last_name]"?: "ASC" | "DESC";
                "orders[name]"?: "ASC" | "DESC";
                "orders[score]"?: "ASC" | "DESC";
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    /**
                     * @example {
                     *       "contacts": [],
                     *       "meta": {
                     *         "total": "150"
                     *       }
                     *     }
                     */
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
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact": {
                 *         "email": "user@example.com",
                 *         "firstName": "John",
                 *         "lastName": "Doe"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
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
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
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
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact": {
                 *         "firstName": "Johnny",
                 *         "phone": "+15551234567"
                 *       }
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
            query?: never;
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
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
    listDealGroups: {
        parameters: {
            query?: {
                "filters[title]"?: string;
                /** @description 1 keeps only pipelines that have stages. */
                "filters[have_stages]"?: 0 | 1;
                "orders[title]"?: "ASC" | "DESC";
                "orders[popular]"?: "ASC" | "DESC";
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDealGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDealStages: {
        parameters: {
            query?: {
                "filters[title]"?: string;
                /** @description Only stages of this pipeline. */
                "filters[d_groupid]"?: number;
                "orders[title]"?: "ASC" | "DESC";
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDealStagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDeals: {
        parameters: {
            query?: {
                /** @description Text matched against the field named by filters[search_field]. */
                search?: string;
                "filters[search_field]"?: "all" | "title" | "contact" | "org";
                "filters[title]"?: string;
                "filters[stage]"?: number;
                /** @description Pipeline id. */
                "filters[group]"?: number;
                /** @description 0 open, 1 won, 2 lost. */
                "filters[status]"?: 0 | 1 | 2;
                "filters[owner]"?: number;
                "filters[tag]"?: string;
                "filters[organization]"?: number;
                "filters[created_before]"?: string;
                "filters[created_after]"?: string;
                "filters[updated_before]"?: string;
                "filters[updated_after]"?: string;
                /** @description In dollars. */
                "filters[minimum_value]"?: number;
                /** @description In dollars. */
                "filters[maximum_value]"?: number;
                "orders[title]"?: "ASC" | "DESC";
                "orders[value]"?: "ASC" | "DESC";
                "orders[cdate]"?: "ASC" | "DESC";
                "orders[contact_name]"?: "ASC" | "DESC";
                "orders[next-action]"?: "ASC" | "DESC";
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDealsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deal": {
                 *         "title": "New Deal",
                 *         "value": "10000",
                 *         "currency": "usd",
                 *         "contact": "1",
                 *         "stage": "1"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateDealRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDealResponse"];
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
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
    listLists: {
        parameters: {
            query?: {
                /** @description Exact list name. */
                "filters[name]"?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "list": {
                 *         "name": "Newsletter",
                 *         "stringid": "newsletter",
                 *         "sender_url": "https://example.com",
                 *         "sender_reminder": "You signed up on our website."
                 *       }
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
    listNotes: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListNotesResponse"];
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
                /** @description Part of a tag name. */
                search?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tag": {
                 *         "tag": "Tag Name",
                 *         "tagType": "contact"
                 *       }
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
    listUsers: {
        parameters: {
            query?: {
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUsersResponse"];
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
                "filters[name]"?: string;
                "filters[url]"?: string;
                "filters[listid]"?: number;
                /** @description Records per page. */
                limit?: number;
                /** @description Records to skip. */
                offset?: number;
            };
            header?: {
                /** @description Id of the ActiveCampaign connection to use; without it the account's oldest active connection serves the request. */
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
}
