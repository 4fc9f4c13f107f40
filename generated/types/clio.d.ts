// Generated from providers/clio.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v4/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List time and expense entries, optionally by matter, user, type or date range. */
        get: operations["listActivities"];
        put?: never;
        /** Record a time entry (quantity in seconds) or an expense against a matter. */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one time or expense entry. */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Delete a time or expense entry. */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /** Change fields of a time or expense entry. */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v4/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List bills, optionally by client, matter, state or issue and due dates. */
        get: operations["listBills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/bills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one bill. */
        get: operations["getBill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/calendar_entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calendar entries, optionally within a time window, on a calendar or for a matter. */
        get: operations["listCalendarEntries"];
        put?: never;
        /** Put an entry on a user's calendar. */
        post: operations["createCalendarEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/calendar_entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one calendar entry. */
        get: operations["getCalendarEntry"];
        put?: never;
        post?: never;
        /** Delete a calendar entry. */
        delete: operations["deleteCalendarEntry"];
        options?: never;
        head?: never;
        /** Change fields of a calendar entry, including linking it to a matter. */
        patch: operations["updateCalendarEntry"];
        trace?: never;
    };
    "/api/v4/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people and companies in the firm's contacts, optionally by type or search text. */
        get: operations["listContacts"];
        put?: never;
        /** Add a person (first and last name) or a company (name) to the contacts. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with the fields asked for. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change fields of a contact. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v4/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List documents, optionally in a folder or on a matter or contact. */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one document's details (not its contents). */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the contents of a document's latest (or a given) version. */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List matters with the fields asked for, optionally by status, client or lawyer. */
        get: operations["listMatters"];
        put?: never;
        /** Open a matter for a client. */
        post: operations["createMatter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/matters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one matter with the fields asked for. */
        get: operations["getMatter"];
        put?: never;
        post?: never;
        /** Delete a matter. */
        delete: operations["deleteMatter"];
        options?: never;
        head?: never;
        /** Change fields of a matter. */
        patch: operations["updateMatter"];
        trace?: never;
    };
    "/api/v4/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks, optionally by matter, assignee, status, priority or due date. */
        get: operations["listTasks"];
        put?: never;
        /** Create a task for a user or contact, optionally on a matter. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{id}": {
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
        /** Delete a task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change fields of a task, such as marking it complete. */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/api/v4/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the firm's Clio users. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/users/who_am_i": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the Clio user the token belongs to. */
        get: operations["getCurrentUser"];
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
        CreateActivityRequest: {
            data: {
                /** @enum {string} */
                type: "TimeEntry" | "ExpenseEntry";
                /** Format: date */
                date?: string;
                quantity?: components["schemas"]["CreateActivityRequestDataQuantity"];
                /** @description Hourly rate or unit cost. */
                price?: number;
                note?: string;
                matter?: {
                    id: number;
                };
                user?: {
                    id: number;
                };
                activity_description?: {
                    id: number;
                };
                non_billable?: boolean;
            };
        };
        /** @description Seconds for a time entry; units for an expense. */
        CreateActivityRequestDataQuantity: number;
        CreateActivityResponse: components["schemas"]["GetActivityResponse"];
        CreateCalendarEntryRequest: {
            data: {
                summary: string;
                description?: string;
                location?: string;
                /** Format: date-time */
                start_at: string;
                /** Format: date-time */
                end_at: string;
                all_day?: boolean;
                /** @description iCalendar RRULE for repeating entries. */
                recurrence_rule?: string;
                calendar_owner: components["schemas"]["CreateCalendarEntryRequestDataCalendarOwner"];
                matter?: {
                    id: number;
                };
            };
        };
        CreateCalendarEntryRequestDataCalendarOwner: {
            id: number;
            /** @description Kind of owner; User for a user's own calendar. */
            type: string;
        };
        CreateCalendarEntryResponse: components["schemas"]["GetCalendarEntryResponse"];
        CreateContactRequest: {
            data: {
                /** @enum {string} */
                type: "Person" | "Company";
                /** @description Company name. */
                name?: string;
                first_name?: string;
                middle_name?: string;
                last_name?: string;
                title?: string;
                prefix?: string;
                email_addresses?: components["schemas"]["CreateContactRequestDataEmailAddresses"];
                phone_numbers?: components["schemas"]["CreateContactRequestDataPhoneNumbers"];
                addresses?: components["schemas"]["CreateContactRequestDataAddresses"];
                company?: {
                    id: number;
                };
            };
        };
        CreateContactRequestDataAddresses: {
            street?: string;
            city?: string;
            province?: string;
            postal_code?: string;
            country?: string;
            /** @enum {string} */
            name?: "Work" | "Home" | "Billing" | "Other";
        }[];
        CreateContactRequestDataEmailAddresses: {
            address?: string;
            /** @enum {string} */
            name?: "Work" | "Home" | "Other";
            primary?: boolean;
        }[];
        CreateContactRequestDataPhoneNumbers: {
            number?: string;
            /** @enum {string} */
            name?: "Work" | "Home" | "Mobile" | "Fax" | "Pager" | "Skype" | "Other";
            primary?: boolean;
        }[];
        CreateContactResponse: components["schemas"]["GetContactResponse"];
        CreateMatterRequest: {
            data: {
                description: string;
                /** @description open, pending or closed. */
                status?: string;
                client: {
                    id: number;
                };
                display_number?: components["schemas"]["CreateMatterRequestDataDisplayNumber"];
                /** Format: date */
                open_date?: string;
                /** Format: date */
                close_date?: string;
                responsible_attorney?: {
                    id: number;
                };
                originating_attorney?: {
                    id: number;
                };
                practice_area?: {
                    id: number;
                };
                billable?: boolean;
                client_reference?: string;
                location?: string;
            };
        };
        /** @description Set only when the firm numbers matters by hand. */
        CreateMatterRequestDataDisplayNumber: string;
        CreateMatterResponse: components["schemas"]["GetMatterResponse"];
        CreateTaskRequest: {
            data: {
                name: string;
                description?: string;
                /** Format: date-time */
                due_at?: string;
                /** @enum {string} */
                priority?: "High" | "Normal" | "Low";
                /** @enum {string} */
                status?: "pending" | "in_progress" | "in_review" | "complete";
                assignee: components["schemas"]["CreateTaskRequestDataAssignee"];
                matter?: {
                    id: number;
                };
                task_type?: {
                    id: number;
                };
                private?: boolean;
            };
        };
        CreateTaskRequestDataAssignee: {
            id: number;
            /** @enum {string} */
            type: "User" | "Contact";
        };
        CreateTaskResponse: components["schemas"]["GetTaskResponse"];
        DownloadDocumentResponse: string;
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
        GetActivityResponse: {
            data?: components["schemas"]["ListActivitiesResponseDataItem"];
        };
        GetBillResponse: {
            data?: components["schemas"]["ListBillsResponseDataItem"];
        };
        GetCalendarEntryResponse: {
            data?: components["schemas"]["ListCalendarEntriesResponseDataItem"];
        };
        GetContactResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"];
        };
        GetCurrentUserResponse: {
            data?: components["schemas"]["GetCurrentUserResponseData"];
        };
        GetCurrentUserResponseData: {
            id?: number;
            etag?: string;
            name?: string;
            email?: string;
            enabled?: boolean;
            subscription_type?: string;
        };
        GetDocumentResponse: {
            data?: components["schemas"]["ListDocumentsResponseDataItem"];
        };
        GetMatterResponse: {
            data?: components["schemas"]["ListMattersResponseDataItem"];
        };
        GetTaskResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"];
        };
        ListActivitiesResponse: {
            data?: components["schemas"]["ListActivitiesResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListActivitiesResponseDataItem: {
            id?: number;
            etag?: string;
            /** @enum {string} */
            type?: "TimeEntry" | "ExpenseEntry";
            /** Format: date */
            date?: string;
            /** @description Seconds for time entries. */
            quantity?: number;
            price?: number;
            total?: number;
            note?: string | null;
            matter?: {
                id?: number;
                description?: string;
            } | null;
        };
        ListBillsResponse: {
            data?: components["schemas"]["ListBillsResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListBillsResponseDataItem: {
            id?: number;
            etag?: string;
            number?: string;
            /** Format: date */
            issued_at?: string;
            /** Format: date */
            due_at?: string;
            total?: number;
            balance?: number;
            state?: string;
        };
        ListCalendarEntriesResponse: {
            data?: components["schemas"]["ListCalendarEntriesResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListCalendarEntriesResponseDataItem: {
            id?: number | string;
            etag?: string;
            summary?: string;
            description?: string | null;
            location?: string | null;
            /** Format: date-time */
            start_at?: string;
            /** Format: date-time */
            end_at?: string;
            all_day?: boolean;
            matter?: {
                id?: number;
            } | null;
        };
        ListContactsResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListContactsResponseDataItem: {
            id?: number;
            etag?: string;
            name?: string;
            /** @enum {string} */
            type?: "Person" | "Company";
            first_name?: string;
            last_name?: string;
            primary_email_address?: string | null;
            primary_phone_number?: string | null;
        };
        ListDocumentsResponse: {
            data?: components["schemas"]["ListDocumentsResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListDocumentsResponseDataItem: {
            id?: number;
            etag?: string;
            name?: string;
            content_type?: string;
            size?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            matter?: {
                id?: number;
            } | null;
        };
        ListMattersResponse: {
            data?: components["schemas"]["ListMattersResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListMattersResponseDataItem: {
            id?: number;
            etag?: string;
            display_number?: string;
            description?: string;
            status?: string;
            /** Format: date */
            open_date?: string | null;
            /** Format: date */
            close_date?: string | null;
            client?: {
                id?: number;
                name?: string;
            } | null;
        };
        ListMattersResponseMeta: {
            paging?: {
                next?: string;
                previous?: string;
            };
            records?: number;
        };
        ListTasksResponse: {
            data?: components["schemas"]["ListTasksResponseDataItem"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        ListTasksResponseDataItem: {
            id?: number;
            etag?: string;
            name?: string;
            description?: string | null;
            status?: string;
            /** @enum {string} */
            priority?: "High" | "Normal" | "Low";
            due_at?: string | null;
            assignee?: {
                id?: number;
                type?: string;
            } | null;
            matter?: {
                id?: number;
            } | null;
        };
        ListUsersResponse: {
            data?: components["schemas"]["GetCurrentUserResponseData"][];
            meta?: components["schemas"]["ListMattersResponseMeta"];
        };
        UpdateActivityRequest: {
            data: {
                /** @enum {string} */
                type?: "TimeEntry" | "ExpenseEntry";
                /** Format: date */
                date?: string;
                quantity?: components["schemas"]["CreateActivityRequestDataQuantity"];
                /** @description Hourly rate or unit cost. */
                price?: number;
                note?: string;
                matter?: {
                    id: number;
                };
                user?: {
                    id: number;
                };
                activity_description?: {
                    id: number;
                };
                non_billable?: boolean;
            };
        };
        UpdateActivityResponse: components["schemas"]["GetActivityResponse"];
        UpdateCalendarEntryRequest: {
            data: {
                summary?: string;
                description?: string;
                location?: string;
                /** Format: date-time */
                start_at?: string;
                /** Format: date-time */
                end_at?: string;
                all_day?: boolean;
                /** @description iCalendar RRULE for repeating entries. */
                recurrence_rule?: string;
                calendar_owner?: components["schemas"]["CreateCalendarEntryRequestDataCalendarOwner"];
                matter?: {
                    id: number;
                };
            };
        };
        UpdateCalendarEntryResponse: components["schemas"]["GetCalendarEntryResponse"];
        UpdateContactRequest: {
            data: {
                /** @enum {string} */
                type?: "Person" | "Company";
                /** @description Company name. */
                name?: string;
                first_name?: string;
                middle_name?: string;
                last_name?: string;
                title?: string;
                prefix?: string;
                email_addresses?: components["schemas"]["CreateContactRequestDataEmailAddresses"];
                phone_numbers?: components["schemas"]["CreateContactRequestDataPhoneNumbers"];
                addresses?: components["schemas"]["CreateContactRequestDataAddresses"];
                company?: {
                    id: number;
                };
            };
        };
        UpdateContactResponse: components["schemas"]["GetContactResponse"];
        UpdateMatterRequest: {
            data: {
                description?: string;
                /** @description open, pending or closed. */
                status?: string;
                client?: {
                    id: number;
                };
                display_number?: components["schemas"]["CreateMatterRequestDataDisplayNumber"];
                /** Format: date */
                open_date?: string;
                /** Format: date */
                close_date?: string;
                responsible_attorney?: {
                    id: number;
                };
                originating_attorney?: {
                    id: number;
                };
                practice_area?: {
                    id: number;
                };
                billable?: boolean;
                client_reference?: string;
                location?: string;
            };
        };
        UpdateMatterResponse: components["schemas"]["GetMatterResponse"];
        UpdateTaskRequest: {
            data: {
                name?: string;
                description?: string;
                /** Format: date-time */
                due_at?: string;
                /** @enum {string} */
                priority?: "High" | "Normal" | "Low";
                /** @enum {string} */
                status?: "pending" | "in_progress" | "in_review" | "complete";
                assignee?: components["schemas"]["CreateTaskRequestDataAssignee"];
                matter?: {
                    id: number;
                };
                task_type?: {
                    id: number;
                };
                private?: boolean;
            };
        };
        UpdateTaskResponse: components["schemas"]["GetTaskResponse"];
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
        /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivities: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                type?: "TimeEntry" | "ExpenseEntry";
                matter_id?: number;
                user_id?: number;
                task_id?: number;
                /** @description Billing state of the entries, e.g. billed or unbilled. */
                status?: string;
                /** @description Entries dated on or after this day. */
                start_date?: string;
                /** @description Entries dated on or before this day. */
                end_date?: string;
                updated_since?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
    createActivity: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "TimeEntry",
                 *         "date": "2026-02-11",
                 *         "quantity": 3600,
                 *         "matter": {
                 *           "id": 12345
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateActivityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateActivityResponse"];
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
    deleteActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
    updateActivity: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description The record's etag; the change is refused if the record changed since. */
                "IF-MATCH"?: string;
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "note": "Updated note"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateActivityRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateActivityResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBills: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                state?: "draft" | "awaiting_approval" | "awaiting_payment" | "paid" | "void" | "deleted";
                client_id?: number;
                matter_id?: number;
                issued_after?: string;
                issued_before?: string;
                due_after?: string;
                due_before?: string;
                overdue_only?: boolean;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBillsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBill: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                    "application/json": components["schemas"]["GetBillResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendarEntries: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                calendar_id?: number;
                matter_id?: number;
                /** @description Entries ending after this time. */
                from?: string;
                /** @description Entries starting before this time. */
                to?: string;
                is_all_day?: boolean;
                /** @description Return each occurrence of recurring entries. */
                expanded?: boolean;
                query?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarEntriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCalendarEntry: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "summary": "Client Meeting",
                 *         "start_at": "2026-02-15T10:00:00Z",
                 *         "end_at": "2026-02-15T11:00:00Z",
                 *         "calendar_owner": {
                 *           "id": 12345,
                 *           "type": "User"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateCalendarEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCalendarEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCalendarEntry: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                    "application/json": components["schemas"]["GetCalendarEntryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCalendarEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
    updateCalendarEntry: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description The record's etag; the change is refused if the record changed since. */
                "IF-MATCH"?: string;
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "summary": "Updated Meeting"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCalendarEntryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCalendarEntryResponse"];
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
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                type?: "Person" | "Company";
                /** @description Text matched against name, email and phone. */
                query?: string;
                /** @description Only contacts whose name starts with this letter. */
                initial?: string;
                /** @description Only contacts that have an email address. */
                email_only?: boolean;
                /** @description Only contacts that are clients of a matter. */
                client_only?: boolean;
                updated_since?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "type": "Person",
                 *         "first_name": "John",
                 *         "last_name": "Doe"
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description The record's etag; the change is refused if the record changed since. */
                "IF-MATCH"?: string;
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "first_name": "Jane"
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
    listDocuments: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                matter_id?: number;
                contact_id?: number;
                /** @description Folder the documents sit in. */
                parent_id?: number;
                /** @description Text matched against the document name. */
                query?: string;
                include_deleted?: boolean;
                updated_since?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDocumentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDocument: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                    "application/json": components["schemas"]["GetDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadDocument: {
        parameters: {
            query?: {
                /** @description A version other than the latest. */
                document_version_id?: number;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file itself, in its own content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["DownloadDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMatters: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                /** @description One or more of open, pending and closed, comma-separated. */
                status?: string;
                /** @description Only matters of this client contact. */
                client_id?: number;
                responsible_attorney_id?: number;
                originating_attorney_id?: number;
                practice_area_id?: number;
                /** @description Text matched against display number and description. */
                query?: string;
                updated_since?: string;
                /** @description Field and direction, e.g. id(asc). */
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMattersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMatter: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "description": "New Legal Matter",
                 *         "status": "open",
                 *         "client": {
                 *           "id": 12345
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateMatterRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMatterResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMatter: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                    "application/json": components["schemas"]["GetMatterResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMatter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
    updateMatter: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description The record's etag; the change is refused if the record changed since. */
                "IF-MATCH"?: string;
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "description": "Updated Description"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMatterRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMatterResponse"];
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
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                status?: "pending" | "in_progress" | "in_review" | "complete";
                priority?: "High" | "Normal" | "Low";
                matter_id?: number;
                assignee_id?: number;
                assignee_type?: "user" | "contact";
                complete?: boolean;
                due_at_from?: string;
                due_at_to?: string;
                /** @description Text matched against name and description. */
                query?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "name": "Review contract",
                 *         "due_at": "2026-02-15T17:00:00Z",
                 *         "priority": "Normal",
                 *         "assignee": {
                 *           "id": 12345,
                 *           "type": "User"
                 *         },
                 *         "matter": {
                 *           "id": 67890
                 *         }
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
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
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description The record's etag; the change is refused if the record changed since. */
                "IF-MATCH"?: string;
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the record. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": {
                 *         "status": "complete"
                 *       }
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
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
                enabled?: boolean;
                name?: string;
                order?: string;
                /** @description Records per page. */
                limit?: number;
                /** @description Token taken from meta.paging.next of the previous page. */
                page_token?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
    getCurrentUser: {
        parameters: {
            query?: {
                /**
                 * @description Comma-separated fields to return; nested records in braces, e.g. id,display_number,client{id,name}.
                 * @example id,display_number,description,status
                 */
                fields?: string;
            };
            header?: {
                /** @description Id of the Clio connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
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
