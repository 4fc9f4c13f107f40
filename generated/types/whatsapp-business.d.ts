// Generated from providers/whatsapp-business.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v21.0/{media_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up an uploaded or received media item, including a temporary download URL. */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v21.0/{phone_number_id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image, document, audio or video file and get a media id to send it with. */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v21.0/{phone_number_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a text, template, media or interactive message, or mark a received message as read.
         * @description The body's `type` picks the message kind and names the object that carries it (text, template, image, document, interactive …). A body with `status: read` and a `message_id` instead marks an incoming message as read and answers `{ success: true }`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v21.0/{phone_number_id}/whatsapp_business_profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the business profile shown to customers for a phone number. */
        get: operations["getBusinessProfile"];
        put?: never;
        /** Change the about text, address, description, email, websites or industry of the business profile. */
        post: operations["updateBusinessProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v21.0/{whatsapp_business_account_id}/message_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's message templates with their status and components. */
        get: operations["listMessageTemplates"];
        put?: never;
        /** Submit a new message template for Meta's review. */
        post: operations["createMessageTemplate"];
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
        CreateMessageTemplateRequest: {
            /** @description Lower-case letters, digits and underscores. */
            name: string;
            /** @description Locale code such as en_US. */
            language: string;
            /** @enum {string} */
            category: "AUTHENTICATION" | "MARKETING" | "UTILITY";
            /** @description Let Meta move the template to the category it judges right instead of rejecting it. */
            allow_category_change?: boolean;
            components: {
                /** @enum {string} */
                type: "HEADER" | "BODY" | "FOOTER" | "BUTTONS";
                /**
                 * @description Header format.
                 * @enum {string}
                 */
                format?: "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT" | "LOCATION";
                /** @description Text with numbered placeholders {{1}}, {{2}} … */
                text?: string;
                /** @description Sample values for the placeholders, needed for review. */
                example?: Record<string, unknown>;
                buttons?: Record<string, unknown>[];
            }[];
        };
        CreateMessageTemplateResponse: {
            id?: string;
            status?: string;
            category?: string;
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
        GetBusinessProfileResponse: {
            data?: {
                messaging_product?: string;
                about?: string;
                address?: string;
                description?: string;
                email?: string;
                profile_picture_url?: string;
                websites?: string[];
                vertical?: string;
            }[];
        };
        GetMediaResponse: {
            messaging_product?: string;
            /** @description Download link valid for a few minutes; fetch it with the same token. */
            url?: string;
            mime_type?: string;
            sha256?: string;
            file_size?: number;
            id?: string;
        };
        ListMessageTemplatesResponse: {
            data?: {
                id?: string;
                name?: string;
                status?: string;
                category?: string;
                language?: string;
                components?: Record<string, unknown>[];
            }[];
            paging?: {
                cursors?: {
                    before?: string;
                    after?: string;
                };
                next?: string;
                previous?: string;
            };
        };
        /**
         * @example {
         *       "messaging_product": "whatsapp",
         *       "to": "1234567890",
         *       "type": "template",
         *       "template": {
         *         "name": "hello_world",
         *         "language": {
         *           "code": "en_US"
         *         },
         *         "components": [
         *           {
         *             "type": "body",
         *             "parameters": [
         *               {
         *                 "type": "text",
         *                 "text": "John"
         *               }
         *             ]
         *           }
         *         ]
         *       }
         *     }
         * @example {
         *       "messaging_product": "whatsapp",
         *       "to": "1234567890",
         *       "type": "image",
         *       "image": {
         *         "link": "https://example.com/image.jpg",
         *         "caption": "Check out this image!"
         *       }
         *     }
         * @example {
         *       "messaging_product": "whatsapp",
         *       "to": "1234567890",
         *       "type": "document",
         *       "document": {
         *         "link": "https://example.com/document.pdf",
         *         "filename": "report.pdf"
         *       }
         *     }
         * @example {
         *       "messaging_product": "whatsapp",
         *       "to": "1234567890",
         *       "type": "interactive",
         *       "interactive": {
         *         "type": "button",
         *         "body": {
         *           "text": "Would you like to proceed?"
         *         },
         *         "action": {
         *           "buttons": [
         *             {
         *               "type": "reply",
         *               "reply": {
         *                 "id": "yes",
         *                 "title": "Yes"
         *               }
         *             },
         *             {
         *               "type": "reply",
         *               "reply": {
         *                 "id": "no",
         *                 "title": "No"
         *               }
         *             }
         *           ]
         *         }
         *       }
         *     }
         * @example {
         *       "messaging_product": "whatsapp",
         *       "to": "1234567890",
         *       "type": "interactive",
         *       "interactive": {
         *         "type": "list",
         *         "body": {
         *           "text": "Choose from the list below"
         *         },
         *         "action": {
         *           "button": "View Options",
         *           "sections": [
         *             {
         *               "title": "Products",
         *               "rows": [
         *                 {
         *                   "id": "prod1",
         *                   "title": "Product 1"
         *                 },
         *                 {
         *                   "id": "prod2",
         *                   "title": "Product 2"
         *                 }
         *               ]
         *             }
         *           ]
         *         }
         *       }
         *     }
         * @example {
         *       "messaging_product": "whatsapp",
         *       "status": "read",
         *       "message_id": "wamid.xxxxx"
         *     }
         */
        SendMessageRequest: {
            /** @enum {string} */
            messaging_product: "whatsapp";
            /**
             * @default individual
             * @enum {string}
             */
            recipient_type?: "individual";
            /** @description Recipient's number with country code and no leading +. */
            to?: string;
            /**
             * @description Kind of message; defaults to text.
             * @enum {string}
             */
            type?: "text" | "template" | "image" | "document" | "audio" | "video" | "sticker" | "location" | "contacts" | "interactive" | "reaction";
            /** @description Set to reply to an earlier message. */
            context?: {
                message_id?: string;
            };
            text?: {
                body?: string;
                /** @description Render a link preview for the first URL in the text. */
                preview_url?: boolean;
            };
            template?: {
                /** @description Name of an approved template. */
                name: string;
                language: {
                    /** @example en_US */
                    code: string;
                    /**
                     * @description The only supported language policy.
                     * @enum {string}
                     */
                    policy?: "deterministic";
                };
                components?: {
                    /** @enum {string} */
                    type?: "header" | "body" | "button";
                    sub_type?: string;
                    index?: string;
                    parameters?: {
                        /** @enum {string} */
                        type?: "text" | "currency" | "date_time" | "image" | "document" | "video" | "payload";
                        text?: string;
                    }[];
                }[];
            };
            image?: components["schemas"]["SendMessageRequestImage"];
            video?: components["schemas"]["SendMessageRequestImage"];
            /** @description Either the id of uploaded media or a public https link; filename is what the recipient sees. */
            document?: {
                id?: string;
                /** Format: uri */
                link?: string;
                caption?: string;
                filename?: string;
            };
            audio?: components["schemas"]["SendMessageRequestAudio"];
            sticker?: components["schemas"]["SendMessageRequestAudio"];
            interactive?: {
                /** @enum {string} */
                type?: "button" | "list" | "cta_url" | "product" | "product_list";
                header?: {
                    type?: string;
                    text?: string;
                };
                body?: {
                    text?: string;
                };
                footer?: {
                    text?: string;
                };
                action?: {
                    /** @description Label of the button that opens a list. */
                    button?: string;
                    buttons?: {
                        /** @enum {string} */
                        type?: "reply";
                        reply?: {
                            id?: string;
                            title?: string;
                        };
                    }[];
                    sections?: {
                        title?: string;
                        rows?: {
                            id?: string;
                            title?: string;
                            description?: string;
                        }[];
                    }[];
                };
            };
            /**
             * @description Send `read` with message_id to mark an incoming message as read.
             * @enum {string}
             */
            status?: "read";
            /** @description The wamid of the incoming message to mark as read. */
            message_id?: string;
        };
        /** @description Either the id of uploaded media or a public https link (no caption). */
        SendMessageRequestAudio: {
            id?: string;
            /** Format: uri */
            link?: string;
        };
        /** @description Either the id of uploaded media or a public https link, with an optional caption. */
        SendMessageRequestImage: {
            id?: string;
            /** Format: uri */
            link?: string;
            caption?: string;
        };
        SendMessageResponse: {
            messaging_product?: string;
            contacts?: {
                input?: string;
                wa_id?: string;
            }[];
            messages?: {
                /** @description The wamid of the sent message. */
                id?: string;
                message_status?: string;
            }[];
            /** @description Present instead when a message was marked as read. */
            success?: boolean;
        };
        UpdateBusinessProfileRequest: {
            /** @enum {string} */
            messaging_product: "whatsapp";
            about?: string;
            address?: string;
            description?: string;
            email?: string;
            websites?: string[];
            /** @description Industry, e.g. RETAIL, EDU, PROF_SERVICES. */
            vertical?: string;
            /** @description Handle of an image uploaded through the resumable upload API. */
            profile_picture_handle?: string;
        };
        UpdateBusinessProfileResponse: {
            success?: boolean;
        };
        UploadMediaRequest: {
            /**
             * Format: binary
             * @description The file itself.
             */
            file: string;
            /** @description MIME type of the file, e.g. image/jpeg. */
            type: string;
            /** @enum {string} */
            messaging_product: "whatsapp";
        };
        UploadMediaResponse: {
            id?: string;
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
        /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMedia: {
        parameters: {
            query?: {
                /** @description Only answer when the media belongs to this business phone number. */
                phone_number_id?: string;
            };
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the media item. */
                media_id: string;
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
                    "application/json": components["schemas"]["GetMediaResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business phone number (shown in WhatsApp Manager and the app dashboard), not the phone number itself. */
                phone_number_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "@/path/to/file.jpg",
                 *       "type": "image/jpeg",
                 *       "messaging_product": "whatsapp"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["UploadMediaRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadMediaResponse"];
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
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business phone number (shown in WhatsApp Manager and the app dashboard), not the phone number itself. */
                phone_number_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messaging_product": "whatsapp",
                 *       "to": "1234567890",
                 *       "type": "text",
                 *       "text": {
                 *         "body": "Hello from WhatsApp!"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
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
    getBusinessProfile: {
        parameters: {
            query?: {
                /** @description Comma-separated profile fields, e.g. about,address,description,email,websites,profile_picture_url,vertical. */
                fields?: string;
            };
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business phone number (shown in WhatsApp Manager and the app dashboard), not the phone number itself. */
                phone_number_id: string;
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
                    "application/json": components["schemas"]["GetBusinessProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateBusinessProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the business phone number (shown in WhatsApp Manager and the app dashboard), not the phone number itself. */
                phone_number_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messaging_product": "whatsapp",
                 *       "about": "Your trusted partner",
                 *       "description": "We provide excellent services"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateBusinessProfileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateBusinessProfileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMessageTemplates: {
        parameters: {
            query?: {
                /** @description Comma-separated fields to return, e.g. name,status,category,language,components. */
                fields?: string;
                /** @description Only templates whose name contains this text. */
                name?: string;
                /** @description Only templates in this review state. */
                status?: "APPROVED" | "PENDING" | "REJECTED" | "PAUSED" | "DISABLED" | "IN_APPEAL";
                category?: "AUTHENTICATION" | "MARKETING" | "UTILITY";
                /** @description Only templates in this locale, e.g. en_US. */
                language?: string;
                /** @description Templates per page. */
                limit?: number;
                /** @description Cursor for the next page (paging.cursors.after). */
                after?: string;
                /** @description Cursor for the previous page. */
                before?: string;
            };
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the WhatsApp Business Account (WABA) that owns the templates. */
                whatsapp_business_account_id: string;
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
                    "application/json": components["schemas"]["ListMessageTemplatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMessageTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the WhatsApp Business connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the WhatsApp Business Account (WABA) that owns the templates. */
                whatsapp_business_account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "order_confirmation",
                 *       "language": "en_US",
                 *       "category": "UTILITY",
                 *       "components": [
                 *         {
                 *           "type": "BODY",
                 *           "text": "Hi {{1}}, your order #{{2}} has been confirmed!"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMessageTemplateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMessageTemplateResponse"];
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
