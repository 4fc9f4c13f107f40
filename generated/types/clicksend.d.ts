// Generated from providers/clicksend.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v3/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's profile, balance and settings. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the countries ClickSend knows, with their codes. */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/email/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sender email addresses on the account and whether they are verified. */
        get: operations["listEmailAddresses"];
        put?: never;
        /** Add a sender email address; ClickSend then sends it a verification email. */
        post: operations["createEmailAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/email/addresses/{email_address_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a sender email address. */
        delete: operations["deleteEmailAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's contact lists. */
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
    "/v3/lists/{list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact list. */
        get: operations["getContactList"];
        /** Rename a contact list. */
        put: operations["updateContactList"];
        post?: never;
        /** Delete a contact list and its contacts. */
        delete: operations["deleteContactList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the contacts of a list. */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact to a list. */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/lists/{list_id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact of a list. */
        get: operations["getContact"];
        /** Change a contact's details. */
        put: operations["updateContact"];
        post?: never;
        /** Remove a contact from a list. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/mms/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sent MMS messages with their delivery status. */
        get: operations["getMmsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/mms/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one or more MMS messages with an image attached. */
        post: operations["sendMms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/sms/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sent SMS messages with their delivery status. */
        get: operations["getSmsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/sms/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one or more SMS messages, now or at a scheduled time. */
        post: operations["sendSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/sms/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List saved SMS templates. */
        get: operations["listSmsTemplates"];
        put?: never;
        /** Save a new SMS template. */
        post: operations["createSmsTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/sms/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a template or change its text. */
        put: operations["updateSmsTemplate"];
        post?: never;
        /** Delete an SMS template. */
        delete: operations["deleteSmsTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/voice/lang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the languages and voices available for voice messages. */
        get: operations["listVoiceLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/voice/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call numbers and read a text aloud with a synthetic voice. */
        post: operations["sendVoice"];
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
        CreateContactListRequest: {
            list_name: string;
        };
        CreateContactListResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                list_id?: number;
                list_name?: string;
                list_email_id?: string;
                _contacts_count?: number;
            };
        };
        /** @description At least one of phone_number, email or fax_number is needed. */
        CreateContactRequest: {
            phone_number?: string;
            email?: string;
            fax_number?: string;
            first_name?: string;
            last_name?: string;
            organization_name?: string;
            custom_1?: string;
            custom_2?: string;
            custom_3?: string;
            custom_4?: string;
            address_line_1?: string;
            address_line_2?: string;
            address_city?: string;
            address_state?: string;
            address_postal_code?: string;
            address_country?: string;
        };
        CreateContactResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                contact_id?: number;
                list_id?: number;
                phone_number?: string;
                email?: string;
                first_name?: string;
                last_name?: string;
                date_added?: string;
            };
        };
        CreateEmailAddressRequest: {
            /** Format: email */
            email_address: string;
        };
        CreateEmailAddressResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                email_address_id?: number;
                email_address?: string;
                verified?: number;
            };
        };
        CreateSmsTemplateRequest: {
            template_name: string;
            /** @description Template text. */
            body: string;
        };
        CreateSmsTemplateResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                template_id?: number;
                template_name?: string;
                body?: string;
            };
        };
        DeleteContactListResponse: components["schemas"]["DeleteSmsTemplateResponse"];
        DeleteContactResponse: components["schemas"]["DeleteSmsTemplateResponse"];
        DeleteEmailAddressResponse: components["schemas"]["DeleteSmsTemplateResponse"];
        DeleteSmsTemplateResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: unknown;
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
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                user_id?: number;
                username?: string;
                user_email?: string;
                balance?: string;
                user_phone?: string;
                user_first_name?: string;
                user_last_name?: string;
                account_name?: string;
                country?: string;
                default_country_sms?: string;
                timezone?: string;
                _currency?: {
                    currency_name_short?: string;
                    currency_prefix_d?: string;
                };
            };
        };
        GetContactListResponse: components["schemas"]["CreateContactListResponse"];
        GetContactResponse: components["schemas"]["CreateContactResponse"];
        GetMmsHistoryResponse: components["schemas"]["GetSmsHistoryResponse"];
        GetSmsHistoryResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                total?: number;
                per_page?: number;
                current_page?: number;
                last_page?: number;
                next_page_url?: string | null;
                prev_page_url?: string | null;
                from?: number;
                to?: number;
                data?: Record<string, unknown>[];
            };
        };
        ListContactListsResponse: components["schemas"]["GetSmsHistoryResponse"];
        ListContactsResponse: components["schemas"]["GetSmsHistoryResponse"];
        ListCountriesResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                code?: string;
                value?: string;
            }[];
        };
        ListEmailAddressesResponse: components["schemas"]["GetSmsHistoryResponse"];
        ListSmsTemplatesResponse: components["schemas"]["GetSmsHistoryResponse"];
        ListVoiceLanguagesResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                code?: string;
                country?: string;
                gender?: string | unknown[];
            }[];
        };
        SendMmsRequest: {
            /**
             * Format: uri
             * @description Public URL of the image (JPG or GIF) to attach.
             */
            media_file: string;
            messages: {
                to?: string;
                list_id?: number;
                /** @description Subject line (up to 20 characters). */
                subject: string;
                body: string;
                from?: string;
                source?: string;
                schedule?: number;
                custom_string?: string;
                country?: string;
            }[];
        };
        SendMmsResponse: components["schemas"]["SendSmsResponse"];
        SendSmsRequest: {
            messages: {
                /** @description Recipient in E.164 form (or use list_id). */
                to?: string;
                /** @description Send to every contact of this list instead of `to`. */
                list_id?: number;
                /** @description Message text. */
                body: string;
                /** @description Sender id, a dedicated number or an alphanumeric name. */
                from?: string;
                /** @description Free label for where the message came from, e.g. api or php. */
                source?: string;
                /** @description Unix time to send at; now when left out. */
                schedule?: number;
                /** @description Your own reference, returned in delivery reports. */
                custom_string?: string;
                /** @description Two-letter country used to format a local `to` number. */
                country?: string;
            }[];
            /** @description Replace links with short tracked links. */
            shorten_urls?: boolean;
        };
        SendSmsResponse: {
            http_code?: number;
            response_code?: string;
            response_msg?: string;
            data?: {
                total_price?: number;
                total_count?: number;
                queued_count?: number;
                currency?: Record<string, unknown>;
                messages?: {
                    message_id?: string;
                    to?: string;
                    from?: string;
                    body?: string;
                    status?: string;
                    schedule?: string;
                    message_price?: string;
                    custom_string?: string;
                }[];
            };
        };
        SendVoiceRequest: {
            messages: {
                to?: string;
                list_id?: number;
                /** @description Text to speak. */
                body: string;
                /** @enum {string} */
                voice: "female" | "male";
                /** @description Language and accent code from GET /v3/voice/lang, e.g. en-us. */
                lang?: string;
                source?: string;
                schedule?: number;
                custom_string?: string;
                country?: string;
                /** @description Number of keypad digits to collect from the person called. */
                require_input?: number;
                /**
                 * @description 1 hangs up or leaves the message when an answering machine picks up.
                 * @enum {integer}
                 */
                machine_detection?: 0 | 1;
            }[];
        };
        SendVoiceResponse: components["schemas"]["SendSmsResponse"];
        UpdateContactListRequest: components["schemas"]["CreateContactListRequest"];
        UpdateContactListResponse: components["schemas"]["CreateContactListResponse"];
        UpdateContactRequest: components["schemas"]["CreateContactRequest"];
        UpdateContactResponse: components["schemas"]["CreateContactResponse"];
        UpdateSmsTemplateRequest: components["schemas"]["CreateSmsTemplateRequest"];
        UpdateSmsTemplateResponse: components["schemas"]["CreateSmsTemplateResponse"];
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
        /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
    listCountries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCountriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEmailAddresses: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListEmailAddressesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEmailAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_address": "sender@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["CreateEmailAddressRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmailAddressResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEmailAddress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the email address. */
                email_address_id: number;
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
                    "application/json": components["schemas"]["DeleteEmailAddressResponse"];
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
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "list_name": "Customers"
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "list_name": "VIP customers"
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
                /** @description Only contacts changed after this Unix time. */
                updated_after?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone_number": "+15551234567",
                 *       "first_name": "John",
                 *       "last_name": "Doe",
                 *       "email": "john@example.com"
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
                /** @description Id of the contact. */
                contact_id: number;
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
                /** @description Id of the contact. */
                contact_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "Johnny"
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
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact list. */
                list_id: number;
                /** @description Id of the contact. */
                contact_id: number;
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
    getMmsHistory: {
        parameters: {
            query?: {
                /** @description Only messages from this Unix time on. */
                date_from?: number;
                /** @description Only messages up to this Unix time. */
                date_to?: number;
                /** @description Search filter written field:value, e.g. status:Delivered. */
                q?: string;
                /** @description Sort written field:direction, e.g. date:desc. */
                order_by?: string;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMmsHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendMms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "media_file": "https://example.com/image.jpg",
                 *       "messages": [
                 *         {
                 *           "to": "+15551234567",
                 *           "subject": "Hello",
                 *           "body": "Here is your picture",
                 *           "source": "api"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendMmsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMmsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSmsHistory: {
        parameters: {
            query?: {
                /** @description Only messages from this Unix time on. */
                date_from?: number;
                /** @description Only messages up to this Unix time. */
                date_to?: number;
                /** @description Search filter written field:value, e.g. status:Delivered. */
                q?: string;
                /** @description Sort written field:direction, e.g. date:desc. */
                order_by?: string;
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSmsHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendSms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "to": "+15551234567",
                 *           "body": "Hello!",
                 *           "source": "api"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendSmsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendSmsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSmsTemplates: {
        parameters: {
            query?: {
                /** @description Page number starting at 1. */
                page?: number;
                /** @description Items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSmsTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "Welcome",
                 *       "body": "Hi, thanks for signing up!"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSmsTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSmsTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the SMS template. */
                template_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "Welcome",
                 *       "body": "Hi, welcome aboard!"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSmsTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSmsTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSmsTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the SMS template. */
                template_id: number;
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
                    "application/json": components["schemas"]["DeleteSmsTemplateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listVoiceLanguages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListVoiceLanguagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendVoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the ClickSend connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messages": [
                 *         {
                 *           "to": "+15551234567",
                 *           "body": "Your appointment is tomorrow at 10am.",
                 *           "voice": "female",
                 *           "lang": "en-us",
                 *           "source": "api"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendVoiceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendVoiceResponse"];
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
