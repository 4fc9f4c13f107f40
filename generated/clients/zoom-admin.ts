// Generated from providers/zoom-admin.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoom-admin.js';

/**
 * Zoom Admin through the Switchboard gateway: Account-wide Zoom administration - users and their settings, any user's meetings, webinars and recordings, past meetings and account settings.
 */
export interface ZoomAdminClient {
    /**
     * List the account's users by status, role or license.
     *
     * `GET /v2/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user's profile (me for the admin who connected).
     *
     * `GET /v2/users/{userId}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Read a user's meeting, recording, telephony and feature settings.
     *
     * `GET /v2/users/{userId}/settings`
     */
    getUserSettings(args: Args<operations["getUserSettings"]>, options?: CallOptions): Promise<Result<Data<operations["getUserSettings"]>>>;
    /**
     * List any user's meetings of a given kind.
     *
     * `GET /v2/users/{userId}/meetings`
     */
    listUserMeetings: {
        (args: Args<operations["listUserMeetings"]>, options?: CallOptions): Promise<Result<Data<operations["listUserMeetings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUserMeetings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserMeetings"]>, void, undefined>;
    };
    /**
     * Schedule a meeting on behalf of any user of the account.
     *
     * `POST /v2/users/{userId}/meetings`
     */
    createUserMeeting(args: Args<operations["createUserMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["createUserMeeting"]>>>;
    /**
     * Read any meeting's details, join links and settings.
     *
     * `GET /v2/meetings/{meetingId}`
     */
    getMeeting(args: Args<operations["getMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getMeeting"]>>>;
    /**
     * Change any meeting's topic, time, duration or settings.
     *
     * `PATCH /v2/meetings/{meetingId}`
     */
    updateMeeting(args: Args<operations["updateMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["updateMeeting"]>>>;
    /**
     * Delete any meeting or one occurrence of it.
     *
     * `DELETE /v2/meetings/{meetingId}`
     */
    deleteMeeting(args: Args<operations["deleteMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMeeting"]>>>;
    /**
     * Read a finished meeting's times, duration and participant count.
     *
     * `GET /v2/past_meetings/{meetingId}`
     */
    getPastMeeting(args: Args<operations["getPastMeeting"]>, options?: CallOptions): Promise<Result<Data<operations["getPastMeeting"]>>>;
    /**
     * List the finished instances of a meeting with their UUIDs and start times.
     *
     * `GET /v2/past_meetings/{meetingId}/instances`
     */
    listPastMeetingInstances(args: Args<operations["listPastMeetingInstances"]>, options?: CallOptions): Promise<Result<Data<operations["listPastMeetingInstances"]>>>;
    /**
     * List any user's scheduled webinars.
     *
     * `GET /v2/users/{userId}/webinars`
     */
    listUserWebinars(args: Args<operations["listUserWebinars"]>, options?: CallOptions): Promise<Result<Data<operations["listUserWebinars"]>>>;
    /**
     * Read any webinar's details and settings.
     *
     * `GET /v2/webinars/{webinarId}`
     */
    getWebinar(args: Args<operations["getWebinar"]>, options?: CallOptions): Promise<Result<Data<operations["getWebinar"]>>>;
    /**
     * List any user's cloud recordings in a date range of up to a month.
     *
     * `GET /v2/users/{userId}/recordings`
     */
    listUserRecordings: {
        (args: Args<operations["listUserRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listUserRecordings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUserRecordings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserRecordings"]>, void, undefined>;
    };
    /**
     * Read the cloud recording files of any meeting with their download links.
     *
     * `GET /v2/meetings/{meetingId}/recordings`
     */
    getMeetingRecordings(args: Args<operations["getMeetingRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["getMeetingRecordings"]>>>;
    /**
     * Read the account's meeting, recording, security and feature settings (me for the connected account).
     *
     * `GET /v2/accounts/{accountId}/settings`
     */
    getAccountSettings(args: Args<operations["getAccountSettings"]>, options?: CallOptions): Promise<Result<Data<operations["getAccountSettings"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Zoom Admin client: `const api = zoomAdmin(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zoomAdmin(client: Switchboard): ZoomAdminClient {
    const app = "zoom-admin";
    return {
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as ZoomAdminClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        getUserSettings: (args, options) => client.call(app, routes.getUserSettings, args, options),
        listUserMeetings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserMeetings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserMeetings, args, options) }) as ZoomAdminClient["listUserMeetings"],
        createUserMeeting: (args, options) => client.call(app, routes.createUserMeeting, args, options),
        getMeeting: (args, options) => client.call(app, routes.getMeeting, args, options),
        updateMeeting: (args, options) => client.call(app, routes.updateMeeting, args, options),
        deleteMeeting: (args, options) => client.call(app, routes.deleteMeeting, args, options),
        getPastMeeting: (args, options) => client.call(app, routes.getPastMeeting, args, options),
        listPastMeetingInstances: (args, options) => client.call(app, routes.listPastMeetingInstances, args, options),
        listUserWebinars: (args, options) => client.call(app, routes.listUserWebinars, args, options),
        getWebinar: (args, options) => client.call(app, routes.getWebinar, args, options),
        listUserRecordings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserRecordings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserRecordings, args, options) }) as ZoomAdminClient["listUserRecordings"],
        getMeetingRecordings: (args, options) => client.call(app, routes.getMeetingRecordings, args, options),
        getAccountSettings: (args, options) => client.call(app, routes.getAccountSettings, args, options),
    };
}