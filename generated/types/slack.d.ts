// Generated from providers/slack.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/auth.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the token and tell which user, bot and workspace it belongs to. */
        get: operations["authTest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bots.info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a bot's name, app and icons by its B-prefixed bot id. */
        get: operations["botsInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a message. */
        post: operations["chatDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.deleteScheduledMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled message before it is posted. */
        post: operations["chatDeleteScheduledMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.getPermalink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a shareable link to a message. */
        get: operations["chatGetPermalink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.postMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a message (plain text or Block Kit blocks) to a channel, DM or thread. */
        post: operations["chatPostMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.scheduleMessage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a message to be posted at a later Unix time (up to 120 days ahead). */
        post: operations["chatScheduleMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.scheduledMessages.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List messages that are scheduled and not yet posted. */
        get: operations["chatScheduledMessagesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the text or blocks of a message posted earlier. */
        post: operations["chatUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a channel. */
        post: operations["conversationsArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a public or private channel. */
        post: operations["conversationsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through a conversation's messages, newest first, optionally between two times. */
        get: operations["conversationsHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a conversation's settings, topic and purpose. */
        get: operations["conversationsInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add up to 1000 users to a channel. */
        post: operations["conversationsInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join an existing public channel. */
        post: operations["conversationsJoin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user from a channel. */
        post: operations["conversationsKick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a conversation. */
        post: operations["conversationsLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through channels, DMs and group DMs of the chosen types. */
        get: operations["conversationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the caller's read marker in a conversation to a message. */
        post: operations["conversationsMark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the user ids of a conversation's members. */
        get: operations["conversationsMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open (or find) a DM with one user or a group DM with several. */
        post: operations["conversationsOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a channel a new name. */
        post: operations["conversationsRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through a thread, its parent message first. */
        get: operations["conversationsReplies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.setPurpose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the description of what a channel is for. */
        post: operations["conversationsSetPurpose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.setTopic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the topic shown in a channel's header. */
        post: operations["conversationsSetTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations.unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived channel back. */
        post: operations["conversationsUnarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files.completeUploadExternal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish external uploads and optionally share the files in a channel or thread. */
        post: operations["filesCompleteUploadExternal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a file. */
        post: operations["filesDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files.getUploadURLExternal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reserve a file id and get a one-time URL to send the file's bytes to. */
        get: operations["filesGetUploadURLExternal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files.info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file's metadata and its comments. */
        get: operations["filesInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files.upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file or text snippet in one call (retired by Slack; use the external upload pair).
         * @deprecated
         */
        post: operations["filesUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reactions.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** React to a message with an emoji. */
        post: operations["reactionsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reactions.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the reactions on one message, file or file comment. */
        get: operations["reactionsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reactions.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the items a user (by default the caller) has reacted to. */
        get: operations["reactionsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reactions.remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back an emoji reaction from a message, file or file comment. */
        post: operations["reactionsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stars.add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save (star) a message, file or channel for the caller. */
        post: operations["starsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stars.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the caller's saved (starred) items. */
        get: operations["starsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stars.remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsave (unstar) an item for the caller. */
        post: operations["starsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the conversations a user (by default the caller) is a member of. */
        get: operations["usersConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.getPresence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tell whether a user is active or away. */
        get: operations["usersGetPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user's profile. */
        get: operations["usersInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the workspace's members, including deactivated ones and bots. */
        get: operations["usersList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.lookupByEmail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a member by email address. */
        get: operations["usersLookupByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users.setPresence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the caller's presence to automatic or away (needs a user token). */
        post: operations["usersSetPresence"];
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
        AuthTestResponse: {
            ok?: boolean;
            url?: string;
            team?: string;
            user?: string;
            team_id?: string;
            user_id?: string;
            bot_id?: string;
            is_enterprise_install?: boolean;
        };
        BotsInfoResponse: {
            ok?: boolean;
            bot?: {
                id?: string;
                name?: string;
                app_id?: string;
                user_id?: string;
                deleted?: boolean;
                icons?: Record<string, unknown>;
            };
            error?: string;
        };
        ChatDeleteRequest: {
            channel: string;
            /** @description ts of the message to delete. */
            ts: string;
            as_user?: boolean;
        };
        ChatDeleteResponse: {
            ok?: boolean;
            channel?: string;
            ts?: string;
            error?: string;
        };
        ChatDeleteScheduledMessageRequest: {
            channel: string;
            /** @description Id returned by chat.scheduleMessage. */
            scheduled_message_id: string;
            as_user?: boolean;
        };
        ChatDeleteScheduledMessageResponse: {
            ok?: boolean;
            error?: string;
        };
        ChatGetPermalinkResponse: {
            ok?: boolean;
            channel?: string;
            /** Format: uri */
            permalink?: string;
            error?: string;
        };
        /** @description At least one of text, blocks or attachments is needed. */
        ChatPostMessageRequest: {
            /** @description Channel, DM or group DM id (or a channel name). */
            channel: string;
            /** @description Message text in mrkdwn; with blocks it is the fallback for notifications. */
            text?: string;
            /** @description Block Kit layout blocks. */
            blocks?: {
                type: string;
            }[];
            attachments?: Record<string, unknown>[];
            /** @description ts of the parent message to reply in its thread. */
            thread_ts?: string;
            /** @description true also shows a thread reply in the channel. */
            reply_broadcast?: boolean;
            /** @default true */
            mrkdwn?: boolean;
            unfurl_links?: boolean;
            unfurl_media?: boolean;
            /** @enum {string} */
            parse?: "none" | "full";
            link_names?: boolean;
            metadata?: {
                event_type?: string;
                event_payload?: Record<string, unknown>;
            };
            icon_emoji?: string;
            icon_url?: string;
            username?: string;
        };
        ChatPostMessageResponse: {
            ok?: boolean;
            channel?: string;
            ts?: string;
            message?: components["schemas"]["ChatPostMessageResponseMessage"];
            error?: string;
        };
        ChatPostMessageResponseMessage: {
            type?: string;
            subtype?: string;
            ts?: string;
            user?: string;
            bot_id?: string;
            text?: string;
            thread_ts?: string;
            reply_count?: number;
            blocks?: Record<string, unknown>[];
            reactions?: {
                name?: string;
                count?: number;
                users?: string[];
            }[];
        };
        ChatScheduleMessageRequest: {
            channel: string;
            /** @description Unix time in seconds when the message goes out. */
            post_at: number;
            text?: string;
            blocks?: Record<string, unknown>[];
            attachments?: Record<string, unknown>[];
            thread_ts?: string;
            reply_broadcast?: boolean;
            unfurl_links?: boolean;
            unfurl_media?: boolean;
        };
        ChatScheduleMessageResponse: {
            ok?: boolean;
            channel?: string;
            scheduled_message_id?: string;
            post_at?: number;
            message?: {
                /** @description delayed_message while it waits. */
                type?: string;
                subtype?: string;
                user?: string;
                bot_id?: string;
                text?: string;
                blocks?: Record<string, unknown>[];
            };
            error?: string;
        };
        ChatScheduledMessagesListResponse: {
            ok?: boolean;
            scheduled_messages?: {
                id?: string;
                channel_id?: string;
                post_at?: number;
                date_created?: number;
                text?: string;
            }[];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        ChatUpdateRequest: {
            channel: string;
            /** @description ts of the message to change. */
            ts: string;
            text?: string;
            blocks?: Record<string, unknown>[];
            attachments?: Record<string, unknown>[];
            reply_broadcast?: boolean;
            link_names?: boolean;
            /** @enum {string} */
            parse?: "none" | "full";
        };
        ChatUpdateResponse: {
            ok?: boolean;
            channel?: string;
            ts?: string;
            text?: string;
            message?: {
                type?: string;
                user?: string;
                bot_id?: string;
                text?: string;
                blocks?: Record<string, unknown>[];
            };
            error?: string;
        };
        ConversationsArchiveRequest: components["schemas"]["ConversationsJoinRequest"];
        ConversationsArchiveResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        ConversationsCreateRequest: {
            /** @description Lower-case letters, digits, dashes and underscores, at most 80. */
            name: string;
            /** @default false */
            is_private?: boolean;
            team_id?: string;
        };
        ConversationsCreateResponse: components["schemas"]["ConversationsInfoResponse"];
        ConversationsHistoryResponse: {
            ok?: boolean;
            messages?: components["schemas"]["ChatPostMessageResponseMessage"][];
            has_more?: boolean;
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        ConversationsInfoResponse: {
            ok?: boolean;
            channel?: components["schemas"]["ConversationsListResponseChannelsItem"];
            error?: string;
        };
        ConversationsInviteRequest: {
            channel: string;
            /** @description Comma-separated user ids. */
            users: string;
            /** @description true adds the valid users even when some ids fail. */
            force?: boolean;
        };
        ConversationsInviteResponse: components["schemas"]["ConversationsInfoResponse"];
        ConversationsJoinRequest: {
            channel: string;
        };
        ConversationsJoinResponse: components["schemas"]["ConversationsInfoResponse"];
        ConversationsKickRequest: {
            channel: string;
            user: string;
        };
        ConversationsKickResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        ConversationsLeaveRequest: components["schemas"]["ConversationsJoinRequest"];
        ConversationsLeaveResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        ConversationsListResponse: {
            ok?: boolean;
            channels?: components["schemas"]["ConversationsListResponseChannelsItem"][];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        ConversationsListResponseChannelsItem: {
            id?: string;
            name?: string;
            is_channel?: boolean;
            is_group?: boolean;
            is_im?: boolean;
            is_mpim?: boolean;
            is_private?: boolean;
            is_archived?: boolean;
            is_member?: boolean;
            /** @description The other user of a DM. */
            user?: string;
            created?: number;
            creator?: string;
            num_members?: number;
            topic?: {
                value?: string;
                creator?: string;
                last_set?: number;
            };
            purpose?: {
                value?: string;
                creator?: string;
                last_set?: number;
            };
        };
        ConversationsMarkRequest: {
            channel: string;
            /** @description ts of the most recent message read. */
            ts: string;
        };
        ConversationsMarkResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        ConversationsMembersResponse: {
            ok?: boolean;
            members?: string[];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        ConversationsOpenRequest: {
            /** @description One user id for a DM, or up to 8 comma-separated ids for a group DM. */
            users?: string;
            /** @description Resume an existing DM or group DM by id instead. */
            channel?: string;
            /** @description true returns the full DM object. */
            return_im?: boolean;
            prevent_creation?: boolean;
        };
        ConversationsOpenResponse: {
            ok?: boolean;
            no_op?: boolean;
            already_open?: boolean;
            channel?: components["schemas"]["ConversationsListResponseChannelsItem"];
            error?: string;
        };
        ConversationsRenameRequest: {
            channel: string;
            name: string;
        };
        ConversationsRenameResponse: components["schemas"]["ConversationsInfoResponse"];
        ConversationsRepliesResponse: components["schemas"]["ConversationsHistoryResponse"];
        ConversationsSetPurposeRequest: {
            channel: string;
            purpose: string;
        };
        ConversationsSetPurposeResponse: {
            ok?: boolean;
            channel?: components["schemas"]["ConversationsListResponseChannelsItem"];
            purpose?: string;
            error?: string;
        };
        ConversationsSetTopicRequest: {
            channel: string;
            topic: string;
        };
        ConversationsSetTopicResponse: components["schemas"]["ConversationsInfoResponse"];
        ConversationsUnarchiveRequest: components["schemas"]["ConversationsJoinRequest"];
        ConversationsUnarchiveResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        FilesCompleteUploadExternalRequest: {
            files: {
                id: string;
                title?: string;
            }[];
            /** @description Channel to share the files in; private to the uploader when omitted. */
            channel_id?: string;
            /** @description Comma-separated channel ids, instead of channel_id. */
            channels?: string;
            initial_comment?: string;
            thread_ts?: string;
        };
        FilesCompleteUploadExternalResponse: {
            ok?: boolean;
            files?: components["schemas"]["FilesUploadResponseFile"][];
            error?: string;
        };
        FilesDeleteRequest: {
            file: string;
        };
        FilesDeleteResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        FilesGetUploadURLExternalResponse: {
            ok?: boolean;
            /**
             * Format: uri
             * @description Send the bytes here with a POST; this host is Slack's file host, not the gateway.
             */
            upload_url?: string;
            file_id?: string;
            error?: string;
        };
        FilesInfoResponse: components["schemas"]["FilesUploadResponse"];
        FilesUploadRequest: {
            /** @description Comma-separated channel ids to share the file in. */
            channels?: string;
            /** @description Text content, instead of file. */
            content?: string;
            /** Format: binary */
            file?: string;
            filename?: string;
            filetype?: string;
            title?: string;
            initial_comment?: string;
            thread_ts?: string;
        };
        FilesUploadResponse: {
            ok?: boolean;
            file?: components["schemas"]["FilesUploadResponseFile"];
            error?: string;
        };
        FilesUploadResponseFile: {
            id?: string;
            name?: string;
            title?: string;
            mimetype?: string;
            filetype?: string;
            size?: number;
            user?: string;
            permalink?: string;
            url_private?: string;
            channels?: string[];
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
        ReactionsAddRequest: {
            channel: string;
            /** @description Emoji name without colons, e.g. thumbsup. */
            name: string;
            /** @description ts of the message. */
            timestamp: string;
        };
        ReactionsAddResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        ReactionsGetResponse: {
            ok?: boolean;
            type?: string;
            channel?: string;
            message?: components["schemas"]["ChatPostMessageResponseMessage"];
            error?: string;
        };
        ReactionsListResponse: {
            ok?: boolean;
            items?: {
                type?: string;
                channel?: string;
                message?: components["schemas"]["ChatPostMessageResponseMessage"];
                file?: Record<string, unknown>;
            }[];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        /** @description Name the item with channel and timestamp, or with file or file_comment. */
        ReactionsRemoveRequest: {
            channel?: string;
            /** @description Emoji name without colons. */
            name: string;
            timestamp?: string;
            file?: string;
            file_comment?: string;
        };
        ReactionsRemoveResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        /** @description Name a message with channel and timestamp, a file with file, or a whole channel with channel alone. */
        StarsAddRequest: {
            channel?: string;
            timestamp?: string;
            file?: string;
            file_comment?: string;
        };
        StarsAddResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        StarsListResponse: components["schemas"]["ReactionsListResponse"];
        StarsRemoveRequest: components["schemas"]["StarsAddRequest"];
        StarsRemoveResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
        UsersConversationsResponse: {
            ok?: boolean;
            channels?: components["schemas"]["ConversationsListResponseChannelsItem"][];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        UsersGetPresenceResponse: {
            ok?: boolean;
            /** @enum {string} */
            presence?: "active" | "away";
            online?: boolean;
            auto_away?: boolean;
            manual_away?: boolean;
            connection_count?: number;
            last_activity?: number;
            error?: string;
        };
        UsersInfoResponse: {
            ok?: boolean;
            user?: components["schemas"]["UsersListResponseMembersItem"];
            error?: string;
        };
        UsersListResponse: {
            ok?: boolean;
            members?: components["schemas"]["UsersListResponseMembersItem"][];
            response_metadata?: {
                next_cursor?: string;
            };
            error?: string;
        };
        UsersListResponseMembersItem: {
            id?: string;
            team_id?: string;
            name?: string;
            real_name?: string;
            deleted?: boolean;
            is_bot?: boolean;
            is_admin?: boolean;
            tz?: string;
            profile?: {
                display_name?: string;
                real_name?: string;
                email?: string;
                title?: string;
                image_72?: string;
                bot_id?: string;
            };
        };
        UsersLookupByEmailResponse: components["schemas"]["UsersInfoResponse"];
        UsersSetPresenceRequest: {
            /** @enum {string} */
            presence: "auto" | "away";
        };
        UsersSetPresenceResponse: components["schemas"]["ChatDeleteScheduledMessageResponse"];
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
        /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["AuthTestResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    botsInfo: {
        parameters: {
            query: {
                /** @description Bot id starting with B (the bot_id of a message), not the bot's U user id. */
                bot: string;
                team_id?: string;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["BotsInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "ts": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["ChatDeleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatDeleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatDeleteScheduledMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "scheduled_message_id": "Q1234567890"
                 *     }
                 */
                "application/json": components["schemas"]["ChatDeleteScheduledMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatDeleteScheduledMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatGetPermalink: {
        parameters: {
            query: {
                channel: string;
                /** @description ts of the message. */
                message_ts: string;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ChatGetPermalinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatPostMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "text": "Hello, world!"
                 *     }
                 */
                "application/json": components["schemas"]["ChatPostMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatPostMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatScheduleMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "text": "Scheduled message",
                 *       "post_at": 1734567890
                 *     }
                 */
                "application/json": components["schemas"]["ChatScheduleMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatScheduleMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatScheduledMessagesList: {
        parameters: {
            query?: {
                /** @description Only messages scheduled for this channel. */
                channel?: string;
                /** @description Only messages posted at or after this Unix time. */
                oldest?: string;
                /** @description Only messages posted at or before this Unix time. */
                latest?: string;
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ChatScheduledMessagesListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    chatUpdate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "ts": "1234567890.123456",
                 *       "text": "Updated message"
                 *     }
                 */
                "application/json": components["schemas"]["ChatUpdateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatUpdateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsArchive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsArchiveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsArchiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsCreate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "new-channel-name",
                 *       "is_private": false
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsCreateRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsCreateResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsHistory: {
        parameters: {
            query: {
                channel: string;
                /** @description Only messages after this Unix time (with fraction). */
                oldest?: string;
                /** @description Only messages before this Unix time (with fraction). */
                latest?: string;
                /** @description true includes messages exactly at oldest or latest. */
                inclusive?: boolean;
                include_all_metadata?: boolean;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ConversationsHistoryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsInfo: {
        parameters: {
            query: {
                channel: string;
                include_locale?: boolean;
                include_num_members?: boolean;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ConversationsInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsInvite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "users": "U0123456789,U9876543210"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsInviteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsInviteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsJoin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsJoinRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsJoinResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsKick: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "user": "U0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsKickRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsKickResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsLeave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsLeaveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsLeaveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsList: {
        parameters: {
            query?: {
                /** @description Conversation kinds to include. */
                types?: ("public_channel" | "private_channel" | "mpim" | "im")[];
                exclude_archived?: boolean;
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ConversationsListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsMark: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "ts": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsMarkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsMarkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsMembers: {
        parameters: {
            query: {
                channel: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ConversationsMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsOpen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "users": "U0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsOpenRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsOpenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsRename: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "name": "new-name"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsRenameRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsRenameResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsReplies: {
        parameters: {
            query: {
                channel: string;
                /** @description ts of the thread's parent message. */
                ts: string;
                oldest?: string;
                latest?: string;
                inclusive?: boolean;
                include_all_metadata?: boolean;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ConversationsRepliesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsSetPurpose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "purpose": "Channel purpose here"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsSetPurposeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsSetPurposeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsSetTopic: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "topic": "Channel topic here"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsSetTopicRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsSetTopicResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    conversationsUnarchive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationsUnarchiveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationsUnarchiveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesCompleteUploadExternal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": [
                 *         {
                 *           "id": "F0123456789",
                 *           "title": "My File"
                 *         }
                 *       ],
                 *       "channel_id": "C0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["FilesCompleteUploadExternalRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesCompleteUploadExternalResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesDelete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "F0123456789"
                 *     }
                 */
                "application/json": components["schemas"]["FilesDeleteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesDeleteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetUploadURLExternal: {
        parameters: {
            query: {
                filename: string;
                /** @description Size of the file in bytes. */
                length: number;
                /** @description Description of an image for screen readers. */
                alt_txt?: string;
                /** @description Syntax type for a text snippet, e.g. python. */
                snippet_type?: string;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FilesGetUploadURLExternalResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesInfo: {
        parameters: {
            query: {
                file: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most comments per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["FilesInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channels": "C0123456789",
                 *       "content": "file content here",
                 *       "filename": "example.txt",
                 *       "title": "Example File"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["FilesUploadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reactionsAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "name": "thumbsup",
                 *       "timestamp": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["ReactionsAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionsAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reactionsGet: {
        parameters: {
            query?: {
                /** @description Channel of the message. */
                channel?: string;
                /** @description ts of the message. */
                timestamp?: string;
                file?: string;
                file_comment?: string;
                /** @description true lists every reacting user. */
                full?: boolean;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ReactionsGetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reactionsList: {
        parameters: {
            query?: {
                user?: string;
                full?: boolean;
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ReactionsListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    reactionsRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "name": "thumbsup",
                 *       "timestamp": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["ReactionsRemoveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionsRemoveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    starsAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "timestamp": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["StarsAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarsAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    starsList: {
        parameters: {
            query?: {
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["StarsListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    starsRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channel": "C0123456789",
                 *       "timestamp": "1234567890.123456"
                 *     }
                 */
                "application/json": components["schemas"]["StarsRemoveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StarsRemoveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersConversations: {
        parameters: {
            query?: {
                /** @description User to list for; the caller when omitted. */
                user?: string;
                types?: ("public_channel" | "private_channel" | "mpim" | "im")[];
                exclude_archived?: boolean;
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["UsersConversationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersGetPresence: {
        parameters: {
            query?: {
                /** @description User to check; the caller when omitted. */
                user?: string;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["UsersGetPresenceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersInfo: {
        parameters: {
            query: {
                user: string;
                include_locale?: boolean;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["UsersInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersList: {
        parameters: {
            query?: {
                include_locale?: boolean;
                team_id?: string;
                /** @description response_metadata.next_cursor of the previous page. */
                cursor?: string;
                /** @description Most items per page (Slack suggests no more than 200). */
                limit?: number;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["UsersListResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersLookupByEmail: {
        parameters: {
            query: {
                email: string;
            };
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["UsersLookupByEmailResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersSetPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Slack connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "presence": "away"
                 *     }
                 */
                "application/json": components["schemas"]["UsersSetPresenceRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersSetPresenceResponse"];
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
