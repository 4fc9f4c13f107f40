// Generated from providers/telegram.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/:token/answerCallbackQuery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an inline-keyboard button press, optionally with a toast or alert.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["answerCallbackQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/deleteMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a message; most messages can only be deleted within 48 hours.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["deleteMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/editMessageText": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the text of a message the bot sent.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["editMessageText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/forwardMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a message from one chat to another, keeping the original sender shown.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["forwardMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/getChat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read up-to-date information about a chat the bot is in.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["getChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/getFile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the download path of a file (up to 20 MB) from its file_id.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["getFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/getMe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the token and read the bot's own user record.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/getUpdates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch incoming updates by long polling; confirm them by passing a higher offset next time.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["getUpdates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/sendDocument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a file as a document by URL or file_id.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["sendDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/sendLocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a point on the map, optionally as a live location.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["sendLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/sendMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a text message to a chat.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/sendPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a photo by URL or file_id, with an optional caption.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["sendPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/sendPoll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a poll or quiz with two to ten answer options.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["sendPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/setMyCommands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the command list users see in the bot's menu, optionally per scope and language.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["setMyCommands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/:token/setWebhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Have Telegram push updates to an https URL, or stop pushing with an empty url.
         * @description The gateway fills `:token` from the connection; send it literally.
         */
        post: operations["setWebhook"];
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
        AnswerCallbackQueryRequest: {
            callback_query_id: string;
            /** @description Notification shown to the user. */
            text?: string;
            /**
             * @description Show a dialog instead of a toast.
             * @default false
             */
            show_alert?: boolean;
            url?: string;
            /**
             * @description Seconds clients may cache the answer.
             * @default 0
             */
            cache_time?: number;
        };
        AnswerCallbackQueryResponse: components["schemas"]["SetMyCommandsResponse"];
        DeleteMessageRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_id: number;
        };
        DeleteMessageResponse: components["schemas"]["SetMyCommandsResponse"];
        EditMessageTextRequest: {
            /** @description With message_id; leave both out for inline messages. */
            chat_id?: number | string;
            message_id?: number;
            /** @description Instead of chat_id and message_id for messages sent via inline mode. */
            inline_message_id?: string;
            text: string;
            /** @enum {string} */
            parse_mode?: "HTML" | "MarkdownV2" | "Markdown";
            entities?: Record<string, unknown>[];
            link_preview_options?: Record<string, unknown>;
            /** @description New inline keyboard. */
            reply_markup?: Record<string, unknown>;
        };
        EditMessageTextResponse: {
            ok?: boolean;
            result?: components["schemas"]["GetUpdatesResponseMessage"] | boolean;
        };
        ForwardMessageRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_thread_id?: number;
            /** @description Chat the message is in. */
            from_chat_id: number | string;
            message_id: number;
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            protect_content?: boolean;
        };
        ForwardMessageResponse: components["schemas"]["SendMessageResponse"];
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
        GetChatRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
        };
        GetChatResponse: {
            ok?: boolean;
            result?: {
                id?: number;
                /** @enum {string} */
                type?: "private" | "group" | "supergroup" | "channel";
                title?: string;
                username?: string;
                first_name?: string;
                last_name?: string;
                bio?: string;
                description?: string;
                invite_link?: string;
                photo?: Record<string, unknown>;
                pinned_message?: Record<string, unknown>;
                permissions?: Record<string, unknown>;
            };
        };
        GetFileRequest: {
            file_id: string;
        };
        GetFileResponse: {
            ok?: boolean;
            result?: components["schemas"]["GetUpdatesResponseFile"];
        };
        GetMeResponse: {
            ok?: boolean;
            result?: {
                id?: number;
                is_bot?: boolean;
                first_name?: string;
                username?: string;
                can_join_groups?: boolean;
                can_read_all_group_messages?: boolean;
                supports_inline_queries?: boolean;
            };
        };
        GetUpdatesRequest: {
            /** @description One more than the last update_id handled; earlier updates are then dropped. */
            offset?: number;
            /** @default 100 */
            limit?: number;
            /**
             * @description Seconds to wait for an update before answering empty.
             * @default 0
             */
            timeout?: number;
            /** @description Update kinds to receive, e.g. message and callback_query. */
            allowed_updates?: string[];
        };
        GetUpdatesResponse: {
            ok?: boolean;
            result?: {
                update_id?: number;
                message?: components["schemas"]["GetUpdatesResponseMessage"];
                edited_message?: components["schemas"]["GetUpdatesResponseMessage"];
                channel_post?: components["schemas"]["GetUpdatesResponseMessage"];
                callback_query?: {
                    id?: string;
                    from?: components["schemas"]["GetUpdatesResponseUser"];
                    message?: components["schemas"]["GetUpdatesResponseMessage"];
                    data?: string;
                };
            }[];
        };
        GetUpdatesResponseFile: {
            file_id?: string;
            file_unique_id?: string;
            file_size?: number;
            file_path?: string;
            width?: number;
            height?: number;
        };
        GetUpdatesResponseMessage: {
            message_id?: number;
            message_thread_id?: number;
            from?: components["schemas"]["GetUpdatesResponseUser"];
            /** @description Unix time. */
            date?: number;
            edit_date?: number;
            chat?: {
                id?: number;
                /** @enum {string} */
                type?: "private" | "group" | "supergroup" | "channel";
                title?: string;
                username?: string;
                first_name?: string;
                last_name?: string;
            };
            text?: string;
            entities?: {
                type?: string;
                offset?: number;
                length?: number;
            }[];
            caption?: string;
            photo?: components["schemas"]["GetUpdatesResponseFile"][];
            document?: {
                file_id?: string;
                file_unique_id?: string;
                file_name?: string;
                mime_type?: string;
                file_size?: number;
            };
            location?: {
                latitude?: number;
                longitude?: number;
            };
            poll?: {
                id?: string;
                question?: string;
                options?: {
                    text?: string;
                    voter_count?: number;
                }[];
            };
            reply_to_message?: Record<string, unknown>;
            forward_origin?: Record<string, unknown>;
        };
        GetUpdatesResponseUser: {
            id?: number;
            is_bot?: boolean;
            first_name?: string;
            last_name?: string;
            username?: string;
            language_code?: string;
        };
        SendDocumentRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_thread_id?: number;
            /** @description An https URL (PDF, ZIP or GIF when sent by URL) or a file_id. */
            document: string;
            caption?: string;
            /** @enum {string} */
            parse_mode?: "HTML" | "MarkdownV2" | "Markdown";
            disable_content_type_detection?: boolean;
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            reply_parameters?: {
                message_id?: number;
            };
            reply_markup?: components["schemas"]["SendMessageRequestReplyMarkup"];
        };
        SendDocumentResponse: components["schemas"]["SendMessageResponse"];
        SendLocationRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_thread_id?: number;
            latitude: number;
            longitude: number;
            /** @description Radius of uncertainty in metres. */
            horizontal_accuracy?: number;
            /** @description Seconds the location stays live (60 to 86400). */
            live_period?: number;
            heading?: number;
            proximity_alert_radius?: number;
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            reply_markup?: components["schemas"]["SendMessageRequestReplyMarkup"];
        };
        SendLocationResponse: components["schemas"]["SendMessageResponse"];
        SendMessageRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            /** @description Forum topic to post in. */
            message_thread_id?: number;
            text: string;
            /** @enum {string} */
            parse_mode?: "HTML" | "MarkdownV2" | "Markdown";
            entities?: Record<string, unknown>[];
            link_preview_options?: {
                is_disabled?: boolean;
            };
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            /** @description Block forwarding and saving. */
            protect_content?: boolean;
            reply_parameters?: {
                message_id?: number;
            };
            reply_markup?: components["schemas"]["SendMessageRequestReplyMarkup"];
        };
        /** @description Numeric chat id or @channelusername. */
        SendMessageRequestChatId: number | string;
        /** @description Inline keyboard, custom reply keyboard, keyboard removal or force-reply. */
        SendMessageRequestReplyMarkup: Record<string, unknown>;
        SendMessageResponse: {
            ok?: boolean;
            result?: components["schemas"]["GetUpdatesResponseMessage"];
        };
        SendPhotoRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_thread_id?: number;
            /** @description An https URL or the file_id of a photo already on Telegram. */
            photo: string;
            caption?: string;
            /** @enum {string} */
            parse_mode?: "HTML" | "MarkdownV2" | "Markdown";
            has_spoiler?: boolean;
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            reply_parameters?: {
                message_id?: number;
            };
            reply_markup?: components["schemas"]["SendMessageRequestReplyMarkup"];
        };
        SendPhotoResponse: components["schemas"]["SendMessageResponse"];
        SendPollRequest: {
            chat_id: components["schemas"]["SendMessageRequestChatId"];
            message_thread_id?: number;
            question: string;
            options: {
                text: string;
            }[];
            /** @default true */
            is_anonymous?: boolean;
            /**
             * @default regular
             * @enum {string}
             */
            type?: "regular" | "quiz";
            allows_multiple_answers?: boolean;
            /** @description Index of the right answer; needed for a quiz. */
            correct_option_id?: number;
            explanation?: string;
            /** @description Seconds the poll stays open. */
            open_period?: number;
            /** @description Unix time at which the poll closes. */
            close_date?: number;
            is_closed?: boolean;
            /** @description Deliver without sound. */
            disable_notification?: boolean;
            reply_markup?: components["schemas"]["SendMessageRequestReplyMarkup"];
        };
        SendPollResponse: components["schemas"]["SendMessageResponse"];
        SetMyCommandsRequest: {
            commands: {
                /** @description Command without the slash. */
                command: string;
                description: string;
            }[];
            /** @description Who sees the list, e.g. {"type": "all_private_chats"}; default scope when absent. */
            scope?: Record<string, unknown>;
            /** @description Two-letter language the list applies to; all languages when absent. */
            language_code?: string;
        };
        SetMyCommandsResponse: {
            ok?: boolean;
            result?: boolean;
        };
        SetWebhookRequest: {
            /** @description HTTPS endpoint on port 443, 80, 88 or 8443; an empty string removes the webhook. */
            url: string;
            allowed_updates?: string[];
            /** @default 40 */
            max_connections?: number;
            drop_pending_updates?: boolean;
            /** @description Sent back in X-Telegram-Bot-Api-Secret-Token on every delivery. */
            secret_token?: string;
            ip_address?: string;
        };
        SetWebhookResponse: components["schemas"]["SetMyCommandsResponse"];
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
        /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    answerCallbackQuery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callback_query_id": "12345678901234567",
                 *       "text": "Button clicked!"
                 *     }
                 */
                "application/json": components["schemas"]["AnswerCallbackQueryRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerCallbackQueryResponse"];
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
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "message_id": 123
                 *     }
                 */
                "application/json": components["schemas"]["DeleteMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    editMessageText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "message_id": 123,
                 *       "text": "Updated text"
                 *     }
                 */
                "application/json": components["schemas"]["EditMessageTextRequest"];
            };
        };
        responses: {
            /** @description The edited message, or true for inline messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditMessageTextResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    forwardMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "from_chat_id": 123456789,
                 *       "message_id": 123
                 *     }
                 */
                "application/json": components["schemas"]["ForwardMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForwardMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getChat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789
                 *     }
                 */
                "application/json": components["schemas"]["GetChatRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetChatResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file_id": "AgACAgQAAxkDAAM..."
                 *     }
                 */
                "application/json": components["schemas"]["GetFileRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "ok": true,
                     *       "result": {
                     *         "id": 123456789,
                     *         "is_bot": true,
                     *         "first_name": "Example Bot",
                     *         "username": "example_bot"
                     *       }
                     *     }
                     */
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
    getUpdates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "limit": 100,
                 *       "timeout": 30
                 *     }
                 */
                "application/json": components["schemas"]["GetUpdatesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUpdatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "document": "https://example.com/file.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["SendDocumentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendDocumentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendLocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "latitude": 37.7749,
                 *       "longitude": -122.4194
                 *     }
                 */
                "application/json": components["schemas"]["SendLocationRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendLocationResponse"];
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
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "text": "Hello!",
                 *       "parse_mode": "HTML"
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
    sendPhoto: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "photo": "https://example.com/image.jpg",
                 *       "caption": "Photo caption"
                 *     }
                 */
                "application/json": components["schemas"]["SendPhotoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendPhotoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendPoll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "chat_id": 123456789,
                 *       "question": "What is your favorite?",
                 *       "options": [
                 *         {
                 *           "text": "Option 1"
                 *         },
                 *         {
                 *           "text": "Option 2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SendPollRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendPollResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setMyCommands: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "commands": [
                 *         {
                 *           "command": "start",
                 *           "description": "Start the bot"
                 *         },
                 *         {
                 *           "command": "help",
                 *           "description": "Get help"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SetMyCommandsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetMyCommandsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    setWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Telegram connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/webhook",
                 *       "allowed_updates": [
                 *         "message",
                 *         "callback_query"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SetWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetWebhookResponse"];
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
