// Generated from providers/zoho-calendar.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-calendar.js';

/**
 * Zoho Calendar through the Switchboard gateway: Calendars and their events, with attendees, reminders and recurrence, in a Zoho Calendar account.
 */
export interface ZohoCalendarClient {
    /**
     * List the user's own, group, subscribed and app calendars.
     *
     * `GET /api/v1/calendars`
     */
    listCalendars(args?: Args<operations["listCalendars"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendars"]>>>;
    /**
     * Read one calendar's name, colours, time zone and sharing.
     *
     * `GET /api/v1/calendars/{calendar_uid}`
     */
    getCalendar(args: Args<operations["getCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["getCalendar"]>>>;
    /**
     * Create a personal calendar from a JSON description passed in the query.
     *
     * `POST /api/v1/calendars`
     */
    createCalendar(args: Args<operations["createCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["createCalendar"]>>>;
    /**
     * Change a calendar's name, colours or description.
     *
     * `PUT /api/v1/calendars/{calendar_uid}`
     */
    updateCalendar(args: Args<operations["updateCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["updateCalendar"]>>>;
    /**
     * Delete a calendar and its events.
     *
     * `DELETE /api/v1/calendars/{calendar_uid}`
     */
    deleteCalendar(args: Args<operations["deleteCalendar"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCalendar"]>>>;
    /**
     * List the events of a calendar inside a window of up to 31 days.
     *
     * `GET /api/v1/calendars/{calendar_uid}/events`
     */
    listEvents(args: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
    /**
     * Read one event, including the etag needed to change it.
     *
     * `GET /api/v1/calendars/{calendar_uid}/events/{event_uid}`
     */
    getEvent(args: Args<operations["getEvent"]>, options?: CallOptions): Promise<Result<Data<operations["getEvent"]>>>;
    /**
     * Create an event from a JSON description passed in the query.
     *
     * `POST /api/v1/calendars/{calendar_uid}/events`
     */
    createEvent(args: Args<operations["createEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createEvent"]>>>;
    /**
     * Change an event; the JSON must carry the event's current etag.
     *
     * `PUT /api/v1/calendars/{calendar_uid}/events/{event_uid}`
     */
    updateEvent(args: Args<operations["updateEvent"]>, options?: CallOptions): Promise<Result<Data<operations["updateEvent"]>>>;
    /**
     * Delete an event; its current etag goes in a request header.
     *
     * `DELETE /api/v1/calendars/{calendar_uid}/events/{event_uid}`
     */
    deleteEvent(args: Args<operations["deleteEvent"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEvent"]>>>;
}

const routes = {
    listCalendars: {"method":"GET","path":"/api/v1/calendars"},
    getCalendar: {"method":"GET","path":"/api/v1/calendars/{calendar_uid}"},
    createCalendar: {"method":"POST","path":"/api/v1/calendars"},
    updateCalendar: {"method":"PUT","path":"/api/v1/calendars/{calendar_uid}"},
    deleteCalendar: {"method":"DELETE","path":"/api/v1/calendars/{calendar_uid}"},
    listEvents: {"method":"GET","path":"/api/v1/calendars/{calendar_uid}/events"},
    getEvent: {"method":"GET","path":"/api/v1/calendars/{calendar_uid}/events/{event_uid}"},
    createEvent: {"method":"POST","path":"/api/v1/calendars/{calendar_uid}/events"},
    updateEvent: {"method":"PUT","path":"/api/v1/calendars/{calendar_uid}/events/{event_uid}"},
    deleteEvent: {"method":"DELETE","path":"/api/v1/calendars/{calendar_uid}/events/{event_uid}"},
} satisfies Record<string, Route>;

/**
 * The Zoho Calendar client: `const api = zohoCalendar(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoCalendar(client: Switchboard): ZohoCalendarClient {
    const app = "zoho-calendar";
    return {
        listCalendars: (args, options) => client.call(app, routes.listCalendars, args, options),
        getCalendar: (args, options) => client.call(app, routes.getCalendar, args, options),
        createCalendar: (args, options) => client.call(app, routes.createCalendar, args, options),
        updateCalendar: (args, options) => client.call(app, routes.updateCalendar, args, options),
        deleteCalendar: (args, options) => client.call(app, routes.deleteCalendar, args, options),
        listEvents: (args, options) => client.call(app, routes.listEvents, args, options),
        getEvent: (args, options) => client.call(app, routes.getEvent, args, options),
        createEvent: (args, options) => client.call(app, routes.createEvent, args, options),
        updateEvent: (args, options) => client.call(app, routes.updateEvent, args, options),
        deleteEvent: (args, options) => client.call(app, routes.deleteEvent, args, options),
    };
}