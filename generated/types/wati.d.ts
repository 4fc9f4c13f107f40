// Generated from providers/wati.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/addContact/{whatsappNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact with a name and custom attributes. */
        post: operations["addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignOperator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a contact's conversation to a team member by email. */
        post: operations["assignOperator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/getContacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts a page at a time, optionally filtered by name, attribute or creation date. */
        get: operations["getContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/getMedia": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a media file received in a conversation by its file name. */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/getMessageTemplates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's WhatsApp message templates and their approval status. */
        get: operations["getMessageTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/getMessages/{whatsappNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the conversation history with one contact, newest first. */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendInteractiveButtonsMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message with up to three quick-reply buttons. */
        post: operations["sendInteractiveButtonsMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendInteractiveListMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message with a button that opens a list of selectable rows in sections. */
        post: operations["sendInteractiveListMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendSessionFile/{whatsappNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a file (image, document, audio or video) inside an open conversation window. */
        post: operations["sendSessionFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendSessionMessage/{whatsappNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a free-form text message inside an open 24-hour conversation window. */
        post: operations["sendSessionMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendTemplateMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an approved template to one number, filling its parameters. */
        post: operations["sendTemplateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sendTemplateMessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an approved template to many numbers, each with its own parameters. */
        post: operations["sendTemplateMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/updateContactAttributes/{whatsappNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set custom attribute values of a contact. */
        post: operations["updateContactAttributes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/sendTemplateMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an approved template to one number and get a local message id to track it. */
        post: operations["sendTemplateMessageV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/sendTemplateMessages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an approved template to many numbers and get a local message id per recipient. */
        post: operations["sendTemplateMessagesV2"];
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
        AddContactRequest: {
            name?: string;
            /** @description Custom attribute values. */
            customParams?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
        };
        AddContactResponse: {
            result?: boolean;
            info?: string;
            contact?: Record<string, unknown>;
        };
        AssignOperatorResponse: components["schemas"]["AddContactResponse"];
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
        GetContactsResponse: {
            result?: string;
            contact_list?: {
                id?: string;
                wAid?: string;
                firstName?: string;
                fullName?: string;
                phone?: string;
                contactStatus?: string;
                created?: string;
                customParams?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
            }[];
            link?: {
                prevPage?: string;
                nextPage?: string;
                pageNumber?: number;
                pageSize?: number;
                total?: number;
            };
        };
        GetContactsResponseContactListItemCustomParamsItem: {
            name?: string;
            value?: string;
        };
        GetMediaResponse: string;
        GetMessageTemplatesResponse: {
            result?: string;
            messageTemplates?: {
                id?: string;
                /** @description Template name used when sending. */
                elementName?: string;
                category?: string;
                status?: string;
                language?: Record<string, unknown>;
                body?: string;
                customParams?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
            }[];
            link?: Record<string, unknown>;
        };
        GetMessagesResponse: {
            result?: string;
            messages?: {
                items?: {
                    id?: string;
                    text?: string;
                    type?: string;
                    /** @description true for messages sent by the business. */
                    owner?: boolean;
                    statusString?: string;
                    created?: string;
                }[];
                total?: number;
            };
        };
        SendInteractiveButtonsMessageRequest: {
            header?: {
                /** @description Header kind: text, image, video or document. */
                type?: string;
                text?: string;
                media?: {
                    url?: string;
                    fileName?: string;
                };
            };
            body: string;
            footer?: string;
            buttons: {
                text: string;
            }[];
        };
        SendInteractiveButtonsMessageResponse: components["schemas"]["SendSessionMessageResponse"];
        SendInteractiveListMessageRequest: {
            header?: string;
            body: string;
            footer?: string;
            /** @description Label of the button that opens the list. */
            buttonText: string;
            sections: {
                title?: string;
                rows?: {
                    title: string;
                    description?: string;
                }[];
            }[];
        };
        SendInteractiveListMessageResponse: components["schemas"]["SendSessionMessageResponse"];
        SendSessionFileRequest: {
            /** Format: binary */
            file: string;
        };
        SendSessionFileResponse: components["schemas"]["SendSessionMessageResponse"];
        SendSessionMessageRequest: {
            /** @description The text to send. */
            messageText?: string;
        };
        SendSessionMessageResponse: {
            result?: boolean;
            info?: string;
            message?: Record<string, unknown>;
        };
        SendTemplateMessageRequest: {
            /** @description Name of an approved template. */
            template_name: string;
            /** @description Label the send is grouped under in WATI's broadcast reports. */
            broadcast_name: string;
            /** @description Values for the template's placeholders by name. */
            parameters?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
        };
        SendTemplateMessageResponse: {
            result?: boolean;
            phone_number?: string;
            template_name?: string;
            parameters?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
            contact?: Record<string, unknown>;
            model?: Record<string, unknown>;
            validWhatsAppNumber?: boolean;
        };
        SendTemplateMessageV2Request: components["schemas"]["SendTemplateMessageRequest"];
        SendTemplateMessageV2Response: {
            result?: boolean;
            phone_number?: string;
            template_name?: string;
            localMessageId?: string;
            validWhatsAppNumber?: boolean;
        };
        SendTemplateMessagesRequest: {
            template_name: string;
            broadcast_name: string;
            receivers: {
                whatsappNumber: string;
                customParams?: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
            }[];
        };
        SendTemplateMessagesResponse: {
            result?: boolean;
            errors?: Record<string, unknown>;
        };
        SendTemplateMessagesV2Request: components["schemas"]["SendTemplateMessagesRequest"];
        SendTemplateMessagesV2Response: {
            result?: boolean;
            errors?: Record<string, unknown>;
            messages?: {
                whatsappNumber?: string;
                localMessageId?: string;
            }[];
        };
        UpdateContactAttributesRequest: {
            customParams: components["schemas"]["GetContactsResponseContactListItemCustomParamsItem"][];
        };
        UpdateContactAttributesResponse: components["schemas"]["AddContactResponse"];
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
        /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    addContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Contact's WhatsApp number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "John Doe",
                 *       "customParams": [
                 *         {
                 *           "name": "member",
                 *           "value": "VIP"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AddContactRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddContactResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    assignOperator: {
        parameters: {
            query: {
                /** @description Email of the operator to assign. */
                email: string;
                /** @description Recipient's number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["AssignOperatorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContacts: {
        parameters: {
            query?: {
                /** @description Items per page. */
                pageSize?: number;
                /** @description Page number starting at 1. */
                pageNumber?: number;
                /** @description Only contacts whose name matches. */
                name?: string;
                /** @description JSON-encoded list of attribute filters, each with name, operator and value. */
                attribute?: string;
                /** @description Only contacts created on this date (MM-DD-YYYY). */
                createdDate?: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMedia: {
        parameters: {
            query: {
                /** @description File name as given in the message data. */
                fileName: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["GetMediaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessageTemplates: {
        parameters: {
            query?: {
                /** @description Items per page. */
                pageSize?: number;
                /** @description Page number starting at 1. */
                pageNumber?: number;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMessageTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMessages: {
        parameters: {
            query?: {
                /** @description Items per page. */
                pageSize?: number;
                /** @description Page number starting at 1. */
                pageNumber?: number;
                /** @description Only messages from this date on. */
                from?: string;
                /** @description Only messages up to this date. */
                to?: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Contact's WhatsApp number with country code, no + or spaces. */
                whatsappNumber: string;
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
                    "application/json": components["schemas"]["GetMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendInteractiveButtonsMessage: {
        parameters: {
            query: {
                /** @description Recipient's number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "header": {
                 *         "type": "text",
                 *         "text": "Header"
                 *       },
                 *       "body": "Message body",
                 *       "footer": "Footer text",
                 *       "buttons": [
                 *         {
                 *           "text": "Button 1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendInteractiveButtonsMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendInteractiveButtonsMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendInteractiveListMessage: {
        parameters: {
            query: {
                /** @description Recipient's number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "header": "Header",
                 *       "body": "Message body",
                 *       "footer": "Footer",
                 *       "buttonText": "View Options",
                 *       "sections": [
                 *         {
                 *           "title": "Section 1",
                 *           "rows": [
                 *             {
                 *               "title": "Option A",
                 *               "description": "Description"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendInteractiveListMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendInteractiveListMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendSessionFile: {
        parameters: {
            query?: {
                /** @description Text shown with the file. */
                caption?: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Contact's WhatsApp number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "@document.pdf"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["SendSessionFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendSessionFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendSessionMessage: {
        parameters: {
            query?: {
                /** @description The text to send; WATI's own reference passes it in the query and the form body field below is accepted too. */
                messageText?: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Contact's WhatsApp number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "messageText": "Hello World"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["SendSessionMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendSessionMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendTemplateMessage: {
        parameters: {
            query: {
                /** @description Recipient's number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "order_update",
                 *       "broadcast_name": "order_update",
                 *       "parameters": [
                 *         {
                 *           "name": "name",
                 *           "value": "John"
                 *         },
                 *         {
                 *           "name": "ordernumber",
                 *           "value": "12345"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendTemplateMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTemplateMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendTemplateMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "order_update",
                 *       "broadcast_name": "order_update",
                 *       "receivers": [
                 *         {
                 *           "whatsappNumber": "14155551234",
                 *           "customParams": [
                 *             {
                 *               "name": "name",
                 *               "value": "John"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendTemplateMessagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTemplateMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateContactAttributes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Contact's WhatsApp number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customParams": [
                 *         {
                 *           "name": "member",
                 *           "value": "VIP"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateContactAttributesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactAttributesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendTemplateMessageV2: {
        parameters: {
            query: {
                /** @description Recipient's number with country code, no + or spaces. */
                whatsappNumber: string;
            };
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "order_update",
                 *       "broadcast_name": "order_update",
                 *       "parameters": [
                 *         {
                 *           "name": "name",
                 *           "value": "John"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendTemplateMessageV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTemplateMessageV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendTemplateMessagesV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WATI connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "order_update",
                 *       "broadcast_name": "order_update",
                 *       "receivers": [
                 *         {
                 *           "whatsappNumber": "14155551234",
                 *           "customParams": [
                 *             {
                 *               "name": "name",
                 *               "value": "John"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendTemplateMessagesV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendTemplateMessagesV2Response"];
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
