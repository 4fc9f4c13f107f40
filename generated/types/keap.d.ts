// Generated from providers/keap.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/crm/rest/v2/affiliates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through referral partners (affiliates). */
        get: operations["listAffiliates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/affiliates/{affiliate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one affiliate. */
        get: operations["getAffiliate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through automations. */
        get: operations["listAutomations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/automations/{automation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one automation. */
        get: operations["getAutomation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through marketing campaigns. */
        get: operations["listCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign. */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/campaigns/{campaign_id}/sequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sequences inside a campaign. */
        get: operations["listCampaignSequences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:addContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a list of contacts on a campaign sequence. */
        post: operations["addContactsToSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/campaigns/{campaign_id}/sequences/{sequence_id}:removeContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a list of contacts off a campaign sequence. */
        post: operations["removeContactsFromSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through companies. */
        get: operations["listCompanies"];
        put?: never;
        /** Add a company record. */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/companies/{company_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one company. */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Remove a company. */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        /** Change some fields of a company. */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/crm/rest/v2/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through contacts, optionally filtered, ordered and trimmed to chosen fields. */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact with names, email addresses and phone numbers. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Remove a contact permanently. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change some fields of a contact, leaving the rest as they are. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/crm/rest/v2/contacts/{contact_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the notes kept on a contact. */
        get: operations["listContactNotes"];
        put?: never;
        /** Attach a note with a title and text to a contact. */
        post: operations["createContactNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the emails recorded for contacts. */
        get: operations["listEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/emails/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one recorded email. */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/emails:send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an email with an HTML body to one or more contacts. */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/oauth/connect/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show who the connection belongs to (the authorising Keap user). */
        get: operations["getUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through sales opportunities. */
        get: operations["listOpportunities"];
        put?: never;
        /** Open an opportunity for a contact at a pipeline stage. */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/opportunities/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pipeline stages opportunities can be in. */
        get: operations["listOpportunityStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/opportunities/{opportunity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one opportunity. */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        /** Remove an opportunity. */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /** Change an opportunity, for example move it to another stage. */
        patch: operations["updateOpportunity"];
        trace?: never;
    };
    "/crm/rest/v2/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through orders. */
        get: operations["listOrders"];
        put?: never;
        /** Create an order for a contact. */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one order with its items. */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/orders/{order_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a product line to an order. */
        post: operations["addOrderItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through products. */
        get: operations["listProducts"];
        put?: never;
        /** Add a product with a name and price. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one product. */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through recurring-billing subscriptions. */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/subscriptions/{subscription_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one subscription. */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the tags defined in the app. */
        get: operations["listTags"];
        put?: never;
        /** Define a new tag, optionally inside a tag category. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tags/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the categories tags are grouped in. */
        get: operations["listTagCategories"];
        put?: never;
        /** Add a category for grouping tags. */
        post: operations["createTagCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one tag. */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /** Remove a tag definition. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /** Rename a tag or change its description or category. */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/crm/rest/v2/tags/{tag_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the contacts that carry a tag. */
        get: operations["listTaggedContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tags/{tag_id}/contacts:applyTags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a tag on a list of contacts. */
        post: operations["applyTagToContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tags/{tag_id}/contacts:removeTags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a tag off a list of contacts. */
        post: operations["removeTagFromContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through tasks, e.g. only the open ones with filter=completed==false. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task, optionally tied to a contact and due at a given time. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task. */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Remove a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change a task, for example mark it done. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/crm/rest/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the users of the Keap app. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/rest/v2/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one Keap user. */
        get: operations["getUser"];
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
        AddContactsToSequenceRequest: components["schemas"]["ApplyTagToContactsRequest"];
        AddContactsToSequenceResponse: components["schemas"]["ApplyTagToContactsResponse"];
        AddOrderItemRequest: {
            product: {
                id: string;
            };
            quantity: number;
            /** @description Unit price overriding the product's price. */
            price?: number;
            description?: string;
        };
        AddOrderItemResponse: {
            id?: string;
            quantity?: number;
            price?: number;
        };
        ApplyTagToContactsRequest: {
            /** @description Ids of the contacts. */
            contact_ids: string[];
        };
        /** @description Outcome per contact id. */
        ApplyTagToContactsResponse: {
            [key: string]: unknown;
        };
        CreateCompanyRequest: {
            company_name?: string;
            website?: string;
            /** Format: email */
            email_address?: string;
            phone_number?: {
                number?: string;
                /** @description Kind of number, e.g. MAIN. */
                type?: string;
                extension?: string;
            };
            address?: {
                line1?: string;
                line2?: string;
                locality?: string;
                region?: string;
                postal_code?: string;
                country_code?: string;
            };
            notes?: string;
        };
        CreateCompanyResponse: components["schemas"]["ListCompaniesResponseCompaniesItem"];
        CreateContactNoteRequest: {
            /** @description Heading of the note. */
            title?: string;
            /** @description Text of the note. */
            body: string;
            /** @description Kind of note, such as Call, Email or Other. */
            type?: string;
            /** @description Keap user the note is recorded for. */
            user_id?: string;
        };
        CreateContactNoteResponse: components["schemas"]["ListContactNotesResponseNotesItem"];
        CreateContactRequest: {
            /** @description First name. */
            given_name?: string;
            /** @description Last name. */
            family_name?: string;
            middle_name?: string;
            job_title?: string;
            website?: string;
            email_addresses?: {
                /** Format: email */
                email: string;
                /**
                 * @description Which of the contact's email slots to fill.
                 * @enum {string}
                 */
                field: "EMAIL1" | "EMAIL2" | "EMAIL3";
            }[];
            phone_numbers?: {
                number: string;
                /**
                 * @description Which of the contact's phone slots to fill.
                 * @enum {string}
                 */
                field: "PHONE1" | "PHONE2" | "PHONE3" | "PHONE4" | "PHONE5";
                type?: string;
                extension?: string;
            }[];
            addresses?: {
                /** @enum {string} */
                field?: "BILLING" | "SHIPPING" | "OTHER";
                line1?: string;
                line2?: string;
                locality?: string;
                region?: string;
                postal_code?: string;
                country_code?: string;
            }[];
            company?: {
                id?: string;
            };
            custom_fields?: {
                id?: string;
                content?: unknown;
            }[];
        };
        CreateContactResponse: components["schemas"]["GetContactResponse"];
        CreateOpportunityRequest: {
            opportunity_title?: string;
            contact?: {
                id?: string;
            };
            /** @description Pipeline stage; see listOpportunityStages. */
            stage?: {
                id?: string;
            };
            /** @description Expected closing day (YYYY-MM-DD). */
            estimated_close_date?: string;
            /** @description Keap user who owns the opportunity. */
            user_id?: string;
        };
        CreateOpportunityResponse: components["schemas"]["ListOpportunitiesResponseOpportunitiesItem"];
        CreateOrderRequest: {
            contact: {
                id: string;
            };
            /** @description Day of the order (YYYY-MM-DD). */
            order_date?: string;
            order_title?: string;
            /** @description Online or Offline. */
            order_type?: string;
            lead_affiliate_id?: string;
            sales_affiliate_id?: string;
        };
        CreateOrderResponse: components["schemas"]["ListOrdersResponseOrdersItem"];
        CreateProductRequest: {
            product_name: string;
            product_price?: number;
            product_short_description?: string;
            /** @description Long description. */
            product_desc?: string;
            sku?: string;
            active?: boolean;
        };
        CreateProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        CreateTagCategoryRequest: {
            name: string;
            description?: string;
        };
        CreateTagCategoryResponse: components["schemas"]["ListTagCategoriesResponseTagCategoriesItem"];
        CreateTagRequest: {
            name?: string;
            description?: string;
            /** @description Tag category to file the tag under. */
            category?: {
                id?: string;
            };
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseTagsItem"];
        CreateTaskRequest: {
            title?: string;
            description?: string;
            /** Format: date-time */
            due_date?: string;
            completed?: boolean;
            /** @description Contact the task concerns. */
            contact?: {
                id?: string;
            };
            /** @description Keap user who should do the task. */
            assigned_to_user_id?: string;
            priority?: number;
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
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
        GetAffiliateResponse: components["schemas"]["ListAffiliatesResponseAffiliatesItem"];
        GetAutomationResponse: components["schemas"]["ListAutomationsResponseAutomationsItem"];
        GetCampaignResponse: components["schemas"]["ListCampaignsResponseCampaignsItem"];
        GetCompanyResponse: components["schemas"]["ListCompaniesResponseCompaniesItem"];
        GetContactResponse: {
            id?: string;
            given_name?: string;
            family_name?: string;
            middle_name?: string;
            job_title?: string;
            website?: string;
            email_addresses?: {
                email?: string;
                field?: string;
            }[];
            phone_numbers?: {
                number?: string;
                field?: string;
                type?: string;
            }[];
            addresses?: Record<string, unknown>[];
            company?: {
                id?: string;
            };
            tag_ids?: string[];
            custom_fields?: {
                id?: string;
                content?: unknown;
            }[];
            /** Format: date-time */
            create_time?: string;
            /** Format: date-time */
            update_time?: string;
        };
        GetEmailResponse: components["schemas"]["ListEmailsResponseEmailsItem"];
        GetOpportunityResponse: components["schemas"]["ListOpportunitiesResponseOpportunitiesItem"];
        GetOrderResponse: components["schemas"]["ListOrdersResponseOrdersItem"];
        GetProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        GetSubscriptionResponse: components["schemas"]["ListSubscriptionsResponseSubscriptionsItem"];
        GetTagResponse: components["schemas"]["ListTagsResponseTagsItem"];
        GetTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
        GetUserInfoResponse: {
            email?: string;
            /** @description Subject identifier of the user. */
            sub?: string;
            id?: string;
            /** @description Login identity of the user at Keap. */
            keap_id?: string;
            family_name?: string;
            given_name?: string;
            is_admin?: boolean;
        };
        GetUserResponse: components["schemas"]["ListUsersResponseUsersItem"];
        ListAffiliatesResponse: {
            affiliates?: components["schemas"]["ListAffiliatesResponseAffiliatesItem"][];
            next_page_token?: string;
        };
        ListAffiliatesResponseAffiliatesItem: {
            id?: string;
            name?: string;
            code?: string;
            contact_id?: string;
            status?: string;
        };
        ListAutomationsResponse: {
            automations?: components["schemas"]["ListAutomationsResponseAutomationsItem"][];
            next_page_token?: string;
        };
        ListAutomationsResponseAutomationsItem: {
            id?: string;
            title?: string;
            status?: string;
            active_contacts?: number;
        };
        ListCampaignSequencesResponse: {
            sequences?: {
                id?: string;
                name?: string;
            }[];
        };
        ListCampaignsResponse: {
            campaigns?: components["schemas"]["ListCampaignsResponseCampaignsItem"][];
            next_page_token?: string;
        };
        ListCampaignsResponseCampaignsItem: {
            id?: string;
            name?: string;
            active_contact_count?: number;
            completed_contact_count?: number;
        };
        ListCompaniesResponse: {
            companies?: components["schemas"]["ListCompaniesResponseCompaniesItem"][];
            next_page_token?: string;
        };
        ListCompaniesResponseCompaniesItem: {
            id?: string;
            company_name?: string;
            website?: string;
            email_address?: string;
            phone_number?: {
                number?: string;
                type?: string;
            };
        };
        ListContactNotesResponse: {
            notes?: components["schemas"]["ListContactNotesResponseNotesItem"][];
            next_page_token?: string;
        };
        ListContactNotesResponseNotesItem: {
            id?: string;
            title?: string;
            body?: string;
            type?: string;
            /** Format: date-time */
            create_time?: string;
        };
        ListContactsResponse: {
            contacts?: components["schemas"]["ListContactsResponseContactsItem"][];
            /** @description Empty when this is the last page. */
            next_page_token?: string;
        };
        ListContactsResponseContactsItem: {
            id?: string;
            given_name?: string;
            family_name?: string;
        };
        ListEmailsResponse: {
            emails?: components["schemas"]["ListEmailsResponseEmailsItem"][];
            next_page_token?: string;
        };
        ListEmailsResponseEmailsItem: {
            id?: string;
            subject?: string;
            sent_to_address?: string;
            sent_from_address?: string;
            contact_id?: string;
            /** Format: date-time */
            sent_time?: string;
        };
        ListOpportunitiesResponse: {
            opportunities?: components["schemas"]["ListOpportunitiesResponseOpportunitiesItem"][];
            next_page_token?: string;
        };
        ListOpportunitiesResponseOpportunitiesItem: {
            id?: string;
            opportunity_title?: string;
            contact?: {
                id?: string;
            };
            stage?: {
                id?: string;
                name?: string;
            };
            estimated_close_date?: string;
        };
        ListOpportunityStagesResponse: {
            stages?: {
                id?: string;
                name?: string;
                order?: number;
            }[];
        };
        ListOrdersResponse: {
            orders?: components["schemas"]["ListOrdersResponseOrdersItem"][];
            next_page_token?: string;
        };
        ListOrdersResponseOrdersItem: {
            id?: string;
            title?: string;
            order_title?: string;
            order_date?: string;
            contact?: {
                id?: string;
            };
            status?: string;
            total?: unknown;
            order_items?: Record<string, unknown>[];
        };
        ListProductsResponse: {
            products?: components["schemas"]["ListProductsResponseProductsItem"][];
            next_page_token?: string;
        };
        ListProductsResponseProductsItem: {
            id?: string;
            product_name?: string;
            product_price?: number;
            product_short_description?: string;
            sku?: string;
            active?: boolean;
        };
        ListSubscriptionsResponse: {
            subscriptions?: components["schemas"]["ListSubscriptionsResponseSubscriptionsItem"][];
            next_page_token?: string;
        };
        ListSubscriptionsResponseSubscriptionsItem: {
            id?: string;
            contact_id?: string;
            product_id?: string;
            status?: string;
            billing_amount?: number;
            billing_frequency?: unknown;
            next_bill_date?: string;
        };
        ListTagCategoriesResponse: {
            tag_categories?: components["schemas"]["ListTagCategoriesResponseTagCategoriesItem"][];
            next_page_token?: string;
        };
        ListTagCategoriesResponseTagCategoriesItem: {
            id?: string;
            name?: string;
            description?: string;
        };
        ListTaggedContactsResponse: {
            contacts?: components["schemas"]["ListContactsResponseContactsItem"][];
            next_page_token?: string;
        };
        ListTagsResponse: {
            tags?: components["schemas"]["ListTagsResponseTagsItem"][];
            next_page_token?: string;
        };
        ListTagsResponseTagsItem: {
            id?: string;
            name?: string;
            description?: string;
            category?: {
                id?: string;
            };
            /** Format: date-time */
            create_time?: string;
            /** Format: date-time */
            update_time?: string;
        };
        ListTasksResponse: {
            tasks?: components["schemas"]["ListTasksResponseTasksItem"][];
            next_page_token?: string;
        };
        ListTasksResponseTasksItem: {
            id?: string;
            title?: string;
            description?: string;
            /** Format: date-time */
            due_date?: string;
            completed?: boolean;
            contact?: {
                id?: string;
            };
            assigned_to_user_id?: string;
        };
        ListUsersResponse: {
            users?: components["schemas"]["ListUsersResponseUsersItem"][];
            next_page_token?: string;
        };
        ListUsersResponseUsersItem: {
            id?: string;
            given_name?: string;
            family_name?: string;
            email_address?: string;
            status?: string;
            admin?: boolean;
        };
        RemoveContactsFromSequenceRequest: components["schemas"]["ApplyTagToContactsRequest"];
        RemoveContactsFromSequenceResponse: components["schemas"]["ApplyTagToContactsResponse"];
        RemoveTagFromContactsRequest: components["schemas"]["ApplyTagToContactsRequest"];
        RemoveTagFromContactsResponse: components["schemas"]["ApplyTagToContactsResponse"];
        SendEmailRequest: {
            contacts: {
                id: string;
            }[];
            subject: string;
            /** @description HTML body of the message. */
            html_content?: string;
            /** @description Plain-text body of the message. */
            plain_content?: string;
            /** @description Keap user the email is sent as. */
            user_id?: string;
            /** @description Which email slot of each contact to use, e.g. EMAIL1. */
            address_field?: string;
        };
        SendEmailResponse: Record<string, unknown>;
        UpdateCompanyRequest: components["schemas"]["CreateCompanyRequest"];
        UpdateCompanyResponse: components["schemas"]["ListCompaniesResponseCompaniesItem"];
        UpdateContactRequest: components["schemas"]["CreateContactRequest"];
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
        UpdateOpportunityRequest: components["schemas"]["CreateOpportunityRequest"];
        UpdateOpportunityResponse: components["schemas"]["ListOpportunitiesResponseOpportunitiesItem"];
        UpdateTagRequest: components["schemas"]["CreateTagRequest"];
        UpdateTagResponse: components["schemas"]["ListTagsResponseTagsItem"];
        UpdateTaskRequest: components["schemas"]["CreateTaskRequest"];
        UpdateTaskResponse: components["schemas"]["ListTasksResponseTasksItem"];
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
        /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAffiliates: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAffiliatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAffiliate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the affiliate. */
                affiliate_id: string;
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
                    "application/json": components["schemas"]["GetAffiliateResponse"];
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
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
    listCampaigns: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
    getCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
    listCampaignSequences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCampaignSequencesResponse"];
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
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
                /** @description Id of the campaign sequence. */
                sequence_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "1",
                 *         "2"
                 *       ]
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
    removeContactsFromSequence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the campaign. */
                campaign_id: string;
                /** @description Id of the campaign sequence. */
                sequence_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "1",
                 *         "2"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RemoveContactsFromSequenceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveContactsFromSequenceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCompaniesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company_name": "Acme Corp",
                 *       "phone_number": {
                 *         "number": "555-1234",
                 *         "type": "MAIN"
                 *       },
                 *       "website": "https://acme.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company. */
                company_id: string;
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
                    "application/json": components["schemas"]["GetCompanyResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company. */
                company_id: string;
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
    updateCompany: {
        parameters: {
            query?: {
                /** @description Names of the fields to change. */
                update_mask?: string[];
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the company. */
                company_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company_name": "Acme Corporation"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCompanyRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCompanyResponse"];
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
                /** @description How many contacts per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression, e.g. given_name==John or email==john@example.com. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of contact fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "contacts": [
                     *         {
                     *           "id": "9",
                     *           "family_name": "Park",
                     *           "given_name": "John"
                     *         }
                     *       ],
                     *       "next_page_token": ""
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
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "given_name": "John",
                 *       "family_name": "Doe",
                 *       "email_addresses": [
                 *         {
                 *           "email": "john@example.com",
                 *           "field": "EMAIL1"
                 *         }
                 *       ],
                 *       "phone_numbers": [
                 *         {
                 *           "number": "555-1234",
                 *           "field": "PHONE1"
                 *         }
                 *       ]
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
                    /**
                     * @example {
                     *       "id": "13",
                     *       "family_name": "Doe",
                     *       "given_name": "John"
                     *     }
                     */
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
            query?: {
                /** @description Comma-separated list of contact fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
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
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
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
    updateContact: {
        parameters: {
            query?: {
                /** @description Names of the fields to change; without it the fields sent are changed. */
                update_mask?: string[];
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "given_name": "Jane"
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
    listContactNotes: {
        parameters: {
            query?: {
                /** @description How many notes per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
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
                    "application/json": components["schemas"]["ListContactNotesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Note content here",
                 *       "title": "Note Title"
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactNoteResponse"];
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
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
    getEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email record. */
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
    sendEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contacts": [
                 *         {
                 *           "id": "9"
                 *         }
                 *       ],
                 *       "subject": "Hello",
                 *       "html_content": "<p>Email body</p>"
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
    getUserInfo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "email": "john@example.com",
                     *       "sub": "1",
                     *       "id": "4236128",
                     *       "keap_id": "john@example.com",
                     *       "family_name": "Doe",
                     *       "given_name": "John",
                     *       "is_admin": true
                     *     }
                     */
                    "application/json": components["schemas"]["GetUserInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOpportunitiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opportunity_title": "New Deal",
                 *       "contact": {
                 *         "id": "9"
                 *       },
                 *       "stage": {
                 *         "id": "1"
                 *       },
                 *       "estimated_close_date": "2026-03-01"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOpportunityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOpportunityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOpportunityStages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOpportunityStagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunity_id: string;
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
                    "application/json": components["schemas"]["GetOpportunityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunity_id: string;
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
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stage": {
                 *         "id": "2"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateOpportunityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateOpportunityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOrdersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "id": "9"
                 *       },
                 *       "order_date": "2026-02-08",
                 *       "order_title": "Product Order"
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
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
                    "application/json": components["schemas"]["GetOrderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addOrderItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the order. */
                order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "product": {
                 *         "id": "1"
                 *       },
                 *       "quantity": 2
                 *     }
                 */
                "application/json": components["schemas"]["AddOrderItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddOrderItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListProductsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "product_name": "Consulting Package",
                 *       "product_price": 500,
                 *       "product_short_description": "1 hour consulting"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                product_id: string;
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
                    "application/json": components["schemas"]["GetProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSubscriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the subscription. */
                subscription_id: string;
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
                    "application/json": components["schemas"]["GetSubscriptionResponse"];
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
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "tags": [
                     *         {
                     *           "id": "91",
                     *           "name": "Nurture Subscriber",
                     *           "description": "",
                     *           "category": {
                     *             "id": "10"
                     *           },
                     *           "create_time": "2017-04-24T17:26:26Z",
                     *           "update_time": "2017-04-24T17:26:26Z"
                     *         }
                     *       ],
                     *       "next_page_token": ""
                     *     }
                     */
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
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "VIP Customer",
                 *       "description": "High value customers"
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
    listTagCategories: {
        parameters: {
            query?: {
                /** @description How many categories per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by. */
                order_by?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTagCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTagCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Customer Segments"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTagCategoryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagCategoryResponse"];
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
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
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
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
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
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Premium Customer"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaggedContacts: {
        parameters: {
            query?: {
                /** @description How many contacts per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
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
                    "application/json": components["schemas"]["ListTaggedContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    applyTagToContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "1",
                 *         "2",
                 *         "3"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApplyTagToContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyTagToContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeTagFromContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag. */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "1",
                 *         "2",
                 *         "3"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RemoveTagFromContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveTagFromContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Follow up call",
                 *       "description": "Call to discuss proposal",
                 *       "due_date": "2026-02-15T10:00:00Z",
                 *       "contact": {
                 *         "id": "9"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task. */
                task_id: string;
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
                    "application/json": components["schemas"]["GetTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task. */
                task_id: string;
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
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the task. */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "completed": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskResponse"];
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
                /** @description How many records per page. */
                page_size?: number;
                /** @description The next_page_token of the previous page. */
                page_token?: string;
                /** @description Filter expression of the form field==value. */
                filter?: string;
                /** @description Field to sort by, optionally followed by asc or desc. */
                order_by?: string;
                /** @description Comma-separated list of fields to return. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
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
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Keap connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Keap user. */
                user_id: string;
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
                    "application/json": components["schemas"]["GetUserResponse"];
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
