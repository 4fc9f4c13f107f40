// Generated from providers/zoho-calendar.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-calendar.js';

/**
 * Zoho Calendar through the Switchboard gateway: Calendars and their events, with attendees, reminders and recurrence, in a Zoho Calendar account.
 */
export interface ZohoCalendarClient {
    /** List the user's own, group, subscribed and app calendars. `GET /api/v1/calendars` */
    listCalendars: Call<operations["listCalendars"]>;
    /** Read one calendar's name, colours, time zone and sharing. `GET /api/v1/calendars/{calendar_uid}` */
    getCalendar: Call<operations["getCalendar"]>;
    /** Create a personal calendar from a JSON description passed in the query. `POST /api/v1/calendars` */
    createCalendar: Call<operations["createCalendar"]>;
    /** Change a calendar's name, colours or description. `PUT /api/v1/calendars/{calendar_uid}` */
    updateCalendar: Call<operations["updateCalendar"]>;
    /** Delete a calendar and its events. `DELETE /api/v1/calendars/{calendar_uid}` */
    deleteCalendar: Call<operations["deleteCalendar"]>;
    /** List the events of a calendar inside a window of up to 31 days. `GET /api/v1/calendars/{calendar_uid}/events` */
    listEvents: Call<operations["listEvents"]>;
    /** Read one event, including the etag needed to change it. `GET /api/v1/calendars/{calendar_uid}/events/{event_uid}` */
    getEvent: Call<operations["getEvent"]>;
    /** Create an event from a JSON description passed in the query. `POST /api/v1/calendars/{calendar_uid}/events` */
    createEvent: Call<operations["createEvent"]>;
    /** Change an event; the JSON must carry the event's current etag. `PUT /api/v1/calendars/{calendar_uid}/events/{event_uid}` */
    updateEvent: Call<operations["updateEvent"]>;
    /** Delete an event; its current etag goes in a request header. `DELETE /api/v1/calendars/{calendar_uid}/events/{event_uid}` */
    deleteEvent: Call<operations["deleteEvent"]>;
}

const routes: Routes<ZohoCalendarClient> = {
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
};

/**
 * The Zoho Calendar client: `const api = zohoCalendar(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoCalendar = (sb: Switchboard): ZohoCalendarClient => bindClient<ZohoCalendarClient>(sb, "zoho-calendar", routes);
