// Generated from providers/outlook.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user's profile, including name and mail address. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/calendar/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events of the user's default calendar (recurring series appear once, as their master). */
        get: operations["listEvents"];
        put?: never;
        /** Add an event to the default calendar and send invitations to its attendees. */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the user's calendars. */
        get: operations["listCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the personal contacts in the user's default contacts folder. */
        get: operations["listContacts"];
        put?: never;
        /** Add a personal contact. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a personal contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event with its times, attendees and location. */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /** Delete an event from the calendar (an organizer's delete sends cancellations). */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/mailFolders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the mailbox's top-level mail folders with item counts. */
        get: operations["listMailFolders"];
        put?: never;
        /** Create a top-level mail folder. */
        post: operations["createMailFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/mailFolders/{folderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one mail folder by id or well-known name. */
        get: operations["getMailFolder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/mailFolders/{folderId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the messages in one mail folder, such as Inbox. */
        get: operations["listFolderMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List messages across the whole mailbox, newest first by default, with filtering and search. */
        get: operations["listMessages"];
        put?: never;
        /** Save a new message as a draft in the Drafts folder without sending it. */
        post: operations["createDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one message with its body and recipients. */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /** Delete a message from the mailbox. */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /** Change properties of a message, for example mark it read, flag it or edit a draft. */
        patch: operations["updateMessage"];
        trace?: never;
    };
    "/v1.0/me/messages/{messageId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a message to another mail folder; the moved copy gets a new id. */
        post: operations["moveMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/messages/{messageId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a previously saved draft. */
        post: operations["sendDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/sendMail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compose and send a message in one step. */
        post: operations["sendMail"];
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
        CreateContactRequest: {
            givenName?: string;
            surname?: string;
            displayName?: string;
            emailAddresses?: {
                /** Format: email */
                address: string;
                name?: string;
            }[];
            businessPhones?: string[];
            mobilePhone?: string;
            companyName?: string;
            jobTitle?: string;
        };
        CreateContactResponse: components["schemas"]["ListContactsResponseValueItem"];
        CreateDraftRequest: {
            subject?: string;
            body?: components["schemas"]["CreateDraftRequestBody"];
            toRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            ccRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            bccRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            replyTo?: components["schemas"]["CreateDraftRequestToRecipients"];
            /** @enum {string} */
            importance?: "low" | "normal" | "high";
            categories?: string[];
            /** @description File attachments as #microsoft.graph.fileAttachment objects with base64 contentBytes. */
            attachments?: Record<string, unknown>[];
        };
        CreateDraftRequestBody: {
            /** @description Text or HTML; the case of the value does not matter. */
            contentType: string;
            content: string;
        };
        CreateDraftRequestToRecipients: {
            emailAddress: {
                /** Format: email */
                address: string;
                name?: string;
            };
        }[];
        CreateDraftResponse: components["schemas"]["ListMessagesResponseValueItem"];
        CreateEventRequest: {
            subject?: string;
            body?: components["schemas"]["CreateDraftRequestBody"];
            start: components["schemas"]["CreateEventRequestStart"];
            end: components["schemas"]["CreateEventRequestStart"];
            isAllDay?: boolean;
            location?: {
                displayName?: string;
            };
            attendees?: {
                emailAddress: {
                    /** Format: email */
                    address: string;
                    name?: string;
                };
                /** @enum {string} */
                type?: "required" | "optional" | "resource";
            }[];
            /** @description true adds an online meeting link. */
            isOnlineMeeting?: boolean;
            /** @enum {string} */
            onlineMeetingProvider?: "teamsForBusiness" | "skypeForBusiness" | "skypeForConsumer";
            /** @description Repeat pattern and range of a recurring event. */
            recurrence?: Record<string, unknown>;
            reminderMinutesBeforeStart?: number;
            /** @enum {string} */
            showAs?: "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";
        };
        CreateEventRequestStart: {
            /** @description Local date and time without offset (2026-01-15T10:00:00). */
            dateTime: string;
            /** @description Windows or IANA time zone name the dateTime is in. */
            timeZone: string;
        };
        CreateEventResponse: components["schemas"]["ListEventsResponseValueItem"];
        CreateMailFolderRequest: {
            /** @description Name of the folder. */
            displayName: string;
            /**
             * @description true creates a hidden folder (cannot be changed later).
             * @default false
             */
            isHidden?: boolean;
        };
        CreateMailFolderResponse: components["schemas"]["ListMailFoldersResponseValueItem"];
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
        GetEventResponse: components["schemas"]["ListEventsResponseValueItem"];
        GetMailFolderResponse: components["schemas"]["ListMailFoldersResponseValueItem"];
        GetMeResponse: {
            id?: string;
            displayName?: string;
            givenName?: string;
            surname?: string;
            mail?: string;
            userPrincipalName?: string;
            jobTitle?: string;
            officeLocation?: string;
            preferredLanguage?: string;
            businessPhones?: string[];
            mobilePhone?: string;
        };
        GetMessageResponse: components["schemas"]["ListMessagesResponseValueItem"];
        ListCalendarsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListMailFoldersResponseOdataNextLink"];
            value?: {
                id?: string;
                name?: string;
                color?: string;
                hexColor?: string;
                isDefaultCalendar?: boolean;
                canEdit?: boolean;
                canShare?: boolean;
                owner?: {
                    name?: string;
                    address?: string;
                };
            }[];
        };
        ListContactsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListMailFoldersResponseOdataNextLink"];
            value?: components["schemas"]["ListContactsResponseValueItem"][];
        };
        ListContactsResponseValueItem: {
            id?: string;
            displayName?: string;
            givenName?: string;
            surname?: string;
            emailAddresses?: {
                name?: string;
                address?: string;
            }[];
            businessPhones?: string[];
            mobilePhone?: string;
            companyName?: string;
            jobTitle?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
        };
        ListEventsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListMailFoldersResponseOdataNextLink"];
            value?: components["schemas"]["ListEventsResponseValueItem"][];
        };
        ListEventsResponseValueItem: {
            id?: string;
            subject?: string;
            bodyPreview?: string;
            body?: components["schemas"]["ListMessagesResponseValueItemBody"];
            start?: components["schemas"]["ListEventsResponseValueItemStart"];
            end?: components["schemas"]["ListEventsResponseValueItemStart"];
            isAllDay?: boolean;
            location?: {
                displayName?: string;
            };
            organizer?: components["schemas"]["ListMessagesResponseValueItemFrom"];
            attendees?: {
                emailAddress?: {
                    name?: string;
                    address?: string;
                };
                type?: string;
                status?: {
                    response?: string;
                    time?: string;
                };
            }[];
            isOnlineMeeting?: boolean;
            onlineMeeting?: {
                /** Format: uri */
                joinUrl?: string;
            };
            showAs?: string;
            /** @enum {string} */
            type?: "singleInstance" | "occurrence" | "exception" | "seriesMaster";
            /** Format: uri */
            webLink?: string;
        };
        ListEventsResponseValueItemStart: {
            dateTime?: string;
            timeZone?: string;
        };
        ListFolderMessagesResponse: components["schemas"]["ListMessagesResponse"];
        ListMailFoldersResponse: {
            "@odata.nextLink"?: components["schemas"]["ListMailFoldersResponseOdataNextLink"];
            value?: components["schemas"]["ListMailFoldersResponseValueItem"][];
        };
        /**
         * Format: uri
         * @description Full URL of the next page; absent on the last page.
         */
        ListMailFoldersResponseOdataNextLink: string;
        ListMailFoldersResponseValueItem: {
            id?: string;
            displayName?: string;
            parentFolderId?: string;
            childFolderCount?: number;
            unreadItemCount?: number;
            totalItemCount?: number;
            isHidden?: boolean;
        };
        ListMessagesResponse: {
            "@odata.nextLink"?: components["schemas"]["ListMailFoldersResponseOdataNextLink"];
            value?: components["schemas"]["ListMessagesResponseValueItem"][];
        };
        ListMessagesResponseValueItem: {
            id?: string;
            conversationId?: string;
            parentFolderId?: string;
            subject?: string;
            bodyPreview?: string;
            body?: components["schemas"]["ListMessagesResponseValueItemBody"];
            from?: components["schemas"]["ListMessagesResponseValueItemFrom"];
            sender?: components["schemas"]["ListMessagesResponseValueItemFrom"];
            toRecipients?: components["schemas"]["ListMessagesResponseValueItemFrom"][];
            ccRecipients?: components["schemas"]["ListMessagesResponseValueItemFrom"][];
            bccRecipients?: components["schemas"]["ListMessagesResponseValueItemFrom"][];
            replyTo?: components["schemas"]["ListMessagesResponseValueItemFrom"][];
            /** Format: date-time */
            receivedDateTime?: string;
            /** Format: date-time */
            sentDateTime?: string;
            isRead?: boolean;
            isDraft?: boolean;
            hasAttachments?: boolean;
            /** @enum {string} */
            importance?: "low" | "normal" | "high";
            categories?: string[];
            flag?: {
                /** @enum {string} */
                flagStatus?: "notFlagged" | "complete" | "flagged";
            };
            /** Format: uri */
            webLink?: string;
        };
        ListMessagesResponseValueItemBody: {
            /** @enum {string} */
            contentType?: "text" | "html";
            content?: string;
        };
        ListMessagesResponseValueItemFrom: {
            emailAddress?: {
                name?: string;
                address?: string;
            };
        };
        MoveMessageRequest: {
            /** @description Id or well-known name of the target folder. */
            destinationId: string;
        };
        MoveMessageResponse: components["schemas"]["ListMessagesResponseValueItem"];
        SendMailRequest: {
            message: components["schemas"]["CreateDraftRequest"];
            /**
             * @description false skips keeping a copy in Sent Items.
             * @default true
             */
            saveToSentItems?: boolean;
        };
        UpdateMessageRequest: {
            isRead?: boolean;
            /** @description Drafts only. */
            subject?: string;
            body?: components["schemas"]["CreateDraftRequestBody"];
            toRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            ccRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            bccRecipients?: components["schemas"]["CreateDraftRequestToRecipients"];
            /** @enum {string} */
            importance?: "low" | "normal" | "high";
            categories?: string[];
            flag?: {
                /** @enum {string} */
                flagStatus?: "notFlagged" | "complete" | "flagged";
            };
        };
        UpdateMessageResponse: components["schemas"]["ListMessagesResponseValueItem"];
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
        /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMeResponse"];
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
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. start/dateTime ge '2026-01-01'. */
                $filter?: string;
                /** @description Sort order, e.g. start/dateTime desc. */
                $orderby?: string;
            };
            header?: {
                /** @description outlook.timezone="Pacific Standard Time" returns times in that zone instead of UTC. */
                Prefer?: string;
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Meeting",
                 *       "start": {
                 *         "dateTime": "2024-01-15T10:00:00",
                 *         "timeZone": "UTC"
                 *       },
                 *       "end": {
                 *         "dateTime": "2024-01-15T11:00:00",
                 *         "timeZone": "UTC"
                 *       },
                 *       "attendees": [
                 *         {
                 *           "emailAddress": {
                 *             "address": "attendee@example.com"
                 *           },
                 *           "type": "required"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateEventRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventResponse"];
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
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. emailAddresses/any(a:a/address eq 'ana@example.com'). */
                $filter?: string;
                /** @description Sort order, e.g. displayName. */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "givenName": "John",
                 *       "surname": "Doe",
                 *       "emailAddresses": [
                 *         {
                 *           "address": "john.doe@example.com"
                 *         }
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
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
    getEvent: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description outlook.timezone="Pacific Standard Time" returns times in that zone instead of UTC. */
                Prefer?: string;
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                eventId: string;
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
                    "application/json": components["schemas"]["GetEventResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the event. */
                eventId: string;
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
    listMailFolders: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
                /** @description true also lists hidden folders. */
                includeHiddenFolders?: boolean;
            };
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMailFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMailFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "My Folder"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMailFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMailFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMailFolder: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail folder or a well-known name such as Inbox. */
                folderId: string;
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
                    "application/json": components["schemas"]["GetMailFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderMessages: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isRead eq false or receivedDateTime ge 2026-01-01T00:00:00Z. */
                $filter?: string;
                /** @description Sort order, e.g. receivedDateTime desc. */
                $orderby?: string;
                /** @description KQL search in double quotes, e.g. "quarterly report" or "from:ana@example.com"; cannot be combined with $orderby. */
                $search?: string;
                /** @description true adds the total number of matches as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description outlook.body-content-type="text" returns bodies as text instead of HTML. */
                Prefer?: string;
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the mail folder or a well-known name such as Inbox. */
                folderId: string;
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
                    "application/json": components["schemas"]["ListFolderMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of items to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. isRead eq false or receivedDateTime ge 2026-01-01T00:00:00Z. */
                $filter?: string;
                /** @description Sort order, e.g. receivedDateTime desc. */
                $orderby?: string;
                /** @description KQL search in double quotes, e.g. "quarterly report" or "from:ana@example.com"; cannot be combined with $orderby. */
                $search?: string;
                /** @description true adds the total number of matches as @odata.count. */
                $count?: boolean;
            };
            header?: {
                /** @description outlook.body-content-type="text" returns bodies as text instead of HTML. */
                Prefer?: string;
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Hello",
                 *       "body": {
                 *         "contentType": "Text",
                 *         "content": "This is the email body."
                 *       },
                 *       "toRecipients": [
                 *         {
                 *           "emailAddress": {
                 *             "address": "recipient@example.com"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateDraftRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDraftResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessage: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description attachments to include the message's attachments. */
                $expand?: string;
            };
            header?: {
                /** @description outlook.body-content-type="text" returns bodies as text instead of HTML. */
                Prefer?: string;
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message. */
                messageId: string;
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
                    "application/json": components["schemas"]["GetMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message. */
                messageId: string;
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
    updateMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isRead": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    moveMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "destinationId": "{folderId}"
                 *     }
                 */
                "application/json": components["schemas"]["MoveMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted; the message is queued for delivery and a copy goes to Sent Items. */
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
    sendMail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Outlook connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": {
                 *         "subject": "Hello",
                 *         "body": {
                 *           "contentType": "Text",
                 *           "content": "This is the email body."
                 *         },
                 *         "toRecipients": [
                 *           {
                 *             "emailAddress": {
                 *               "address": "recipient@example.com"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "saveToSentItems": true
                 *     }
                 */
                "application/json": components["schemas"]["SendMailRequest"];
            };
        };
        responses: {
            /** @description Accepted for delivery; there is no body. */
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
}
