// Generated from providers/zoom.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoom.js';

/**
 * Zoom through the Switchboard gateway: The connected user's Zoom meetings, webinars, cloud recordings, meeting registrants and past-meeting participants (REST API v2).
 */
export interface ZoomClient {
    /**
     * Read a user's profile (me for the connected user).
     *
     * `GET /v2/users/{userId}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List a user's meetings of a given kind (scheduled, live, upcoming or previous).
     *
     * `GET /v2/users/{userId}/meetings`
     */
    listMeetings: {
        (args: Args<operations["listMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMeetings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMeetings"]>, void, undefined>;
    };
    /**
     * List a user's meetings that have not happened yet, across all calendars Zoom knows.
     *
     * `GET /v2/users/{userId}/upcoming_meetings`
     */
    listUpcomingMeetings(args: Args<operations["listUpcomingMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listUpcomingMeetings"]>>>;
    /**
     * Schedule a meeting (or an instant or recurring one) for a user.
     *
     * `POST /v2/users/{userId}/meetings`
     */
    createMeeting(args: Args<operations["createMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["createMeeting"]>>>;
    /**
     * Read a meeting's details, join links and settings.
     *
     * `GET /v2/meetings/{meetingId}`
     */
    getMeeting(args: Args<operations["getMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getMeeting"]>>>;
    /**
     * Change a meeting's topic, time, duration, recurrence or settings.
     *
     * `PATCH /v2/meetings/{meetingId}`
     */
    updateMeeting(args: Args<operations["updateMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["updateMeeting"]>>>;
    /**
     * Delete a meeting or one occurrence of a recurring meeting.
     *
     * `DELETE /v2/meetings/{meetingId}`
     */
    deleteMeeting(args: Args<operations["deleteMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMeeting"]>>>;
    /**
     * List the people registered for a meeting that requires registration.
     *
     * `GET /v2/meetings/{meetingId}/registrants`
     */
    listMeetingRegistrants: {
        (args: Args<operations["listMeetingRegistrants"]>, options?: CallOptions): Promise<Result<Data<operations["listMeetingRegistrants"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMeetingRegistrants"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMeetingRegistrants"]>, void, undefined>;
    };
    /**
     * Register a person for a meeting and get their personal join link.
     *
     * `POST /v2/meetings/{meetingId}/registrants`
     */
    addMeetingRegistrant(args: Args<operations["addMeetingRegistrant"]>, options?: CallOptions): Promise<Result<Data<operations["addMeetingRegistrant"]>>>;
    /**
     * Read a finished meeting instance's times, duration and participant count.
     *
     * `GET /v2/past_meetings/{meetingUUID}`
     */
    getPastMeeting(args: Args<operations["getPastMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getPastMeeting"]>>>;
    /**
     * List who joined a finished meeting instance.
     *
     * `GET /v2/past_meetings/{meetingUUID}/participants`
     */
    listPastMeetingParticipants: {
        (args: Args<operations["listPastMeetingParticipants"]>, options?: CallOptions): Promise<Result<Data<operations["listPastMeetingParticipants"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPastMeetingParticipants"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPastMeetingParticipants"]>, void, undefined>;
    };
    /**
     * List a user's cloud recordings in a date range of up to a month.
     *
     * `GET /v2/users/{userId}/recordings`
     */
    listUserRecordings: {
        (args: Args<operations["listUserRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listUserRecordings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUserRecordings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserRecordings"]>, void, undefined>;
    };
    /**
     * Read the cloud recording files of a meeting with their download links.
     *
     * `GET /v2/meetings/{meetingId}/recordings`
     */
    getMeetingRecordings(args: Args<operations["getMeetingRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetingRecordings"]>>>;
    /**
     * Move all of a meeting's cloud recordings to the trash, or delete them for good.
     *
     * `DELETE /v2/meetings/{meetingId}/recordings`
     */
    deleteMeetingRecordings(args: Args<operations["deleteMeetingRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMeetingRecordings"]>>>;
    /**
     * List a user's scheduled webinars.
     *
     * `GET /v2/users/{userId}/webinars`
     */
    listWebinars(args: Args<operations["listWebinars"]>, options?: CallOptions): Promise<Result<Data<operations["listWebinars"]>>>;
    /**
     * Schedule a webinar for a user.
     *
     * `POST /v2/users/{userId}/webinars`
     */
    createWebinar(args: Args<operations["createWebinar"]>, options?: CallOptions): Promise<Result<Data<operations["createWebinar"]>>>;
    /**
     * Read a webinar's details and settings.
     *
     * `GET /v2/webinars/{webinarId}`
     */
    getWebinar(args: Args<operations["getWebinar"]>, options?: CallOptions): Promise<Result<Data<operations["getWebinar"]>>>;
    /**
     * Change a webinar's topic, time, duration or settings.
     *
     * `PATCH /v2/webinars/{webinarId}`
     */
    updateWebinar(args: Args<operations["updateWebinar"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebinar"]>>>;
    /**
     * Delete a webinar or one occurrence of a recurring webinar.
     *
     * `DELETE /v2/webinars/{webinarId}`
     */
    deleteWebinar(args: Args<operations["deleteWebinar"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebinar"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Zoom client: `const api = zoom(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zoom(client: Switchboard): ZoomClient {
    const app = "zoom";
    return {
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listMeetings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMeetings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMeetings, args, options) }) as ZoomClient["listMeetings"],
        listUpcomingMeetings: (args, options) => client.call(app, routes.listUpcomingMeetings, args, options),
        createMeeting: (args, options) => client.call(app, routes.createMeeting, args, options),
        getMeeting: (args, options) => client.call(app, routes.getMeeting, args, options),
        updateMeeting: (args, options) => client.call(app, routes.updateMeeting, args, options),
        deleteMeeting: (args, options) => client.call(app, routes.deleteMeeting, args, options),
        listMeetingRegistrants: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMeetingRegistrants, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMeetingRegistrants, args, options) }) as ZoomClient["listMeetingRegistrants"],
        addMeetingRegistrant: (args, options) => client.call(app, routes.addMeetingRegistrant, args, options),
        getPastMeeting: (args, options) => client.call(app, routes.getPastMeeting, args, options),
        listPastMeetingParticipants: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPastMeetingParticipants, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPastMeetingParticipants, args, options) }) as ZoomClient["listPastMeetingParticipants"],
        listUserRecordings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserRecordings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserRecordings, args, options) }) as ZoomClient["listUserRecordings"],
        getMeetingRecordings: (args, options) => client.call(app, routes.getMeetingRecordings, args, options),
        deleteMeetingRecordings: (args, options) => client.call(app, routes.deleteMeetingRecordings, args, options),
        listWebinars: (args, options) => client.call(app, routes.listWebinars, args, options),
        createWebinar: (args, options) => client.call(app, routes.createWebinar, args, options),
        getWebinar: (args, options) => client.call(app, routes.getWebinar, args, options),
        updateWebinar: (args, options) => client.call(app, routes.updateWebinar, args, options),
        deleteWebinar: (args, options) => client.call(app, routes.deleteWebinar, args, options),
    };
}