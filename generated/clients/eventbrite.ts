// Generated from providers/eventbrite.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/eventbrite.js';

/**
 * Eventbrite through the Switchboard gateway: Events, ticket classes, venues, orders and attendees of Eventbrite organizations, plus the category and location lookups.
 */
export interface EventbriteClient {
    /**
     * Read the account of the user behind the token.
     *
     * `GET /v3/users/me/`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the organizations the user is a member of.
     *
     * `GET /v3/users/me/organizations/`
     */
    listMyOrganizations: {
        (args?: Args<operations["listMyOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listMyOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyOrganizations"]>, void, undefined>;
    };
    /**
     * List the orders the user placed as a buyer.
     *
     * `GET /v3/users/me/orders/`
     */
    listMyOrders: {
        (args?: Args<operations["listMyOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listMyOrders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyOrders"]>, void, undefined>;
    };
    /**
     * List an organization's events, filtered by status or time and sorted as asked.
     *
     * `GET /v3/organizations/{organization_id}/events/`
     */
    listOrganizationEvents: {
        (args: Args<operations["listOrganizationEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationEvents"]>, void, undefined>;
    };
    /**
     * Create a draft event for an organization.
     *
     * `POST /v3/organizations/{organization_id}/events/`
     */
    createEvent(args: Args<operations["createEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createEvent"]>>>;
    /**
     * Read one event, optionally with its venue, ticket classes and category expanded.
     *
     * `GET /v3/events/{event_id}/`
     */
    getEvent(args: Args<operations["getEvent"]>, options?: CallOptions): Promise<Result<Data<operations["getEvent"]>>>;
    /**
     * Change an event's name, description, times or settings.
     *
     * `POST /v3/events/{event_id}/`
     */
    updateEvent(args: Args<operations["updateEvent"]>, options?: CallOptions): Promise<Result<Data<operations["updateEvent"]>>>;
    /**
     * Delete an event that has no pending or completed orders.
     *
     * `DELETE /v3/events/{event_id}/`
     */
    deleteEvent(args: Args<operations["deleteEvent"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEvent"]>>>;
    /**
     * Publish a draft event so tickets can be sold.
     *
     * `POST /v3/events/{event_id}/publish/`
     */
    publishEvent(args: Args<operations["publishEvent"]>, options?: CallOptions): Promise<Result<Data<operations["publishEvent"]>>>;
    /**
     * Cancel an event that has no pending or completed orders.
     *
     * `POST /v3/events/{event_id}/cancel/`
     */
    cancelEvent(args: Args<operations["cancelEvent"]>, options?: CallOptions): Promise<Result<Data<operations["cancelEvent"]>>>;
    /**
     * List the ticket types of an event with prices and quantities.
     *
     * `GET /v3/events/{event_id}/ticket_classes/`
     */
    listTicketClasses: {
        (args: Args<operations["listTicketClasses"]>, options?: CallOptions): Promise<Result<Data<operations["listTicketClasses"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTicketClasses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTicketClasses"]>, void, undefined>;
    };
    /**
     * Add a ticket type to an event.
     *
     * `POST /v3/events/{event_id}/ticket_classes/`
     */
    createTicketClass(args: Args<operations["createTicketClass"]>, options?: CallOptions): Promise<Result<Data<operations["createTicketClass"]>>>;
    /**
     * List the attendees of an event with their ticket and check-in state.
     *
     * `GET /v3/events/{event_id}/attendees/`
     */
    listEventAttendees: {
        (args: Args<operations["listEventAttendees"]>, options?: CallOptions): Promise<Result<Data<operations["listEventAttendees"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEventAttendees"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventAttendees"]>, void, undefined>;
    };
    /**
     * List the orders placed for an event.
     *
     * `GET /v3/events/{event_id}/orders/`
     */
    listEventOrders: {
        (args: Args<operations["listEventOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listEventOrders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEventOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventOrders"]>, void, undefined>;
    };
    /**
     * Read one order with its buyer and costs.
     *
     * `GET /v3/orders/{order_id}/`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * List the venues an organization has saved.
     *
     * `GET /v3/organizations/{organization_id}/venues/`
     */
    listOrganizationVenues: {
        (args: Args<operations["listOrganizationVenues"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationVenues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationVenues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationVenues"]>, void, undefined>;
    };
    /**
     * Save a new venue with its address for an organization.
     *
     * `POST /v3/organizations/{organization_id}/venues/`
     */
    createVenue(args: Args<operations["createVenue"]>, options?: CallOptions): Promise<Result<Data<operations["createVenue"]>>>;
    /**
     * Read one venue and its address.
     *
     * `GET /v3/venues/{venue_id}/`
     */
    getVenue(args: Args<operations["getVenue"]>, options?: CallOptions): Promise<Result<Data<operations["getVenue"]>>>;
    /**
     * List the top-level event categories.
     *
     * `GET /v3/categories/`
     */
    listCategories: {
        (args?: Args<operations["listCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listCategories"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCategories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCategories"]>, void, undefined>;
    };
    /**
     * Read one category with its subcategories.
     *
     * `GET /v3/categories/{category_id}/`
     */
    getCategory(args: Args<operations["getCategory"]>, options?: CallOptions): Promise<Result<Data<operations["getCategory"]>>>;
    /**
     * List all event subcategories with their parent categories.
     *
     * `GET /v3/subcategories/`
     */
    listSubcategories: {
        (args?: Args<operations["listSubcategories"]>, options?: CallOptions): Promise<Result<Data<operations["listSubcategories"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubcategories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubcategories"]>, void, undefined>;
    };
    /**
     * List the event formats such as conference, seminar or party.
     *
     * `GET /v3/formats/`
     */
    listFormats(args?: Args<operations["listFormats"]>, options?: CallOptions): Promise<Result<Data<operations["listFormats"]>>>;
    /**
     * List the countries Eventbrite knows with their codes.
     *
     * `GET /v3/system/countries/`
     */
    listCountries(args?: Args<operations["listCountries"]>, options?: CallOptions): Promise<Result<Data<operations["listCountries"]>>>;
    /**
     * List the states and regions Eventbrite knows with their country codes.
     *
     * `GET /v3/system/regions/`
     */
    listRegions(args?: Args<operations["listRegions"]>, options?: CallOptions): Promise<Result<Data<operations["listRegions"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Eventbrite client: `const api = eventbrite(new Switchboard({ baseUrl, apiKey }))`.
 */
export function eventbrite(client: Switchboard): EventbriteClient {
    const app = "eventbrite";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listMyOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyOrganizations, args, options) }) as EventbriteClient["listMyOrganizations"],
        listMyOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyOrders, args, options) }) as EventbriteClient["listMyOrders"],
        listOrganizationEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationEvents, args, options) }) as EventbriteClient["listOrganizationEvents"],
        createEvent: (args, options) => client.call(app, routes.createEvent, args, options),
        getEvent: (args, options) => client.call(app, routes.getEvent, args, options),
        updateEvent: (args, options) => client.call(app, routes.updateEvent, args, options),
        deleteEvent: (args, options) => client.call(app, routes.deleteEvent, args, options),
        publishEvent: (args, options) => client.call(app, routes.publishEvent, args, options),
        cancelEvent: (args, options) => client.call(app, routes.cancelEvent, args, options),
        listTicketClasses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTicketClasses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTicketClasses, args, options) }) as EventbriteClient["listTicketClasses"],
        createTicketClass: (args, options) => client.call(app, routes.createTicketClass, args, options),
        listEventAttendees: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventAttendees, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventAttendees, args, options) }) as EventbriteClient["listEventAttendees"],
        listEventOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventOrders, args, options) }) as EventbriteClient["listEventOrders"],
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        listOrganizationVenues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationVenues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationVenues, args, options) }) as EventbriteClient["listOrganizationVenues"],
        createVenue: (args, options) => client.call(app, routes.createVenue, args, options),
        getVenue: (args, options) => client.call(app, routes.getVenue, args, options),
        listCategories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCategories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCategories, args, options) }) as EventbriteClient["listCategories"],
        getCategory: (args, options) => client.call(app, routes.getCategory, args, options),
        listSubcategories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubcategories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubcategories, args, options) }) as EventbriteClient["listSubcategories"],
        listFormats: (args, options) => client.call(app, routes.listFormats, args, options),
        listCountries: (args, options) => client.call(app, routes.listCountries, args, options),
        listRegions: (args, options) => client.call(app, routes.listRegions, args, options),
    };
}