// Generated from providers/front.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customer accounts (companies your contacts belong to). */
        get: operations["listAccounts"];
        put?: never;
        /** Create a customer account, optionally with its email domains. */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one customer account. */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the channels (email addresses, SMS numbers, chat and so on) messages arrive through. */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one channel. */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/channels/{channel_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new outbound message from a channel, starting a conversation. */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, optionally filtered. */
        get: operations["listContacts"];
        put?: never;
        /** Create a contact with one or more handles (email, phone, social). */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact with its handles. */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /** Delete a contact. */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Change a contact's name, description, links or custom fields. */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List conversations in reverse order of activity, optionally filtered. */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversation_id}": {
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
        /** Change a conversation's assignee, inbox, status, tags or custom fields. */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/conversations/{conversation_id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign a conversation to a teammate, or unassign it. */
        put: operations["updateConversationAssignee"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversation_id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the internal comments on a conversation. */
        get: operations["listConversationComments"];
        put?: never;
        /** Add an internal comment to a conversation. */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a reply in an existing conversation. */
        post: operations["replyToConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the inboxes the credentials can see. */
        get: operations["listInboxes"];
        put?: never;
        /** Create a shared inbox and give teammates access to it. */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one inbox. */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the company (or identity) that the credentials belong to. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one message with its recipients, body and attachments. */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's tags. */
        get: operations["listTags"];
        put?: never;
        /** Create a company tag. */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one tag. */
        get: operations["getTag"];
        put?: never;
        post?: never;
        /** Delete a tag. */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /** Rename a tag or change its description or colour. */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/teammates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's teammates. */
        get: operations["listTeammates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teammates/{teammate_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one teammate. */
        get: operations["getTeammate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the company's teams (workspaces). */
        get: operations["listTeams"];
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
        CreateAccountRequest: {
            name: string;
            description?: string;
            /** @description Email domains whose contacts belong to the account. */
            domains?: string[];
            /** @description Your own id for the account. */
            external_id?: string;
            custom_fields?: Record<string, unknown>;
        };
        CreateAccountResponse: components["schemas"]["ListAccountsResponseResultsItem"];
        CreateCommentRequest: {
            /** @description Teammate writing the comment. */
            author_id?: string;
            /** @description Comment text (markdown mentions allowed). */
            body: string;
            /** @description Pin the comment to the top of the conversation. */
            is_pinned?: boolean;
        };
        CreateCommentResponse: components["schemas"]["ListConversationCommentsResponseResultsItem"];
        CreateContactRequest: {
            name?: string;
            description?: string;
            links?: string[];
            /** @description Contact lists to add the contact to. */
            list_names?: string[];
            handles: {
                /**
                 * @description Kind of handle.
                 * @enum {string}
                 */
                source: "email" | "phone" | "twitter" | "facebook" | "intercom" | "front_chat" | "custom";
                handle: string;
            }[];
            custom_fields?: Record<string, unknown>;
        };
        CreateContactResponse: components["schemas"]["ListContactsResponseResultsItem"];
        CreateInboxRequest: {
            /** @description Name of the inbox. */
            name: string;
            /** @description Teammates who get access. */
            teammate_ids?: string[];
        };
        CreateInboxResponse: components["schemas"]["ListInboxesResponseResultsItem"];
        CreateTagRequest: {
            name: string;
            description?: string;
            highlight?: components["schemas"]["CreateTagRequestHighlight"];
            is_visible_in_conversation_lists?: boolean;
        };
        /**
         * @description Colour of the tag.
         * @enum {string}
         */
        CreateTagRequestHighlight: "grey" | "pink" | "red" | "orange" | "yellow" | "green" | "light-blue" | "blue" | "purple";
        CreateTagResponse: components["schemas"]["ListTagsResponseResultsItem"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseResultsItem"];
        GetChannelResponse: components["schemas"]["ListChannelsResponseResultsItem"];
        GetContactResponse: components["schemas"]["ListContactsResponseResultsItem"];
        GetConversationResponse: components["schemas"]["ListConversationsResponseResultsItem"];
        GetInboxResponse: components["schemas"]["ListInboxesResponseResultsItem"];
        GetMeResponse: {
            _links?: Record<string, unknown>;
            id?: string;
            name?: string;
        };
        GetMessageResponse: {
            id?: string;
            type?: string;
            is_inbound?: boolean;
            /**
             * @description null for a sent or received message; private or shared for a draft (replaces the deprecated is_draft).
             * @enum {string|null}
             */
            draft_mode?: "private" | "shared" | null;
            created_at?: number;
            subject?: string;
            blurb?: string;
            author?: components["schemas"]["ListTeammatesResponseResultsItem"];
            recipients?: {
                handle?: string;
                /** @enum {string} */
                role?: "from" | "to" | "cc" | "bcc" | "reply-to";
                name?: string;
            }[];
            body?: string;
            text?: string;
            attachments?: {
                id?: string;
                filename?: string;
                url?: string;
                content_type?: string;
                size?: number;
            }[];
            metadata?: Record<string, unknown>;
            _links?: Record<string, unknown>;
        };
        GetTagResponse: components["schemas"]["ListTagsResponseResultsItem"];
        GetTeammateResponse: components["schemas"]["ListTeammatesResponseResultsItem"];
        ListAccountsResponse: {
            _pagination?: {
                next?: string;
            };
            _results?: components["schemas"]["ListAccountsResponseResultsItem"][];
        };
        ListAccountsResponseResultsItem: {
            id?: string;
            name?: string;
            description?: string;
            logo_url?: string;
            domains?: string[];
            external_id?: string;
            custom_fields?: Record<string, unknown>;
            created_at?: number;
            updated_at?: number;
            _links?: Record<string, unknown>;
        };
        ListChannelsResponse: {
            _results?: components["schemas"]["ListChannelsResponseResultsItem"][];
        };
        ListChannelsResponseResultsItem: {
            id?: string;
            name?: string;
            address?: string;
            send_as?: string;
            type?: string;
            settings?: Record<string, unknown>;
            is_private?: boolean;
            is_valid?: boolean;
            _links?: Record<string, unknown>;
        };
        ListContactsResponse: {
            _pagination?: {
                next?: string;
            };
            _results?: components["schemas"]["ListContactsResponseResultsItem"][];
        };
        ListContactsResponseResultsItem: {
            id?: string;
            name?: string;
            description?: string;
            avatar_url?: string;
            is_private?: boolean;
            links?: string[];
            handles?: {
                handle?: string;
                source?: string;
            }[];
            custom_fields?: Record<string, unknown>;
            _links?: Record<string, unknown>;
        };
        ListConversationCommentsResponse: {
            _results?: components["schemas"]["ListConversationCommentsResponseResultsItem"][];
        };
        ListConversationCommentsResponseResultsItem: {
            id?: string;
            author?: components["schemas"]["ListTeammatesResponseResultsItem"];
            body?: string;
            posted_at?: number;
            is_pinned?: boolean;
            attachments?: Record<string, unknown>[];
            _links?: Record<string, unknown>;
        };
        ListConversationsResponse: {
            _pagination?: {
                next?: string;
            };
            _links?: Record<string, unknown>;
            _results?: components["schemas"]["ListConversationsResponseResultsItem"][];
        };
        ListConversationsResponseResultsItem: {
            id?: string;
            subject?: string;
            status?: string;
            status_id?: string;
            status_category?: string;
            assignee?: components["schemas"]["ListTeammatesResponseResultsItem"];
            recipient?: {
                handle?: string;
                role?: string;
            };
            tags?: Record<string, unknown>[];
            links?: Record<string, unknown>[];
            custom_fields?: Record<string, unknown>;
            created_at?: number;
            waiting_since?: number;
            is_private?: boolean;
            metadata?: Record<string, unknown>;
            _links?: Record<string, unknown>;
        };
        ListInboxesResponse: {
            _results?: components["schemas"]["ListInboxesResponseResultsItem"][];
        };
        ListInboxesResponseResultsItem: {
            id?: string;
            name?: string;
            is_private?: boolean;
            is_public?: boolean;
            custom_fields?: Record<string, unknown>;
            _links?: Record<string, unknown>;
        };
        ListTagsResponse: {
            _pagination?: {
                next?: string;
            };
            _results?: components["schemas"]["ListTagsResponseResultsItem"][];
        };
        ListTagsResponseResultsItem: {
            id?: string;
            name?: string;
            description?: string;
            highlight?: string;
            is_private?: boolean;
            is_visible_in_conversation_lists?: boolean;
            created_at?: number;
            updated_at?: number;
            _links?: Record<string, unknown>;
        };
        ListTeammatesResponse: {
            _links?: Record<string, unknown>;
            _results?: components["schemas"]["ListTeammatesResponseResultsItem"][];
        };
        ListTeammatesResponseResultsItem: {
            id?: string;
            email?: string;
            username?: string;
            first_name?: string;
            last_name?: string;
            is_admin?: boolean;
            is_available?: boolean;
            is_blocked?: boolean;
            type?: string;
            custom_fields?: Record<string, unknown>;
        };
        ListTeamsResponse: {
            _results?: {
                id?: string;
                name?: string;
                _links?: Record<string, unknown>;
            }[];
        };
        ReplyToConversationRequest: {
            /** @description Teammate sending the reply. */
            author_id?: string;
            /** @description Reply body (HTML allowed for email). */
            body: string;
            /** @description Plain-text version of the body. */
            text?: string;
            to?: string[];
            cc?: string[];
            bcc?: string[];
            subject?: string;
            /** @description Channel to reply from when not the conversation's own. */
            channel_id?: string;
            signature_id?: string;
            should_add_default_signature?: boolean;
            quote_body?: string;
            options?: {
                tag_ids?: string[];
                archive?: boolean;
            };
        };
        ReplyToConversationResponse: components["schemas"]["SendMessageResponse"];
        SendMessageRequest: {
            /** @description Teammate sending the message. */
            author_id?: string;
            /** @description Recipient handles. */
            to: string[];
            cc?: string[];
            bcc?: string[];
            subject?: string;
            /** @description Message body (HTML allowed for email). */
            body: string;
            /** @description Plain-text version of the body. */
            text?: string;
            sender_name?: string;
            signature_id?: string;
            should_add_default_signature?: boolean;
            options?: {
                tag_ids?: string[];
                archive?: boolean;
            };
        };
        SendMessageResponse: {
            /** @description accepted. */
            status?: string;
            /** @description Id to read the message by once sent (GET /messages/alt:uid:{message_uid}). */
            message_uid?: string;
        };
        UpdateContactRequest: {
            name?: string;
            description?: string;
            links?: string[];
            custom_fields?: Record<string, unknown>;
        };
        UpdateConversationAssigneeRequest: {
            /** @description Teammate to assign; null unassigns. */
            assignee_id: string;
        };
        UpdateConversationRequest: {
            /** @description Teammate to assign; null unassigns. */
            assignee_id?: string;
            /** @description Move the conversation to this inbox. */
            inbox_id?: string;
            /**
             * @description New status.
             * @enum {string}
             */
            status?: "archived" | "open" | "deleted" | "spam";
            /** @description Ticket status id (companies with ticketing). */
            status_id?: string;
            /** @description Replace the tags with these. */
            tag_ids?: string[];
            custom_fields?: Record<string, unknown>;
        };
        UpdateTagRequest: {
            name?: string;
            description?: string;
            highlight?: components["schemas"]["CreateTagRequestHighlight"];
            is_visible_in_conversation_lists?: boolean;
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
        /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Items per page. */
                limit?: number;
                /** @description Token from the _pagination.next URL of the previous page. */
                page_token?: string;
                /** @description Field to sort by. */
                sort_by?: "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Corp",
                 *       "domains": [
                 *         "acme.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponse"];
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the account (acc_…). */
                account_id: string;
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
    listChannels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChannelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the channel (cha_…). */
                channel_id: string;
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
                    "application/json": components["schemas"]["GetChannelResponse"];
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the channel (cha_…). */
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author_id": "tea_abc123",
                 *       "to": [
                 *         "recipient@example.com"
                 *       ],
                 *       "subject": "Subject",
                 *       "body": "Message body"
                 *     }
                 */
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description Accepted; Front sends the message afterwards. Read it later through the message_uid alias. */
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
    listContacts: {
        parameters: {
            query?: {
                /** @description Filter; Front reads bracketed forms such as q[updated_after]=1700000000. */
                q?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Token from the _pagination.next URL of the previous page. */
                page_token?: string;
                /** @description Field to sort by. */
                sort_by?: "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "John Doe",
                 *       "handles": [
                 *         {
                 *           "source": "email",
                 *           "handle": "john@example.com"
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
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (crd_…), or an alias such as alt:email:john@example.com. */
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
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (crd_…), or an alias such as alt:email:john@example.com. */
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
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the contact (crd_…), or an alias such as alt:email:john@example.com. */
                contact_id: string;
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
                "application/json": components["schemas"]["UpdateContactRequest"];
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
    listConversations: {
        parameters: {
            query?: {
                /** @description Filter; Front reads bracketed forms such as q[statuses][]=archived. */
                q?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Token from the _pagination.next URL of the previous page. */
                page_token?: string;
                /** @description Field to sort by. */
                sort_by?: string;
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
    getConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
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
    updateConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignee_id": "tea_abc123",
                 *       "status": "archived"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConversationRequest"];
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
    updateConversationAssignee: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assignee_id": "tea_abc123"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConversationAssigneeRequest"];
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
    listConversationComments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
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
                    "application/json": components["schemas"]["ListConversationCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author_id": "tea_abc123",
                 *       "body": "Internal note"
                 *     }
                 */
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replyToConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the conversation (cnv_…). */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "author_id": "tea_abc123",
                 *       "body": "Reply content"
                 *     }
                 */
                "application/json": components["schemas"]["ReplyToConversationRequest"];
            };
        };
        responses: {
            /** @description Accepted; Front sends the reply afterwards. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyToConversationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInboxes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListInboxesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createInbox: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "New Inbox",
                 *       "teammate_ids": [
                 *         "tea_abc123"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateInboxRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateInboxResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the inbox (inb_…). */
                inbox_id: string;
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
                    "application/json": components["schemas"]["GetInboxResponse"];
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
    getMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the message (msg_…). */
                message_id: string;
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
    listTags: {
        parameters: {
            query?: {
                /** @description Items per page. */
                limit?: number;
                /** @description Token from the _pagination.next URL of the previous page. */
                page_token?: string;
                /** @description Field to sort by. */
                sort_by?: "id" | "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Urgent",
                 *       "highlight": "red"
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
    getTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag (tag_…). */
                tag_id: string;
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
                    "application/json": components["schemas"]["GetTagResponse"];
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
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag (tag_…). */
                tag_id: string;
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
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the tag (tag_…). */
                tag_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated Tag"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTagRequest"];
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
    listTeammates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeammatesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeammate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the teammate (tea_…), or alt:email:… for their email. */
                teammate_id: string;
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
                    "application/json": components["schemas"]["GetTeammateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Front connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListTeamsResponse"];
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
