// Generated from providers/trello.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/1/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a board, optionally in a workspace or copied from another board. */
        post: operations["createBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a board, optionally with its lists, cards, labels, members and checklists. */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/boards/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the open cards on a board. */
        get: operations["listBoardCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/boards/{id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels defined on a board. */
        get: operations["listBoardLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/boards/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the lists on a board. */
        get: operations["listBoardLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a card in a list. */
        post: operations["createCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a card, optionally with its members, checklists, attachments and board. */
        get: operations["getCard"];
        /** Change a card's fields, or move it by giving a new idList, idBoard or pos. */
        put: operations["updateCard"];
        post?: never;
        /** Delete a card for good (archiving uses closed=true instead). */
        delete: operations["deleteCard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/cards/{id}/actions/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a comment on a card. */
        post: operations["addCardComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a checklist to a card. */
        post: operations["createChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/checklists/{id}/checkItems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to a checklist. */
        post: operations["createCheckItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a label on a board. */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a list on a board. */
        post: operations["createList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/lists/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cards in a list. */
        get: operations["listListCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a member's profile; use me for the connected member. */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/members/{id}/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the boards a member belongs to. */
        get: operations["listMemberBoards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search boards, cards, members, workspaces and actions. */
        get: operations["search"];
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
        AddCardCommentRequest: {
            text: string;
        };
        AddCardCommentResponse: {
            id?: string;
            /** @enum {string} */
            type?: "commentCard";
            /** Format: date-time */
            date?: string;
            idMemberCreator?: string;
            data?: {
                text?: string;
                card?: Record<string, unknown>;
                board?: Record<string, unknown>;
                list?: Record<string, unknown>;
            };
        };
        CreateBoardRequest: {
            name: string;
            desc?: string;
            /** @default true */
            defaultLabels?: boolean;
            /**
             * @description false creates the board without the To Do / Doing / Done lists.
             * @default true
             */
            defaultLists?: boolean;
            /** @description Workspace to create the board in. */
            idOrganization?: string;
            /** @description Board to copy. */
            idBoardSource?: string;
            /** @enum {string} */
            keepFromSource?: "cards" | "none";
            /** @enum {string} */
            powerUps?: "all" | "calendar" | "cardAging" | "recap" | "voting";
            /**
             * @default private
             * @enum {string}
             */
            prefs_permissionLevel?: "org" | "private" | "public";
            /** @enum {string} */
            prefs_voting?: "disabled" | "members" | "observers" | "org" | "public";
            /** @enum {string} */
            prefs_comments?: "disabled" | "members" | "observers" | "org" | "public";
            /** @enum {string} */
            prefs_invitations?: "members" | "admins";
            prefs_selfJoin?: boolean;
            prefs_cardCovers?: boolean;
            /** @description A colour name such as blue, or a background image id. */
            prefs_background?: string;
            /** @enum {string} */
            prefs_cardAging?: "pirate" | "regular";
        };
        CreateBoardResponse: components["schemas"]["ListMemberBoardsResponseItem"];
        CreateCardRequest: {
            idList: string;
            name?: string;
            desc?: string;
            /** @description top, bottom or a positive number. */
            pos?: string | number;
            /** Format: date-time */
            due?: string;
            /** Format: date-time */
            start?: string;
            dueComplete?: boolean;
            idMembers?: string[];
            idLabels?: string[];
            /**
             * Format: uri
             * @description URL to attach to the card.
             */
            urlSource?: string;
            /** @description Card to copy. */
            idCardSource?: string;
            /** @description Properties to copy: all, or a comma list of attachments, checklists, comments, customFields, due, start, labels, members, stickers. */
            keepFromSource?: string;
            address?: string;
            locationName?: string;
            /** @description latitude,longitude */
            coordinates?: string;
        };
        CreateCardResponse: components["schemas"]["ListBoardCardsResponseItem"];
        CreateCheckItemRequest: {
            name: string;
            pos?: string | number;
            /** @default false */
            checked?: boolean;
            /** Format: date-time */
            due?: string;
            /** @description Minutes before the due date to remind. */
            dueReminder?: number;
            idMember?: string;
        };
        CreateCheckItemResponse: {
            id?: string;
            name?: string;
            /** @enum {string} */
            state?: "complete" | "incomplete";
            idChecklist?: string;
            pos?: number;
        };
        CreateChecklistRequest: {
            idCard: string;
            name?: string;
            pos?: string | number;
            /** @description Checklist to copy. */
            idChecklistSource?: string;
        };
        CreateChecklistResponse: {
            id?: string;
            name?: string;
            idBoard?: string;
            idCard?: string;
            pos?: number;
            checkItems?: Record<string, unknown>[];
        };
        CreateLabelRequest: {
            name: string;
            /** @enum {string|null} */
            color: "yellow" | "purple" | "blue" | "red" | "green" | "orange" | "black" | "sky" | "pink" | "lime" | null;
            idBoard: string;
        };
        CreateLabelResponse: components["schemas"]["ListBoardLabelsResponseItem"];
        CreateListRequest: {
            name: string;
            idBoard: string;
            /** @description List to copy into the new one. */
            idListSource?: string;
            /** @description top, bottom or a positive number. */
            pos?: string | number;
        };
        CreateListResponse: components["schemas"]["ListBoardListsResponseItem"];
        DeleteCardResponse: {
            limits?: Record<string, unknown>;
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
        GetBoardResponse: components["schemas"]["ListMemberBoardsResponseItem"];
        GetCardResponse: components["schemas"]["ListBoardCardsResponseItem"];
        GetMemberResponse: {
            id?: string;
            username?: string;
            fullName?: string;
            initials?: string;
            email?: string;
            avatarUrl?: string;
            url?: string;
            idBoards?: string[];
            idOrganizations?: string[];
        };
        ListBoardCardsResponse: components["schemas"]["ListBoardCardsResponseItem"][];
        ListBoardCardsResponseItem: {
            id?: string;
            name?: string;
            desc?: string;
            closed?: boolean;
            idBoard?: string;
            idList?: string;
            idMembers?: string[];
            idLabels?: string[];
            labels?: Record<string, unknown>[];
            pos?: number;
            /** Format: date-time */
            due?: string | null;
            /** Format: date-time */
            start?: string | null;
            dueComplete?: boolean;
            url?: string;
            shortUrl?: string;
            shortLink?: string;
            /** Format: date-time */
            dateLastActivity?: string;
        };
        ListBoardLabelsResponse: components["schemas"]["ListBoardLabelsResponseItem"][];
        ListBoardLabelsResponseItem: {
            id?: string;
            idBoard?: string;
            name?: string;
            color?: string | null;
        };
        ListBoardListsResponse: components["schemas"]["ListBoardListsResponseItem"][];
        ListBoardListsResponseItem: {
            id?: string;
            name?: string;
            closed?: boolean;
            idBoard?: string;
            pos?: number;
            subscribed?: boolean;
        };
        ListListCardsResponse: components["schemas"]["ListBoardCardsResponseItem"][];
        ListMemberBoardsResponse: components["schemas"]["ListMemberBoardsResponseItem"][];
        ListMemberBoardsResponseItem: {
            id?: string;
            name?: string;
            desc?: string;
            closed?: boolean;
            idOrganization?: string | null;
            pinned?: boolean;
            url?: string;
            shortUrl?: string;
            shortLink?: string;
            prefs?: Record<string, unknown>;
            labelNames?: Record<string, unknown>;
            /** Format: date-time */
            dateLastActivity?: string;
        };
        SearchResponse: {
            options?: Record<string, unknown>;
            boards?: components["schemas"]["ListMemberBoardsResponseItem"][];
            cards?: components["schemas"]["ListBoardCardsResponseItem"][];
            members?: Record<string, unknown>[];
            organizations?: Record<string, unknown>[];
            actions?: Record<string, unknown>[];
        };
        UpdateCardRequest: {
            name?: string;
            desc?: string;
            /** @description true archives the card. */
            closed?: boolean;
            /** @description List to move the card to. */
            idList?: string;
            /** @description Board to move the card to. */
            idBoard?: string;
            pos?: string | number;
            /** Format: date-time */
            due?: string | null;
            /** Format: date-time */
            start?: string | null;
            dueComplete?: boolean;
            idMembers?: string[];
            idLabels?: string[];
            idAttachmentCover?: string;
            subscribed?: boolean;
            cover?: {
                color?: string;
                /** @enum {string} */
                brightness?: "dark" | "light";
                /** @enum {string} */
                size?: "normal" | "full";
                url?: string;
            };
        };
        UpdateCardResponse: components["schemas"]["ListBoardCardsResponseItem"];
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
        /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createBoard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Project Alpha",
                 *       "desc": "Main project board",
                 *       "defaultLists": false,
                 *       "prefs_permissionLevel": "private"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBoardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBoardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBoard: {
        parameters: {
            query?: {
                /** @description Comma-separated board fields, or all. */
                fields?: string;
                /** @description Include the board's lists. */
                lists?: "all" | "closed" | "none" | "open";
                /** @description Include the board's cards. */
                cards?: "all" | "closed" | "none" | "open" | "visible";
                card_fields?: string;
                labels?: "all" | "none";
                members?: "none" | "normal" | "admins" | "owners" | "all";
                checklists?: "all" | "none";
                /** @description Comma-separated action types to include. */
                actions?: string;
                customFields?: boolean;
                organization?: boolean;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Board id or short link. */
                id: string;
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
                    "application/json": components["schemas"]["GetBoardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBoardCards: {
        parameters: {
            query?: {
                /** @description Comma-separated card fields, or all. */
                fields?: string;
                /** @description true or cover. */
                attachments?: string;
                members?: boolean;
                checklists?: "all" | "none";
                customFieldItems?: boolean;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Board id or short link. */
                id: string;
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
                    "application/json": components["schemas"]["ListBoardCardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBoardLabels: {
        parameters: {
            query?: {
                fields?: string;
                limit?: number;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Board id or short link. */
                id: string;
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
                    "application/json": components["schemas"]["ListBoardLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBoardLists: {
        parameters: {
            query?: {
                filter?: "all" | "closed" | "none" | "open";
                /** @description Include each list's cards. */
                cards?: "all" | "closed" | "none" | "open";
                card_fields?: string;
                fields?: string;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Board id or short link. */
                id: string;
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
                    "application/json": components["schemas"]["ListBoardListsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Implement feature X",
                 *       "desc": "Description of the task",
                 *       "idList": "LIST_ID",
                 *       "pos": "bottom",
                 *       "due": "2025-03-30T12:00:00.000Z",
                 *       "idMembers": [
                 *         "MEMBER_ID"
                 *       ],
                 *       "idLabels": [
                 *         "LABEL_ID"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateCardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCard: {
        parameters: {
            query?: {
                /** @description Comma-separated card fields, or all. */
                fields?: string;
                members?: boolean;
                member_fields?: string;
                checklists?: "all" | "none";
                checklist_fields?: string;
                /** @description true, false or cover. */
                attachments?: string;
                attachment_fields?: string;
                /** @description Comma-separated action types to include. */
                actions?: string;
                board?: boolean;
                board_fields?: string;
                list?: boolean;
                customFieldItems?: boolean;
                stickers?: boolean;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Card id or short link. */
                id: string;
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
                    "application/json": components["schemas"]["GetCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Card id or short link. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Updated card name",
                 *       "desc": "Updated description",
                 *       "due": "2025-04-15T12:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateCardRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Card id or short link. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trello answers 200 with an almost empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCardResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addCardComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Card id or short link. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "This is a comment"
                 *     }
                 */
                "application/json": components["schemas"]["AddCardCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddCardCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "idCard": "CARD_ID",
                 *       "name": "Task Checklist"
                 *     }
                 */
                "application/json": components["schemas"]["CreateChecklistRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChecklistResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createCheckItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the checklist. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Subtask 1",
                 *       "pos": "bottom",
                 *       "checked": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateCheckItemRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCheckItemResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "High Priority",
                 *       "color": "red",
                 *       "idBoard": "BOARD_ID"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLabelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLabelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "To Do",
                 *       "idBoard": "BOARD_ID",
                 *       "pos": "top"
                 *     }
                 */
                "application/json": components["schemas"]["CreateListRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listListCards: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the list. */
                id: string;
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
                    "application/json": components["schemas"]["ListListCardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMember: {
        parameters: {
            query?: {
                /** @description Comma-separated member fields, or all. */
                fields?: string;
                /** @description Include boards: all, open, closed, members, organization, public, starred or none. */
                boards?: string;
                organizations?: "all" | "members" | "none" | "public";
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Member id, username, or me.
                 * @example me
                 */
                id: string;
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
                    "application/json": components["schemas"]["GetMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMemberBoards: {
        parameters: {
            query?: {
                /** @description Comma-separated: all, open, closed, members, organization, public, starred. */
                filter?: string;
                /** @description Comma-separated board fields, or all. */
                fields?: string;
                /** @description Include the lists of each board. */
                lists?: "all" | "closed" | "none" | "open";
                organization?: boolean;
                organization_fields?: string;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Member id, username, or me.
                 * @example me
                 */
                id: string;
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
                    "application/json": components["schemas"]["ListMemberBoardsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Search terms; operators such as board:, list:, label: and is:open are accepted. */
                query: string;
                /** @description Comma-separated: actions, boards, cards, members, organizations, or all. */
                modelTypes?: string;
                /** @description mine, or a comma-separated list of board ids. */
                idBoards?: string;
                idOrganizations?: string;
                idCards?: string;
                /** @description true matches words by prefix. */
                partial?: boolean;
                board_fields?: string;
                boards_limit?: number;
                card_fields?: string;
                cards_limit?: number;
                cards_page?: number;
                card_board?: boolean;
                card_list?: boolean;
                card_members?: boolean;
                card_attachments?: string;
                organization_fields?: string;
                organizations_limit?: number;
                member_fields?: string;
                members_limit?: number;
            };
            header?: {
                /** @description Id of the Trello connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchResponse"];
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
