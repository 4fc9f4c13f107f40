// Generated from providers/twilio.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/2010-04-01/Accounts.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account and its subaccounts that the credentials can reach. */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an account's name, status and type. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Applications.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the TwiML applications of the account. */
        get: operations["listApplications"];
        put?: never;
        /** Create a TwiML application that bundles voice and messaging URLs. */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Applications/{ApplicationSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a TwiML application. */
        delete: operations["deleteApplication"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Calls.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls, newest first, optionally by number, status and time. */
        get: operations["listCalls"];
        put?: never;
        /** Place an outbound call whose behaviour comes from a TwiML URL, inline TwiML or an application. */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one call with its status, duration and price. */
        get: operations["getCall"];
        put?: never;
        /** Change a live call, e.g. end it with Status=completed or redirect it to new TwiML. */
        post: operations["updateCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the phone numbers the account owns. */
        get: operations["listIncomingPhoneNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{PhoneNumberSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one owned phone number with its capabilities and webhook settings. */
        get: operations["getIncomingPhoneNumber"];
        put?: never;
        /** Change a phone number's name or the URLs and applications that handle its calls and messages. */
        post: operations["updateIncomingPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Messages.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sent and received messages, newest first, optionally by number and date. */
        get: operations["listMessages"];
        put?: never;
        /** Send an SMS, MMS or WhatsApp message. */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one message with its status, price and error details. */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /** Delete a message record from the account's logs. */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Queues.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the call queues of the account with their current sizes. */
        get: operations["listQueues"];
        put?: never;
        /** Create a call queue. */
        post: operations["createQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2010-04-01/Accounts/{AccountSid}/Usage/Records.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List usage and cost per category over a date range. */
        get: operations["listUsageRecords"];
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
        CreateApplicationRequest: {
            FriendlyName?: string;
            /** Format: uri */
            VoiceUrl?: string;
            /** @enum {string} */
            VoiceMethod?: "GET" | "POST";
            /** Format: uri */
            VoiceFallbackUrl?: string;
            /** Format: uri */
            StatusCallback?: string;
            /** Format: uri */
            SmsUrl?: string;
            /** @enum {string} */
            SmsMethod?: "GET" | "POST";
            /** Format: uri */
            SmsFallbackUrl?: string;
            VoiceCallerIdLookup?: boolean;
        };
        CreateApplicationResponse: components["schemas"]["ListApplicationsResponseApplicationsItem"];
        CreateCallRequest: {
            /** @description Number, SIP address or client identifier to call. */
            To: string;
            /** @description A Twilio number or verified caller id of the account. */
            From: string;
            /**
             * Format: uri
             * @description URL that returns the TwiML instructions for the call.
             */
            Url?: string;
            /** @description TwiML instructions given inline instead of Url. */
            Twiml?: string;
            /** @description Application (AP…) whose voice settings drive the call. */
            ApplicationSid?: string;
            /**
             * @default POST
             * @enum {string}
             */
            Method?: "GET" | "POST";
            /** Format: uri */
            StatusCallback?: string;
            StatusCallbackEvent?: ("initiated" | "ringing" | "answered" | "completed")[];
            /** @enum {string} */
            StatusCallbackMethod?: "GET" | "POST";
            /**
             * @description Seconds to let the phone ring.
             * @default 60
             */
            Timeout?: number;
            Record?: boolean;
            /** @enum {string} */
            MachineDetection?: "Enable" | "DetectMessageEnd";
            CallerId?: string;
            SendDigits?: string;
        };
        CreateCallResponse: components["schemas"]["ListCallsResponseCallsItem"];
        CreateQueueRequest: {
            /** @description Name of the queue; must be unique in the account. */
            FriendlyName: string;
            /**
             * @description Most calls the queue may hold.
             * @default 1000
             */
            MaxSize?: number;
        };
        CreateQueueResponse: components["schemas"]["ListQueuesResponseQueuesItem"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccountsItem"];
        GetCallResponse: components["schemas"]["ListCallsResponseCallsItem"];
        GetIncomingPhoneNumberResponse: components["schemas"]["ListIncomingPhoneNumbersResponseIncomingPhoneNumbersItem"];
        GetMessageResponse: components["schemas"]["ListMessagesResponseMessagesItem"];
        ListAccountsResponse: {
            accounts?: components["schemas"]["ListAccountsResponseAccountsItem"][];
            page?: number;
            page_size?: number;
            first_page_uri?: string;
            next_page_uri?: string | null;
            previous_page_uri?: string | null;
            uri?: string;
        };
        ListAccountsResponseAccountsItem: {
            sid?: string;
            friendly_name?: string;
            status?: string;
            /** @enum {string} */
            type?: "Trial" | "Full";
            owner_account_sid?: string;
            date_created?: string;
            date_updated?: string;
            uri?: string;
            subresource_uris?: Record<string, unknown>;
        };
        ListApplicationsResponse: {
            applications?: components["schemas"]["ListApplicationsResponseApplicationsItem"][];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
        };
        ListApplicationsResponseApplicationsItem: {
            sid?: string;
            account_sid?: string;
            friendly_name?: string;
            voice_url?: string;
            voice_method?: string;
            sms_url?: string;
            sms_method?: string;
            status_callback?: string;
            date_created?: string;
            date_updated?: string;
        };
        ListCallsResponse: {
            calls?: components["schemas"]["ListCallsResponseCallsItem"][];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
            previous_page_uri?: string | null;
            first_page_uri?: string;
        };
        ListCallsResponseCallsItem: {
            sid?: string;
            account_sid?: string;
            parent_call_sid?: string | null;
            to?: string;
            from?: string;
            status?: string;
            direction?: string;
            duration?: string | null;
            start_time?: string | null;
            end_time?: string | null;
            price?: string | null;
            price_unit?: string;
            answered_by?: string | null;
            date_created?: string;
            date_updated?: string;
            uri?: string;
        };
        ListIncomingPhoneNumbersResponse: {
            incoming_phone_numbers?: components["schemas"]["ListIncomingPhoneNumbersResponseIncomingPhoneNumbersItem"][];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
        };
        ListIncomingPhoneNumbersResponseIncomingPhoneNumbersItem: {
            sid?: string;
            account_sid?: string;
            phone_number?: string;
            friendly_name?: string;
            capabilities?: {
                voice?: boolean;
                sms?: boolean;
                mms?: boolean;
                fax?: boolean;
            };
            voice_url?: string;
            voice_method?: string;
            sms_url?: string;
            sms_method?: string;
            status_callback?: string;
            voice_application_sid?: string;
            sms_application_sid?: string;
            status?: string;
            date_created?: string;
            date_updated?: string;
        };
        ListMessagesResponse: {
            messages?: components["schemas"]["ListMessagesResponseMessagesItem"][];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
            previous_page_uri?: string | null;
            first_page_uri?: string;
        };
        ListMessagesResponseMessagesItem: {
            sid?: string;
            account_sid?: string;
            messaging_service_sid?: string | null;
            to?: string;
            from?: string;
            body?: string;
            /** @enum {string} */
            status?: "queued" | "sending" | "sent" | "failed" | "delivered" | "undelivered" | "receiving" | "received" | "accepted" | "scheduled" | "read" | "partially_delivered" | "canceled";
            /** @enum {string} */
            direction?: "inbound" | "outbound-api" | "outbound-call" | "outbound-reply";
            num_segments?: string;
            num_media?: string;
            price?: string | null;
            price_unit?: string;
            error_code?: number | null;
            error_message?: string | null;
            date_created?: string;
            date_sent?: string | null;
            date_updated?: string;
            api_version?: string;
            uri?: string;
            subresource_uris?: Record<string, unknown>;
        };
        ListQueuesResponse: {
            queues?: components["schemas"]["ListQueuesResponseQueuesItem"][];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
        };
        ListQueuesResponseQueuesItem: {
            sid?: string;
            account_sid?: string;
            friendly_name?: string;
            current_size?: number;
            max_size?: number;
            average_wait_time?: number;
            date_created?: string;
            date_updated?: string;
            uri?: string;
        };
        ListUsageRecordsResponse: {
            usage_records?: {
                category?: string;
                description?: string;
                start_date?: string;
                end_date?: string;
                count?: string;
                count_unit?: string;
                usage?: string;
                usage_unit?: string;
                price?: string;
                price_unit?: string;
            }[];
            page?: number;
            page_size?: number;
            next_page_uri?: string | null;
        };
        SendMessageRequest: {
            /** @description Recipient in E.164 form (or whatsapp:+… for WhatsApp). */
            To: string;
            /** @description A Twilio number or sender id of the account; or send MessagingServiceSid instead. */
            From?: string;
            /** @description Messaging service (MG…) that picks the sender. */
            MessagingServiceSid?: string;
            /** @description Text of the message. */
            Body?: string;
            /** @description Public URLs of media to attach (MMS); repeat the field for several. */
            MediaUrl?: string[];
            /** @description Content template (HX…) to send instead of Body. */
            ContentSid?: string;
            /** @description JSON text with values for the content template. */
            ContentVariables?: string;
            /**
             * Format: uri
             * @description URL notified when the message status changes.
             */
            StatusCallback?: string;
            /** @description Seconds the message may wait in the queue before it is dropped. */
            ValidityPeriod?: number;
            /**
             * Format: date-time
             * @description When to send a scheduled message (needs ScheduleType fixed and a messaging service).
             */
            SendAt?: string;
            /** @enum {string} */
            ScheduleType?: "fixed";
        };
        SendMessageResponse: components["schemas"]["ListMessagesResponseMessagesItem"];
        UpdateCallRequest: {
            /**
             * @description canceled stops a call not yet answered; completed hangs up an active one.
             * @enum {string}
             */
            Status?: "canceled" | "completed";
            /**
             * Format: uri
             * @description New TwiML URL to continue the call with.
             */
            Url?: string;
            /** @enum {string} */
            Method?: "GET" | "POST";
            Twiml?: string;
            /** Format: uri */
            StatusCallback?: string;
        };
        UpdateCallResponse: components["schemas"]["ListCallsResponseCallsItem"];
        UpdateIncomingPhoneNumberRequest: {
            FriendlyName?: string;
            /** Format: uri */
            VoiceUrl?: string;
            /** @enum {string} */
            VoiceMethod?: "GET" | "POST";
            /** Format: uri */
            VoiceFallbackUrl?: string;
            VoiceApplicationSid?: string;
            /** Format: uri */
            SmsUrl?: string;
            /** @enum {string} */
            SmsMethod?: "GET" | "POST";
            /** Format: uri */
            SmsFallbackUrl?: string;
            SmsApplicationSid?: string;
            /** Format: uri */
            StatusCallback?: string;
            /** @enum {string} */
            StatusCallbackMethod?: "GET" | "POST";
            /** @description Move the number to this (sub)account. */
            AccountSid?: string;
        };
        UpdateIncomingPhoneNumberResponse: components["schemas"]["ListIncomingPhoneNumbersResponseIncomingPhoneNumbersItem"];
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
        /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
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
                FriendlyName?: string;
                Status?: "active" | "suspended" | "closed";
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
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
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
    listApplications: {
        parameters: {
            query?: {
                FriendlyName?: string;
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
                    "application/json": components["schemas"]["ListApplicationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "FriendlyName": "My App",
                 *       "VoiceUrl": "https://example.com/voice"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApplicationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the application (AP…). */
                ApplicationSid: string;
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
    listCalls: {
        parameters: {
            query?: {
                To?: string;
                From?: string;
                ParentCallSid?: string;
                Status?: "queued" | "ringing" | "in-progress" | "canceled" | "completed" | "failed" | "busy" | "no-answer";
                /** @description Only calls started on this day; StartTime< and StartTime> give open ranges. */
                StartTime?: string;
                /** @description Only calls ended on this day; EndTime< and EndTime> give open ranges. */
                EndTime?: string;
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
    createCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "To": "+15559876543",
                 *       "From": "+15551234567",
                 *       "Url": "https://example.com/twiml"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateCallRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCallResponse"];
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
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the call (CA…). */
                CallSid: string;
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
    updateCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the call (CA…). */
                CallSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "Status": "completed"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateCallRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCallResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIncomingPhoneNumbers: {
        parameters: {
            query?: {
                /** @description Whole or partial number to match. */
                PhoneNumber?: string;
                FriendlyName?: string;
                Origin?: "twilio" | "hosted";
                Beta?: boolean;
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
                    "application/json": components["schemas"]["ListIncomingPhoneNumbersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the phone number (PN…). */
                PhoneNumberSid: string;
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
                    "application/json": components["schemas"]["GetIncomingPhoneNumberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateIncomingPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the phone number (PN…). */
                PhoneNumberSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "FriendlyName": "Updated Name"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["UpdateIncomingPhoneNumberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIncomingPhoneNumberResponse"];
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
                /** @description Only messages sent to this number. */
                To?: string;
                /** @description Only messages sent from this number. */
                From?: string;
                /** @description Only messages sent on this day (YYYY-MM-DD); DateSent< and DateSent> give open ranges. */
                DateSent?: string;
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "To": "+15559876543",
                 *       "From": "+15551234567",
                 *       "Body": "Hello from Twilio!"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
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
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the message (SM… or MM…). */
                MessageSid: string;
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
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
                /** @description SID of the message (SM… or MM…). */
                MessageSid: string;
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
    listQueues: {
        parameters: {
            query?: {
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
                    "application/json": components["schemas"]["ListQueuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "FriendlyName": "Support Queue",
                 *       "MaxSize": 100
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["CreateQueueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateQueueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listUsageRecords: {
        parameters: {
            query?: {
                /** @description Usage category such as sms, calls or totalprice. */
                Category?: string;
                /** @description First day (YYYY-MM-DD), or a relative value such as -30days. */
                StartDate?: string;
                /** @description Last day (YYYY-MM-DD) or a relative value. */
                EndDate?: string;
                IncludeSubaccounts?: boolean;
                /** @description Records per page. */
                PageSize?: number;
                /** @description Page number starting at 0. */
                Page?: number;
                /** @description Paging token taken from next_page_uri. */
                PageToken?: string;
            };
            header?: {
                /** @description Id of the Twilio connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description SID of the account or subaccount (AC followed by 32 hex digits). */
                AccountSid: string;
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
                    "application/json": components["schemas"]["ListUsageRecordsResponse"];
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
