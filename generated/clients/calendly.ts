// Generated from providers/calendly.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/calendly.js';

/**
 * Calendly through the Switchboard gateway: Users, event types, scheduled events and their invitees, availability, organization memberships and webhook subscriptions of Calendly.
 */
export interface CalendlyClient {
    /** Read the connected user, including their URI, scheduling link and current organization. `GET /users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the event types of a user or of a whole organization. `GET /event_types` */
    listEventTypes: Paged<operations["listEventTypes"]>;
    /** Read one event type. `GET /event_types/{uuid}` */
    getEventType: Call<operations["getEventType"]>;
    /** List the open start times of an event type within a window of up to seven days. `GET /event_type_available_times` */
    listEventTypeAvailableTimes: Call<operations["listEventTypeAvailableTimes"]>;
    /** List a user's busy blocks (Calendly events and connected calendars) within up to seven days. `GET /user_busy_times` */
    listUserBusyTimes: Call<operations["listUserBusyTimes"]>;
    /** List booked events of a user, group or organization, filtered by status and start time. `GET /scheduled_events` */
    listScheduledEvents: Paged<operations["listScheduledEvents"]>;
    /** Read one scheduled event. `GET /scheduled_events/{uuid}` */
    getScheduledEvent: Call<operations["getScheduledEvent"]>;
    /** Cancel a scheduled event, optionally with a reason shown to invitees. `POST /scheduled_events/{uuid}/cancellation` */
    cancelScheduledEvent: Call<operations["cancelScheduledEvent"]>;
    /** List the invitees of a scheduled event with their answers and status. `GET /scheduled_events/{event_uuid}/invitees` */
    listEventInvitees: Paged<operations["listEventInvitees"]>;
    /** List the members of an organization, or the memberships of one user. `GET /organization_memberships` */
    listOrganizationMemberships: Paged<operations["listOrganizationMemberships"]>;
    /** List the webhook subscriptions of an organization, user or group. `GET /webhook_subscriptions` */
    listWebhookSubscriptions: Paged<operations["listWebhookSubscriptions"]>;
    /** Subscribe a callback URL to invitee or routing-form events of an organization, user or group. `POST /webhook_subscriptions` */
    createWebhookSubscription: Call<operations["createWebhookSubscription"]>;
    /** Remove a webhook subscription so no further events are delivered. `DELETE /webhook_subscriptions/{uuid}` */
    deleteWebhookSubscription: Call<operations["deleteWebhookSubscription"]>;
}

const routes: Routes<CalendlyClient> = {
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
};

/**
 * The Calendly client: `const api = calendly(new Switchboard({ baseUrl, apiKey }))`.
 */
export const calendly = (sb: Switchboard): CalendlyClient => bindClient<CalendlyClient>(sb, "calendly", routes);
