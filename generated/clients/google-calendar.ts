// Generated from providers/google-calendar.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-calendar.js';

/**
 * Google Calendar through the Switchboard gateway: Calendars, events and free/busy lookups of a Google account's calendars.
 */
export interface GoogleCalendarClient {
    /**
     * List the calendars on the connected user's calendar list.
     *
     * `GET /calendar/v3/users/me/calendarList`
     */
    listCalendarList: {
        (args?: Args<operations["listCalendarList"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendarList"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCalendarList"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalendarList"]>, void, undefined>;
    };
    /**
     * Read a calendar's title, description, time zone and location.
     *
     * `GET /calendar/v3/calendars/{calendarId}`
     */
    getCalendar(args: Args<operations["getCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["getCalendar"]>>>;
    /**
     * Page through the events of a calendar, optionally within a time window or matching text.
     *
     * `GET /calendar/v3/calendars/{calendarId}/events`
     */
    listEvents: {
        (args: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEvents"]>, void, undefined>;
    };
    /**
     * Read one event.
     *
     * `GET /calendar/v3/calendars/{calendarId}/events/{eventId}`
     */
    getEvent(args: Args<operations["getEvent"]>, options?: CallOptions): Promise<Result<Data<operations["getEvent"]>>>;
    /**
     * Create an event, timed (dateTime) or all-day (date).
     *
     * `POST /calendar/v3/calendars/{calendarId}/events`
     */
    createEvent(args: Args<operations["createEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createEvent"]>>>;
    /**
     * Replace an event as a whole; fields left out are cleared.
     *
     * `PUT /calendar/v3/calendars/{calendarId}/events/{eventId}`
     */
    updateEvent(args: Args<operations["updateEvent"]>, options?: CallOptions): Promise<Result<Data<operations["updateEvent"]>>>;
    /**
     * Change only the event fields present in the body.
     *
     * `PATCH /calendar/v3/calendars/{calendarId}/events/{eventId}`
     */
    patchEvent(args: Args<operations["patchEvent"]>, options?: CallOptions): Promise<Result<Data<operations["patchEvent"]>>>;
    /**
     * Delete an event.
     *
     * `DELETE /calendar/v3/calendars/{calendarId}/events/{eventId}`
     */
    deleteEvent(args: Args<operations["deleteEvent"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEvent"]>>>;
    /**
     * Create an event from a plain-language sentence such as "Lunch with Sam Friday 1pm".
     *
     * `POST /calendar/v3/calendars/{calendarId}/events/quickAdd`
     */
    quickAddEvent(args: Args<operations["quickAddEvent"]>, options?: CallOptions): Promise<Result<Data<operations["quickAddEvent"]>>>;
    /**
     * Find the busy intervals of calendars or groups within a time window.
     *
     * `POST /calendar/v3/freeBusy`
     */
    queryFreeBusy(args: Args<operations["queryFreeBusy"]>, options?: CallOptions): Promise<Result<Data<operations["queryFreeBusy"]>>>;
}

const routes = {
    listCalendarList: {"method":"GET","path":"/calendar/v3/users/me/calendarList","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getCalendar: {"method":"GET","path":"/calendar/v3/calendars/{calendarId}"},
    listEvents: {"method":"GET","path":"/calendar/v3/calendars/{calendarId}/events","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getEvent: {"method":"GET","path":"/calendar/v3/calendars/{calendarId}/events/{eventId}"},
    createEvent: {"method":"POST","path":"/calendar/v3/calendars/{calendarId}/events","body":"application/json"},
    updateEvent: {"method":"PUT","path":"/calendar/v3/calendars/{calendarId}/events/{eventId}","body":"application/json"},
    patchEvent: {"method":"PATCH","path":"/calendar/v3/calendars/{calendarId}/events/{eventId}","body":"application/json"},
    deleteEvent: {"method":"DELETE","path":"/calendar/v3/calendars/{calendarId}/events/{eventId}"},
    quickAddEvent: {"method":"POST","path":"/calendar/v3/calendars/{calendarId}/events/quickAdd"},
    queryFreeBusy: {"method":"POST","path":"/calendar/v3/freeBusy","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Google Calendar client: `const api = googleCalendar(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleCalendar(client: Switchboard): GoogleCalendarClient {
    const app = "google-calendar";
    return {
        listCalendarList: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalendarList, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalendarList, args, options) }) as GoogleCalendarClient["listCalendarList"],
        getCalendar: (args, options) => client.call(app, routes.getCalendar, args, options),
        listEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEvents, args, options) }) as GoogleCalendarClient["listEvents"],
        getEvent: (args, options) => client.call(app, routes.getEvent, args, options),
        createEvent: (args, options) => client.call(app, routes.createEvent, args, options),
        updateEvent: (args, options) => client.call(app, routes.updateEvent, args, options),
        patchEvent: (args, options) => client.call(app, routes.patchEvent, args, options),
        deleteEvent: (args, options) => client.call(app, routes.deleteEvent, args, options),
        quickAddEvent: (args, options) => client.call(app, routes.quickAddEvent, args, options),
        queryFreeBusy: (args, options) => client.call(app, routes.queryFreeBusy, args, options),
    };
}