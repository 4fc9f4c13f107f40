// Generated from providers/quo.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/call-recordings/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the recordings of a call with their download URLs. */
        get: operations["getCallRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-summaries/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the AI summary and next steps of a call. */
        get: operations["getCallSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-transcripts/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the transcript of a call as timed dialogue lines. */
        get: operations["getCallTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/call-voicemails/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the voicemail left on a call, with its recording URL and transcript. */
        get: operations["getCallVoicemail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the calls between a workspace number and one participant. */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one call. */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact-custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom contact fields defined in the workspace. */
        get: operations["listContactCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's contacts created through the API or shared with it. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact with default and custom fields. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contactId}": {
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
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change fields of a contact; fields left out stay as they are. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conversations, optionally for given numbers or a user and within a time range. */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the text messages between a workspace number and one participant. */
        get: operations["listMessages"];
        put?: never;
        /** Send a text message from one of the workspace's numbers. */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one text message. */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's phone numbers with the users who share them. */
        get: operations["listPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspace's users. */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user of the workspace. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the webhooks created through the API. */
        get: operations["listWebhooks"];
        put?: never;
        /** Create a webhook for one resource type. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/call-summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a webhook fired when a call summary is ready. */
        post: operations["createCallSummaryWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/call-transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a webhook fired when a call transcript is ready. */
        post: operations["createCallTranscriptWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a webhook for call events (ringing, completed, recording completed). */
        post: operations["createCallWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a webhook for message events (received, delivered). */
        post: operations["createMessageWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one webhook. */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateCallSummaryWebhookRequest: components["schemas"]["CreateMessageWebhookRequest"];
        CreateCallSummaryWebhookResponse: components["schemas"]["CreateWebhookResponse"];
        CreateCallTranscriptWebhookRequest: components["schemas"]["CreateMessageWebhookRequest"];
        CreateCallTranscriptWebhookResponse: components["schemas"]["CreateWebhookResponse"];
        CreateCallWebhookRequest: components["schemas"]["CreateMessageWebhookRequest"];
        CreateCallWebhookResponse: components["schemas"]["CreateWebhookResponse"];
        CreateContactRequest: {
            defaultFields: components["schemas"]["CreateContactRequestDefaultFields"];
            customFields?: components["schemas"]["CreateContactRequestCustomFields"];
            createdByUserId?: string;
            /** @description Name of the integration the contact comes from. */
            source?: string;
            sourceUrl?: string;
            /** @description Your own id for the contact. */
            externalId?: string;
        };
        CreateContactRequestCustomFields: {
            /** @description Key of the custom field from GET /v1/contact-custom-fields. */
            key?: string;
            value?: unknown;
        }[];
        CreateContactRequestDefaultFields: {
            firstName?: string;
            lastName?: string;
            company?: string;
            role?: string;
            emails?: components["schemas"]["CreateContactRequestDefaultFieldsEmailsItem"][];
            phoneNumbers?: components["schemas"]["CreateContactRequestDefaultFieldsEmailsItem"][];
        };
        CreateContactRequestDefaultFieldsEmailsItem: {
            /** @description Label such as work or mobile. */
            name?: string;
            value?: string;
        };
        CreateContactResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"];
        };
        CreateMessageWebhookRequest: {
            /** Format: uri */
            url: string;
            events: components["schemas"]["CreateWebhookRequestEvents"];
            label?: string;
            resourceIds?: components["schemas"]["CreateWebhookRequestResourceIds"];
            /** @enum {string} */
            status?: "enabled" | "disabled";
            userId?: string;
        };
        CreateMessageWebhookResponse: components["schemas"]["CreateWebhookResponse"];
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description HTTPS endpoint that receives the events.
             */
            url: string;
            /** @enum {string} */
            resourceType: "call" | "message" | "callSummary" | "callTranscript";
            events?: components["schemas"]["CreateWebhookRequestEvents"];
            label?: string;
            resourceIds?: components["schemas"]["CreateWebhookRequestResourceIds"];
            /** @enum {string} */
            status?: "enabled" | "disabled";
        };
        /** @description Event names such as message.received or call.completed. */
        CreateWebhookRequestEvents: string[];
        /** @description Phone number ids to limit the webhook to; all numbers when left out. */
        CreateWebhookRequestResourceIds: string[];
        CreateWebhookResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItem"];
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
        GetCallRecordingsResponse: {
            data?: {
                id?: string;
                url?: string;
                type?: string;
                duration?: number;
                status?: string;
                startTime?: string;
            }[];
        };
        GetCallResponse: {
            data?: components["schemas"]["ListCallsResponseDataItem"];
        };
        GetCallSummaryResponse: {
            data?: {
                callId?: string;
                status?: string;
                summary?: string[];
                nextSteps?: string[];
            };
        };
        GetCallTranscriptResponse: {
            data?: {
                callId?: string;
                status?: string;
                duration?: number;
                createdAt?: string;
                dialogue?: {
                    content?: string;
                    identifier?: string;
                    userId?: string;
                    start?: number;
                    end?: number;
                }[];
            };
        };
        GetCallVoicemailResponse: {
            data?: {
                id?: string;
                url?: string;
                type?: string;
                duration?: number;
                status?: string;
                transcript?: string;
            };
        };
        GetContactResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"];
        };
        GetMessageResponse: {
            data?: components["schemas"]["SendMessageResponseData"];
        };
        GetUserResponse: {
            data?: components["schemas"]["ListUsersResponseDataItem"];
        };
        GetWebhookResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItem"];
        };
        ListCallsResponse: {
            data?: components["schemas"]["ListCallsResponseDataItem"][];
            totalItems?: number;
            nextPageToken?: string;
        };
        ListCallsResponseDataItem: {
            id?: string;
            /** @enum {string} */
            direction?: "incoming" | "outgoing";
            status?: string;
            /** @description Length in seconds. */
            duration?: number;
            participants?: string[];
            phoneNumberId?: string;
            userId?: string;
            answeredAt?: string;
            completedAt?: string;
            createdAt?: string;
        };
        ListContactCustomFieldsResponse: {
            data?: {
                key?: string;
                name?: string;
                type?: string;
            }[];
        };
        ListContactsResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"][];
            totalItems?: number;
            nextPageToken?: string;
        };
        ListContactsResponseDataItem: {
            id?: string;
            externalId?: string;
            source?: string;
            sourceUrl?: string;
            defaultFields?: Record<string, unknown>;
            customFields?: Record<string, unknown>[];
            createdAt?: string;
            updatedAt?: string;
            createdByUserId?: string;
        };
        ListConversationsResponse: {
            data?: {
                id?: string;
                name?: string;
                participants?: string[];
                phoneNumberId?: string;
                assignedTo?: string;
                lastActivityAt?: string;
                lastActivityId?: string;
                mutedUntil?: string;
                snoozedUntil?: string;
                createdAt?: string;
                updatedAt?: string;
            }[];
            totalItems?: number;
            nextPageToken?: string;
        };
        ListMessagesResponse: {
            data?: components["schemas"]["SendMessageResponseData"][];
            totalItems?: number;
            nextPageToken?: string;
        };
        ListPhoneNumbersResponse: {
            data?: {
                id?: string;
                name?: string;
                number?: string;
                formattedNumber?: string;
                groupId?: string;
                symbol?: string;
                users?: {
                    id?: string;
                    email?: string;
                    firstName?: string;
                    lastName?: string;
                    role?: string;
                }[];
                /** Format: date-time */
                createdAt?: string;
                /** Format: date-time */
                updatedAt?: string;
            }[];
        };
        ListUsersResponse: {
            data?: components["schemas"]["ListUsersResponseDataItem"][];
            totalItems?: number;
            nextPageToken?: string;
        };
        ListUsersResponseDataItem: {
            id?: string;
            email?: string;
            firstName?: string;
            lastName?: string;
            pictureUrl?: string;
            /** @enum {string} */
            role?: "owner" | "admin" | "member";
            createdAt?: string;
            updatedAt?: string;
        };
        ListWebhooksResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItem"][];
        };
        ListWebhooksResponseDataItem: {
            id?: string;
            url?: string;
            events?: string[];
            label?: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            resourceIds?: string[];
            /** @description Secret for verifying deliveries. */
            key?: string;
            userId?: string;
            orgId?: string;
            createdAt?: string;
            updatedAt?: string;
        };
        SendMessageRequest: {
            /** @description Text of the message. */
            content: string;
            /** @description Sending number as a phone number id (PN…) or in E.164 form. */
            from: string;
            /** @description Recipient in E.164 form. */
            to: string[];
            /** @description User the message is sent as; defaults to the number's owner. */
            userId?: string;
            /**
             * @description Mark the conversation done after sending.
             * @enum {string}
             */
            setInboxStatus?: "done";
        };
        SendMessageResponse: {
            data?: components["schemas"]["SendMessageResponseData"];
        };
        SendMessageResponseData: {
            id?: string;
            to?: string[];
            from?: string;
            text?: string;
            phoneNumberId?: string;
            /** @enum {string} */
            direction?: "incoming" | "outgoing";
            userId?: string;
            /** @enum {string} */
            status?: "queued" | "sent" | "delivered" | "undelivered";
            createdAt?: string;
            updatedAt?: string;
        };
        UpdateContactRequest: {
            defaultFields?: components["schemas"]["CreateContactRequestDefaultFields"];
            customFields?: components["schemas"]["CreateContactRequestCustomFields"];
            source?: string;
            sourceUrl?: string;
            externalId?: string;
        };
        UpdateContactResponse: {
            data?: components["schemas"]["ListContactsResponseDataItem"];
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
        /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCallRecordings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the call (starts with AC). */
                callId: string;
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
                    "application/json": components["schemas"]["GetCallRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the call (starts with AC). */
                callId: string;
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
                    "application/json": components["schemas"]["GetCallSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallTranscript: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the call (starts with AC). */
                callId: string;
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
                    "application/json": components["schemas"]["GetCallTranscriptResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCallVoicemail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the call (starts with AC). */
                callId: string;
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
                    "application/json": components["schemas"]["GetCallVoicemailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalls: {
        parameters: {
            query: {
                /** @description Workspace number (PN…) or its E.164 form. */
                phoneNumberId: string;
                /** @description The other party's number in E.164 form, repeated as participants[]=… (exactly one). */
                "participants[]": string[];
                /** @description Only calls handled by this user. */
                userId?: string;
                /** @description Only items created after this time. */
                createdAfter?: string;
                /** @description Only items created before this time. */
                createdBefore?: string;
                /** @description Items per page. */
                maxResults?: number;
                /** @description nextPageToken from the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCallsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the call (starts with AC). */
                callId: string;
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
                    "application/json": components["schemas"]["GetCallResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContactCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListContactCustomFieldsResponse"];
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
                /** @description Only contacts with these external ids. */
                "externalIds[]"?: string[];
                /** @description Only contacts from these sources. */
                "sources[]"?: string[];
                /** @description Contacts per page. */
                maxResults?: number;
                /** @description nextPageToken from the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "defaultFields": {
                 *         "firstName": "Jane",
                 *         "lastName": "Doe",
                 *         "phoneNumbers": [
                 *           {
                 *             "name": "mobile",
                 *             "value": "+15555555555"
                 *           }
                 *         ]
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "defaultFields": {
                 *         "company": "New Company"
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
    listConversations: {
        parameters: {
            query?: {
                /** @description Workspace numbers (ids or E.164) to list conversations of. */
                "phoneNumbers[]"?: string[];
                userId?: string;
                /** @description Only items created after this time. */
                createdAfter?: string;
                /** @description Only items created before this time. */
                createdBefore?: string;
                updatedAfter?: string;
                updatedBefore?: string;
                /** @description Leave out conversations with no recent activity. */
                excludeInactive?: boolean;
                /** @description Items per page. */
                maxResults?: number;
                /** @description nextPageToken from the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListConversationsResponse"];
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
            query: {
                /** @description Workspace number (PN…) or its E.164 form. */
                phoneNumberId: string;
                /** @description The other party's number in E.164 form, repeated as participants[]=… (exactly one). */
                "participants[]": string[];
                /** @description Only messages sent or received by this user. */
                userId?: string;
                /** @description Only items created after this time. */
                createdAfter?: string;
                /** @description Only items created before this time. */
                createdBefore?: string;
                /** @description Items per page. */
                maxResults?: number;
                /** @description nextPageToken from the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Hello, world!",
                 *       "from": "PN123abc",
                 *       "to": [
                 *         "+15555555555"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            202: {
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
    getMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message (starts with AC). */
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
    listPhoneNumbers: {
        parameters: {
            query?: {
                /** @description Only numbers this user (US…) has access to. */
                userId?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListPhoneNumbersResponse"];
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
                /** @description Users per page. */
                maxResults?: number;
                /** @description nextPageToken from the previous page. */
                pageToken?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user (starts with US). */
                userId: string;
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
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Only webhooks owned by this user. */
                userId?: string;
            };
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks/calls",
                 *       "resourceType": "call"
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
    createCallSummaryWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks/summaries",
                 *       "events": [
                 *         "call.summary.completed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCallSummaryWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallSummaryWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCallTranscriptWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks/transcripts",
                 *       "events": [
                 *         "call.transcript.completed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCallTranscriptWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallTranscriptWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCallWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks/calls",
                 *       "events": [
                 *         "call.completed",
                 *         "call.ringing",
                 *         "call.recording.completed"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCallWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMessageWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhooks/messages",
                 *       "events": [
                 *         "message.received",
                 *         "message.delivered"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMessageWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMessageWebhookResponse"];
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook (starts with WH). */
                webhookId: string;
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
                /** @description Id of the Quo connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook (starts with WH). */
                webhookId: string;
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
