// Generated from providers/zoom-admin.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoom-admin.js';

/**
 * Zoom Admin through the Switchboard gateway: Account-wide Zoom administration - users and their settings, any user's meetings, webinars and recordings, past meetings and account settings.
 */
export interface ZoomAdminClient {
    /** List the account's users by status, role or license. `GET /v2/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user's profile (me for the admin who connected). `GET /v2/users/{userId}` */
    getUser: Call<operations["getUser"]>;
    /** Read a user's meeting, recording, telephony and feature settings. `GET /v2/users/{userId}/settings` */
    getUserSettings: Call<operations["getUserSettings"]>;
    /** List any user's meetings of a given kind. `GET /v2/users/{userId}/meetings` */
    listUserMeetings: Paged<operations["listUserMeetings"]>;
    /** Schedule a meeting on behalf of any user of the account. `POST /v2/users/{userId}/meetings` */
    createUserMeeting: Call<operations["createUserMeeting"]>;
    /** Read any meeting's details, join links and settings. `GET /v2/meetings/{meetingId}` */
    getMeeting: Call<operations["getMeeting"]>;
    /** Change any meeting's topic, time, duration or settings. `PATCH /v2/meetings/{meetingId}` */
    updateMeeting: Call<operations["updateMeeting"]>;
    /** Delete any meeting or one occurrence of it. `DELETE /v2/meetings/{meetingId}` */
    deleteMeeting: Call<operations["deleteMeeting"]>;
    /** Read a finished meeting's times, duration and participant count. `GET /v2/past_meetings/{meetingId}` */
    getPastMeeting: Call<operations["getPastMeeting"]>;
    /** List the finished instances of a meeting with their UUIDs and start times. `GET /v2/past_meetings/{meetingId}/instances` */
    listPastMeetingInstances: Call<operations["listPastMeetingInstances"]>;
    /** List any user's scheduled webinars. `GET /v2/users/{userId}/webinars` */
    listUserWebinars: Call<operations["listUserWebinars"]>;
    /** Read any webinar's details and settings. `GET /v2/webinars/{webinarId}` */
    getWebinar: Call<operations["getWebinar"]>;
    /** List any user's cloud recordings in a date range of up to a month. `GET /v2/users/{userId}/recordings` */
    listUserRecordings: Paged<operations["listUserRecordings"]>;
    /** Read the cloud recording files of any meeting with their download links. `GET /v2/meetings/{meetingId}/recordings` */
    getMeetingRecordings: Call<operations["getMeetingRecordings"]>;
    /** Read the account's meeting, recording, security and feature settings (me for the connected account). `GET /v2/accounts/{accountId}/settings` */
    getAccountSettings: Call<operations["getAccountSettings"]>;
}

const routes: Routes<ZoomAdminClient> = {
    listUsers: {"method":"GET","path":"/v2/users","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    getUser: {"method":"GET","path":"/v2/users/{userId}"},
    getUserSettings: {"method":"GET","path":"/v2/users/{userId}/settings"},
    listUserMeetings: {"method":"GET","path":"/v2/users/{userId}/meetings","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    createUserMeeting: {"method":"POST","path":"/v2/users/{userId}/meetings","body":"application/json"},
    getMeeting: {"method":"GET","path":"/v2/meetings/{meetingId}"},
    updateMeeting: {"method":"PATCH","path":"/v2/meetings/{meetingId}","body":"application/json"},
    deleteMeeting: {"method":"DELETE","path":"/v2/meetings/{meetingId}"},
    getPastMeeting: {"method":"GET","path":"/v2/past_meetings/{meetingId}"},
    listPastMeetingInstances: {"method":"GET","path":"/v2/past_meetings/{meetingId}/instances"},
    listUserWebinars: {"method":"GET","path":"/v2/users/{userId}/webinars"},
    getWebinar: {"method":"GET","path":"/v2/webinars/{webinarId}"},
    listUserRecordings: {"method":"GET","path":"/v2/users/{userId}/recordings","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    getMeetingRecordings: {"method":"GET","path":"/v2/meetings/{meetingId}/recordings"},
    getAccountSettings: {"method":"GET","path":"/v2/accounts/{accountId}/settings"},
};

/**
 * The Zoom Admin client: `const api = zoomAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zoomAdmin = (sb: Switchboard): ZoomAdminClient => bindClient<ZoomAdminClient>(sb, "zoom-admin", routes);
