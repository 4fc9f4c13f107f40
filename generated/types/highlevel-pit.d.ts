// Generated from providers/highlevel-pit.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/businesses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the businesses (companies) recorded in a sub-account. */
        get: operations["listBusinesses"];
        put?: never;
        /** Record a business in a sub-account. */
        post: operations["createBusiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/{businessId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one business. */
        get: operations["getBusiness"];
        /** Change a business's details. */
        put: operations["updateBusiness"];
        post?: never;
        /** Delete a business. */
        delete: operations["deleteBusiness"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's calendars, optionally in one group. */
        get: operations["listCalendars"];
        put?: never;
        /** Create a booking calendar in a sub-account. */
        post: operations["createCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List appointments in a time window for one calendar, group or user. */
        get: operations["listCalendarEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's calendar groups. */
        get: operations["listCalendarGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one calendar's settings. */
        get: operations["getCalendar"];
        /** Change a calendar's settings; leave locationId out of the body. */
        put: operations["updateCalendar"];
        post?: never;
        /** Delete a calendar. */
        delete: operations["deleteCalendar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendars/{calendarId}/free-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bookable slots of a calendar between two dates. */
        get: operations["getFreeSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's campaigns. */
        get: operations["listCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search a sub-account's contacts, a page at a time. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact in a sub-account. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with its tags and custom fields. */
        get: operations["getContact"];
        /** Change fields of a contact; the tags sent replace the existing ones. */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the notes on a contact. */
        get: operations["listContactNotes"];
        put?: never;
        /** Add a note to a contact. */
        post: operations["createContactNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rewrite a note on a contact. */
        put: operations["updateContactNote"];
        post?: never;
        /** Delete a note from a contact. */
        delete: operations["deleteContactNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tags to a contact, keeping the ones it has. */
        post: operations["addContactTags"];
        /** Take the given tags off a contact. */
        delete: operations["removeContactTags"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks on a contact. */
        get: operations["listContactTasks"];
        put?: never;
        /** Add a task to a contact; completed must be sent. */
        post: operations["createContactTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a task on a contact, such as marking it done. */
        put: operations["updateContactTask"];
        post?: never;
        /** Delete a task from a contact. */
        delete: operations["deleteContactTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a conversation with a contact. */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search a sub-account's conversations by contact, assignee, status or text. */
        get: operations["searchConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one conversation. */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the messages of a conversation, newest first. */
        get: operations["listConversationMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's forms. */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/funnels/funnel/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's funnels and websites. */
        get: operations["listFunnels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invoices/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's invoices, optionally by status, contact or date. */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's trigger links. */
        get: operations["listLinks"];
        put?: never;
        /** Create a trigger link that redirects to a URL and can start workflows. */
        post: operations["createLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/{linkId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a trigger link's name or target. */
        put: operations["updateLink"];
        post?: never;
        /** Delete a trigger link. */
        delete: operations["deleteLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a sub-account under the agency. */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the agency's sub-accounts, optionally by email, a page at a time. */
        get: operations["searchLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one sub-account's profile and settings. */
        get: operations["getLocation"];
        /** Change a sub-account's profile. */
        put: operations["updateLocation"];
        post?: never;
        /** Delete a sub-account, optionally closing its Twilio account too. */
        delete: operations["deleteLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/customFields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's custom fields for contacts, opportunities or both. */
        get: operations["listCustomFields"];
        put?: never;
        /** Define a custom field on contacts or opportunities. */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/customFields/{fieldId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one custom field definition. */
        get: operations["getCustomField"];
        /** Change a custom field definition. */
        put: operations["updateCustomField"];
        post?: never;
        /** Delete a custom field definition. */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/customValues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's custom values (reusable merge fields). */
        get: operations["listCustomValues"];
        put?: never;
        /** Define a custom value. */
        post: operations["createCustomValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/customValues/{valueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one custom value. */
        get: operations["getCustomValue"];
        /** Change a custom value's name or value. */
        put: operations["updateCustomValue"];
        post?: never;
        /** Delete a custom value. */
        delete: operations["deleteCustomValue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags defined in a sub-account. */
        get: operations["listLocationTags"];
        put?: never;
        /** Define a new tag in a sub-account. */
        post: operations["createLocationTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/locations/{locationId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one tag of a sub-account. */
        get: operations["getLocationTag"];
        /** Rename a tag. */
        put: operations["updateLocationTag"];
        post?: never;
        /** Delete a tag from a sub-account. */
        delete: operations["deleteLocationTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/medias/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List files and folders in a sub-account's media library. */
        get: operations["listMediaFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an opportunity for a contact in a pipeline stage. */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's pipelines with their stages. */
        get: operations["listPipelines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search a sub-account's opportunities by pipeline, stage, status, contact or text. */
        get: operations["searchOpportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{opportunityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one opportunity. */
        get: operations["getOpportunity"];
        /** Change an opportunity; pipelineId must be sent every time. */
        put: operations["updateOpportunity"];
        post?: never;
        /** Delete an opportunity. */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's orders. */
        get: operations["listOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's recurring payment subscriptions. */
        get: operations["listSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's payment transactions. */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's products, optionally searched by name. */
        get: operations["listProducts"];
        put?: never;
        /** Create a product; prices are added separately. */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{productId}": {
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
        /** Delete a product. */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/snapshots/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the agency's own and imported snapshots. */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social-media-posting/{locationId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the social media accounts and groups connected to a sub-account. */
        get: operations["listSocialAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/social-media-posting/{locationId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the post categories of a sub-account's social planner. */
        get: operations["listSocialCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's surveys. */
        get: operations["listSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users who have access to a sub-account. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a sub-account's workflows and whether they are published. */
        get: operations["listWorkflows"];
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
        AddContactTagsRequest: {
            tags: string[];
        };
        AddContactTagsResponse: {
            tags?: string[];
        };
        CreateBusinessRequest: {
            name: string;
            /** @description Only on create. */
            locationId: string;
            phone?: string;
            email?: string;
            website?: string;
            address?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            description?: string;
        };
        CreateBusinessResponse: {
            success?: boolean;
            business?: components["schemas"]["ListBusinessesResponseBusinessesItem"];
        };
        CreateCalendarRequest: {
            locationId: string;
            name: string;
            description?: string;
            slug?: string;
            groupId?: string;
            /** @enum {string} */
            calendarType?: "round_robin" | "event" | "class_booking" | "collective" | "service_booking" | "personal";
            teamMembers?: {
                userId?: string;
                priority?: number;
                isPrimary?: boolean;
            }[];
            slotDuration?: number;
            /** @enum {string} */
            slotDurationUnit?: "mins" | "hours";
            slotInterval?: number;
            openHours?: Record<string, unknown>[];
            autoConfirm?: boolean;
            isActive?: boolean;
        };
        CreateCalendarResponse: components["schemas"]["GetCalendarResponse"];
        CreateContactNoteRequest: {
            body: string;
            /** @description User shown as the author. */
            userId?: string;
        };
        CreateContactNoteResponse: {
            note?: components["schemas"]["ListContactNotesResponseNotesItem"];
        };
        CreateContactRequest: {
            locationId: components["schemas"]["CreateContactRequestLocationId"];
            firstName?: string;
            lastName?: string;
            name?: string;
            email?: string;
            /** @description E.164 phone number. */
            phone?: string;
            companyName?: string;
            address1?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            website?: string;
            timezone?: string;
            source?: string;
            /** @description Do-not-disturb on every channel. */
            dnd?: boolean;
            tags?: string[];
            /** @description Id of the user who owns the contact. */
            assignedTo?: string;
            customFields?: components["schemas"]["CreateContactRequestCustomFields"];
        };
        CreateContactRequestCustomFields: {
            id?: string;
            key?: string;
            field_value?: unknown;
        }[];
        /** @description Id of the sub-account (not accepted on update). */
        CreateContactRequestLocationId: string;
        CreateContactResponse: components["schemas"]["GetContactResponse"];
        CreateContactTaskRequest: {
            title: string;
            body?: string;
            /** Format: date-time */
            dueDate: string;
            completed: boolean;
            /** @description Id of the user the task is for. */
            assignedTo?: string;
        };
        CreateContactTaskResponse: {
            task?: components["schemas"]["ListContactTasksResponseTasksItem"];
        };
        CreateConversationRequest: {
            locationId: string;
            contactId: string;
        };
        CreateConversationResponse: {
            success?: boolean;
            conversation?: components["schemas"]["SearchConversationsResponseConversationsItem"];
        };
        CreateCustomFieldRequest: {
            name: string;
            dataType: components["schemas"]["CreateCustomFieldRequestDataType"];
            placeholder?: string;
            position?: number;
            /** @enum {string} */
            model?: "contact" | "opportunity";
            options?: components["schemas"]["CreateCustomFieldRequestOptions"];
            acceptedFormat?: components["schemas"]["CreateCustomFieldRequestAcceptedFormat"];
            isMultipleFile?: boolean;
            maxNumberOfFiles?: number;
        };
        /** @description File types a FILE_UPLOAD field takes. */
        CreateCustomFieldRequestAcceptedFormat: string[];
        /** @enum {string} */
        CreateCustomFieldRequestDataType: "TEXT" | "LARGE_TEXT" | "NUMERICAL" | "PHONE" | "MONETORY" | "CHECKBOX" | "SINGLE_OPTIONS" | "MULTIPLE_OPTIONS" | "FLOAT" | "TIME" | "DATE" | "TEXTBOX_LIST" | "FILE_UPLOAD" | "SIGNATURE" | "RADIO" | "EMAIL";
        /** @description Choices for option-type fields. */
        CreateCustomFieldRequestOptions: string[];
        CreateCustomFieldResponse: {
            customField?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"];
        };
        CreateCustomValueRequest: {
            name: string;
            value: string;
        };
        CreateCustomValueResponse: {
            customValue?: components["schemas"]["ListCustomValuesResponseCustomValuesItem"];
        };
        CreateLinkRequest: {
            locationId: string;
            name: string;
            /** @description Address the link sends people to. */
            redirectTo: string;
        };
        CreateLinkResponse: {
            link?: components["schemas"]["ListLinksResponseLinksItem"];
        };
        CreateLocationRequest: {
            /** @description Id of the agency. */
            companyId: string;
            name: string;
            phone?: string;
            email?: string;
            address?: string;
            city?: string;
            state?: string;
            /** @description Two-letter country code. */
            country?: string;
            postalCode?: string;
            website?: string;
            /** @description IANA time zone. */
            timezone?: string;
            /** @description Snapshot to load into the new sub-account. */
            snapshotId?: string;
            prospectInfo?: components["schemas"]["CreateLocationRequestProspectInfo"];
        };
        CreateLocationRequestProspectInfo: {
            firstName?: string;
            lastName?: string;
            email?: string;
        };
        CreateLocationResponse: components["schemas"]["SearchLocationsResponseLocationsItem"];
        CreateLocationTagRequest: {
            name: string;
        };
        CreateLocationTagResponse: {
            tag?: components["schemas"]["ListLocationTagsResponseTagsItem"];
        };
        CreateOpportunityRequest: {
            pipelineId: string;
            locationId: string;
            name: string;
            pipelineStageId?: string;
            /** @enum {string} */
            status: "open" | "won" | "lost" | "abandoned" | "all";
            contactId: string;
            monetaryValue?: number;
            assignedTo?: string;
            customFields?: Record<string, unknown>[];
        };
        CreateOpportunityResponse: components["schemas"]["GetOpportunityResponse"];
        CreateProductRequest: {
            name: string;
            locationId: string;
            /** @enum {string} */
            productType: "DIGITAL" | "PHYSICAL" | "SERVICE" | "PHYSICAL/DIGITAL";
            description?: string;
            image?: string;
            statementDescriptor?: string;
            availableInStore?: boolean;
        };
        CreateProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        DeleteBusinessResponse: {
            success?: boolean;
        };
        DeleteCalendarResponse: {
            succeeded?: boolean;
        };
        DeleteContactNoteResponse: {
            succeded?: boolean;
        };
        DeleteContactResponse: {
            succeded?: boolean;
        };
        DeleteContactTaskResponse: {
            succeded?: boolean;
        };
        DeleteCustomFieldResponse: {
            succeded?: boolean;
        };
        DeleteCustomValueResponse: {
            succeded?: boolean;
        };
        DeleteLinkResponse: {
            succeded?: boolean;
        };
        DeleteLocationResponse: {
            success?: boolean;
            message?: string;
        };
        DeleteLocationTagResponse: {
            succeded?: boolean;
        };
        DeleteOpportunityResponse: {
            succeded?: boolean;
        };
        DeleteProductResponse: {
            status?: boolean;
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
        GetBusinessResponse: {
            business?: components["schemas"]["ListBusinessesResponseBusinessesItem"];
        };
        GetCalendarResponse: {
            calendar?: components["schemas"]["ListCalendarsResponseCalendarsItem"];
        };
        GetContactResponse: {
            contact?: components["schemas"]["ListContactsResponseContactsItem"];
        };
        GetConversationResponse: components["schemas"]["SearchConversationsResponseConversationsItem"];
        GetCustomFieldResponse: components["schemas"]["CreateCustomFieldResponse"];
        GetCustomValueResponse: components["schemas"]["CreateCustomValueResponse"];
        /** @description One key per day (YYYY-MM-DD) with that day's slots. */
        GetFreeSlotsResponse: {
            [key: string]: {
                slots?: string[];
            };
        };
        GetLocationResponse: {
            location?: components["schemas"]["SearchLocationsResponseLocationsItem"];
        };
        GetLocationTagResponse: components["schemas"]["CreateLocationTagResponse"];
        GetOpportunityResponse: {
            opportunity?: components["schemas"]["SearchOpportunitiesResponseOpportunitiesItem"];
        };
        GetProductResponse: components["schemas"]["ListProductsResponseProductsItem"];
        ListBusinessesResponse: {
            businesses?: components["schemas"]["ListBusinessesResponseBusinessesItem"][];
        };
        ListBusinessesResponseBusinessesItem: {
            id?: string;
            name?: string;
            phone?: string;
            email?: string;
            website?: string;
            address?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            description?: string;
            locationId?: string;
        };
        ListCalendarEventsResponse: {
            events?: {
                id?: string;
                title?: string;
                calendarId?: string;
                contactId?: string;
                appointmentStatus?: string;
                assignedUserId?: string;
                startTime?: string;
                endTime?: string;
            }[];
        };
        ListCalendarGroupsResponse: {
            groups?: {
                id?: string;
                name?: string;
                description?: string;
                slug?: string;
                isActive?: boolean;
            }[];
        };
        ListCalendarsResponse: {
            calendars?: components["schemas"]["ListCalendarsResponseCalendarsItem"][];
        };
        ListCalendarsResponseCalendarsItem: {
            id?: string;
            locationId?: string;
            groupId?: string;
            name?: string;
            description?: string;
            slug?: string;
            calendarType?: string;
            isActive?: boolean;
            slotDuration?: number;
            teamMembers?: Record<string, unknown>[];
        };
        ListCampaignsResponse: {
            campaigns?: {
                id?: string;
                name?: string;
                status?: string;
                locationId?: string;
            }[];
        };
        ListContactNotesResponse: {
            notes?: components["schemas"]["ListContactNotesResponseNotesItem"][];
        };
        ListContactNotesResponseNotesItem: {
            id?: string;
            body?: string;
            userId?: string;
            contactId?: string;
            /** Format: date-time */
            dateAdded?: string;
        };
        ListContactTasksResponse: {
            tasks?: components["schemas"]["ListContactTasksResponseTasksItem"][];
        };
        ListContactTasksResponseTasksItem: {
            id?: string;
            title?: string;
            body?: string;
            assignedTo?: string;
            /** Format: date-time */
            dueDate?: string;
            completed?: boolean;
            contactId?: string;
        };
        ListContactsResponse: {
            contacts?: components["schemas"]["ListContactsResponseContactsItem"][];
            meta?: components["schemas"]["ListContactsResponseMeta"];
        };
        ListContactsResponseContactsItem: {
            id?: string;
            locationId?: string;
            firstName?: string;
            lastName?: string;
            contactName?: string;
            email?: string;
            phone?: string;
            companyName?: string;
            source?: string;
            tags?: string[];
            /** Format: date-time */
            dateAdded?: string;
            customFields?: {
                id?: string;
                value?: unknown;
            }[];
        };
        ListContactsResponseMeta: {
            total?: number;
            nextPageUrl?: string | null;
            startAfterId?: string | null;
            startAfter?: number | null;
            currentPage?: number;
            nextPage?: number | null;
            prevPage?: number | null;
        };
        ListConversationMessagesResponse: {
            messages?: {
                lastMessageId?: string;
                nextPage?: boolean;
                messages?: {
                    id?: string;
                    type?: number;
                    messageType?: string;
                    /** @enum {string} */
                    direction?: "inbound" | "outbound";
                    body?: string;
                    status?: string;
                    contactId?: string;
                    /** Format: date-time */
                    dateAdded?: string;
                }[];
            };
        };
        ListCustomFieldsResponse: {
            customFields?: components["schemas"]["ListCustomFieldsResponseCustomFieldsItem"][];
        };
        ListCustomFieldsResponseCustomFieldsItem: {
            id?: string;
            name?: string;
            fieldKey?: string;
            dataType?: string;
            placeholder?: string;
            position?: number;
            model?: string;
            picklistOptions?: string[];
        };
        ListCustomValuesResponse: {
            customValues?: components["schemas"]["ListCustomValuesResponseCustomValuesItem"][];
        };
        ListCustomValuesResponseCustomValuesItem: {
            id?: string;
            name?: string;
            fieldKey?: string;
            value?: string;
            locationId?: string;
        };
        ListFormsResponse: {
            forms?: {
                id?: string;
                name?: string;
                locationId?: string;
            }[];
            total?: number;
        };
        ListFunnelsResponse: {
            funnels?: {
                _id?: string;
                name?: string;
                type?: string;
                url?: string;
                steps?: Record<string, unknown>[];
                dateAdded?: string;
            }[];
            count?: number;
        };
        ListInvoicesResponse: {
            invoices?: {
                _id?: string;
                name?: string;
                invoiceNumber?: string;
                status?: string;
                total?: number;
                amountDue?: number;
                currency?: string;
                issueDate?: string;
                dueDate?: string;
                contactDetails?: Record<string, unknown>;
            }[];
            total?: number;
        };
        ListLinksResponse: {
            links?: components["schemas"]["ListLinksResponseLinksItem"][];
        };
        ListLinksResponseLinksItem: {
            id?: string;
            name?: string;
            redirectTo?: string;
            fieldKey?: string;
            locationId?: string;
        };
        ListLocationTagsResponse: {
            tags?: components["schemas"]["ListLocationTagsResponseTagsItem"][];
        };
        ListLocationTagsResponseTagsItem: {
            id?: string;
            name?: string;
            locationId?: string;
        };
        ListMediaFilesResponse: {
            files?: {
                _id?: string;
                name?: string;
                url?: string;
                type?: string;
                parentId?: string;
                altId?: string;
                altType?: string;
                size?: number;
            }[];
        };
        ListOrdersResponse: {
            data?: {
                _id?: string;
                status?: string;
                amount?: number;
                currency?: string;
                contactId?: string;
                contactName?: string;
                /** Format: date-time */
                createdAt?: string;
            }[];
            totalCount?: number;
        };
        ListPipelinesResponse: {
            pipelines?: {
                id?: string;
                name?: string;
                locationId?: string;
                stages?: {
                    id?: string;
                    name?: string;
                    position?: number;
                }[];
            }[];
        };
        ListProductsResponse: {
            products?: components["schemas"]["ListProductsResponseProductsItem"][];
            total?: {
                total?: number;
            }[];
        };
        ListProductsResponseProductsItem: {
            _id?: string;
            name?: string;
            description?: string;
            productType?: string;
            locationId?: string;
            availableInStore?: boolean;
            image?: string;
            /** Format: date-time */
            createdAt?: string;
        };
        ListSnapshotsResponse: {
            snapshots?: {
                id?: string;
                name?: string;
                type?: string;
            }[];
        };
        ListSocialAccountsResponse: {
            success?: boolean;
            statusCode?: number;
            message?: string;
            results?: {
                accounts?: {
                    id?: string;
                    name?: string;
                    platform?: string;
                    type?: string;
                    avatar?: string;
                    isExpired?: boolean;
                }[];
                groups?: Record<string, unknown>[];
            };
        };
        ListSocialCategoriesResponse: {
            success?: boolean;
            statusCode?: number;
            message?: string;
            results?: {
                categories?: {
                    _id?: string;
                    name?: string;
                    primaryColor?: string;
                    secondaryColor?: string;
                }[];
                count?: number;
            };
        };
        ListSubscriptionsResponse: components["schemas"]["ListOrdersResponse"];
        ListSurveysResponse: {
            surveys?: {
                id?: string;
                name?: string;
                locationId?: string;
            }[];
            total?: number;
        };
        ListTransactionsResponse: components["schemas"]["ListOrdersResponse"];
        ListUsersResponse: {
            users?: {
                id?: string;
                name?: string;
                firstName?: string;
                lastName?: string;
                email?: string;
                phone?: string;
                roles?: {
                    type?: string;
                    role?: string;
                };
            }[];
        };
        ListWorkflowsResponse: {
            workflows?: {
                id?: string;
                name?: string;
                /** @enum {string} */
                status?: "draft" | "published";
                version?: number;
                locationId?: string;
                createdAt?: string;
                updatedAt?: string;
            }[];
        };
        RemoveContactTagsRequest: components["schemas"]["AddContactTagsRequest"];
        RemoveContactTagsResponse: components["schemas"]["AddContactTagsResponse"];
        SearchConversationsResponse: {
            conversations?: components["schemas"]["SearchConversationsResponseConversationsItem"][];
            total?: number;
        };
        SearchConversationsResponseConversationsItem: {
            id?: string;
            contactId?: string;
            locationId?: string;
            fullName?: string;
            email?: string;
            phone?: string;
            lastMessageBody?: string;
            lastMessageType?: string;
            lastMessageDate?: number;
            unreadCount?: number;
            assignedTo?: string;
            type?: string;
        };
        SearchLocationsResponse: {
            locations?: components["schemas"]["SearchLocationsResponseLocationsItem"][];
        };
        SearchLocationsResponseLocationsItem: {
            id?: string;
            companyId?: string;
            name?: string;
            email?: string;
            phone?: string;
            address?: string;
            city?: string;
            state?: string;
            country?: string;
            postalCode?: string;
            website?: string;
            timezone?: string;
        };
        SearchOpportunitiesResponse: {
            opportunities?: components["schemas"]["SearchOpportunitiesResponseOpportunitiesItem"][];
            meta?: components["schemas"]["ListContactsResponseMeta"];
        };
        SearchOpportunitiesResponseOpportunitiesItem: {
            id?: string;
            name?: string;
            monetaryValue?: number;
            pipelineId?: string;
            pipelineStageId?: string;
            assignedTo?: string | null;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "abandoned";
            contactId?: string;
            locationId?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        UpdateBusinessRequest: {
            name?: string;
            /** @description Only on create. */
            locationId?: string;
            phone?: string;
            email?: string;
            website?: string;
            address?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            description?: string;
        };
        UpdateBusinessResponse: components["schemas"]["CreateBusinessResponse"];
        UpdateCalendarRequest: {
            name?: string;
            description?: string;
            slug?: string;
            groupId?: string;
            teamMembers?: Record<string, unknown>[];
            slotDuration?: number;
            slotInterval?: number;
            openHours?: Record<string, unknown>[];
            autoConfirm?: boolean;
            isActive?: boolean;
        };
        UpdateCalendarResponse: components["schemas"]["GetCalendarResponse"];
        UpdateContactNoteRequest: components["schemas"]["CreateContactNoteRequest"];
        UpdateContactNoteResponse: components["schemas"]["CreateContactNoteResponse"];
        UpdateContactRequest: {
            locationId?: components["schemas"]["CreateContactRequestLocationId"];
            firstName?: string;
            lastName?: string;
            name?: string;
            email?: string;
            /** @description E.164 phone number. */
            phone?: string;
            companyName?: string;
            address1?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
            website?: string;
            timezone?: string;
            source?: string;
            /** @description Do-not-disturb on every channel. */
            dnd?: boolean;
            tags?: string[];
            /** @description Id of the user who owns the contact. */
            assignedTo?: string;
            customFields?: components["schemas"]["CreateContactRequestCustomFields"];
        };
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
        UpdateContactTaskRequest: {
            title?: string;
            body?: string;
            /** Format: date-time */
            dueDate?: string;
            completed?: boolean;
            /** @description Id of the user the task is for. */
            assignedTo?: string;
        };
        UpdateContactTaskResponse: components["schemas"]["CreateContactTaskResponse"];
        UpdateCustomFieldRequest: {
            name?: string;
            dataType?: components["schemas"]["CreateCustomFieldRequestDataType"];
            placeholder?: string;
            position?: number;
            /** @enum {string} */
            model?: "contact" | "opportunity";
            options?: components["schemas"]["CreateCustomFieldRequestOptions"];
            acceptedFormat?: components["schemas"]["CreateCustomFieldRequestAcceptedFormat"];
            isMultipleFile?: boolean;
            maxNumberOfFiles?: number;
        };
        UpdateCustomFieldResponse: components["schemas"]["CreateCustomFieldResponse"];
        UpdateCustomValueRequest: components["schemas"]["CreateCustomValueRequest"];
        UpdateCustomValueResponse: components["schemas"]["CreateCustomValueResponse"];
        UpdateLinkRequest: {
            name: string;
            redirectTo: string;
        };
        UpdateLinkResponse: components["schemas"]["CreateLinkResponse"];
        UpdateLocationRequest: {
            /** @description Id of the agency. */
            companyId?: string;
            name?: string;
            phone?: string;
            email?: string;
            address?: string;
            city?: string;
            state?: string;
            /** @description Two-letter country code. */
            country?: string;
            postalCode?: string;
            website?: string;
            /** @description IANA time zone. */
            timezone?: string;
            /** @description Snapshot to load into the new sub-account. */
            snapshotId?: string;
            prospectInfo?: components["schemas"]["CreateLocationRequestProspectInfo"];
        };
        UpdateLocationResponse: components["schemas"]["SearchLocationsResponseLocationsItem"];
        UpdateLocationTagRequest: {
            name: string;
        };
        UpdateLocationTagResponse: components["schemas"]["CreateLocationTagResponse"];
        UpdateOpportunityRequest: {
            pipelineId: string;
            name?: string;
            pipelineStageId?: string;
            /** @enum {string} */
            status?: "open" | "won" | "lost" | "abandoned" | "all";
            monetaryValue?: number;
            assignedTo?: string;
            customFields?: Record<string, unknown>[];
        };
        UpdateOpportunityResponse: components["schemas"]["GetOpportunityResponse"];
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
        /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBusinesses: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBusinessesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBusiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Inc",
                 *       "locationId": "{locationId}",
                 *       "website": "https://acme.example"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBusinessRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBusinessResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business. */
                businessId: string;
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
                    "application/json": components["schemas"]["GetBusinessResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBusiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business. */
                businessId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone": "+15550003333"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBusinessRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateBusinessResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBusiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business. */
                businessId: string;
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
                    "application/json": components["schemas"]["DeleteBusinessResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendars: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                /** @description Only calendars in this group. */
                groupId?: string;
                /** @description Include draft calendars. */
                showDrafted?: boolean;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locationId": "{locationId}",
                 *       "name": "Discovery Call",
                 *       "calendarType": "event",
                 *       "slotDuration": 30,
                 *       "slotDurationUnit": "mins"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCalendarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendarEvents: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                /** @description Window start in epoch milliseconds. */
                startTime: string;
                /** @description Window end in epoch milliseconds. */
                endTime: string;
                /** @description Give this, groupId or userId. */
                calendarId?: string;
                groupId?: string;
                userId?: string;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendarGroups: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the calendar. */
                calendarId: string;
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
                    "application/json": components["schemas"]["GetCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the calendar. */
                calendarId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Discovery Call (30 min)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCalendarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the calendar. */
                calendarId: string;
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
                    "application/json": components["schemas"]["DeleteCalendarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFreeSlots: {
        parameters: {
            query: {
                /** @description Window start in epoch milliseconds. */
                startDate: number;
                /** @description Window end in epoch milliseconds (at most 31 days after the start). */
                endDate: number;
                /** @description IANA time zone the slots are written in. */
                timezone?: string;
                /** @description Only slots of this team member. */
                userId?: string;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the calendar. */
                calendarId: string;
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
                    "application/json": components["schemas"]["GetFreeSlotsResponse"];
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
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                status?: "draft" | "published";
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listContacts: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                /** @description Text matched against name, email, phone and company. */
                query?: string;
                /** @description Contacts per page. */
                limit?: number;
                /** @description meta.startAfterId of the previous page. */
                startAfterId?: string;
                /** @description meta.startAfter (epoch milliseconds) of the previous page. */
                startAfter?: number;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locationId": "{locationId}",
                 *       "firstName": "John",
                 *       "lastName": "Doe",
                 *       "email": "john@example.com",
                 *       "phone": "+15551234567",
                 *       "tags": [
                 *         "customer"
                 *       ]
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "firstName": "Jane"
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listContactNotes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "body": "Called about the renewal; follow up next week."
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
    updateContactNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contactId: string;
                /** @description Id of the note. */
                noteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Renewal confirmed."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactNoteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contactId: string;
                /** @description Id of the note. */
                noteId: string;
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
                    "application/json": components["schemas"]["DeleteContactNoteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addContactTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "tags": [
                 *         "vip",
                 *         "newsletter"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddContactTagsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeContactTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "tags": [
                 *         "newsletter"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RemoveContactTagsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveContactTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContactTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "title": "Send proposal",
                 *       "dueDate": "2026-03-01T17:00:00Z",
                 *       "completed": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContactTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contactId: string;
                /** @description Id of the task. */
                taskId: string;
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
                "application/json": components["schemas"]["UpdateContactTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact. */
                contactId: string;
                /** @description Id of the task. */
                taskId: string;
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
                    "application/json": components["schemas"]["DeleteContactTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locationId": "{locationId}",
                 *       "contactId": "{contactId}"
                 *     }
                 */
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConversationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchConversations: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                contactId?: string;
                /** @description User id(s), comma-separated. */
                assignedTo?: string;
                query?: string;
                status?: "all" | "read" | "unread" | "starred" | "recents";
                sort?: "asc" | "desc";
                sortBy?: "last_manual_message_date" | "last_message_date" | "score_profile";
                limit?: number;
                /** @description Sort value of the last conversation of the previous page. */
                startAfterDate?: number;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchConversationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation. */
                conversationId: string;
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
                    "application/json": components["schemas"]["GetConversationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description messages.lastMessageId of the previous page. */
                lastMessageId?: string;
                limit?: number;
                /** @description Message type(s), comma-separated, e.g. TYPE_SMS,TYPE_EMAIL. */
                type?: string;
            };
            header?: {
                /** @description API version the calendar and conversation endpoints are documented for. */
                Version?: string;
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation. */
                conversationId: string;
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
                    "application/json": components["schemas"]["ListConversationMessagesResponse"];
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
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                skip?: number;
                limit?: number;
                /** @description Form type to filter by. */
                type?: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listFunnels: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                /** @description Only funnels whose name contains this. */
                name?: string;
                type?: "funnel" | "website";
                category?: string;
                /** @description Folder the funnels sit in. */
                parentId?: string;
                offset?: string;
                limit?: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListFunnelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInvoices: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                altId: string;
                /** @description Always location. */
                altType: "location";
                /** @description Invoices per page. */
                limit: string;
                /** @description Invoices to skip. */
                offset: string;
                /** @description Invoice status, e.g. draft, sent, paid or void. */
                status?: string;
                contactId?: string;
                search?: string;
                /** @description Issued on or after (YYYY-MM-DD). */
                startAt?: string;
                /** @description Issued on or before (YYYY-MM-DD). */
                endAt?: string;
                paymentMode?: "default" | "live" | "test";
                sortField?: "issueDate";
                sortOrder?: "ascend" | "descend";
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInvoicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLinks: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListLinksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "locationId": "{locationId}",
                 *       "name": "Pricing page",
                 *       "redirectTo": "https://example.com/pricing"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the trigger link. */
                linkId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Pricing page",
                 *       "redirectTo": "https://example.com/plans"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the trigger link. */
                linkId: string;
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
                    "application/json": components["schemas"]["DeleteLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyId": "{companyId}",
                 *       "name": "New Sub-Account",
                 *       "address": "123 Main St",
                 *       "city": "San Francisco",
                 *       "state": "CA",
                 *       "country": "US",
                 *       "timezone": "America/Los_Angeles",
                 *       "email": "admin@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLocationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchLocations: {
        parameters: {
            query: {
                /** @description Id of the agency (company). */
                companyId: string;
                /** @description Only sub-accounts with this email. */
                email?: string;
                /** @description Sub-accounts to skip. */
                skip?: number;
                /** @description Sub-accounts per page. */
                limit?: number;
                order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchLocationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["GetLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLocationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLocationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLocation: {
        parameters: {
            query: {
                /** @description Also close the sub-account's Twilio account. */
                deleteTwilioAccount: boolean;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["DeleteLocationResponse"];
                };
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
                model?: "contact" | "opportunity" | "all";
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Contract end",
                 *       "dataType": "DATE",
                 *       "model": "contact"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom field. */
                fieldId: string;
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
                    "application/json": components["schemas"]["GetCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom field. */
                fieldId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Contract end date"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomFieldRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom field. */
                fieldId: string;
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
                    "application/json": components["schemas"]["DeleteCustomFieldResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomValues: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["ListCustomValuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCustomValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support phone",
                 *       "value": "+15550001111"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCustomValueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomValueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCustomValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom value. */
                valueId: string;
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
                    "application/json": components["schemas"]["GetCustomValueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCustomValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom value. */
                valueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support phone",
                 *       "value": "+15550002222"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCustomValueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomValueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCustomValue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the custom value. */
                valueId: string;
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
                    "application/json": components["schemas"]["DeleteCustomValueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLocationTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["ListLocationTagsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLocationTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "vip"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLocationTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLocationTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLocationTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the tag. */
                tagId: string;
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
                    "application/json": components["schemas"]["GetLocationTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateLocationTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the tag. */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "key-account"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLocationTagRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateLocationTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteLocationTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
                /** @description Id of the tag. */
                tagId: string;
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
                    "application/json": components["schemas"]["DeleteLocationTagResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMediaFiles: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                altId: string;
                /** @description Owner kind; location for a sub-account. */
                altType: "location" | "agency";
                /** @description List files or folders. */
                type?: "file" | "folder";
                /** @description Text matched against names. */
                query?: string;
                /** @description Folder to list. */
                parentId?: string;
                /** @description Field to sort by, e.g. createdAt. */
                sortBy?: string;
                sortOrder?: "asc" | "desc";
                limit?: string;
                offset?: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMediaFilesResponse"];
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pipelineId": "{pipelineId}",
                 *       "locationId": "{locationId}",
                 *       "name": "Website redesign",
                 *       "pipelineStageId": "{stageId}",
                 *       "status": "open",
                 *       "contactId": "{contactId}",
                 *       "monetaryValue": 5000
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
    listPipelines: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPipelinesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchOpportunities: {
        parameters: {
            query: {
                /** @description Id of the sub-account (snake_case here). */
                location_id: string;
                /** @description Text to search for. */
                q?: string;
                pipeline_id?: string;
                pipeline_stage_id?: string;
                contact_id?: string;
                status?: "open" | "won" | "lost" | "abandoned" | "all";
                /** @description Id of the owning user. */
                assigned_to?: string;
                /** @description Sort order, e.g. added_desc. */
                order?: string;
                /** @description Start date (mm-dd-yyyy) of the window. */
                date?: string;
                /** @description End date (mm-dd-yyyy) of the window. */
                endDate?: string;
                limit?: number;
                /** @description Page number (with limit). */
                page?: number;
                /** @description meta.startAfterId of the previous page. */
                startAfterId?: string;
                /** @description meta.startAfter of the previous page. */
                startAfter?: string;
                getTasks?: boolean;
                getNotes?: boolean;
                getCalendarEvents?: boolean;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchOpportunitiesResponse"];
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunityId: string;
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
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pipelineId": "{pipelineId}",
                 *       "status": "won"
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
    deleteOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the opportunity. */
                opportunityId: string;
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
                    "application/json": components["schemas"]["DeleteOpportunityResponse"];
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
            query: {
                /** @description Id of the sub-account. */
                altId: string;
                /** @description Always location. */
                altType: "location";
                contactId?: string;
                search?: string;
                startAt?: string;
                endAt?: string;
                paymentMode?: "live" | "test";
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listSubscriptions: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                altId: string;
                /** @description Always location. */
                altType: "location";
                contactId?: string;
                search?: string;
                startAt?: string;
                endAt?: string;
                paymentMode?: "live" | "test";
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listTransactions: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                altId: string;
                /** @description Always location. */
                altType: "location";
                contactId?: string;
                search?: string;
                startAt?: string;
                endAt?: string;
                paymentMode?: "live" | "test";
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTransactionsResponse"];
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
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                /** @description Text matched against product names. */
                search?: string;
                /** @description Products per page. */
                limit?: number;
                /** @description Products to skip. */
                offset?: number;
                storeId?: string;
                availableInStore?: boolean;
                sortOrder?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Consulting hour",
                 *       "locationId": "{locationId}",
                 *       "productType": "SERVICE"
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
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
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
    deleteProduct: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the product. */
                productId: string;
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
                    "application/json": components["schemas"]["DeleteProductResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSnapshots: {
        parameters: {
            query: {
                /** @description Id of the agency. */
                companyId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSnapshotsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSocialAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["ListSocialAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSocialCategories: {
        parameters: {
            query?: {
                searchText?: string;
                limit?: string;
                skip?: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the sub-account (location). */
                locationId: string;
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
                    "application/json": components["schemas"]["ListSocialCategoriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSurveys: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
                skip?: number;
                limit?: number;
                /** @description Survey type to filter by. */
                type?: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSurveysResponse"];
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
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
    listWorkflows: {
        parameters: {
            query: {
                /** @description Id of the sub-account. */
                locationId: string;
            };
            header?: {
                /** @description Id of the GoHighLevel (PIT) connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWorkflowsResponse"];
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
