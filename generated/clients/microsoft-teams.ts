// Generated from providers/microsoft-teams.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-teams.js';

/**
 * Microsoft Teams through the Switchboard gateway: Teams, channels, channel and chat messages, members, presence and online meetings with their recordings and transcripts, through Microsoft Graph.
 */
export interface MicrosoftTeamsClient {
    /** List the teams the signed-in user belongs to. `GET /v1.0/me/joinedTeams` */
    listJoinedTeams: Call<operations["listJoinedTeams"]>;
    /** Read a team's name, description, visibility and settings. `GET /v1.0/teams/{teamId}` */
    getTeam: Call<operations["getTeam"]>;
    /** List the members and owners of a team. `GET /v1.0/teams/{teamId}/members` */
    listTeamMembers: Paged<operations["listTeamMembers"]>;
    /** List the apps installed in a team. `GET /v1.0/teams/{teamId}/installedApps` */
    listInstalledApps: Call<operations["listInstalledApps"]>;
    /** List the channels of a team, optionally only those of one membership type. `GET /v1.0/teams/{teamId}/channels` */
    listChannels: Call<operations["listChannels"]>;
    /** Read one channel's name, description and membership type. `GET /v1.0/teams/{teamId}/channels/{channelId}` */
    getChannel: Call<operations["getChannel"]>;
    /** Add a standard, private or shared channel to a team. `POST /v1.0/teams/{teamId}/channels` */
    createChannel: Call<operations["createChannel"]>;
    /** Rename a channel or change its description. `PATCH /v1.0/teams/{teamId}/channels/{channelId}` */
    updateChannel: Call<operations["updateChannel"]>;
    /** Delete a channel; its content is kept for a restore period before it is gone for good. `DELETE /v1.0/teams/{teamId}/channels/{channelId}` */
    deleteChannel: Call<operations["deleteChannel"]>;
    /** List the members of a channel (for private and shared channels, its own roster). `GET /v1.0/teams/{teamId}/channels/{channelId}/members` */
    listChannelMembers: Paged<operations["listChannelMembers"]>;
    /** List the tabs pinned in a channel. `GET /v1.0/teams/{teamId}/channels/{channelId}/tabs` */
    listChannelTabs: Call<operations["listChannelTabs"]>;
    /** List the top-level messages of a channel, newest first, without their replies unless expanded. `GET /v1.0/teams/{teamId}/channels/{channelId}/messages` */
    listChannelMessages: Paged<operations["listChannelMessages"]>;
    /** Post a new message, plain text or HTML, to a channel. `POST /v1.0/teams/{teamId}/channels/{channelId}/messages` */
    sendChannelMessage: Call<operations["sendChannelMessage"]>;
    /** Change the text of a channel message the signed-in user sent. `PATCH /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}` */
    updateChannelMessage: Call<operations["updateChannelMessage"]>;
    /** List the replies in the thread of one channel message. `GET /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies` */
    listMessageReplies: Paged<operations["listMessageReplies"]>;
    /** Post a reply in the thread of a channel message. `POST /v1.0/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies` */
    replyToMessage: Call<operations["replyToMessage"]>;
    /** Read the signed-in user's availability and current activity. `GET /v1.0/me/presence` */
    getMyPresence: Call<operations["getMyPresence"]>;
    /** Read another user's availability and current activity. `GET /v1.0/users/{userId}/presence` */
    getUserPresence: Call<operations["getUserPresence"]>;
    /** Create a Teams meeting with a join link, without putting it on a calendar. `POST /v1.0/me/onlineMeetings` */
    createOnlineMeeting: Call<operations["createOnlineMeeting"]>;
    /** Find the signed-in user's online meeting by its join URL or meeting id. `GET /v1.0/me/onlineMeetings` */
    listOnlineMeetings: Call<operations["listOnlineMeetings"]>;
    /** Read one online meeting with its join details and participants. `GET /v1.0/me/onlineMeetings/{meetingId}` */
    getOnlineMeeting: Call<operations["getOnlineMeeting"]>;
    /** Delete an online meeting the signed-in user organized. `DELETE /v1.0/me/onlineMeetings/{meetingId}` */
    deleteOnlineMeeting: Call<operations["deleteOnlineMeeting"]>;
    /** List the recordings made of a meeting. `GET /v1.0/me/onlineMeetings/{meetingId}/recordings` */
    listMeetingRecordings: Call<operations["listMeetingRecordings"]>;
    /** Read the details of one meeting recording, including where its video can be fetched. `GET /v1.0/me/onlineMeetings/{meetingId}/recordings/{recordingId}` */
    getMeetingRecording: Call<operations["getMeetingRecording"]>;
    /** List the transcripts produced for a meeting. `GET /v1.0/me/onlineMeetings/{meetingId}/transcripts` */
    listMeetingTranscripts: Call<operations["listMeetingTranscripts"]>;
    /** Read the details of one meeting transcript, including where its text can be fetched. `GET /v1.0/me/onlineMeetings/{meetingId}/transcripts/{transcriptId}` */
    getMeetingTranscript: Call<operations["getMeetingTranscript"]>;
    /** List the attendance reports of a meeting, one per session that took place (latest 50). `GET /v1.0/me/onlineMeetings/{meetingId}/attendanceReports` */
    listAttendanceReports: Call<operations["listAttendanceReports"]>;
    /** Read one attendance report, optionally with who joined and for how long. `GET /v1.0/me/onlineMeetings/{meetingId}/attendanceReports/{reportId}` */
    getAttendanceReport: Call<operations["getAttendanceReport"]>;
    /** List events on the signed-in user's default calendar, including scheduled Teams meetings. `GET /v1.0/me/calendar/events` */
    listCalendarEvents: Paged<operations["listCalendarEvents"]>;
    /** List the one-on-one, group and meeting chats the signed-in user takes part in. `GET /v1.0/me/chats` */
    listChats: Paged<operations["listChats"]>;
    /** Read one chat's type, topic and timestamps. `GET /v1.0/chats/{chatId}` */
    getChat: Call<operations["getChat"]>;
    /** List the messages of a chat. `GET /v1.0/chats/{chatId}/messages` */
    listChatMessages: Paged<operations["listChatMessages"]>;
    /** Post a message to a chat. `POST /v1.0/chats/{chatId}/messages` */
    sendChatMessage: Call<operations["sendChatMessage"]>;
}

const routes: Routes<MicrosoftTeamsClient> = {
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
};

/**
 * The Microsoft Teams client: `const api = microsoftTeams(new Switchboard({ baseUrl, apiKey }))`.
 */
export const microsoftTeams = (sb: Switchboard): MicrosoftTeamsClient => bindClient<MicrosoftTeamsClient>(sb, "microsoft-teams", routes);
