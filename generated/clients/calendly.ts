// Generated from providers/calendly.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/calendly.js';

/**
 * Calendly through the Switchboard gateway: Users, event types, scheduled events and their invitees, availability, organization memberships and webhook subscriptions of Calendly.
 */
export interface CalendlyClient {
    /**
     * Read the connected user, including their URI, scheduling link and current organization.
     *
     * `GET /users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the event types of a user or of a whole organization.
     *
     * `GET /event_types`
     */
    listEventTypes: {
        (args?: Args<operations["listEventTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listEventTypes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEventTypes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventTypes"]>, void, undefined>;
    };
    /**
     * Read one event type.
     *
     * `GET /event_types/{uuid}`
     */
    getEventType(args: Args<operations["getEventType"]>, options?: CallOptions): Promise<Result<Data<operations["getEventType"]>>>;
    /**
     * List the open start times of an event type within a window of up to seven days.
     *
     * `GET /event_type_available_times`
     */
    listEventTypeAvailableTimes(args: Args<operations["listEventTypeAvailableTimes"]>, options?: CallOptions): Promise<Result<Data<operations["listEventTypeAvailableTimes"]>>>;
    /**
     * List a user's busy blocks (Calendly events and connected calendars) within up to seven days.
     *
     * `GET /user_busy_times`
     */
    listUserBusyTimes(args: Args<operations["listUserBusyTimes"]>, options?: CallOptions): Promise<Result<Data<operations["listUserBusyTimes"]>>>;
    /**
     * List booked events of a user, group or organization, filtered by status and start time.
     *
     * `GET /scheduled_events`
     */
    listScheduledEvents: {
        (args?: Args<operations["listScheduledEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listScheduledEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listScheduledEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listScheduledEvents"]>, void, undefined>;
    };
    /**
     * Read one scheduled event.
     *
     * `GET /scheduled_events/{uuid}`
     */
    getScheduledEvent(args: Args<operations["getScheduledEvent"]>, options?: CallOptions): Promise<Result<Data<operations["getScheduledEvent"]>>>;
    /**
     * Cancel a scheduled event, optionally with a reason shown to invitees.
     *
     * `POST /scheduled_events/{uuid}/cancellation`
     */
    cancelScheduledEvent(args: Args<operations["cancelScheduledEvent"]>, options?: CallOptions): Promise<Result<Data<operations["cancelScheduledEvent"]>>>;
    /**
     * List the invitees of a scheduled event with their answers and status.
     *
     * `GET /scheduled_events/{event_uuid}/invitees`
     */
    listEventInvitees: {
        (args: Args<operations["listEventInvitees"]>, options?: CallOptions): Promise<Result<Data<operations["listEventInvitees"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEventInvitees"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventInvitees"]>, void, undefined>;
    };
    /**
     * List the members of an organization, or the memberships of one user.
     *
     * `GET /organization_memberships`
     */
    listOrganizationMemberships: {
        (args?: Args<operations["listOrganizationMemberships"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationMemberships"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrganizationMemberships"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationMemberships"]>, void, undefined>;
    };
    /**
     * List the webhook subscriptions of an organization, user or group.
     *
     * `GET /webhook_subscriptions`
     */
    listWebhookSubscriptions: {
        (args: Args<operations["listWebhookSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhookSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWebhookSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhookSubscriptions"]>, void, undefined>;
    };
    /**
     * Subscribe a callback URL to invitee or routing-form events of an organization, user or group.
     *
     * `POST /webhook_subscriptions`
     */
    createWebhookSubscription(args: Args<operations["createWebhookSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhookSubscription"]>>>;
    /**
     * Remove a webhook subscription so no further events are delivered.
     *
     * `DELETE /webhook_subscriptions/{uuid}`
     */
    deleteWebhookSubscription(args: Args<operations["deleteWebhookSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhookSubscription"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/users/me"},
    listEventTypes: {"method":"GET","path":"/event_types","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"pagination.next_page_token"}},
    getEventType: {"method":"GET","path":"/event_types/{uuid}"},
    listEventTypeAvailableTimes: {"method":"GET","path":"/event_type_available_times"},
    listUserBusyTimes: {"method":"GET","path":"/user_busy_times"},
    listScheduledEvents: {"method":"GET","path":"/scheduled_events","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"pagination.next_page_token"}},
    getScheduledEvent: {"method":"GET","path":"/scheduled_events/{uuid}"},
    cancelScheduledEvent: {"method":"POST","path":"/scheduled_events/{uuid}/cancellation","body":"application/json"},
    listEventInvitees: {"method":"GET","path":"/scheduled_events/{event_uuid}/invitees","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"pagination.next_page_token"}},
    listOrganizationMemberships: {"method":"GET","path":"/organization_memberships","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"pagination.next_page_token"}},
    listWebhookSubscriptions: {"method":"GET","path":"/webhook_subscriptions","paging":{"style":"cursor","cursorParam":"page_token","nextCursor":"pagination.next_page_token"}},
    createWebhookSubscription: {"method":"POST","path":"/webhook_subscriptions","body":"application/json"},
    deleteWebhookSubscription: {"method":"DELETE","path":"/webhook_subscriptions/{uuid}"},
} satisfies Record<string, Route>;

/**
 * The Calendly client: `const api = calendly(new Switchboard({ baseUrl, apiKey }))`.
 */
export function calendly(client: Switchboard): CalendlyClient {
    const app = "calendly";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listEventTypes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventTypes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventTypes, args, options) }) as CalendlyClient["listEventTypes"],
        getEventType: (args, options) => client.call(app, routes.getEventType, args, options),
        listEventTypeAvailableTimes: (args, options) => client.call(app, routes.listEventTypeAvailableTimes, args, options),
        listUserBusyTimes: (args, options) => client.call(app, routes.listUserBusyTimes, args, options),
        listScheduledEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listScheduledEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listScheduledEvents, args, options) }) as CalendlyClient["listScheduledEvents"],
        getScheduledEvent: (args, options) => client.call(app, routes.getScheduledEvent, args, options),
        cancelScheduledEvent: (args, options) => client.call(app, routes.cancelScheduledEvent, args, options),
        listEventInvitees: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventInvitees, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventInvitees, args, options) }) as CalendlyClient["listEventInvitees"],
        listOrganizationMemberships: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationMemberships, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationMemberships, args, options) }) as CalendlyClient["listOrganizationMemberships"],
        listWebhookSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhookSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhookSubscriptions, args, options) }) as CalendlyClient["listWebhookSubscriptions"],
        createWebhookSubscription: (args, options) => client.call(app, routes.createWebhookSubscription, args, options),
        deleteWebhookSubscription: (args, options) => client.call(app, routes.deleteWebhookSubscription, args, options),
    };
}