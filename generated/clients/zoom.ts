// Generated from providers/zoom.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoom.js';

/**
 * Zoom through the Switchboard gateway: The connected user's Zoom meetings, webinars, cloud recordings, meeting registrants and past-meeting participants (REST API v2).
 */
export interface ZoomClient {
    /** Read a user's profile (me for the connected user). `GET /v2/users/{userId}` */
    getUser: Call<operations["getUser"]>;
    /** List a user's meetings of a given kind (scheduled, live, upcoming or previous). `GET /v2/users/{userId}/meetings` */
    listMeetings: Paged<operations["listMeetings"]>;
    /** List a user's meetings that have not happened yet, across all calendars Zoom knows. `GET /v2/users/{userId}/upcoming_meetings` */
    listUpcomingMeetings: Call<operations["listUpcomingMeetings"]>;
    /** Schedule a meeting (or an instant or recurring one) for a user. `POST /v2/users/{userId}/meetings` */
    createMeeting: Call<operations["createMeeting"]>;
    /** Read a meeting's details, join links and settings. `GET /v2/meetings/{meetingId}` */
    getMeeting: Call<operations["getMeeting"]>;
    /** Change a meeting's topic, time, duration, recurrence or settings. `PATCH /v2/meetings/{meetingId}` */
    updateMeeting: Call<operations["updateMeeting"]>;
    /** Delete a meeting or one occurrence of a recurring meeting. `DELETE /v2/meetings/{meetingId}` */
    deleteMeeting: Call<operations["deleteMeeting"]>;
    /** List the people registered for a meeting that requires registration. `GET /v2/meetings/{meetingId}/registrants` */
    listMeetingRegistrants: Paged<operations["listMeetingRegistrants"]>;
    /** Register a person for a meeting and get their personal join link. `POST /v2/meetings/{meetingId}/registrants` */
    addMeetingRegistrant: Call<operations["addMeetingRegistrant"]>;
    /** Read a finished meeting instance's times, duration and participant count. `GET /v2/past_meetings/{meetingUUID}` */
    getPastMeeting: Call<operations["getPastMeeting"]>;
    /** List who joined a finished meeting instance. `GET /v2/past_meetings/{meetingUUID}/participants` */
    listPastMeetingParticipants: Paged<operations["listPastMeetingParticipants"]>;
    /** List a user's cloud recordings in a date range of up to a month. `GET /v2/users/{userId}/recordings` */
    listUserRecordings: Paged<operations["listUserRecordings"]>;
    /** Read the cloud recording files of a meeting with their download links. `GET /v2/meetings/{meetingId}/recordings` */
    getMeetingRecordings: Call<operations["getMeetingRecordings"]>;
    /** Move all of a meeting's cloud recordings to the trash, or delete them for good. `DELETE /v2/meetings/{meetingId}/recordings` */
    deleteMeetingRecordings: Call<operations["deleteMeetingRecordings"]>;
    /** List a user's scheduled webinars. `GET /v2/users/{userId}/webinars` */
    listWebinars: Call<operations["listWebinars"]>;
    /** Schedule a webinar for a user. `POST /v2/users/{userId}/webinars` */
    createWebinar: Call<operations["createWebinar"]>;
    /** Read a webinar's details and settings. `GET /v2/webinars/{webinarId}` */
    getWebinar: Call<operations["getWebinar"]>;
    /** Change a webinar's topic, time, duration or settings. `PATCH /v2/webinars/{webinarId}` */
    updateWebinar: Call<operations["updateWebinar"]>;
    /** Delete a webinar or one occurrence of a recurring webinar. `DELETE /v2/webinars/{webinarId}` */
    deleteWebinar: Call<operations["deleteWebinar"]>;
}

const routes: Routes<ZoomClient> = {
    getUser: {"method":"GET","path":"/v2/users/{userId}"},
    listMeetings: {"method":"GET","path":"/v2/users/{userId}/meetings","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    listUpcomingMeetings: {"method":"GET","path":"/v2/users/{userId}/upcoming_meetings"},
    createMeeting: {"method":"POST","path":"/v2/users/{userId}/meetings","body":"application/json"},
    getMeeting: {"method":"GET","path":"/v2/meetings/{meetingId}"},
    updateMeeting: {"method":"PATCH","path":"/v2/meetings/{meetingId}","body":"application/json"},
    deleteMeeting: {"method":"DELETE","path":"/v2/meetings/{meetingId}"},
    listMeetingRegistrants: {"method":"GET","path":"/v2/meetings/{meetingId}/registrants","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    addMeetingRegistrant: {"method":"POST","path":"/v2/meetings/{meetingId}/registrants","body":"application/json"},
    getPastMeeting: {"method":"GET","path":"/v2/past_meetings/{meetingUUID}"},
    listPastMeetingParticipants: {"method":"GET","path":"/v2/past_meetings/{meetingUUID}/participants","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    listUserRecordings: {"method":"GET","path":"/v2/users/{userId}/recordings","paging":{"style":"cursor","cursorParam":"next_page_token","nextCursor":"next_page_token"}},
    getMeetingRecordings: {"method":"GET","path":"/v2/meetings/{meetingId}/recordings"},
    deleteMeetingRecordings: {"method":"DELETE","path":"/v2/meetings/{meetingId}/recordings"},
    listWebinars: {"method":"GET","path":"/v2/users/{userId}/webinars"},
    createWebinar: {"method":"POST","path":"/v2/users/{userId}/webinars","body":"application/json"},
    getWebinar: {"method":"GET","path":"/v2/webinars/{webinarId}"},
    updateWebinar: {"method":"PATCH","path":"/v2/webinars/{webinarId}","body":"application/json"},
    deleteWebinar: {"method":"DELETE","path":"/v2/webinars/{webinarId}"},
};

/**
 * The Zoom client: `const api = zoom(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zoom = (sb: Switchboard): ZoomClient => bindClient<ZoomClient>(sb, "zoom", routes);
