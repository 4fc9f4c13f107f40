// Generated from providers/constant-contact.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/account/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sender addresses of the account with their confirmation state and roles. */
        get: operations["listAccountEmails"];
        put?: never;
        /** Add a sender address; Constant Contact emails it a confirmation link before it can be used. */
        post: operations["addAccountEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/account/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's organisation details, contact person and settings. */
        get: operations["getAccountSummary"];
        /** Change the account's organisation name, contact person or other summary details. */
        put: operations["updateAccountSummary"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/account/user/privileges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List what the connected user is allowed to do in the account. */
        get: operations["listUserPrivileges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent bulk activities with their state and progress. */
        get: operations["listActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/add_list_memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that adds the contacts chosen by source to one or more lists. */
        post: operations["addContactsToLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/contact_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that deletes many contacts; it cannot be stopped once accepted, so confirm the ids first. */
        post: operations["deleteContactsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/contact_exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that writes chosen contacts and fields to a CSV file; scope it as narrowly as the task allows. */
        post: operations["exportContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/contacts_taggings_add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that puts tags on the contacts chosen by source. */
        post: operations["addTagsToContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/contacts_taggings_remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that takes tags off the contacts chosen by source. */
        post: operations["removeTagsFromContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/remove_list_memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an activity that takes the contacts chosen by source off one or more lists, keeping the contacts. */
        post: operations["removeContactsFromLists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the state, progress and errors of one bulk activity. */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_custom_fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contact custom fields defined in the account. */
        get: operations["listCustomFields"];
        put?: never;
        /** Define a new contact custom field. */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_custom_fields/{custom_field_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a custom field and its values on all contacts. */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_exports/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the CSV file a finished export activity produced. */
        get: operations["downloadContactExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's contact lists, optionally with member counts. */
        get: operations["listContactLists"];
        put?: never;
        /** Create a contact list. */
        post: operations["createContactList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact list. */
        get: operations["getContactList"];
        /** Rename a contact list or change its description and favourite flag. */
        put: operations["updateContactList"];
        post?: never;
        /** Delete a contact list through an asynchronous activity (the contacts themselves stay). */
        delete: operations["deleteContactList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contact_tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags defined in the account. */
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
    "/v3/contact_tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a tag. */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag and remove it from every contact through an asynchronous activity. */
        delete: operations["deleteTag"];
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
        /** List contacts a page at a time, filtered by status, email, list, segment, tag or dates. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact; create_source and an email address or SMS channel are required. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the account's contacts by email consent state. */
        get: operations["getContactCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/sign_up_form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact or update the one with the same address, as a sign-up form would, and add it to lists. */
        post: operations["createOrUpdateContactSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact, optionally with its custom fields, lists, tags and notes. */
        get: operations["getContact"];
        /** Replace a contact's data; update_source is required and properties left out are cleared. */
        put: operations["updateContact"];
        post?: never;
        /** Delete a contact; it stays retrievable with status deleted and can be re-added later. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email campaigns, optionally limited to a creation date range. */
        get: operations["listEmailCampaigns"];
        put?: never;
        /** Create an email campaign with its primary email activity (content, sender and subject). */
        post: operations["createEmailCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/activities/{campaign_activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one campaign activity with its sender, subject, recipients and optionally its content. */
        get: operations["getCampaignActivity"];
        /** Replace a draft activity's content, sender, subject and recipient lists or segments. */
        put: operations["updateCampaignActivity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/activities/{campaign_activity_id}/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Render an activity's email as HTML and plain text the way recipients will see it. */
        get: operations["previewCampaignActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/activities/{campaign_activity_id}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read when an activity is scheduled to send. */
        get: operations["getCampaignActivitySchedule"];
        put?: never;
        /** Schedule an activity for a time, or send it at once with scheduled_date "0". */
        post: operations["scheduleCampaignActivity"];
        /** Cancel a scheduled send and return the activity to draft. */
        delete: operations["unscheduleCampaignActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/activities/{campaign_activity_id}/tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test copy of an activity's email to up to five addresses. */
        post: operations["sendTestEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/emails/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a campaign with the ids of its activities (primary_email, permalink, resend). */
        get: operations["getEmailCampaign"];
        put?: never;
        post?: never;
        /** Delete an email campaign (a sent campaign's reports stay available). */
        delete: operations["deleteEmailCampaign"];
        options?: never;
        head?: never;
        /** Rename an email campaign. */
        patch: operations["renameEmailCampaign"];
        trace?: never;
    };
    "/v3/reports/contact_reports/{contact_id}/activity_summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summarise one contact's sends, opens, clicks, bounces, opt-outs and forwards per campaign in a date range. */
        get: operations["getContactActivitySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/reports/email_reports/{campaign_activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the tracking report of one sent campaign activity. */
        get: operations["getEmailCampaignReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/reports/summary_reports/email_campaign_summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregate send, open, click, bounce and opt-out counts for recent email campaigns. */
        get: operations["listEmailCampaignSummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's segments. */
        get: operations["listSegments"];
        put?: never;
        /** Create a segment from criteria on contact data and campaign engagement. */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a segment with its criteria. */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        /** Delete a segment (campaigns already sent to it are unaffected). */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddAccountEmailRequest: {
            /** Format: email */
            email_address: string;
        };
        AddAccountEmailResponse: components["schemas"]["ListAccountEmailsResponseItem"];
        AddContactsToListsRequest: {
            source: components["schemas"]["AddContactsToListsRequestSource"];
            /** @description Lists to add the contacts to. */
            list_ids: string[];
        };
        /** @description Which contacts to act on; use exactly one of the selectors. */
        AddContactsToListsRequestSource: {
            contact_ids?: string[];
            list_ids?: string[];
            tag_ids?: string[];
            segment_id?: number;
            all_active_contacts?: boolean;
        };
        AddContactsToListsResponse: components["schemas"]["ListActivitiesResponseActivity"];
        AddTagsToContactsRequest: {
            source: components["schemas"]["AddContactsToListsRequestSource"];
            tag_ids: string[];
        };
        AddTagsToContactsResponse: components["schemas"]["ListActivitiesResponseActivity"];
        CreateContactListRequest: {
            /** @description Unique among the account's lists. */
            name: string;
            description?: string;
            /** @description true pins the list among the favourites. */
            favorite?: boolean;
        };
        CreateContactListResponse: components["schemas"]["ListContactListsResponseList"];
        CreateContactRequest: {
            email_address?: components["schemas"]["CreateContactRequestEmailAddress"];
            first_name?: string;
            last_name?: string;
            job_title?: string;
            company_name?: string;
            birthday_month?: number;
            birthday_day?: number;
            anniversary?: string;
            custom_fields?: components["schemas"]["CreateContactRequestCustomFields"];
            phone_numbers?: components["schemas"]["CreateContactRequestPhoneNumbers"];
            street_addresses?: components["schemas"]["CreateContactRequestStreetAddresses"];
            list_memberships?: components["schemas"]["CreateContactRequestListMemberships"];
            taggings?: components["schemas"]["CreateContactRequestTaggings"];
            notes?: components["schemas"]["CreateContactRequestNotes"];
            /**
             * @description Who supplied the data.
             * @enum {string}
             */
            create_source: "Contact" | "Account";
        };
        CreateContactRequestCustomFields: {
            custom_field_id: string;
            value: string;
        }[];
        CreateContactRequestEmailAddress: {
            /** Format: email */
            address: string;
            /**
             * @description Consent the contact gave for email.
             * @enum {string}
             */
            permission_to_send?: "implicit" | "explicit" | "pending_confirmation" | "unsubscribed" | "temp_hold" | "not_set";
        };
        /** @description Ids of the lists the contact belongs to. */
        CreateContactRequestListMemberships: string[];
        CreateContactRequestNotes: {
            note_id?: string;
            /** Format: date-time */
            created_at?: string;
            content?: string;
        }[];
        CreateContactRequestPhoneNumbers: {
            phone_number?: string;
            /** @enum {string} */
            kind?: "home" | "work" | "mobile" | "other";
        }[];
        CreateContactRequestStreetAddresses: {
            /** @enum {string} */
            kind?: "home" | "work" | "other";
            street?: string;
            city?: string;
            state?: string;
            postal_code?: string;
            country?: string;
        }[];
        /** @description Ids of the tags on the contact. */
        CreateContactRequestTaggings: string[];
        CreateContactResponse: components["schemas"]["ListContactsResponseContact"];
        CreateCustomFieldRequest: {
            /** @description Display name of the field. */
            label: string;
            /** @description Value type, such as string or date. */
            type: string;
        };
        CreateCustomFieldResponse: components["schemas"]["ListCustomFieldsResponseField"];
        CreateEmailCampaignRequest: {
            /** @description Unique among the account's campaigns. */
            name: string;
            email_campaign_activities: {
                /**
                 * @description 5 marks custom-code HTML supplied by the caller; the other values are Constant Contact editor formats.
                 * @enum {integer}
                 */
                format_type: 1 | 2 | 3 | 4 | 5;
                from_name: string;
                /**
                 * Format: email
                 * @description A confirmed address of the account.
                 */
                from_email: string;
                /** Format: email */
                reply_to_email: string;
                subject: string;
                /** @description Preview text shown after the subject. */
                preheader?: string;
                /** @description The email's HTML; custom-code emails must contain the [[trackingImage]] tag. */
                html_content: string;
                physical_address_in_footer?: Record<string, unknown>;
                document_properties?: Record<string, unknown>;
            }[];
        };
        CreateEmailCampaignResponse: components["schemas"]["GetEmailCampaignResponse"];
        CreateOrUpdateContactSignUpRequest: {
            /** Format: email */
            email_address: string;
            first_name?: string;
            last_name?: string;
            job_title?: string;
            company_name?: string;
            phone_number?: string;
            birthday_month?: number;
            birthday_day?: number;
            anniversary?: string;
            custom_fields?: {
                custom_field_id?: string;
                value?: string;
            }[];
            street_address?: {
                kind?: string;
                street?: string;
                city?: string;
                state?: string;
                postal_code?: string;
                country?: string;
            };
            /** @description Lists to add the contact to. */
            list_memberships: string[];
            taggings?: string[];
            notes?: Record<string, unknown>[];
        };
        CreateOrUpdateContactSignUpResponse: {
            /** Format: uuid */
            contact_id?: string;
            /** @enum {string} */
            action?: "created" | "updated";
        };
        CreateSegmentRequest: {
            /** @description Unique among the account's segments. */
            name: string;
            /** @description The criteria JSON (version and criteria groups) escaped into a string. */
            segment_criteria: string;
        };
        CreateSegmentResponse: components["schemas"]["GetSegmentResponse"];
        CreateTagRequest: {
            /** @description Unique among the account's tags. */
            name: string;
            /** @description Free-text label of where the tag came from. */
            tag_source?: string;
        };
        CreateTagResponse: components["schemas"]["ListTagsResponseTag"];
        DeleteContactListResponse: {
            activity_id?: string;
            /** @enum {string} */
            state?: "initialized" | "processing" | "completed" | "cancelled" | "failed" | "timed_out";
            _links?: Record<string, unknown>;
        };
        DeleteContactsBulkRequest: {
            contact_ids?: string[];
            /** @description Delete every contact on these lists instead. */
            list_ids?: string[];
        };
        DeleteContactsBulkResponse: components["schemas"]["ListActivitiesResponseActivity"];
        DeleteTagResponse: components["schemas"]["DeleteContactListResponse"];
        DownloadContactExportResponse: string;
        ExportContactsRequest: {
            /** @description Contacts to export (leave out to export by list or status). */
            contact_ids?: string[];
            list_ids?: string[];
            segment_id?: number;
            /** @enum {string} */
            status?: "active" | "deleted" | "not_set" | "pending_confirmation" | "temp_hold" | "unsubscribed";
            /** @description Columns to write, e.g. first_name, last_name, email. */
            fields?: string[];
        };
        ExportContactsResponse: components["schemas"]["ListActivitiesResponseActivity"];
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
        GetAccountSummaryResponse: {
            encoded_account_id?: string;
            first_name?: string;
            last_name?: string;
            organization_name?: string;
            organization_phone?: string;
            contact_email?: string;
            contact_phone?: string;
            country_code?: string;
            state_code?: string;
            time_zone_id?: string;
            website?: string;
            physical_address?: Record<string, unknown>;
            company_logo?: Record<string, unknown>;
        };
        GetActivityResponse: components["schemas"]["ListActivitiesResponseActivity"];
        GetCampaignActivityResponse: {
            /** Format: uuid */
            campaign_activity_id?: string;
            /** Format: uuid */
            campaign_id?: string;
            role?: string;
            current_status?: string;
            format_type?: number;
            from_name?: string;
            from_email?: string;
            reply_to_email?: string;
            subject?: string;
            preheader?: string;
            html_content?: string;
            contact_list_ids?: string[];
            segment_ids?: number[];
            permalink_url?: string;
            physical_address_in_footer?: Record<string, unknown>;
            document_properties?: Record<string, unknown>;
        };
        GetCampaignActivityScheduleResponse: components["schemas"]["ScheduleCampaignActivityResponse"];
        GetContactActivitySummaryResponse: {
            contact_id?: string;
            /** @description The most recent 200 campaigns in the period; _links.next leads to older ones. */
            campaign_activities?: {
                campaign_activity_id?: string;
                em_sends?: number;
                em_opens?: number;
                em_clicks?: number;
                em_bounces?: number;
                em_optouts?: number;
                em_forwards?: number;
            }[];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        GetContactCountsResponse: {
            /** @description Counts keyed by state (total, explicit, implicit, pending, unsubscribed, …). */
            contacts_counts?: {
                [key: string]: number;
            };
        };
        GetContactListResponse: components["schemas"]["ListContactListsResponseList"];
        GetContactResponse: components["schemas"]["ListContactsResponseContact"];
        GetEmailCampaignReportResponse: Record<string, unknown>;
        GetEmailCampaignResponse: {
            /** Format: uuid */
            campaign_id?: string;
            name?: string;
            current_status?: string;
            type?: string;
            type_code?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            campaign_activities?: {
                /** Format: uuid */
                campaign_activity_id?: string;
                /** @enum {string} */
                role?: "primary_email" | "permalink" | "resend";
            }[];
        };
        GetSegmentResponse: {
            segment_id?: number;
            name?: string;
            /** @description The criteria as a JSON document serialised into a string. */
            segment_criteria?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            edited_at?: string;
        };
        ListAccountEmailsResponse: components["schemas"]["ListAccountEmailsResponseItem"][];
        ListAccountEmailsResponseItem: {
            email_address?: string;
            email_id?: number;
            /** @enum {string} */
            confirm_status?: "CONFIRMED" | "UNCONFIRMED";
            /** Format: date-time */
            confirm_time?: string;
            confirm_source_type?: string;
            roles?: string[];
            pending_roles?: string[];
        };
        ListActivitiesResponse: {
            activities?: components["schemas"]["ListActivitiesResponseActivity"][];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListActivitiesResponseActivity: {
            activity_id?: string;
            /** @enum {string} */
            state?: "initialized" | "processing" | "completed" | "cancelled" | "failed" | "timed_out";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            completed_at?: string;
            percent_done?: number;
            activity_errors?: {
                message?: string;
            }[];
            /** @description Item counters (items_total_count, items_completed_count and similar). */
            status?: Record<string, unknown>;
            /** @description Links to the activity and, for exports, to the results file. */
            _links?: Record<string, unknown>;
        };
        ListContactListsResponse: {
            lists?: components["schemas"]["ListContactListsResponseList"][];
            lists_count?: number;
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListContactListsResponseList: {
            /** Format: uuid */
            list_id?: string;
            name?: string;
            description?: string;
            favorite?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            deleted_at?: string;
            membership_count?: number;
        };
        ListContactsResponse: {
            contacts?: components["schemas"]["ListContactsResponseContact"][];
            contacts_count?: number;
            status?: string;
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListContactsResponseContact: {
            /** Format: uuid */
            contact_id?: string;
            email_address?: {
                address?: string;
                permission_to_send?: string;
                opt_in_source?: string;
                /** Format: date-time */
                opt_in_date?: string;
                opt_out_source?: string;
                /** Format: date-time */
                opt_out_date?: string;
                opt_out_reason?: string;
                confirm_status?: string;
            };
            first_name?: string;
            last_name?: string;
            job_title?: string;
            company_name?: string;
            birthday_month?: number;
            birthday_day?: number;
            anniversary?: string;
            create_source?: string;
            update_source?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date */
            deleted_at?: string;
            custom_fields?: {
                custom_field_id?: string;
                value?: string;
            }[];
            phone_numbers?: Record<string, unknown>[];
            street_addresses?: Record<string, unknown>[];
            list_memberships?: string[];
            taggings?: string[];
            notes?: Record<string, unknown>[];
        };
        ListContactsResponseLinks: {
            next?: {
                href?: string;
            };
        };
        ListCustomFieldsResponse: {
            custom_fields?: components["schemas"]["ListCustomFieldsResponseField"][];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListCustomFieldsResponseField: {
            /** Format: uuid */
            custom_field_id?: string;
            label?: string;
            /** @description Machine name derived from the label. */
            name?: string;
            type?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListEmailCampaignSummariesResponse: {
            bulk_email_campaign_summaries?: {
                campaign_id?: string;
                /** Format: date-time */
                last_sent_date?: string;
                /** @description sends, opens, clicks, forwards, optouts, abuse, bounces, not_opened. */
                unique_counts?: {
                    [key: string]: number;
                };
            }[];
            aggregate_percents?: {
                [key: string]: number;
            };
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListEmailCampaignsResponse: {
            campaigns?: {
                /** Format: uuid */
                campaign_id?: string;
                name?: string;
                /** @enum {string} */
                current_status?: "Draft" | "Scheduled" | "Executing" | "Done" | "Error" | "Removed";
                type?: string;
                type_code?: number;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                updated_at?: string;
            }[];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListSegmentsResponse: {
            segments?: {
                segment_id?: number;
                name?: string;
                /** Format: date-time */
                created_at?: string;
                /** Format: date-time */
                edited_at?: string;
            }[];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListTagsResponse: {
            tags?: components["schemas"]["ListTagsResponseTag"][];
            _links?: components["schemas"]["ListContactsResponseLinks"];
        };
        ListTagsResponseTag: {
            /** Format: uuid */
            tag_id?: string;
            name?: string;
            tag_source?: string;
            contacts_count?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListUserPrivilegesResponse: {
            privilege_name?: string;
        }[];
        PreviewCampaignActivityResponse: {
            campaign_activity_id?: string;
            from_email?: string;
            from_name?: string;
            reply_to_email?: string;
            subject?: string;
            preheader?: string;
            preview_html_content?: string;
            preview_text_content?: string;
        };
        RemoveContactsFromListsRequest: {
            source: components["schemas"]["AddContactsToListsRequestSource"];
            /** @description Lists to remove the contacts from. */
            list_ids: string[];
            /** @description Contacts to leave untouched. */
            exclude?: {
                contact_ids?: string[];
            };
        };
        RemoveContactsFromListsResponse: components["schemas"]["ListActivitiesResponseActivity"];
        RemoveTagsFromContactsRequest: components["schemas"]["AddTagsToContactsRequest"];
        RemoveTagsFromContactsResponse: components["schemas"]["ListActivitiesResponseActivity"];
        RenameEmailCampaignRequest: {
            name: string;
        };
        RenameEmailCampaignResponse: components["schemas"]["GetEmailCampaignResponse"];
        ScheduleCampaignActivityRequest: {
            /** @description ISO 8601 send time, or "0" to send immediately. */
            scheduled_date: string;
        };
        ScheduleCampaignActivityResponse: {
            /** Format: date-time */
            scheduled_date?: string;
        }[];
        SendTestEmailRequest: {
            email_addresses: string[];
            /** @description Note shown at the top of the test email. */
            personal_message?: string;
        };
        UpdateAccountSummaryRequest: {
            first_name?: string;
            last_name?: string;
            organization_name?: string;
            organization_phone?: string;
            /** Format: email */
            contact_email?: string;
            contact_phone?: string;
            /** @description ISO 3166 two-letter country code. */
            country_code?: string;
            state_code?: string;
            /** @description IANA time zone such as America/New_York. */
            time_zone_id?: string;
            website?: string;
        };
        UpdateAccountSummaryResponse: components["schemas"]["GetAccountSummaryResponse"];
        UpdateCampaignActivityRequest: {
            from_name: string;
            /** Format: email */
            from_email: string;
            /** Format: email */
            reply_to_email: string;
            subject: string;
            preheader?: string;
            html_content?: string;
            /** @description Lists to send to (not together with segment_ids). */
            contact_list_ids?: string[];
            /** @description A segment to send to instead of lists. */
            segment_ids?: number[];
            physical_address_in_footer?: Record<string, unknown>;
            document_properties?: Record<string, unknown>;
        };
        UpdateCampaignActivityResponse: components["schemas"]["GetCampaignActivityResponse"];
        UpdateContactListRequest: components["schemas"]["CreateContactListRequest"];
        UpdateContactListResponse: components["schemas"]["ListContactListsResponseList"];
        UpdateContactRequest: {
            email_address?: components["schemas"]["CreateContactRequestEmailAddress"];
            first_name?: string;
            last_name?: string;
            job_title?: string;
            company_name?: string;
            birthday_month?: number;
            birthday_day?: number;
            anniversary?: string;
            custom_fields?: components["schemas"]["CreateContactRequestCustomFields"];
            phone_numbers?: components["schemas"]["CreateContactRequestPhoneNumbers"];
            street_addresses?: components["schemas"]["CreateContactRequestStreetAddresses"];
            list_memberships?: components["schemas"]["CreateContactRequestListMemberships"];
            taggings?: components["schemas"]["CreateContactRequestTaggings"];
            notes?: components["schemas"]["CreateContactRequestNotes"];
            /**
             * @description Who supplied the change.
             * @enum {string}
             */
            update_source: "Contact" | "Account";
        };
        UpdateContactResponse: components["schemas"]["ListContactsResponseContact"];
        UpdateTagRequest: {
            name: string;
            tag_source?: string;
        };
        UpdateTagResponse: components["schemas"]["ListTagsResponseTag"];
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
        /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccountEmails: {
        parameters: {
            query?: {
                /** @description Only addresses in this state. */
                confirm_status?: "CONFIRMED" | "UNCONFIRMED";
                /** @description Only addresses with this role. */
                role_code?: "CONTACT" | "BILLING" | "REPLY_TO" | "JOURNALING" | "OTHER";
                /** @description Only this address. */
                email_address?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountEmailsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addAccountEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "newsender@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["AddAccountEmailRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddAccountEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccountSummary: {
        parameters: {
            query?: {
                /** @description Extra sections to add, comma-separated: physical_address, company_logo. */
                extra_fields?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAccountSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAccountSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "organization_name": "Acme Inc"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAccountSummaryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUserPrivileges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListUserPrivilegesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                /** @description Activities per page. */
                limit?: number;
                /** @description Only activities in this state. */
                state?: "processing" | "completed" | "cancelled" | "failed" | "timed_out";
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListActivitiesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addContactsToLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "contact_ids": [
                 *           "uuid-1",
                 *           "uuid-2"
                 *         ]
                 *       },
                 *       "list_ids": [
                 *         "list-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddContactsToListsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactsToListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactsBulk: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "uuid-1",
                 *         "uuid-2"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DeleteContactsBulkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteContactsBulkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    exportContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contact_ids": [
                 *         "uuid-1"
                 *       ],
                 *       "fields": [
                 *         "first_name",
                 *         "last_name",
                 *         "email"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ExportContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addTagsToContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "contact_ids": [
                 *           "uuid-1"
                 *         ]
                 *       },
                 *       "tag_ids": [
                 *         "tag-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddTagsToContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddTagsToContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeTagsFromContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "contact_ids": [
                 *           "uuid-1"
                 *         ]
                 *       },
                 *       "tag_ids": [
                 *         "tag-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RemoveTagsFromContactsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveTagsFromContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeContactsFromLists: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": {
                 *         "contact_ids": [
                 *           "uuid-1"
                 *         ]
                 *       },
                 *       "list_ids": [
                 *         "list-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RemoveContactsFromListsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveContactsFromListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the bulk activity. */
                activity_id: string;
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
                    "application/json": components["schemas"]["GetActivityResponse"];
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
                /** @description Fields per page. */
                limit?: number;
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "Customer ID",
                 *       "type": "string"
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
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the custom field. */
                custom_field_id: string;
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
    downloadContactExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the export activity whose file to download. */
                export_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exported contacts as comma-separated values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["DownloadContactExportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContactLists: {
        parameters: {
            query?: {
                /** @description Lists per page. */
                limit?: number;
                /** @description true adds lists_count (the total) to the answer. */
                include_count?: boolean;
                /** @description Add each list's member count (all members or active ones only). */
                include_membership_count?: "all" | "active";
                /** @description Only the list with this name. */
                name?: string;
                /** @description Lists in this state; active unless told. */
                status?: "all" | "active" | "deleted";
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createContactList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Newsletter Subscribers",
                 *       "description": "Main newsletter list",
                 *       "favorite": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContactList: {
        parameters: {
            query?: {
                /** @description Add the list's member count. */
                include_membership_count?: "all" | "active";
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
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
                    "application/json": components["schemas"]["GetContactListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContactList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated List Name",
                 *       "description": "Updated description",
                 *       "favorite": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteContactList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: string;
            };
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
                    "application/json": components["schemas"]["DeleteContactListResponse"];
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
                /** @description true adds the number of contacts carrying each tag. */
                include_count?: boolean;
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "VIP Customer"
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
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
            202: {
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Email permission status to match; active contacts unless told. */
                status?: "all" | "active" | "deleted" | "not_set" | "pending_confirmation" | "temp_hold" | "unsubscribed";
                /** @description Only the contact with this exact address. */
                email?: string;
                /** @description Comma-separated list ids (up to 25); contacts in any of them. */
                lists?: string;
                /** @description Only contacts in this segment (cannot be combined with most other filters). */
                segment_id?: string;
                /** @description Comma-separated tag ids (up to 50); contacts with any of them. */
                tags?: string;
                updated_after?: string;
                updated_before?: string;
                created_after?: string;
                created_before?: string;
                optout_after?: string;
                optout_before?: string;
                /** @description Sub-resources to add, comma-separated: custom_fields, list_memberships, notes, phone_numbers, street_addresses, taggings, sms_channel. */
                include?: string;
                /** @description SMS permission status to match. */
                sms_status?: "all" | "explicit" | "unsubscribed" | "pending_confirmation" | "not_set";
                /** @description true adds contacts_count (the total) to the answer. */
                include_count?: boolean;
                /** @description Contacts per page. */
                limit?: number;
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": {
                 *         "address": "john@example.com",
                 *         "permission_to_send": "implicit"
                 *       },
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "create_source": "Account",
                 *       "list_memberships": [
                 *         "list-uuid"
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
    getContactCounts: {
        parameters: {
            query?: {
                /** @description Optional extra count to add, such as new_subscriber. */
                include?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetContactCountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrUpdateContactSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "john@example.com",
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "list_memberships": [
                 *         "list-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrUpdateContactSignUpRequest"];
            };
        };
        responses: {
            /** @description 201 when the contact was created, 200 when an existing one was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrUpdateContactSignUpResponse"];
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
                /** @description Sub-resources to add, comma-separated: custom_fields, list_memberships, notes, phone_numbers, street_addresses, taggings, sms_channel. */
                include?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "email_address": {
                 *         "address": "john@example.com"
                 *       },
                 *       "first_name": "John",
                 *       "last_name": "Smith",
                 *       "update_source": "Account"
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
    listEmailCampaigns: {
        parameters: {
            query?: {
                /** @description Campaigns per page. */
                limit?: number;
                /** @description Only campaigns last updated before this time. */
                before_date?: string;
                /** @description Only campaigns last updated after this time. */
                after_date?: string;
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "March Newsletter",
                 *       "email_campaign_activities": [
                 *         {
                 *           "format_type": 5,
                 *           "from_name": "Company",
                 *           "from_email": "marketing@example.com",
                 *           "reply_to_email": "reply@example.com",
                 *           "subject": "Newsletter",
                 *           "html_content": "<html><body>Hello</body></html>"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateEmailCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getCampaignActivity: {
        parameters: {
            query?: {
                /** @description Extra parts to add, comma-separated: physical_address_in_footer, permalink_url, html_content, document_properties. */
                include?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
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
                    "application/json": components["schemas"]["GetCampaignActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCampaignActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_name": "Company",
                 *       "from_email": "marketing@example.com",
                 *       "reply_to_email": "reply@example.com",
                 *       "subject": "Updated Subject",
                 *       "html_content": "<html><body>Updated</body></html>",
                 *       "contact_list_ids": [
                 *         "list-uuid"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCampaignActivityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCampaignActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    previewCampaignActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
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
                    "application/json": components["schemas"]["PreviewCampaignActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCampaignActivitySchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
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
                    "application/json": components["schemas"]["GetCampaignActivityScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    scheduleCampaignActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scheduled_date": "2026-06-01T10:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ScheduleCampaignActivityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleCampaignActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unscheduleCampaignActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
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
    sendTestEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_addresses": [
                 *         "test@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendTestEmailRequest"];
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
    getEmailCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email campaign. */
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
                    "application/json": components["schemas"]["GetEmailCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEmailCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email campaign. */
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
    renameEmailCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email campaign. */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Campaign Name"
                 *     }
                 */
                "application/json": components["schemas"]["RenameEmailCampaignRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenameEmailCampaignResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContactActivitySummary: {
        parameters: {
            query: {
                /** @description Start of the period (ISO 8601). */
                start: string;
                /** @description End of the period (ISO 8601). */
                end: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetContactActivitySummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getEmailCampaignReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of one activity of a campaign (its primary_email role holds the content, from GET /v3/emails/{campaign_id}). */
                campaign_activity_id: string;
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
                    "application/json": components["schemas"]["GetEmailCampaignReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEmailCampaignSummaries: {
        parameters: {
            query?: {
                /** @description Campaigns per page. */
                limit?: number;
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEmailCampaignSummariesResponse"];
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
                /** @description Sort by last edit date (newest first) or by name. */
                sort_by?: "date" | "name";
                /** @description Cursor from _links.next.href of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Engaged Subscribers",
                 *       "segment_criteria": "{\"version\":\"1.0.0\",\"criteria\":{\"type\":\"and\",\"group\":[]}}"
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
    getSegment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the segment. */
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
                /** @description Id of the Constant Contact connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Numeric id of the segment. */
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
}
