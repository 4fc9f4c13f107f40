// Generated from providers/slack.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/slack.js';

/**
 * Slack through the Switchboard gateway: Messages, channels and DMs, users, reactions, stars and files of a Slack workspace through the Web API.
 */
export interface SlackClient {
    /**
     * Check the token and tell which user, bot and workspace it belongs to.
     *
     * `GET /api/auth.test`
     */
    authTest(args?: Args<operations["authTest"]>, options?: CallOptions): Promise<Result<Data<operations["authTest"]>>>;
    /**
     * Post a message (plain text or Block Kit blocks) to a channel, DM or thread.
     *
     * `POST /api/chat.postMessage`
     */
    chatPostMessage(args: Args<operations["chatPostMessage"]>, options?: CallOptions): Promise<Result<Data<operations["chatPostMessage"]>>>;
    /**
     * Replace the text or blocks of a message posted earlier.
     *
     * `POST /api/chat.update`
     */
    chatUpdate(args: Args<operations["chatUpdate"]>, options?: CallOptions): Promise<Result<Data<operations["chatUpdate"]>>>;
    /**
     * Delete a message.
     *
     * `POST /api/chat.delete`
     */
    chatDelete(args: Args<operations["chatDelete"]>, options?: CallOptions): Promise<Result<Data<operations["chatDelete"]>>>;
    /**
     * Queue a message to be posted at a later Unix time (up to 120 days ahead).
     *
     * `POST /api/chat.scheduleMessage`
     */
    chatScheduleMessage(args: Args<operations["chatScheduleMessage"]>, options?: CallOptions): Promise<Result<Data<operations["chatScheduleMessage"]>>>;
    /**
     * List messages that are scheduled and not yet posted.
     *
     * `GET /api/chat.scheduledMessages.list`
     */
    chatScheduledMessagesList: {
        (args?: Args<operations["chatScheduledMessagesList"]>, options?: CallOptions): Promise<Result<Data<operations["chatScheduledMessagesList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["chatScheduledMessagesList"]>, options?: CallOptions): AsyncGenerator<Data<operations["chatScheduledMessagesList"]>, void, undefined>;
    };
    /**
     * Cancel a scheduled message before it is posted.
     *
     * `POST /api/chat.deleteScheduledMessage`
     */
    chatDeleteScheduledMessage(args: Args<operations["chatDeleteScheduledMessage"]>, options?: CallOptions): Promise<Result<Data<operations["chatDeleteScheduledMessage"]>>>;
    /**
     * Get a shareable link to a message.
     *
     * `GET /api/chat.getPermalink`
     */
    chatGetPermalink(args: Args<operations["chatGetPermalink"]>, options?: CallOptions): Promise<Result<Data<operations["chatGetPermalink"]>>>;
    /**
     * Page through channels, DMs and group DMs of the chosen types.
     *
     * `GET /api/conversations.list`
     */
    conversationsList: {
        (args?: Args<operations["conversationsList"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["conversationsList"]>, options?: CallOptions): AsyncGenerator<Data<operations["conversationsList"]>, void, undefined>;
    };
    /**
     * Read a conversation's settings, topic and purpose.
     *
     * `GET /api/conversations.info`
     */
    conversationsInfo(args: Args<operations["conversationsInfo"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsInfo"]>>>;
    /**
     * Page through a conversation's messages, newest first, optionally between two times.
     *
     * `GET /api/conversations.history`
     */
    conversationsHistory: {
        (args: Args<operations["conversationsHistory"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsHistory"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["conversationsHistory"]>, options?: CallOptions): AsyncGenerator<Data<operations["conversationsHistory"]>, void, undefined>;
    };
    /**
     * Page through a thread, its parent message first.
     *
     * `GET /api/conversations.replies`
     */
    conversationsReplies: {
        (args: Args<operations["conversationsReplies"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsReplies"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["conversationsReplies"]>, options?: CallOptions): AsyncGenerator<Data<operations["conversationsReplies"]>, void, undefined>;
    };
    /**
     * Page through the user ids of a conversation's members.
     *
     * `GET /api/conversations.members`
     */
    conversationsMembers: {
        (args: Args<operations["conversationsMembers"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["conversationsMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["conversationsMembers"]>, void, undefined>;
    };
    /**
     * Create a public or private channel.
     *
     * `POST /api/conversations.create`
     */
    conversationsCreate(args: Args<operations["conversationsCreate"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsCreate"]>>>;
    /**
     * Join an existing public channel.
     *
     * `POST /api/conversations.join`
     */
    conversationsJoin(args: Args<operations["conversationsJoin"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsJoin"]>>>;
    /**
     * Leave a conversation.
     *
     * `POST /api/conversations.leave`
     */
    conversationsLeave(args: Args<operations["conversationsLeave"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsLeave"]>>>;
    /**
     * Archive a channel.
     *
     * `POST /api/conversations.archive`
     */
    conversationsArchive(args: Args<operations["conversationsArchive"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsArchive"]>>>;
    /**
     * Bring an archived channel back.
     *
     * `POST /api/conversations.unarchive`
     */
    conversationsUnarchive(args: Args<operations["conversationsUnarchive"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsUnarchive"]>>>;
    /**
     * Give a channel a new name.
     *
     * `POST /api/conversations.rename`
     */
    conversationsRename(args: Args<operations["conversationsRename"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsRename"]>>>;
    /**
     * Set the topic shown in a channel's header.
     *
     * `POST /api/conversations.setTopic`
     */
    conversationsSetTopic(args: Args<operations["conversationsSetTopic"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsSetTopic"]>>>;
    /**
     * Set the description of what a channel is for.
     *
     * `POST /api/conversations.setPurpose`
     */
    conversationsSetPurpose(args: Args<operations["conversationsSetPurpose"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsSetPurpose"]>>>;
    /**
     * Add up to 1000 users to a channel.
     *
     * `POST /api/conversations.invite`
     */
    conversationsInvite(args: Args<operations["conversationsInvite"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsInvite"]>>>;
    /**
     * Remove a user from a channel.
     *
     * `POST /api/conversations.kick`
     */
    conversationsKick(args: Args<operations["conversationsKick"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsKick"]>>>;
    /**
     * Move the caller's read marker in a conversation to a message.
     *
     * `POST /api/conversations.mark`
     */
    conversationsMark(args: Args<operations["conversationsMark"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsMark"]>>>;
    /**
     * Open (or find) a DM with one user or a group DM with several.
     *
     * `POST /api/conversations.open`
     */
    conversationsOpen(args: Args<operations["conversationsOpen"]>, options?: CallOptions): Promise<Result<Data<operations["conversationsOpen"]>>>;
    /**
     * Page through the conversations a user (by default the caller) is a member of.
     *
     * `GET /api/users.conversations`
     */
    usersConversations: {
        (args?: Args<operations["usersConversations"]>, options?: CallOptions): Promise<Result<Data<operations["usersConversations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["usersConversations"]>, options?: CallOptions): AsyncGenerator<Data<operations["usersConversations"]>, void, undefined>;
    };
    /**
     * Page through the workspace's members, including deactivated ones and bots.
     *
     * `GET /api/users.list`
     */
    usersList: {
        (args?: Args<operations["usersList"]>, options?: CallOptions): Promise<Result<Data<operations["usersList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["usersList"]>, options?: CallOptions): AsyncGenerator<Data<operations["usersList"]>, void, undefined>;
    };
    /**
     * Read one user's profile.
     *
     * `GET /api/users.info`
     */
    usersInfo(args: Args<operations["usersInfo"]>, options?: CallOptions): Promise<Result<Data<operations["usersInfo"]>>>;
    /**
     * Find a member by email address.
     *
     * `GET /api/users.lookupByEmail`
     */
    usersLookupByEmail(args: Args<operations["usersLookupByEmail"]>, options?: CallOptions): Promise<Result<Data<operations["usersLookupByEmail"]>>>;
    /**
     * Tell whether a user is active or away.
     *
     * `GET /api/users.getPresence`
     */
    usersGetPresence(args?: Args<operations["usersGetPresence"]>, options?: CallOptions): Promise<Result<Data<operations["usersGetPresence"]>>>;
    /**
     * Set the caller's presence to automatic or away (needs a user token).
     *
     * `POST /api/users.setPresence`
     */
    usersSetPresence(args: Args<operations["usersSetPresence"]>, options?: CallOptions): Promise<Result<Data<operations["usersSetPresence"]>>>;
    /**
     * React to a message with an emoji.
     *
     * `POST /api/reactions.add`
     */
    reactionsAdd(args: Args<operations["reactionsAdd"]>, options?: CallOptions): Promise<Result<Data<operations["reactionsAdd"]>>>;
    /**
     * Take back an emoji reaction from a message, file or file comment.
     *
     * `POST /api/reactions.remove`
     */
    reactionsRemove(args: Args<operations["reactionsRemove"]>, options?: CallOptions): Promise<Result<Data<operations["reactionsRemove"]>>>;
    /**
     * Show the reactions on one message, file or file comment.
     *
     * `GET /api/reactions.get`
     */
    reactionsGet(args?: Args<operations["reactionsGet"]>, options?: CallOptions): Promise<Result<Data<operations["reactionsGet"]>>>;
    /**
     * Page through the items a user (by default the caller) has reacted to.
     *
     * `GET /api/reactions.list`
     */
    reactionsList: {
        (args?: Args<operations["reactionsList"]>, options?: CallOptions): Promise<Result<Data<operations["reactionsList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["reactionsList"]>, options?: CallOptions): AsyncGenerator<Data<operations["reactionsList"]>, void, undefined>;
    };
    /**
     * Page through the caller's saved (starred) items.
     *
     * `GET /api/stars.list`
     */
    starsList: {
        (args?: Args<operations["starsList"]>, options?: CallOptions): Promise<Result<Data<operations["starsList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["starsList"]>, options?: CallOptions): AsyncGenerator<Data<operations["starsList"]>, void, undefined>;
    };
    /**
     * Save (star) a message, file or channel for the caller.
     *
     * `POST /api/stars.add`
     */
    starsAdd(args: Args<operations["starsAdd"]>, options?: CallOptions): Promise<Result<Data<operations["starsAdd"]>>>;
    /**
     * Unsave (unstar) an item for the caller.
     *
     * `POST /api/stars.remove`
     */
    starsRemove(args: Args<operations["starsRemove"]>, options?: CallOptions): Promise<Result<Data<operations["starsRemove"]>>>;
    /**
     * Read a bot's name, app and icons by its B-prefixed bot id.
     *
     * `GET /api/bots.info`
     */
    botsInfo(args: Args<operations["botsInfo"]>, options?: CallOptions): Promise<Result<Data<operations["botsInfo"]>>>;
    /**
     * Upload a file or text snippet in one call (retired by Slack; use the external upload pair).
     *
     * `POST /api/files.upload`
     * @deprecated
     */
    filesUpload(args: Args<operations["filesUpload"]>, options?: CallOptions): Promise<Result<Data<operations["filesUpload"]>>>;
    /**
     * Reserve a file id and get a one-time URL to send the file's bytes to.
     *
     * `GET /api/files.getUploadURLExternal`
     */
    filesGetUploadURLExternal(args: Args<operations["filesGetUploadURLExternal"]>, options?: CallOptions): Promise<Result<Data<operations["filesGetUploadURLExternal"]>>>;
    /**
     * Finish external uploads and optionally share the files in a channel or thread.
     *
     * `POST /api/files.completeUploadExternal`
     */
    filesCompleteUploadExternal(args: Args<operations["filesCompleteUploadExternal"]>, options?: CallOptions): Promise<Result<Data<operations["filesCompleteUploadExternal"]>>>;
    /**
     * Read a file's metadata and its comments.
     *
     * `GET /api/files.info`
     */
    filesInfo(args: Args<operations["filesInfo"]>, options?: CallOptions): Promise<Result<Data<operations["filesInfo"]>>>;
    /**
     * Delete a file.
     *
     * `POST /api/files.delete`
     */
    filesDelete(args: Args<operations["filesDelete"]>, options?: CallOptions): Promise<Result<Data<operations["filesDelete"]>>>;
}

const routes = {
    authTest: {"method":"GET","path":"/api/auth.test"},
    chatPostMessage: {"method":"POST","path":"/api/chat.postMessage","body":"application/json"},
    chatUpdate: {"method":"POST","path":"/api/chat.update","body":"application/json"},
    chatDelete: {"method":"POST","path":"/api/chat.delete","body":"application/json"},
    chatScheduleMessage: {"method":"POST","path":"/api/chat.scheduleMessage","body":"application/json"},
    chatScheduledMessagesList: {"method":"GET","path":"/api/chat.scheduledMessages.list","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    chatDeleteScheduledMessage: {"method":"POST","path":"/api/chat.deleteScheduledMessage","body":"application/json"},
    chatGetPermalink: {"method":"GET","path":"/api/chat.getPermalink"},
    conversationsList: {"method":"GET","path":"/api/conversations.list","comma":["types"],"paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    conversationsInfo: {"method":"GET","path":"/api/conversations.info"},
    conversationsHistory: {"method":"GET","path":"/api/conversations.history","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    conversationsReplies: {"method":"GET","path":"/api/conversations.replies","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    conversationsMembers: {"method":"GET","path":"/api/conversations.members","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    conversationsCreate: {"method":"POST","path":"/api/conversations.create","body":"application/json"},
    conversationsJoin: {"method":"POST","path":"/api/conversations.join","body":"application/json"},
    conversationsLeave: {"method":"POST","path":"/api/conversations.leave","body":"application/json"},
    conversationsArchive: {"method":"POST","path":"/api/conversations.archive","body":"application/json"},
    conversationsUnarchive: {"method":"POST","path":"/api/conversations.unarchive","body":"application/json"},
    conversationsRename: {"method":"POST","path":"/api/conversations.rename","body":"application/json"},
    conversationsSetTopic: {"method":"POST","path":"/api/conversations.setTopic","body":"application/json"},
    conversationsSetPurpose: {"method":"POST","path":"/api/conversations.setPurpose","body":"application/json"},
    conversationsInvite: {"method":"POST","path":"/api/conversations.invite","body":"application/json"},
    conversationsKick: {"method":"POST","path":"/api/conversations.kick","body":"application/json"},
    conversationsMark: {"method":"POST","path":"/api/conversations.mark","body":"application/json"},
    conversationsOpen: {"method":"POST","path":"/api/conversations.open","body":"application/json"},
    usersConversations: {"method":"GET","path":"/api/users.conversations","comma":["types"],"paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    usersList: {"method":"GET","path":"/api/users.list","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    usersInfo: {"method":"GET","path":"/api/users.info"},
    usersLookupByEmail: {"method":"GET","path":"/api/users.lookupByEmail"},
    usersGetPresence: {"method":"GET","path":"/api/users.getPresence"},
    usersSetPresence: {"method":"POST","path":"/api/users.setPresence","body":"application/json"},
    reactionsAdd: {"method":"POST","path":"/api/reactions.add","body":"application/json"},
    reactionsRemove: {"method":"POST","path":"/api/reactions.remove","body":"application/json"},
    reactionsGet: {"method":"GET","path":"/api/reactions.get"},
    reactionsList: {"method":"GET","path":"/api/reactions.list","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    starsList: {"method":"GET","path":"/api/stars.list","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"response_metadata.next_cursor"}},
    starsAdd: {"method":"POST","path":"/api/stars.add","body":"application/json"},
    starsRemove: {"method":"POST","path":"/api/stars.remove","body":"application/json"},
    botsInfo: {"method":"GET","path":"/api/bots.info"},
    filesUpload: {"method":"POST","path":"/api/files.upload","body":"multipart/form-data"},
    filesGetUploadURLExternal: {"method":"GET","path":"/api/files.getUploadURLExternal"},
    filesCompleteUploadExternal: {"method":"POST","path":"/api/files.completeUploadExternal","body":"application/json"},
    filesInfo: {"method":"GET","path":"/api/files.info"},
    filesDelete: {"method":"POST","path":"/api/files.delete","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Slack client: `const api = slack(new Switchboard({ baseUrl, apiKey }))`.
 */
export function slack(client: Switchboard): SlackClient {
    const app = "slack";
    return {
        authTest: (args, options) => client.call(app, routes.authTest, args, options),
        chatPostMessage: (args, options) => client.call(app, routes.chatPostMessage, args, options),
        chatUpdate: (args, options) => client.call(app, routes.chatUpdate, args, options),
        chatDelete: (args, options) => client.call(app, routes.chatDelete, args, options),
        chatScheduleMessage: (args, options) => client.call(app, routes.chatScheduleMessage, args, options),
        chatScheduledMessagesList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.chatScheduledMessagesList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.chatScheduledMessagesList, args, options) }) as SlackClient["chatScheduledMessagesList"],
        chatDeleteScheduledMessage: (args, options) => client.call(app, routes.chatDeleteScheduledMessage, args, options),
        chatGetPermalink: (args, options) => client.call(app, routes.chatGetPermalink, args, options),
        conversationsList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.conversationsList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.conversationsList, args, options) }) as SlackClient["conversationsList"],
        conversationsInfo: (args, options) => client.call(app, routes.conversationsInfo, args, options),
        conversationsHistory: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.conversationsHistory, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.conversationsHistory, args, options) }) as SlackClient["conversationsHistory"],
        conversationsReplies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.conversationsReplies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.conversationsReplies, args, options) }) as SlackClient["conversationsReplies"],
        conversationsMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.conversationsMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.conversationsMembers, args, options) }) as SlackClient["conversationsMembers"],
        conversationsCreate: (args, options) => client.call(app, routes.conversationsCreate, args, options),
        conversationsJoin: (args, options) => client.call(app, routes.conversationsJoin, args, options),
        conversationsLeave: (args, options) => client.call(app, routes.conversationsLeave, args, options),
        conversationsArchive: (args, options) => client.call(app, routes.conversationsArchive, args, options),
        conversationsUnarchive: (args, options) => client.call(app, routes.conversationsUnarchive, args, options),
        conversationsRename: (args, options) => client.call(app, routes.conversationsRename, args, options),
        conversationsSetTopic: (args, options) => client.call(app, routes.conversationsSetTopic, args, options),
        conversationsSetPurpose: (args, options) => client.call(app, routes.conversationsSetPurpose, args, options),
        conversationsInvite: (args, options) => client.call(app, routes.conversationsInvite, args, options),
        conversationsKick: (args, options) => client.call(app, routes.conversationsKick, args, options),
        conversationsMark: (args, options) => client.call(app, routes.conversationsMark, args, options),
        conversationsOpen: (args, options) => client.call(app, routes.conversationsOpen, args, options),
        usersConversations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.usersConversations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.usersConversations, args, options) }) as SlackClient["usersConversations"],
        usersList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.usersList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.usersList, args, options) }) as SlackClient["usersList"],
        usersInfo: (args, options) => client.call(app, routes.usersInfo, args, options),
        usersLookupByEmail: (args, options) => client.call(app, routes.usersLookupByEmail, args, options),
        usersGetPresence: (args, options) => client.call(app, routes.usersGetPresence, args, options),
        usersSetPresence: (args, options) => client.call(app, routes.usersSetPresence, args, options),
        reactionsAdd: (args, options) => client.call(app, routes.reactionsAdd, args, options),
        reactionsRemove: (args, options) => client.call(app, routes.reactionsRemove, args, options),
        reactionsGet: (args, options) => client.call(app, routes.reactionsGet, args, options),
        reactionsList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.reactionsList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.reactionsList, args, options) }) as SlackClient["reactionsList"],
        starsList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.starsList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.starsList, args, options) }) as SlackClient["starsList"],
        starsAdd: (args, options) => client.call(app, routes.starsAdd, args, options),
        starsRemove: (args, options) => client.call(app, routes.starsRemove, args, options),
        botsInfo: (args, options) => client.call(app, routes.botsInfo, args, options),
        filesUpload: (args, options) => client.call(app, routes.filesUpload, args, options),
        filesGetUploadURLExternal: (args, options) => client.call(app, routes.filesGetUploadURLExternal, args, options),
        filesCompleteUploadExternal: (args, options) => client.call(app, routes.filesCompleteUploadExternal, args, options),
        filesInfo: (args, options) => client.call(app, routes.filesInfo, args, options),
        filesDelete: (args, options) => client.call(app, routes.filesDelete, args, options),
    };
}