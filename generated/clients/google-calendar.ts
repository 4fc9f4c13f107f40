// Generated from providers/google-calendar.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-calendar.js';

/**
 * Google Calendar through the Switchboard gateway: Calendars, events and free/busy lookups of a Google account's calendars.
 */
export interface GoogleCalendarClient {
    /** List the calendars on the connected user's calendar list. `GET /calendar/v3/users/me/calendarList` */
    listCalendarList: Paged<operations["listCalendarList"]>;
    /** Read a calendar's title, description, time zone and location. `GET /calendar/v3/calendars/{calendarId}` */
    getCalendar: Call<operations["getCalendar"]>;
    /** Page through the events of a calendar, optionally within a time window or matching text. `GET /calendar/v3/calendars/{calendarId}/events` */
    listEvents: Paged<operations["listEvents"]>;
    /** Read one event. `GET /calendar/v3/calendars/{calendarId}/events/{eventId}` */
    getEvent: Call<operations["getEvent"]>;
    /** Create an event, timed (dateTime) or all-day (date). `POST /calendar/v3/calendars/{calendarId}/events` */
    createEvent: Call<operations["createEvent"]>;
    /** Replace an event as a whole; fields left out are cleared. `PUT /calendar/v3/calendars/{calendarId}/events/{eventId}` */
    updateEvent: Call<operations["updateEvent"]>;
    /** Change only the event fields present in the body. `PATCH /calendar/v3/calendars/{calendarId}/events/{eventId}` */
    patchEvent: Call<operations["patchEvent"]>;
    /** Delete an event. `DELETE /calendar/v3/calendars/{calendarId}/events/{eventId}` */
    deleteEvent: Call<operations["deleteEvent"]>;
    /** Create an event from a plain-language sentence such as "Lunch with Sam Friday 1pm". `POST /calendar/v3/calendars/{calendarId}/events/quickAdd` */
    quickAddEvent: Call<operations["quickAddEvent"]>;
    /** Find the busy intervals of calendars or groups within a time window. `POST /calendar/v3/freeBusy` */
    queryFreeBusy: Call<operations["queryFreeBusy"]>;
}

const routes: Routes<GoogleCalendarClient> = {
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
};

/**
 * The Google Calendar client: `const api = googleCalendar(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleCalendar = (sb: Switchboard): GoogleCalendarClient => bindClient<GoogleCalendarClient>(sb, "google-calendar", routes);
