// Generated from providers/slack.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/slack.js';

/**
 * Slack through the Switchboard gateway: Messages, channels and DMs, users, reactions, stars and files of a Slack workspace through the Web API.
 */
export interface SlackClient {
    /** Check the token and tell which user, bot and workspace it belongs to. `GET /api/auth.test` */
    authTest: Call<operations["authTest"]>;
    /** Post a message (plain text or Block Kit blocks) to a channel, DM or thread. `POST /api/chat.postMessage` */
    chatPostMessage: Call<operations["chatPostMessage"]>;
    /** Replace the text or blocks of a message posted earlier. `POST /api/chat.update` */
    chatUpdate: Call<operations["chatUpdate"]>;
    /** Delete a message. `POST /api/chat.delete` */
    chatDelete: Call<operations["chatDelete"]>;
    /** Queue a message to be posted at a later Unix time (up to 120 days ahead). `POST /api/chat.scheduleMessage` */
    chatScheduleMessage: Call<operations["chatScheduleMessage"]>;
    /** List messages that are scheduled and not yet posted. `GET /api/chat.scheduledMessages.list` */
    chatScheduledMessagesList: Paged<operations["chatScheduledMessagesList"]>;
    /** Cancel a scheduled message before it is posted. `POST /api/chat.deleteScheduledMessage` */
    chatDeleteScheduledMessage: Call<operations["chatDeleteScheduledMessage"]>;
    /** Get a shareable link to a message. `GET /api/chat.getPermalink` */
    chatGetPermalink: Call<operations["chatGetPermalink"]>;
    /** Page through channels, DMs and group DMs of the chosen types. `GET /api/conversations.list` */
    conversationsList: Paged<operations["conversationsList"]>;
    /** Read a conversation's settings, topic and purpose. `GET /api/conversations.info` */
    conversationsInfo: Call<operations["conversationsInfo"]>;
    /** Page through a conversation's messages, newest first, optionally between two times. `GET /api/conversations.history` */
    conversationsHistory: Paged<operations["conversationsHistory"]>;
    /** Page through a thread, its parent message first. `GET /api/conversations.replies` */
    conversationsReplies: Paged<operations["conversationsReplies"]>;
    /** Page through the user ids of a conversation's members. `GET /api/conversations.members` */
    conversationsMembers: Paged<operations["conversationsMembers"]>;
    /** Create a public or private channel. `POST /api/conversations.create` */
    conversationsCreate: Call<operations["conversationsCreate"]>;
    /** Join an existing public channel. `POST /api/conversations.join` */
    conversationsJoin: Call<operations["conversationsJoin"]>;
    /** Leave a conversation. `POST /api/conversations.leave` */
    conversationsLeave: Call<operations["conversationsLeave"]>;
    /** Archive a channel. `POST /api/conversations.archive` */
    conversationsArchive: Call<operations["conversationsArchive"]>;
    /** Bring an archived channel back. `POST /api/conversations.unarchive` */
    conversationsUnarchive: Call<operations["conversationsUnarchive"]>;
    /** Give a channel a new name. `POST /api/conversations.rename` */
    conversationsRename: Call<operations["conversationsRename"]>;
    /** Set the topic shown in a channel's header. `POST /api/conversations.setTopic` */
    conversationsSetTopic: Call<operations["conversationsSetTopic"]>;
    /** Set the description of what a channel is for. `POST /api/conversations.setPurpose` */
    conversationsSetPurpose: Call<operations["conversationsSetPurpose"]>;
    /** Add up to 1000 users to a channel. `POST /api/conversations.invite` */
    conversationsInvite: Call<operations["conversationsInvite"]>;
    /** Remove a user from a channel. `POST /api/conversations.kick` */
    conversationsKick: Call<operations["conversationsKick"]>;
    /** Move the caller's read marker in a conversation to a message. `POST /api/conversations.mark` */
    conversationsMark: Call<operations["conversationsMark"]>;
    /** Open (or find) a DM with one user or a group DM with several. `POST /api/conversations.open` */
    conversationsOpen: Call<operations["conversationsOpen"]>;
    /** Page through the conversations a user (by default the caller) is a member of. `GET /api/users.conversations` */
    usersConversations: Paged<operations["usersConversations"]>;
    /** Page through the workspace's members, including deactivated ones and bots. `GET /api/users.list` */
    usersList: Paged<operations["usersList"]>;
    /** Read one user's profile. `GET /api/users.info` */
    usersInfo: Call<operations["usersInfo"]>;
    /** Find a member by email address. `GET /api/users.lookupByEmail` */
    usersLookupByEmail: Call<operations["usersLookupByEmail"]>;
    /** Tell whether a user is active or away. `GET /api/users.getPresence` */
    usersGetPresence: Call<operations["usersGetPresence"]>;
    /** Set the caller's presence to automatic or away (needs a user token). `POST /api/users.setPresence` */
    usersSetPresence: Call<operations["usersSetPresence"]>;
    /** React to a message with an emoji. `POST /api/reactions.add` */
    reactionsAdd: Call<operations["reactionsAdd"]>;
    /** Take back an emoji reaction from a message, file or file comment. `POST /api/reactions.remove` */
    reactionsRemove: Call<operations["reactionsRemove"]>;
    /** Show the reactions on one message, file or file comment. `GET /api/reactions.get` */
    reactionsGet: Call<operations["reactionsGet"]>;
    /** Page through the items a user (by default the caller) has reacted to. `GET /api/reactions.list` */
    reactionsList: Paged<operations["reactionsList"]>;
    /** Page through the caller's saved (starred) items. `GET /api/stars.list` */
    starsList: Paged<operations["starsList"]>;
    /** Save (star) a message, file or channel for the caller. `POST /api/stars.add` */
    starsAdd: Call<operations["starsAdd"]>;
    /** Unsave (unstar) an item for the caller. `POST /api/stars.remove` */
    starsRemove: Call<operations["starsRemove"]>;
    /** Read a bot's name, app and icons by its B-prefixed bot id. `GET /api/bots.info` */
    botsInfo: Call<operations["botsInfo"]>;
    /**
     * Upload a file or text snippet in one call (retired by Slack; use the external upload pair). `POST /api/files.upload`
     * @deprecated
     */
    filesUpload: Call<operations["filesUpload"]>;
    /** Reserve a file id and get a one-time URL to send the file's bytes to. `GET /api/files.getUploadURLExternal` */
    filesGetUploadURLExternal: Call<operations["filesGetUploadURLExternal"]>;
    /** Finish external uploads and optionally share the files in a channel or thread. `POST /api/files.completeUploadExternal` */
    filesCompleteUploadExternal: Call<operations["filesCompleteUploadExternal"]>;
    /** Read a file's metadata and its comments. `GET /api/files.info` */
    filesInfo: Call<operations["filesInfo"]>;
    /** Delete a file. `POST /api/files.delete` */
    filesDelete: Call<operations["filesDelete"]>;
}

const routes: Routes<SlackClient> = {
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
};

/**
 * The Slack client: `const api = slack(new Switchboard({ baseUrl, apiKey }))`.
 */
export const slack = (sb: Switchboard): SlackClient => bindClient<SlackClient>(sb, "slack", routes);
