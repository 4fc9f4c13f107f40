// Generated from providers/microsoft-teams.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1.0/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one chat's type, topic and timestamps. */
        get: operations["getChat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the messages of a chat. */
        get: operations["listChatMessages"];
        put?: never;
        /** Post a message to a chat. */
        post: operations["sendChatMessage"];
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
        /** List events on the signed-in user's default calendar, including scheduled Teams meetings. */
        get: operations["listCalendarEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the one-on-one, group and meeting chats the signed-in user takes part in. */
        get: operations["listChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/joinedTeams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the teams the signed-in user belongs to. */
        get: operations["listJoinedTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the signed-in user's online meeting by its join URL or meeting id. */
        get: operations["listOnlineMeetings"];
        put?: never;
        /** Create a Teams meeting with a join link, without putting it on a calendar. */
        post: operations["createOnlineMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one online meeting with its join details and participants. */
        get: operations["getOnlineMeeting"];
        put?: never;
        post?: never;
        /** Delete an online meeting the signed-in user organized. */
        delete: operations["deleteOnlineMeeting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/attendanceReports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the attendance reports of a meeting, one per session that took place (latest 50). */
        get: operations["listAttendanceReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/attendanceReports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one attendance report, optionally with who joined and for how long. */
        get: operations["getAttendanceReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the recordings made of a meeting. */
        get: operations["listMeetingRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/recordings/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of one meeting recording, including where its video can be fetched. */
        get: operations["getMeetingRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the transcripts produced for a meeting. */
        get: operations["listMeetingTranscripts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/onlineMeetings/{meetingId}/transcripts/{transcriptId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the details of one meeting transcript, including where its text can be fetched. */
        get: operations["getMeetingTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/me/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the signed-in user's availability and current activity. */
        get: operations["getMyPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a team's name, description, visibility and settings. */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the channels of a team, optionally only those of one membership type. */
        get: operations["listChannels"];
        put?: never;
        /**
         * Add a standard, private or shared channel to a team.
         * @description Private and shared channels can be given their first members (with an owner role) under members.
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one channel's name, description and membership type. */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        /** Delete a channel; its content is kept for a restore period before it is gone for good. */
        delete: operations["deleteChannel"];
        options?: never;
        head?: never;
        /** Rename a channel or change its description. */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a channel (for private and shared channels, its own roster). */
        get: operations["listChannelMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the top-level messages of a channel, newest first, without their replies unless expanded. */
        get: operations["listChannelMessages"];
        put?: never;
        /** Post a new message, plain text or HTML, to a channel. */
        post: operations["sendChannelMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the text of a channel message the signed-in user sent. */
        patch: operations["updateChannelMessage"];
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the replies in the thread of one channel message. */
        get: operations["listMessageReplies"];
        put?: never;
        /** Post a reply in the thread of a channel message. */
        post: operations["replyToMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/channels/{channelId}/tabs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tabs pinned in a channel. */
        get: operations["listChannelTabs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/installedApps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the apps installed in a team. */
        get: operations["listInstalledApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members and owners of a team. */
        get: operations["listTeamMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1.0/users/{userId}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read another user's availability and current activity. */
        get: operations["getUserPresence"];
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
        CreateChannelRequest: {
            /** @description Channel name as shown in Teams. */
            displayName: string;
            /** @description Text shown under the channel name. */
            description?: string;
            /**
             * @default standard
             * @enum {string}
             */
            membershipType?: "standard" | "private" | "shared";
            /** @description Initial members of a private or shared channel. */
            members?: {
                "@odata.type"?: string;
                "user@odata.bind"?: string;
                roles?: string[];
            }[];
        };
        CreateChannelResponse: components["schemas"]["ListChannelsResponseValueItem"];
        CreateOnlineMeetingRequest: {
            subject?: string;
            /**
             * Format: date-time
             * @description Start in ISO 8601 with an offset or Z.
             */
            startDateTime?: string;
            /**
             * Format: date-time
             * @description End in ISO 8601 with an offset or Z.
             */
            endDateTime?: string;
            participants?: {
                attendees?: {
                    /** @description Sign-in name (email form) of the attendee. */
                    upn?: string;
                    /** @enum {string} */
                    role?: "attendee" | "presenter" | "producer" | "coorganizer";
                }[];
            };
            lobbyBypassSettings?: {
                /** @enum {string} */
                scope?: "organizer" | "organization" | "organizationAndFederated" | "everyone" | "invited";
            };
            /** @enum {string} */
            allowedPresenters?: "everyone" | "organization" | "roleIsPresenter" | "organizer";
            recordAutomatically?: boolean;
        };
        CreateOnlineMeetingResponse: {
            id?: string;
            subject?: string;
            /** Format: date-time */
            startDateTime?: string;
            /** Format: date-time */
            endDateTime?: string;
            /** Format: date-time */
            creationDateTime?: string;
            /** Format: uri */
            joinWebUrl?: string;
            joinMeetingIdSettings?: {
                joinMeetingId?: string;
                passcode?: string;
                isPasscodeRequired?: boolean;
            };
            chatInfo?: {
                threadId?: string;
            };
            participants?: Record<string, unknown>;
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
        GetAttendanceReportResponse: components["schemas"]["ListAttendanceReportsResponseValueItem"];
        GetChannelResponse: components["schemas"]["ListChannelsResponseValueItem"];
        GetChatResponse: components["schemas"]["ListChatsResponseValueItem"];
        GetMeetingRecordingResponse: components["schemas"]["ListMeetingRecordingsResponseValueItem"];
        GetMeetingTranscriptResponse: components["schemas"]["ListMeetingTranscriptsResponseValueItem"];
        GetMyPresenceResponse: {
            id?: string;
            /** @description Available, Busy, Away, BeRightBack, DoNotDisturb, Offline, PresenceUnknown and similar. */
            availability?: string;
            /** @description What the user is doing, e.g. InACall, InAMeeting, Presenting or Available. */
            activity?: string;
        };
        GetOnlineMeetingResponse: components["schemas"]["CreateOnlineMeetingResponse"];
        GetTeamResponse: components["schemas"]["ListJoinedTeamsResponseValueItem"];
        GetUserPresenceResponse: components["schemas"]["GetMyPresenceResponse"];
        ListAttendanceReportsResponse: {
            value?: components["schemas"]["ListAttendanceReportsResponseValueItem"][];
        };
        ListAttendanceReportsResponseValueItem: {
            id?: string;
            totalParticipantCount?: number;
            /** Format: date-time */
            meetingStartDateTime?: string;
            /** Format: date-time */
            meetingEndDateTime?: string;
            attendanceRecords?: {
                emailAddress?: string;
                role?: string;
                totalAttendanceInSeconds?: number;
                identity?: Record<string, unknown>;
                attendanceIntervals?: Record<string, unknown>[];
            }[];
        };
        ListCalendarEventsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTeamMembersResponseOdataNextLink"];
            value?: {
                id?: string;
                subject?: string;
                start?: {
                    dateTime?: string;
                    timeZone?: string;
                };
                end?: {
                    dateTime?: string;
                    timeZone?: string;
                };
                isOnlineMeeting?: boolean;
                onlineMeeting?: {
                    /** Format: uri */
                    joinUrl?: string;
                };
                organizer?: Record<string, unknown>;
                /** Format: uri */
                webLink?: string;
            }[];
        };
        ListChannelMembersResponse: components["schemas"]["ListTeamMembersResponse"];
        ListChannelMessagesResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTeamMembersResponseOdataNextLink"];
            value?: components["schemas"]["ListChannelMessagesResponseValueItem"][];
        };
        ListChannelMessagesResponseValueItem: {
            id?: string;
            replyToId?: string;
            messageType?: string;
            subject?: string;
            /** @enum {string} */
            importance?: "normal" | "high" | "urgent";
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastModifiedDateTime?: string;
            /** Format: date-time */
            deletedDateTime?: string;
            /** Format: uri */
            webUrl?: string;
            from?: {
                user?: {
                    id?: string;
                    displayName?: string;
                };
            };
            body?: {
                /** @enum {string} */
                contentType?: "text" | "html";
                content?: string;
            };
            attachments?: Record<string, unknown>[];
            mentions?: Record<string, unknown>[];
        };
        ListChannelTabsResponse: {
            value?: {
                id?: string;
                displayName?: string;
                /** Format: uri */
                webUrl?: string;
                configuration?: {
                    entityId?: string;
                    contentUrl?: string;
                    websiteUrl?: string;
                    removeUrl?: string;
                };
                teamsApp?: {
                    id?: string;
                    displayName?: string;
                };
            }[];
        };
        ListChannelsResponse: {
            value?: components["schemas"]["ListChannelsResponseValueItem"][];
        };
        ListChannelsResponseValueItem: {
            id?: string;
            displayName?: string;
            description?: string;
            /** @enum {string} */
            membershipType?: "standard" | "private" | "shared" | "unknownFutureValue";
            email?: string;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
        };
        ListChatMessagesResponse: components["schemas"]["ListChannelMessagesResponse"];
        ListChatsResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTeamMembersResponseOdataNextLink"];
            value?: components["schemas"]["ListChatsResponseValueItem"][];
        };
        ListChatsResponseValueItem: {
            id?: string;
            topic?: string;
            /** @enum {string} */
            chatType?: "oneOnOne" | "group" | "meeting" | "unknownFutureValue";
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            lastUpdatedDateTime?: string;
            /** Format: uri */
            webUrl?: string;
            tenantId?: string;
        };
        ListInstalledAppsResponse: {
            value?: {
                id?: string;
                teamsApp?: {
                    id?: string;
                    displayName?: string;
                    distributionMethod?: string;
                };
                teamsAppDefinition?: {
                    id?: string;
                    displayName?: string;
                    version?: string;
                };
            }[];
        };
        ListJoinedTeamsResponse: {
            value?: components["schemas"]["ListJoinedTeamsResponseValueItem"][];
        };
        ListJoinedTeamsResponseValueItem: {
            id?: string;
            displayName?: string;
            description?: string;
            /** @enum {string} */
            visibility?: "private" | "public" | "hiddenMembership";
            isArchived?: boolean;
            /** Format: uri */
            webUrl?: string;
            /** Format: date-time */
            createdDateTime?: string;
        };
        ListMeetingRecordingsResponse: {
            value?: components["schemas"]["ListMeetingRecordingsResponseValueItem"][];
        };
        ListMeetingRecordingsResponseValueItem: {
            id?: string;
            meetingId?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            endDateTime?: string;
            /** Format: uri */
            recordingContentUrl?: string;
            meetingOrganizer?: Record<string, unknown>;
        };
        ListMeetingTranscriptsResponse: {
            value?: components["schemas"]["ListMeetingTranscriptsResponseValueItem"][];
        };
        ListMeetingTranscriptsResponseValueItem: {
            id?: string;
            meetingId?: string;
            /** Format: date-time */
            createdDateTime?: string;
            /** Format: date-time */
            endDateTime?: string;
            /** Format: uri */
            transcriptContentUrl?: string;
            meetingOrganizer?: Record<string, unknown>;
        };
        ListMessageRepliesResponse: components["schemas"]["ListChannelMessagesResponse"];
        ListOnlineMeetingsResponse: {
            value?: components["schemas"]["CreateOnlineMeetingResponse"][];
        };
        ListTeamMembersResponse: {
            "@odata.nextLink"?: components["schemas"]["ListTeamMembersResponseOdataNextLink"];
            value?: {
                id?: string;
                displayName?: string;
                /** @description owner, guest, or empty for an ordinary member. */
                roles?: string[];
                userId?: string;
                email?: string;
                tenantId?: string;
            }[];
        };
        /**
         * Format: uri
         * @description Full URL of the next page; absent on the last page.
         */
        ListTeamMembersResponseOdataNextLink: string;
        ReplyToMessageRequest: components["schemas"]["SendChannelMessageRequest"];
        ReplyToMessageResponse: components["schemas"]["ListChannelMessagesResponseValueItem"];
        SendChannelMessageRequest: {
            body: {
                /**
                 * @description html lets the content carry markup, mentions and inline images.
                 * @default text
                 * @enum {string}
                 */
                contentType?: "text" | "html";
                content: string;
            };
            /** @description Optional title shown above the message. */
            subject?: string;
            /** @enum {string} */
            importance?: "normal" | "high" | "urgent";
            /** @description People or tags referenced by <at id="n"> elements in HTML content. */
            mentions?: Record<string, unknown>[];
            /** @description Cards or file references that travel with the message. */
            attachments?: Record<string, unknown>[];
        };
        SendChannelMessageResponse: components["schemas"]["ListChannelMessagesResponseValueItem"];
        SendChatMessageRequest: components["schemas"]["SendChannelMessageRequest"];
        SendChatMessageResponse: components["schemas"]["ListChannelMessagesResponseValueItem"];
        UpdateChannelMessageRequest: components["schemas"]["SendChannelMessageRequest"];
        UpdateChannelRequest: {
            displayName?: string;
            description?: string;
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
        /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getChat: {
        parameters: {
            query?: {
                /** @description members or lastMessagePreview to include them. */
                $expand?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the chat, such as 19:abc…@thread.v2. */
                chatId: string;
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
    listChatMessages: {
        parameters: {
            query?: {
                /** @description Messages per page (at most 50). */
                $top?: number;
                /** @description Sort order; only newest first is offered. */
                $orderby?: "lastModifiedDateTime desc" | "createdDateTime desc";
                /** @description Range filter on lastModifiedDateTime or createdDateTime (matching the $orderby property). */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the chat, such as 19:abc…@thread.v2. */
                chatId: string;
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
                    "application/json": components["schemas"]["ListChatMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendChatMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the chat, such as 19:abc…@thread.v2. */
                chatId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": {
                 *         "content": "Hello"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SendChatMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendChatMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCalendarEvents: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Number of events to pass over before the page starts. */
                $skip?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. start/dateTime ge '2026-01-01'. */
                $filter?: string;
                /** @description Sort order, e.g. start/dateTime desc. */
                $orderby?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListCalendarEventsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChats: {
        parameters: {
            query?: {
                /** @description Chats per page (at most 50). */
                $top?: number;
                /** @description members or lastMessagePreview to include them with each chat. */
                $expand?: string;
                /** @description OData filter expression, e.g. chatType eq 'group' or topic eq 'Launch'. */
                $filter?: string;
                /** @description Newest activity first. */
                $orderby?: "lastMessagePreview/createdDateTime desc";
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListChatsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listJoinedTeams: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListJoinedTeamsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listOnlineMeetings: {
        parameters: {
            query: {
                /** @description Filter that picks the meeting: JoinWebUrl eq '<url-encoded join URL>' or joinMeetingIdSettings/joinMeetingId eq '<id>'. */
                $filter: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListOnlineMeetingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOnlineMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Project Review",
                 *       "startDateTime": "2026-02-18T14:00:00Z",
                 *       "endDateTime": "2026-02-18T15:00:00Z",
                 *       "participants": {
                 *         "attendees": [
                 *           {
                 *             "upn": "attendee@example.com",
                 *             "role": "attendee"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateOnlineMeetingRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOnlineMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getOnlineMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
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
                    "application/json": components["schemas"]["GetOnlineMeetingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteOnlineMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
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
    listAttendanceReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
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
                    "application/json": components["schemas"]["ListAttendanceReportsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAttendanceReport: {
        parameters: {
            query?: {
                /** @description attendanceRecords adds one entry per participant. */
                $expand?: "attendanceRecords";
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
                /** @description Id of the attendance report. */
                reportId: string;
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
                    "application/json": components["schemas"]["GetAttendanceReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMeetingRecordings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
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
                    "application/json": components["schemas"]["ListMeetingRecordingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMeetingRecording: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
                /** @description Id of the recording. */
                recordingId: string;
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
                    "application/json": components["schemas"]["GetMeetingRecordingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMeetingTranscripts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
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
                    "application/json": components["schemas"]["ListMeetingTranscriptsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMeetingTranscript: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the online meeting. */
                meetingId: string;
                /** @description Id of the transcript. */
                transcriptId: string;
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
                    "application/json": components["schemas"]["GetMeetingTranscriptResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMyPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetMyPresenceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTeam: {
        parameters: {
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
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
                    "application/json": components["schemas"]["GetTeamResponse"];
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
            query?: {
                /** @description OData filter expression, e.g. membershipType eq 'private'. */
                $filter?: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
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
    createChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Channel Name",
                 *       "description": "Description",
                 *       "membershipType": "standard"
                 *     }
                 */
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChannelResponse"];
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
            query?: {
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
    deleteChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
    updateChannel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Updated description"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateChannelRequest"];
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
    listChannelMembers: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
                    "application/json": components["schemas"]["ListChannelMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChannelMessages: {
        parameters: {
            query?: {
                /** @description Messages per page (at most 50). */
                $top?: number;
                /** @description replies includes the replies of each message. */
                $expand?: "replies";
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
                    "application/json": components["schemas"]["ListChannelMessagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sendChannelMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": {
                 *         "contentType": "html",
                 *         "content": "<p>Formatted message</p>"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SendChannelMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendChannelMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateChannelMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": {
                 *         "content": "Updated message content"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateChannelMessageRequest"];
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
    listMessageReplies: {
        parameters: {
            query?: {
                /** @description Replies per page (at most 50). */
                $top?: number;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
                    "application/json": components["schemas"]["ListMessageRepliesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replyToMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
                /** @description Id of the message. */
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": {
                 *         "content": "Reply content"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ReplyToMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplyToMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listChannelTabs: {
        parameters: {
            query?: {
                /**
                 * @description teamsApp adds the app behind each tab.
                 * @example teamsApp
                 */
                $expand?: string;
                /** @description OData filter expression. */
                $filter?: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
                /** @description Id of the channel, such as 19:abc…@thread.tacv2. */
                channelId: string;
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
                    "application/json": components["schemas"]["ListChannelTabsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInstalledApps: {
        parameters: {
            query?: {
                /**
                 * @description Related data to include; teamsApp and teamsAppDefinition name the app.
                 * @example teamsApp
                 */
                $expand?: string;
                /** @description OData filter expression. */
                $filter?: string;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
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
                    "application/json": components["schemas"]["ListInstalledAppsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                /** @description Largest number of items on one page. */
                $top?: number;
                /** @description Comma-separated list of properties to return. */
                $select?: string;
                /** @description OData filter expression, e.g. on roles or displayName. */
                $filter?: string;
            };
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team (the id of its Microsoft 365 group). */
                teamId: string;
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
                    "application/json": components["schemas"]["ListTeamMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUserPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Microsoft Teams connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Entra object id of the user. */
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
                    "application/json": components["schemas"]["GetUserPresenceResponse"];
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
