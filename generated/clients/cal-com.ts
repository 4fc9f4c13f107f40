// Generated from providers/cal-com.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/cal-com.js';

/**
 * Cal.com through the Switchboard gateway: Profile, event types, bookings, schedules, availability slots, calendars, conferencing apps, webhooks and teams through Cal.com API v2.
 */
export interface CalComClient {
    /**
     * Read the profile of the account the key or token belongs to.
     *
     * `GET /v2/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Change the profile's name, email, time zone, week start, time format, locale or default schedule.
     *
     * `PATCH /v2/me`
     */
    updateMe(args: Args<operations["updateMe"]>, options?: CallOptions): Promise<Result<Data<operations["updateMe"]>>>;
    /**
     * List the account's event types, or a named user's public ones.
     *
     * `GET /v2/event-types`
     */
    listEventTypes(args: Args<operations["listEventTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listEventTypes"]>>>;
    /**
     * Create an event type with a title, URL slug and length.
     *
     * `POST /v2/event-types`
     */
    createEventType(args: Args<operations["createEventType"]>, options?: CallOptions): Promise<Result<Data<operations["createEventType"]>>>;
    /**
     * Read one event type.
     *
     * `GET /v2/event-types/{eventTypeId}`
     */
    getEventType(args: Args<operations["getEventType"]>, options?: CallOptions): Promise<Result<Data<operations["getEventType"]>>>;
    /**
     * Change fields of an event type.
     *
     * `PATCH /v2/event-types/{eventTypeId}`
     */
    updateEventType(args: Args<operations["updateEventType"]>, options?: CallOptions): Promise<Result<Data<operations["updateEventType"]>>>;
    /**
     * Delete an event type.
     *
     * `DELETE /v2/event-types/{eventTypeId}`
     */
    deleteEventType(args: Args<operations["deleteEventType"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEventType"]>>>;
    /**
     * List the webhooks attached to one event type.
     *
     * `GET /v2/event-types/{eventTypeId}/webhooks`
     */
    listEventTypeWebhooks: {
        (args: Args<operations["listEventTypeWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listEventTypeWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEventTypeWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventTypeWebhooks"]>, void, undefined>;
    };
    /**
     * Attach a webhook to an event type for the chosen booking triggers.
     *
     * `POST /v2/event-types/{eventTypeId}/webhooks`
     */
    createEventTypeWebhook(args: Args<operations["createEventTypeWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createEventTypeWebhook"]>>>;
    /**
     * Read one webhook of an event type.
     *
     * `GET /v2/event-types/{eventTypeId}/webhooks/{webhookId}`
     */
    getEventTypeWebhook(args: Args<operations["getEventTypeWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getEventTypeWebhook"]>>>;
    /**
     * Change the URL, triggers, template or active state of an event type's webhook.
     *
     * `PATCH /v2/event-types/{eventTypeId}/webhooks/{webhookId}`
     */
    updateEventTypeWebhook(args: Args<operations["updateEventTypeWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateEventTypeWebhook"]>>>;
    /**
     * Remove a webhook from an event type.
     *
     * `DELETE /v2/event-types/{eventTypeId}/webhooks/{webhookId}`
     */
    deleteEventTypeWebhook(args: Args<operations["deleteEventTypeWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEventTypeWebhook"]>>>;
    /**
     * List bookings, filtered by status, attendee, event type or time and paged with take and skip.
     *
     * `GET /v2/bookings`
     */
    listBookings: {
        (args: Args<operations["listBookings"]>, options?: CallOptions): Promise<Result<Data<operations["listBookings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listBookings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBookings"]>, void, undefined>;
    };
    /**
     * Read one booking by its uid.
     *
     * `GET /v2/bookings/{bookingUid}`
     */
    getBooking(args: Args<operations["getBooking"]>, options?: CallOptions): Promise<Result<Data<operations["getBooking"]>>>;
    /**
     * Book a free slot of an event type for an attendee.
     *
     * `POST /v2/bookings`
     */
    createBooking(args: Args<operations["createBooking"]>, options?: CallOptions): Promise<Result<Data<operations["createBooking"]>>>;
    /**
     * Cancel a booking, optionally with a reason and for all later occurrences of a recurring one.
     *
     * `POST /v2/bookings/{bookingUid}/cancel`
     */
    cancelBooking(args: Args<operations["cancelBooking"]>, options?: CallOptions): Promise<Result<Data<operations["cancelBooking"]>>>;
    /**
     * Read the account's default availability schedule.
     *
     * `GET /v2/schedules/default`
     */
    getDefaultSchedule(args: Args<operations["getDefaultSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getDefaultSchedule"]>>>;
    /**
     * Read one availability schedule.
     *
     * `GET /v2/schedules/{scheduleId}`
     */
    getSchedule(args: Args<operations["getSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getSchedule"]>>>;
    /**
     * Create an availability schedule with weekly hours and date overrides.
     *
     * `POST /v2/schedules`
     */
    createSchedule(args: Args<operations["createSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["createSchedule"]>>>;
    /**
     * Change a schedule's name, time zone, weekly hours, overrides or default flag.
     *
     * `PATCH /v2/schedules/{scheduleId}`
     */
    updateSchedule(args: Args<operations["updateSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["updateSchedule"]>>>;
    /**
     * Delete an availability schedule.
     *
     * `DELETE /v2/schedules/{scheduleId}`
     */
    deleteSchedule(args: Args<operations["deleteSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSchedule"]>>>;
    /**
     * List the bookable start times of an event type between two instants, grouped by day.
     *
     * `GET /v2/slots/available`
     */
    getAvailableSlots(args: Args<operations["getAvailableSlots"]>, options?: CallOptions): Promise<Result<Data<operations["getAvailableSlots"]>>>;
    /**
     * Hold a slot for a short time while an attendee completes the booking.
     *
     * `POST /v2/slots/reserve`
     */
    reserveSlot(args: Args<operations["reserveSlot"]>, options?: CallOptions): Promise<Result<Data<operations["reserveSlot"]>>>;
    /**
     * List the connected calendars and which of them are checked for conflicts and written to.
     *
     * `GET /v2/calendars`
     */
    listCalendars(args?: Args<operations["listCalendars"]>, options?: CallOptions): Promise<Result<Data<operations["listCalendars"]>>>;
    /**
     * List the installed conferencing apps (Zoom, Google Meet, Cal Video …).
     *
     * `GET /v2/conferencing`
     */
    listConferencingApps(args?: Args<operations["listConferencingApps"]>, options?: CallOptions): Promise<Result<Data<operations["listConferencingApps"]>>>;
    /**
     * Read which conferencing app new meetings use by default.
     *
     * `GET /v2/conferencing/default`
     */
    getDefaultConferencingApp(args?: Args<operations["getDefaultConferencingApp"]>, options?: CallOptions): Promise<Result<Data<operations["getDefaultConferencingApp"]>>>;
    /**
     * List the account-level webhooks.
     *
     * `GET /v2/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Create an account-level webhook that fires for all of the account's bookings.
     *
     * `POST /v2/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Read one account-level webhook.
     *
     * `GET /v2/webhooks/{webhookId}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Change an account-level webhook.
     *
     * `PATCH /v2/webhooks/{webhookId}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Delete an account-level webhook.
     *
     * `DELETE /v2/webhooks/{webhookId}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
    /**
     * List the teams the account belongs to.
     *
     * `GET /v2/teams`
     */
    listTeams(args?: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
    /**
     * List the email addresses the account has verified for use in workflows.
     *
     * `GET /v2/verified-resources/emails`
     */
    listVerifiedEmails: {
        (args?: Args<operations["listVerifiedEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listVerifiedEmails"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listVerifiedEmails"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVerifiedEmails"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Cal.com client: `const api = calCom(new Switchboard({ baseUrl, apiKey }))`.
 */
export function calCom(client: Switchboard): CalComClient {
    const app = "cal-com";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        updateMe: (args, options) => client.call(app, routes.updateMe, args, options),
        listEventTypes: (args, options) => client.call(app, routes.listEventTypes, args, options),
        createEventType: (args, options) => client.call(app, routes.createEventType, args, options),
        getEventType: (args, options) => client.call(app, routes.getEventType, args, options),
        updateEventType: (args, options) => client.call(app, routes.updateEventType, args, options),
        deleteEventType: (args, options) => client.call(app, routes.deleteEventType, args, options),
        listEventTypeWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventTypeWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventTypeWebhooks, args, options) }) as CalComClient["listEventTypeWebhooks"],
        createEventTypeWebhook: (args, options) => client.call(app, routes.createEventTypeWebhook, args, options),
        getEventTypeWebhook: (args, options) => client.call(app, routes.getEventTypeWebhook, args, options),
        updateEventTypeWebhook: (args, options) => client.call(app, routes.updateEventTypeWebhook, args, options),
        deleteEventTypeWebhook: (args, options) => client.call(app, routes.deleteEventTypeWebhook, args, options),
        listBookings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBookings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBookings, args, options) }) as CalComClient["listBookings"],
        getBooking: (args, options) => client.call(app, routes.getBooking, args, options),
        createBooking: (args, options) => client.call(app, routes.createBooking, args, options),
        cancelBooking: (args, options) => client.call(app, routes.cancelBooking, args, options),
        getDefaultSchedule: (args, options) => client.call(app, routes.getDefaultSchedule, args, options),
        getSchedule: (args, options) => client.call(app, routes.getSchedule, args, options),
        createSchedule: (args, options) => client.call(app, routes.createSchedule, args, options),
        updateSchedule: (args, options) => client.call(app, routes.updateSchedule, args, options),
        deleteSchedule: (args, options) => client.call(app, routes.deleteSchedule, args, options),
        getAvailableSlots: (args, options) => client.call(app, routes.getAvailableSlots, args, options),
        reserveSlot: (args, options) => client.call(app, routes.reserveSlot, args, options),
        listCalendars: (args, options) => client.call(app, routes.listCalendars, args, options),
        listConferencingApps: (args, options) => client.call(app, routes.listConferencingApps, args, options),
        getDefaultConferencingApp: (args, options) => client.call(app, routes.getDefaultConferencingApp, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as CalComClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
        listTeams: (args, options) => client.call(app, routes.listTeams, args, options),
        listVerifiedEmails: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVerifiedEmails, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVerifiedEmails, args, options) }) as CalComClient["listVerifiedEmails"],
    };
}