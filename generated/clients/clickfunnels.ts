// Generated from providers/clickfunnels.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clickfunnels.js';

/**
 * ClickFunnels through the Switchboard gateway: Teams, workspaces, contacts, products, orders, fulfillments, courses, forms, images and webhooks of a ClickFunnels 2.0 account.
 */
export interface ClickfunnelsClient {
    /**
     * List the teams the credentials can reach.
     *
     * `GET /api/v2/teams`
     */
    listTeams: {
        (args?: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeams"]>, void, undefined>;
    };
    /**
     * Read one team.
     *
     * `GET /api/v2/teams/{team_id}`
     */
    getTeam(args: Args<operations["getTeam"]>, options?: CallOptions): Promise<Result<Data<operations["getTeam"]>>>;
    /**
     * List the workspaces of a team.
     *
     * `GET /api/v2/teams/{team_id}/workspaces`
     */
    listWorkspaces: {
        (args: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * Read one workspace.
     *
     * `GET /api/v2/workspaces/{workspace_id}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * Page through a workspace's contacts, optionally filtered by email or id.
     *
     * `GET /api/v2/workspaces/{workspace_id}/contacts`
     */
    listContacts: {
        (args: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with its tags and custom attributes.
     *
     * `GET /api/v2/contacts/{contact_id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Add a contact to a workspace.
     *
     * `POST /api/v2/workspaces/{workspace_id}/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change a contact's details; fields left out stay as they are.
     *
     * `PUT /api/v2/contacts/{contact_id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /api/v2/contacts/{contact_id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Create a contact or update the one with the same email address.
     *
     * `POST /api/v2/workspaces/{workspace_id}/contacts/upsert`
     */
    upsertContact(args: Args<operations["upsertContact"]>, options?: CallOptions): Promise<Result<Data<operations["upsertContact"]>>>;
    /**
     * Page through a workspace's products.
     *
     * `GET /api/v2/workspaces/{workspace_id}/products`
     */
    listProducts: {
        (args: Args<operations["listProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listProducts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProducts"]>, void, undefined>;
    };
    /**
     * Read one product.
     *
     * `GET /api/v2/products/{product_id}`
     */
    getProduct(args: Args<operations["getProduct"]>, options?: CallOptions): Promise<Result<Data<operations["getProduct"]>>>;
    /**
     * Create a product in a workspace.
     *
     * `POST /api/v2/workspaces/{workspace_id}/products`
     */
    createProduct(args: Args<operations["createProduct"]>, options?: CallOptions): Promise<Result<Data<operations["createProduct"]>>>;
    /**
     * Archive a product so it no longer shows or sells.
     *
     * `POST /api/v2/products/{product_id}/archive`
     */
    archiveProduct(args: Args<operations["archiveProduct"]>, options?: CallOptions): Promise<Result<Data<operations["archiveProduct"]>>>;
    /**
     * Bring an archived product back.
     *
     * `POST /api/v2/products/{product_id}/unarchive`
     */
    unarchiveProduct(args: Args<operations["unarchiveProduct"]>, options?: CallOptions): Promise<Result<Data<operations["unarchiveProduct"]>>>;
    /**
     * Page through a workspace's orders, optionally by contact or order type.
     *
     * `GET /api/v2/workspaces/{workspace_id}/orders`
     */
    listOrders: {
        (args: Args<operations["listOrders"]>, options?: CallOptions): Promise<Result<Data<operations["listOrders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrders"]>, void, undefined>;
    };
    /**
     * Read one order.
     *
     * `GET /api/v2/orders/{order_id}`
     */
    getOrder(args: Args<operations["getOrder"]>, options?: CallOptions): Promise<Result<Data<operations["getOrder"]>>>;
    /**
     * Page through a workspace's shipments of physical orders.
     *
     * `GET /api/v2/workspaces/{workspace_id}/fulfillments`
     */
    listFulfillments: {
        (args: Args<operations["listFulfillments"]>, options?: CallOptions): Promise<Result<Data<operations["listFulfillments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFulfillments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFulfillments"]>, void, undefined>;
    };
    /**
     * Record that order lines were shipped, with carrier and tracking details.
     *
     * `POST /api/v2/workspaces/{workspace_id}/fulfillments`
     */
    createFulfillment(args: Args<operations["createFulfillment"]>, options?: CallOptions): Promise<Result<Data<operations["createFulfillment"]>>>;
    /**
     * Cancel a fulfillment.
     *
     * `POST /api/v2/fulfillments/{fulfillment_id}/cancel`
     */
    cancelFulfillment(args: Args<operations["cancelFulfillment"]>, options?: CallOptions): Promise<Result<Data<operations["cancelFulfillment"]>>>;
    /**
     * List a workspace's membership courses.
     *
     * `GET /api/v2/workspaces/{workspace_id}/courses`
     */
    listCourses: {
        (args: Args<operations["listCourses"]>, options?: CallOptions): Promise<Result<Data<operations["listCourses"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCourses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCourses"]>, void, undefined>;
    };
    /**
     * List the contacts enrolled in a course.
     *
     * `GET /api/v2/courses/{course_id}/enrollments`
     */
    listEnrollments: {
        (args: Args<operations["listEnrollments"]>, options?: CallOptions): Promise<Result<Data<operations["listEnrollments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEnrollments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEnrollments"]>, void, undefined>;
    };
    /**
     * Enroll a contact in a course.
     *
     * `POST /api/v2/courses/{course_id}/enrollments`
     */
    createEnrollment(args: Args<operations["createEnrollment"]>, options?: CallOptions): Promise<Result<Data<operations["createEnrollment"]>>>;
    /**
     * List a workspace's forms.
     *
     * `GET /api/v2/workspaces/{workspace_id}/forms`
     */
    listForms: {
        (args: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * List the submissions a form received.
     *
     * `GET /api/v2/forms/{form_id}/submissions`
     */
    listFormSubmissions: {
        (args: Args<operations["listFormSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubmissions"]>, void, undefined>;
    };
    /**
     * List the URLs a workspace sends event webhooks to.
     *
     * `GET /api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints`
     */
    listWebhookEndpoints: {
        (args: Args<operations["listWebhookEndpoints"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhookEndpoints"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWebhookEndpoints"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhookEndpoints"]>, void, undefined>;
    };
    /**
     * Register a URL that receives the chosen workspace events.
     *
     * `POST /api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints`
     */
    createWebhookEndpoint(args: Args<operations["createWebhookEndpoint"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhookEndpoint"]>>>;
    /**
     * Stop sending webhooks to an endpoint and remove it.
     *
     * `DELETE /api/v2/webhooks/outgoing/endpoints/{endpoint_id}`
     */
    deleteWebhookEndpoint(args: Args<operations["deleteWebhookEndpoint"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhookEndpoint"]>>>;
    /**
     * List the images stored in a workspace.
     *
     * `GET /api/v2/workspaces/{workspace_id}/images`
     */
    listImages: {
        (args: Args<operations["listImages"]>, options?: CallOptions): Promise<Result<Data<operations["listImages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listImages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listImages"]>, void, undefined>;
    };
    /**
     * Add an image to a workspace by having ClickFunnels fetch it from a URL.
     *
     * `POST /api/v2/workspaces/{workspace_id}/images`
     */
    createImage(args: Args<operations["createImage"]>, options?: CallOptions): Promise<Result<Data<operations["createImage"]>>>;
}

const routes = {
    listTeams: {"method":"GET","path":"/api/v2/teams","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    getTeam: {"method":"GET","path":"/api/v2/teams/{team_id}"},
    listWorkspaces: {"method":"GET","path":"/api/v2/teams/{team_id}/workspaces","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    getWorkspace: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}"},
    listContacts: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/contacts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    getContact: {"method":"GET","path":"/api/v2/contacts/{contact_id}"},
    createContact: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/contacts","body":"application/json"},
    updateContact: {"method":"PUT","path":"/api/v2/contacts/{contact_id}","body":"application/json"},
    deleteContact: {"method":"DELETE","path":"/api/v2/contacts/{contact_id}"},
    upsertContact: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/contacts/upsert","body":"application/json"},
    listProducts: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/products","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    getProduct: {"method":"GET","path":"/api/v2/products/{product_id}"},
    createProduct: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/products","body":"application/json"},
    archiveProduct: {"method":"POST","path":"/api/v2/products/{product_id}/archive"},
    unarchiveProduct: {"method":"POST","path":"/api/v2/products/{product_id}/unarchive"},
    listOrders: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/orders","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    getOrder: {"method":"GET","path":"/api/v2/orders/{order_id}"},
    listFulfillments: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/fulfillments","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    createFulfillment: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/fulfillments","body":"application/json"},
    cancelFulfillment: {"method":"POST","path":"/api/v2/fulfillments/{fulfillment_id}/cancel"},
    listCourses: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/courses","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    listEnrollments: {"method":"GET","path":"/api/v2/courses/{course_id}/enrollments","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    createEnrollment: {"method":"POST","path":"/api/v2/courses/{course_id}/enrollments","body":"application/json"},
    listForms: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/forms","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    listFormSubmissions: {"method":"GET","path":"/api/v2/forms/{form_id}/submissions","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    listWebhookEndpoints: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    createWebhookEndpoint: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints","body":"application/json"},
    deleteWebhookEndpoint: {"method":"DELETE","path":"/api/v2/webhooks/outgoing/endpoints/{endpoint_id}"},
    listImages: {"method":"GET","path":"/api/v2/workspaces/{workspace_id}/images","paging":{"style":"cursor","cursorParam":"after","nextCursor":"[-1].id"}},
    createImage: {"method":"POST","path":"/api/v2/workspaces/{workspace_id}/images","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The ClickFunnels client: `const api = clickfunnels(new Switchboard({ baseUrl, apiKey }))`.
 */
export function clickfunnels(client: Switchboard): ClickfunnelsClient {
    const app = "clickfunnels";
    return {
        listTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeams, args, options) }) as ClickfunnelsClient["listTeams"],
        getTeam: (args, options) => client.call(app, routes.getTeam, args, options),
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as ClickfunnelsClient["listWorkspaces"],
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as ClickfunnelsClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        upsertContact: (args, options) => client.call(app, routes.upsertContact, args, options),
        listProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProducts, args, options) }) as ClickfunnelsClient["listProducts"],
        getProduct: (args, options) => client.call(app, routes.getProduct, args, options),
        createProduct: (args, options) => client.call(app, routes.createProduct, args, options),
        archiveProduct: (args, options) => client.call(app, routes.archiveProduct, args, options),
        unarchiveProduct: (args, options) => client.call(app, routes.unarchiveProduct, args, options),
        listOrders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrders, args, options) }) as ClickfunnelsClient["listOrders"],
        getOrder: (args, options) => client.call(app, routes.getOrder, args, options),
        listFulfillments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFulfillments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFulfillments, args, options) }) as ClickfunnelsClient["listFulfillments"],
        createFulfillment: (args, options) => client.call(app, routes.createFulfillment, args, options),
        cancelFulfillment: (args, options) => client.call(app, routes.cancelFulfillment, args, options),
        listCourses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCourses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCourses, args, options) }) as ClickfunnelsClient["listCourses"],
        listEnrollments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEnrollments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEnrollments, args, options) }) as ClickfunnelsClient["listEnrollments"],
        createEnrollment: (args, options) => client.call(app, routes.createEnrollment, args, options),
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as ClickfunnelsClient["listForms"],
        listFormSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubmissions, args, options) }) as ClickfunnelsClient["listFormSubmissions"],
        listWebhookEndpoints: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhookEndpoints, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhookEndpoints, args, options) }) as ClickfunnelsClient["listWebhookEndpoints"],
        createWebhookEndpoint: (args, options) => client.call(app, routes.createWebhookEndpoint, args, options),
        deleteWebhookEndpoint: (args, options) => client.call(app, routes.deleteWebhookEndpoint, args, options),
        listImages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listImages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listImages, args, options) }) as ClickfunnelsClient["listImages"],
        createImage: (args, options) => client.call(app, routes.createImage, args, options),
    };
}