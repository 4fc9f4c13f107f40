// Generated from providers/microsoft-teams.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-teams.js';

/**
 * Microsoft Teams through the Switchboard gateway: Teams, channels, channel and chat messages, members, presence and online meetings with their recordings and transcripts, through Microsoft Graph.
 */
export interface MicrosoftTeamsClient {
    /**
     * List the teams the signed-in user belongs to.
     *
     * `GET /v1.0/me/joinedTeams`
     */
    listJoinedTeams(args?: Args<operations["listJoinedTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listJoinedTeams"]>>>;
    /**
     * Read a team's name, description, visibility and settings.
     *
     * `GET /v1.0/teams/{teamId}`
     */
    getTeam(args: Args<operations["getTeam"]>, options?: CallOptions): Promise<Result<Data<operations["getTeam"]>>>;
    /**
     * List the members and owners of a team.
     *
     * `GET /v1.0/teams/{teamId}/members`
     */
    listTeamMembers: {
        (args: Args<operations["listTeamMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeamMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeamMembers"]>, void, undefined>;
    };
    /**
     * List the apps installed in a team.
     *
     * `GET /v1.0/teams/{teamId}/installedApps`
     */
    listInstalledApps(args: Args<operations["listInstalledApps"]>, options?: CallOptions): Promise<Result<Data<operations["listInstalledApps"]>>>;
    /**
     * List the channels of a team, optionally only those of one membership type.
     *
     * `GET /v1.0/teams/{teamId}/channels`
     */
    listChannels(args: Args<operations["listChannels"]>, options?: CallOptions): Promise<Result<Data<operations["listChannels"]>>>;
    /**
     * Read one channel's name, description and membership type.
     *
     * `GET /v1.0/teams/{teamId}/channels/{channelId}`
     */
    getChannel(args: Args<operations["getChannel"]>, options?: CallOptions): Promise<Result<Data<operations["getChannel"]>>>;
    /**
     * Add a standard, private or shared channel to a team.
     *
     * `POST /v1.0/teams/{teamId}/channels`
     */
    createChannel(args: Args<operations["createChannel"]>, options?: CallOptions): Promise<Result<Data<operations["createChannel"]>>>;
    /**
     * Rename a channel or change its description.
     *
     * `PATCH /v1.0/teams/{teamId}/channels/{channelId}`
     */
    updateChannel(args: Args<operations["updateChannel"]>, options?: CallOptions): Promise<Result<Data<operations["updateChannel"]>>>;
    /**
     * Delete a channel; its content is kept for a restore period before it is gone for good.
     *
     * `DELETE /v1.0/teams/{teamId}/channels/{channelId}`
     */
    deleteChannel(args: Args<operations["deleteChannel"]>, options?: CallOptions): Promise<Result<Data<operations["deleteChannel"]>>>;
    /**
     * List the members of a channel (for private and shared channels, its own roster).
     *
     * `GET /v1.0/teams/{teamId}/channels/{channelId}/members`
     */
    listChannelMembers: {
        (args: Args<operations["listChannelMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listChannelMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listChannelMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChannelMembers"]>, void, undefined>;
    };
    /**
     * List the tabs pinned in a channel.
     *
     * `GET /v1.0/teams/{teamId}/channels/{channelId}/tabs`
     */
    listChannelTabs(args: Args<operations["listChannelTabs"]>, options?: CallOptions): Promise<Result<Data<operations["listChannelTabs"]>>>;
    /**
     * List the top-level messages of a channel, newest first, without their replies unless expanded.
     *
     * `GET /v1.0/teams/{teamId}/channels/{channelId}/messages`
     */
    listChannelMessages: {
        (args: Args<operations["listChannelMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listChannelMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listChannelMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChannelMessages"]>, void, undefined>;
    };
    /**
     * Post a new message, plain text or HTML, to a channel.
     *
     * `POST /v1.0/teams/{teamId}/channels/{channelId}/messages`
     */
    sendChannelMessage(args: Args<operations["sendChannelMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendChannelMessage"]>>>;
    /**
     * Change the text of a channel message the signed-in user sent.
     *
     * `PATCH /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}`
     */
    updateChannelMessage(args: Args<operations["updateChannelMessage"]>, options?: CallOptions): Promise<Result<Data<operations["updateChannelMessage"]>>>;
    /**
     * List the replies in the thread of one channel message.
     *
     * `GET /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies`
     */
    listMessageReplies: {
        (args: Args<operations["listMessageReplies"]>, options?: CallOptions): Promise<Result<Data<operations["listMessageReplies"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMessageReplies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMessageReplies"]>, void, undefined>;
    };
    /**
     * Post a reply in the thread of a channel message.
     *
     * `POST /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies`
     */
    replyToMessage(args: Args<operations["replyToMessage"]>, options?: CallOptions): Promise<Result<Data<operations["replyToMessage"]>>>;
    /**
     * Read the signed-in user's availability and current activity.
     *
     * `GET /v1.0/me/presence`
     */
    getMyPresence(args?: Args<operations["getMyPresence"]>, options?: CallOptions): Promise<Result<Data<operations["getMyPresence"]>>>;
    /**
     * Read another user's availability and current activity.
     *
     * `GET /v1.0/users/{userId}/presence`
     */
    getUserPresence(args: Args<operations["getUserPresence"]>, options?: CallOptions): Promise<Result<Data<operations["getUserPresence"]>>>;
    /**
     * Create a Teams meeting with a join link, without putting it on a calendar.
     *
     * `POST /v1.0/me/onlineMeetings`
     */
    createOnlineMeeting(args: Args<operations["createOnlineMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["createOnlineMeeting"]>>>;
    /**
     * Find the signed-in user's online meeting by its join URL or meeting id.
     *
     * `GET /v1.0/me/onlineMeetings`
     */
    listOnlineMeetings(args: Args<operations["listOnlineMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listOnlineMeetings"]>>>;
    /**
     * Read one online meeting with its join details and participants.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}`
     */
    getOnlineMeeting(args: Args<operations["getOnlineMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getOnlineMeeting"]>>>;
    /**
     * Delete an online meeting the signed-in user organized.
     *
     * `DELETE /v1.0/me/onlineMeetings/{meetingId}`
     */
    deleteOnlineMeeting(args: Args<operations["deleteOnlineMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["deleteOnlineMeeting"]>>>;
    /**
     * List the recordings made of a meeting.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/recordings`
     */
    listMeetingRecordings(args: Args<operations["listMeetingRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetingRecordings"]>>>;
    /**
     * Read the details of one meeting recording, including where its video can be fetched.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/recordings/{recordingId}`
     */
    getMeetingRecording(args: Args<operations["getMeetingRecording"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetingRecording"]>>>;
    /**
     * List the transcripts produced for a meeting.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/transcripts`
     */
    listMeetingTranscripts(args: Args<operations["listMeetingTranscripts"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetingTranscripts"]>>>;
    /**
     * Read the details of one meeting transcript, including where its text can be fetched.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/transcripts/{transcriptId}`
     */
    getMeetingTranscript(args: Args<operations["getMeetingTranscript"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetingTranscript"]>>>;
    /**
     * List the attendance reports of a meeting, one per session that took place (latest 50).
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/attendanceReports`
     */
    listAttendanceReports(args: Args<operations["listAttendanceReports"]>, options?: CallOptions): Promise<Result<Data<operations["listAttendanceReports"]>>>;
    /**
     * Read one attendance report, optionally with who joined and for how long.
     *
     * `GET /v1.0/me/onlineMeetings/{meetingId}/attendanceReports/{reportId}`
     */
    getAttendanceReport(args: Args<operations["getAttendanceReport"]>, options?: CallOptions): Promise<Result<Data<operations["getAttendanceReport"]>>>;
    /**
     * List events on the signed-in user's default calendar, including scheduled Teams meetings.
     *
     * `GET /v1.0/me/calendar/events`
     */
    listCalendarEvents: {
        (args?: Args<operations["listCalendarEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendarEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCalendarEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalendarEvents"]>, void, undefined>;
    };
    /**
     * List the one-on-one, group and meeting chats the signed-in user takes part in.
     *
     * `GET /v1.0/me/chats`
     */
    listChats: {
        (args?: Args<operations["listChats"]>, options?: CallOptions): Promise<Result<Data<operations["listChats"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listChats"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChats"]>, void, undefined>;
    };
    /**
     * Read one chat's type, topic and timestamps.
     *
     * `GET /v1.0/chats/{chatId}`
     */
    getChat(args: Args<operations["getChat"]>, options?: CallOptions): Promise<Result<Data<operations["getChat"]>>>;
    /**
     * List the messages of a chat.
     *
     * `GET /v1.0/chats/{chatId}/messages`
     */
    listChatMessages: {
        (args: Args<operations["listChatMessages"]>, options?: CallOptions): Promise<Result<Data<operations["listChatMessages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listChatMessages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChatMessages"]>, void, undefined>;
    };
    /**
     * Post a message to a chat.
     *
     * `POST /v1.0/chats/{chatId}/messages`
     */
    sendChatMessage(args: Args<operations["sendChatMessage"]>, options?: CallOptions): Promise<Result<Data<operations["sendChatMessage"]>>>;
}

const routes = {
    listJoinedTeams: {"method":"GET","path":"/v1.0/me/joinedTeams"},
    getTeam: {"method":"GET","path":"/v1.0/teams/{teamId}"},
    listTeamMembers: {"method":"GET","path":"/v1.0/teams/{teamId}/members","paging":{"style":"link"}},
    listInstalledApps: {"method":"GET","path":"/v1.0/teams/{teamId}/installedApps"},
    listChannels: {"method":"GET","path":"/v1.0/teams/{teamId}/channels"},
    getChannel: {"method":"GET","path":"/v1.0/teams/{teamId}/channels/{channelId}"},
    createChannel: {"method":"POST","path":"/v1.0/teams/{teamId}/channels","body":"application/json"},
    updateChannel: {"method":"PATCH","path":"/v1.0/teams/{teamId}/channels/{channelId}","body":"application/json"},
    deleteChannel: {"method":"DELETE","path":"/v1.0/teams/{teamId}/channels/{channelId}"},
    listChannelMembers: {"method":"GET","path":"/v1.0/teams/{teamId}/channels/{channelId}/members","paging":{"style":"link"}},
    listChannelTabs: {"method":"GET","path":"/v1.0/teams/{teamId}/channels/{channelId}/tabs"},
    listChannelMessages: {"method":"GET","path":"/v1.0/teams/{teamId}/channels/{channelId}/messages","paging":{"style":"link"}},
    sendChannelMessage: {"method":"POST","path":"/v1.0/teams/{teamId}/channels/{channelId}/messages","body":"application/json"},
    updateChannelMessage: {"method":"PATCH","path":"/v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}","body":"application/json"},
    listMessageReplies: {"method":"GET","path":"/v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies","paging":{"style":"link"}},
    replyToMessage: {"method":"POST","path":"/v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies","body":"application/json"},
    getMyPresence: {"method":"GET","path":"/v1.0/me/presence"},
    getUserPresence: {"method":"GET","path":"/v1.0/users/{userId}/presence"},
    createOnlineMeeting: {"method":"POST","path":"/v1.0/me/onlineMeetings","body":"application/json"},
    listOnlineMeetings: {"method":"GET","path":"/v1.0/me/onlineMeetings"},
    getOnlineMeeting: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}"},
    deleteOnlineMeeting: {"method":"DELETE","path":"/v1.0/me/onlineMeetings/{meetingId}"},
    listMeetingRecordings: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/recordings"},
    getMeetingRecording: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/recordings/{recordingId}"},
    listMeetingTranscripts: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/transcripts"},
    getMeetingTranscript: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/transcripts/{transcriptId}"},
    listAttendanceReports: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/attendanceReports"},
    getAttendanceReport: {"method":"GET","path":"/v1.0/me/onlineMeetings/{meetingId}/attendanceReports/{reportId}"},
    listCalendarEvents: {"method":"GET","path":"/v1.0/me/calendar/events","paging":{"style":"link"}},
    listChats: {"method":"GET","path":"/v1.0/me/chats","paging":{"style":"link"}},
    getChat: {"method":"GET","path":"/v1.0/chats/{chatId}"},
    listChatMessages: {"method":"GET","path":"/v1.0/chats/{chatId}/messages","paging":{"style":"link"}},
    sendChatMessage: {"method":"POST","path":"/v1.0/chats/{chatId}/messages","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Microsoft Teams client: `const api = microsoftTeams(new Switchboard({ baseUrl, apiKey }))`.
 */
export function microsoftTeams(client: Switchboard): MicrosoftTeamsClient {
    const app = "microsoft-teams";
    return {
        listJoinedTeams: (args, options) => client.call(app, routes.listJoinedTeams, args, options),
        getTeam: (args, options) => client.call(app, routes.getTeam, args, options),
        listTeamMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeamMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeamMembers, args, options) }) as MicrosoftTeamsClient["listTeamMembers"],
        listInstalledApps: (args, options) => client.call(app, routes.listInstalledApps, args, options),
        listChannels: (args, options) => client.call(app, routes.listChannels, args, options),
        getChannel: (args, options) => client.call(app, routes.getChannel, args, options),
        createChannel: (args, options) => client.call(app, routes.createChannel, args, options),
        updateChannel: (args, options) => client.call(app, routes.updateChannel, args, options),
        deleteChannel: (args, options) => client.call(app, routes.deleteChannel, args, options),
        listChannelMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChannelMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChannelMembers, args, options) }) as MicrosoftTeamsClient["listChannelMembers"],
        listChannelTabs: (args, options) => client.call(app, routes.listChannelTabs, args, options),
        listChannelMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChannelMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChannelMessages, args, options) }) as MicrosoftTeamsClient["listChannelMessages"],
        sendChannelMessage: (args, options) => client.call(app, routes.sendChannelMessage, args, options),
        updateChannelMessage: (args, options) => client.call(app, routes.updateChannelMessage, args, options),
        listMessageReplies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMessageReplies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMessageReplies, args, options) }) as MicrosoftTeamsClient["listMessageReplies"],
        replyToMessage: (args, options) => client.call(app, routes.replyToMessage, args, options),
        getMyPresence: (args, options) => client.call(app, routes.getMyPresence, args, options),
        getUserPresence: (args, options) => client.call(app, routes.getUserPresence, args, options),
        createOnlineMeeting: (args, options) => client.call(app, routes.createOnlineMeeting, args, options),
        listOnlineMeetings: (args, options) => client.call(app, routes.listOnlineMeetings, args, options),
        getOnlineMeeting: (args, options) => client.call(app, routes.getOnlineMeeting, args, options),
        deleteOnlineMeeting: (args, options) => client.call(app, routes.deleteOnlineMeeting, args, options),
        listMeetingRecordings: (args, options) => client.call(app, routes.listMeetingRecordings, args, options),
        getMeetingRecording: (args, options) => client.call(app, routes.getMeetingRecording, args, options),
        listMeetingTranscripts: (args, options) => client.call(app, routes.listMeetingTranscripts, args, options),
        getMeetingTranscript: (args, options) => client.call(app, routes.getMeetingTranscript, args, options),
        listAttendanceReports: (args, options) => client.call(app, routes.listAttendanceReports, args, options),
        getAttendanceReport: (args, options) => client.call(app, routes.getAttendanceReport, args, options),
        listCalendarEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalendarEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalendarEvents, args, options) }) as MicrosoftTeamsClient["listCalendarEvents"],
        listChats: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChats, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChats, args, options) }) as MicrosoftTeamsClient["listChats"],
        getChat: (args, options) => client.call(app, routes.getChat, args, options),
        listChatMessages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChatMessages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChatMessages, args, options) }) as MicrosoftTeamsClient["listChatMessages"],
        sendChatMessage: (args, options) => client.call(app, routes.sendChatMessage, args, options),
    };
}