// Generated from providers/cal-com.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/cal-com.js';

/**
 * Cal.com through the Switchboard gateway: Profile, event types, bookings, schedules, availability slots, calendars, conferencing apps, webhooks and teams through Cal.com API v2.
 */
export interface CalComClient {
    /** Read the profile of the account the key or token belongs to. `GET /v2/me` */
    getMe: Call<operations["getMe"]>;
    /** Change the profile's name, email, time zone, week start, time format, locale or default schedule. `PATCH /v2/me` */
    updateMe: Call<operations["updateMe"]>;
    /** List the account's event types, or a named user's public ones. `GET /v2/event-types` */
    listEventTypes: Call<operations["listEventTypes"]>;
    /** Create an event type with a title, URL slug and length. `POST /v2/event-types` */
    createEventType: Call<operations["createEventType"]>;
    /** Read one event type. `GET /v2/event-types/{eventTypeId}` */
    getEventType: Call<operations["getEventType"]>;
    /** Change fields of an event type. `PATCH /v2/event-types/{eventTypeId}` */
    updateEventType: Call<operations["updateEventType"]>;
    /** Delete an event type. `DELETE /v2/event-types/{eventTypeId}` */
    deleteEventType: Call<operations["deleteEventType"]>;
    /** List the webhooks attached to one event type. `GET /v2/event-types/{eventTypeId}/webhooks` */
    listEventTypeWebhooks: Paged<operations["listEventTypeWebhooks"]>;
    /** Attach a webhook to an event type for the chosen booking triggers. `POST /v2/event-types/{eventTypeId}/webhooks` */
    createEventTypeWebhook: Call<operations["createEventTypeWebhook"]>;
    /** Read one webhook of an event type. `GET /v2/event-types/{eventTypeId}/webhooks/{webhookId}` */
    getEventTypeWebhook: Call<operations["getEventTypeWebhook"]>;
    /** Change the URL, triggers, template or active state of an event type's webhook. `PATCH /v2/event-types/{eventTypeId}/webhooks/{webhookId}` */
    updateEventTypeWebhook: Call<operations["updateEventTypeWebhook"]>;
    /** Remove a webhook from an event type. `DELETE /v2/event-types/{eventTypeId}/webhooks/{webhookId}` */
    deleteEventTypeWebhook: Call<operations["deleteEventTypeWebhook"]>;
    /** List bookings, filtered by status, attendee, event type or time and paged with take and skip. `GET /v2/bookings` */
    listBookings: Paged<operations["listBookings"]>;
    /** Read one booking by its uid. `GET /v2/bookings/{bookingUid}` */
    getBooking: Call<operations["getBooking"]>;
    /** Book a free slot of an event type for an attendee. `POST /v2/bookings` */
    createBooking: Call<operations["createBooking"]>;
    /** Cancel a booking, optionally with a reason and for all later occurrences of a recurring one. `POST /v2/bookings/{bookingUid}/cancel` */
    cancelBooking: Call<operations["cancelBooking"]>;
    /** Read the account's default availability schedule. `GET /v2/schedules/default` */
    getDefaultSchedule: Call<operations["getDefaultSchedule"]>;
    /** Read one availability schedule. `GET /v2/schedules/{scheduleId}` */
    getSchedule: Call<operations["getSchedule"]>;
    /** Create an availability schedule with weekly hours and date overrides. `POST /v2/schedules` */
    createSchedule: Call<operations["createSchedule"]>;
    /** Change a schedule's name, time zone, weekly hours, overrides or default flag. `PATCH /v2/schedules/{scheduleId}` */
    updateSchedule: Call<operations["updateSchedule"]>;
    /** Delete an availability schedule. `DELETE /v2/schedules/{scheduleId}` */
    deleteSchedule: Call<operations["deleteSchedule"]>;
    /** List the bookable start times of an event type between two instants, grouped by day. `GET /v2/slots/available` */
    getAvailableSlots: Call<operations["getAvailableSlots"]>;
    /** Hold a slot for a short time while an attendee completes the booking. `POST /v2/slots/reserve` */
    reserveSlot: Call<operations["reserveSlot"]>;
    /** List the connected calendars and which of them are checked for conflicts and written to. `GET /v2/calendars` */
    listCalendars: Call<operations["listCalendars"]>;
    /** List the installed conferencing apps (Zoom, Google Meet, Cal Video …). `GET /v2/conferencing` */
    listConferencingApps: Call<operations["listConferencingApps"]>;
    /** Read which conferencing app new meetings use by default. `GET /v2/conferencing/default` */
    getDefaultConferencingApp: Call<operations["getDefaultConferencingApp"]>;
    /** List the account-level webhooks. `GET /v2/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Create an account-level webhook that fires for all of the account's bookings. `POST /v2/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Read one account-level webhook. `GET /v2/webhooks/{webhookId}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Change an account-level webhook. `PATCH /v2/webhooks/{webhookId}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Delete an account-level webhook. `DELETE /v2/webhooks/{webhookId}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
    /** List the teams the account belongs to. `GET /v2/teams` */
    listTeams: Call<operations["listTeams"]>;
    /** List the email addresses the account has verified for use in workflows. `GET /v2/verified-resources/emails` */
    listVerifiedEmails: Paged<operations["listVerifiedEmails"]>;
}

const routes: Routes<CalComClient> = {
    getMe: {"method":"GET","path":"/v2/me"},
    updateMe: {"method":"PATCH","path":"/v2/me","body":"application/json"},
    listEventTypes: {"method":"GET","path":"/v2/event-types"},
    createEventType: {"method":"POST","path":"/v2/event-types","body":"application/json"},
    getEventType: {"method":"GET","path":"/v2/event-types/{eventTypeId}"},
    updateEventType: {"method":"PATCH","path":"/v2/event-types/{eventTypeId}","body":"application/json"},
    deleteEventType: {"method":"DELETE","path":"/v2/event-types/{eventTypeId}"},
    listEventTypeWebhooks: {"method":"GET","path":"/v2/event-types/{eventTypeId}/webhooks","paging":{"style":"offset","offsetParam":"skip","limitParam":"take","items":"data"}},
    createEventTypeWebhook: {"method":"POST","path":"/v2/event-types/{eventTypeId}/webhooks","body":"application/json"},
    getEventTypeWebhook: {"method":"GET","path":"/v2/event-types/{eventTypeId}/webhooks/{webhookId}"},
    updateEventTypeWebhook: {"method":"PATCH","path":"/v2/event-types/{eventTypeId}/webhooks/{webhookId}","body":"application/json"},
    deleteEventTypeWebhook: {"method":"DELETE","path":"/v2/event-types/{eventTypeId}/webhooks/{webhookId}"},
    listBookings: {"method":"GET","path":"/v2/bookings","paging":{"style":"offset","offsetParam":"skip","limitParam":"take","items":"data"}},
    getBooking: {"method":"GET","path":"/v2/bookings/{bookingUid}"},
    createBooking: {"method":"POST","path":"/v2/bookings","body":"application/json"},
    cancelBooking: {"method":"POST","path":"/v2/bookings/{bookingUid}/cancel","body":"application/json"},
    getDefaultSchedule: {"method":"GET","path":"/v2/schedules/default"},
    getSchedule: {"method":"GET","path":"/v2/schedules/{scheduleId}"},
    createSchedule: {"method":"POST","path":"/v2/schedules","body":"application/json"},
    updateSchedule: {"method":"PATCH","path":"/v2/schedules/{scheduleId}","body":"application/json"},
    deleteSchedule: {"method":"DELETE","path":"/v2/schedules/{scheduleId}"},
    getAvailableSlots: {"method":"GET","path":"/v2/slots/available"},
    reserveSlot: {"method":"POST","path":"/v2/slots/reserve","body":"application/json"},
    listCalendars: {"method":"GET","path":"/v2/calendars"},
    listConferencingApps: {"method":"GET","path":"/v2/conferencing"},
    getDefaultConferencingApp: {"method":"GET","path":"/v2/conferencing/default"},
    listWebhooks: {"method":"GET","path":"/v2/webhooks","paging":{"style":"offset","offsetParam":"skip","limitParam":"take","items":"data"}},
    createWebhook: {"method":"POST","path":"/v2/webhooks","body":"application/json"},
    getWebhook: {"method":"GET","path":"/v2/webhooks/{webhookId}"},
    updateWebhook: {"method":"PATCH","path":"/v2/webhooks/{webhookId}","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v2/webhooks/{webhookId}"},
    listTeams: {"method":"GET","path":"/v2/teams"},
    listVerifiedEmails: {"method":"GET","path":"/v2/verified-resources/emails","paging":{"style":"offset","offsetParam":"skip","limitParam":"take","items":"data"}},
};

/**
 * The Cal.com client: `const api = calCom(new Switchboard({ baseUrl, apiKey }))`.
 */
export const calCom = (sb: Switchboard): CalComClient => bindClient<CalComClient>(sb, "cal-com", routes);
