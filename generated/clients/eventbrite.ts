// Generated from providers/eventbrite.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/eventbrite.js';

/**
 * Eventbrite through the Switchboard gateway: Events, ticket classes, venues, orders and attendees of Eventbrite organizations, plus the category and location lookups.
 */
export interface EventbriteClient {
    /** Read the account of the user behind the token. `GET /v3/users/me/` */
    getMe: Call<operations["getMe"]>;
    /** List the organizations the user is a member of. `GET /v3/users/me/organizations/` */
    listMyOrganizations: Paged<operations["listMyOrganizations"]>;
    /** List the orders the user placed as a buyer. `GET /v3/users/me/orders/` */
    listMyOrders: Paged<operations["listMyOrders"]>;
    /** List an organization's events, filtered by status or time and sorted as asked. `GET /v3/organizations/{organization_id}/events/` */
    listOrganizationEvents: Paged<operations["listOrganizationEvents"]>;
    /** Create a draft event for an organization. `POST /v3/organizations/{organization_id}/events/` */
    createEvent: Call<operations["createEvent"]>;
    /** Read one event, optionally with its venue, ticket classes and category expanded. `GET /v3/events/{event_id}/` */
    getEvent: Call<operations["getEvent"]>;
    /** Change an event's name, description, times or settings. `POST /v3/events/{event_id}/` */
    updateEvent: Call<operations["updateEvent"]>;
    /** Delete an event that has no pending or completed orders. `DELETE /v3/events/{event_id}/` */
    deleteEvent: Call<operations["deleteEvent"]>;
    /** Publish a draft event so tickets can be sold. `POST /v3/events/{event_id}/publish/` */
    publishEvent: Call<operations["publishEvent"]>;
    /** Cancel an event that has no pending or completed orders. `POST /v3/events/{event_id}/cancel/` */
    cancelEvent: Call<operations["cancelEvent"]>;
    /** List the ticket types of an event with prices and quantities. `GET /v3/events/{event_id}/ticket_classes/` */
    listTicketClasses: Paged<operations["listTicketClasses"]>;
    /** Add a ticket type to an event. `POST /v3/events/{event_id}/ticket_classes/` */
    createTicketClass: Call<operations["createTicketClass"]>;
    /** List the attendees of an event with their ticket and check-in state. `GET /v3/events/{event_id}/attendees/` */
    listEventAttendees: Paged<operations["listEventAttendees"]>;
    /** List the orders placed for an event. `GET /v3/events/{event_id}/orders/` */
    listEventOrders: Paged<operations["listEventOrders"]>;
    /** Read one order with its buyer and costs. `GET /v3/orders/{order_id}/` */
    getOrder: Call<operations["getOrder"]>;
    /** List the venues an organization has saved. `GET /v3/organizations/{organization_id}/venues/` */
    listOrganizationVenues: Paged<operations["listOrganizationVenues"]>;
    /** Save a new venue with its address for an organization. `POST /v3/organizations/{organization_id}/venues/` */
    createVenue: Call<operations["createVenue"]>;
    /** Read one venue and its address. `GET /v3/venues/{venue_id}/` */
    getVenue: Call<operations["getVenue"]>;
    /** List the top-level event categories. `GET /v3/categories/` */
    listCategories: Paged<operations["listCategories"]>;
    /** Read one category with its subcategories. `GET /v3/categories/{category_id}/` */
    getCategory: Call<operations["getCategory"]>;
    /** List all event subcategories with their parent categories. `GET /v3/subcategories/` */
    listSubcategories: Paged<operations["listSubcategories"]>;
    /** List the event formats such as conference, seminar or party. `GET /v3/formats/` */
    listFormats: Call<operations["listFormats"]>;
    /** List the countries Eventbrite knows with their codes. `GET /v3/system/countries/` */
    listCountries: Call<operations["listCountries"]>;
    /** List the states and regions Eventbrite knows with their country codes. `GET /v3/system/regions/` */
    listRegions: Call<operations["listRegions"]>;
}

const routes: Routes<EventbriteClient> = {
    getMe: {"method":"GET","path":"/v3/users/me/"},
    listMyOrganizations: {"method":"GET","path":"/v3/users/me/organizations/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    listMyOrders: {"method":"GET","path":"/v3/users/me/orders/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    listOrganizationEvents: {"method":"GET","path":"/v3/organizations/{organization_id}/events/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    createEvent: {"method":"POST","path":"/v3/organizations/{organization_id}/events/","body":"application/json"},
    getEvent: {"method":"GET","path":"/v3/events/{event_id}/"},
    updateEvent: {"method":"POST","path":"/v3/events/{event_id}/","body":"application/json"},
    deleteEvent: {"method":"DELETE","path":"/v3/events/{event_id}/"},
    publishEvent: {"method":"POST","path":"/v3/events/{event_id}/publish/"},
    cancelEvent: {"method":"POST","path":"/v3/events/{event_id}/cancel/"},
    listTicketClasses: {"method":"GET","path":"/v3/events/{event_id}/ticket_classes/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    createTicketClass: {"method":"POST","path":"/v3/events/{event_id}/ticket_classes/","body":"application/json"},
    listEventAttendees: {"method":"GET","path":"/v3/events/{event_id}/attendees/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    listEventOrders: {"method":"GET","path":"/v3/events/{event_id}/orders/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    getOrder: {"method":"GET","path":"/v3/orders/{order_id}/"},
    listOrganizationVenues: {"method":"GET","path":"/v3/organizations/{organization_id}/venues/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    createVenue: {"method":"POST","path":"/v3/organizations/{organization_id}/venues/","body":"application/json"},
    getVenue: {"method":"GET","path":"/v3/venues/{venue_id}/"},
    listCategories: {"method":"GET","path":"/v3/categories/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    getCategory: {"method":"GET","path":"/v3/categories/{category_id}/"},
    listSubcategories: {"method":"GET","path":"/v3/subcategories/","paging":{"style":"cursor","cursorParam":"continuation","nextCursor":"pagination.continuation"}},
    listFormats: {"method":"GET","path":"/v3/formats/"},
    listCountries: {"method":"GET","path":"/v3/system/countries/"},
    listRegions: {"method":"GET","path":"/v3/system/regions/"},
};

/**
 * The Eventbrite client: `const api = eventbrite(new Switchboard({ baseUrl, apiKey }))`.
 */
export const eventbrite = (sb: Switchboard): EventbriteClient => bindClient<EventbriteClient>(sb, "eventbrite", routes);
