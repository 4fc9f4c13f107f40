// Generated from providers/clickfunnels.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clickfunnels.js';

/**
 * ClickFunnels through the Switchboard gateway: Teams, workspaces, contacts, products, orders, fulfillments, courses, forms, images and webhooks of a ClickFunnels 2.0 account.
 */
export interface ClickfunnelsClient {
    /** List the teams the credentials can reach. `GET /api/v2/teams` */
    listTeams: Paged<operations["listTeams"]>;
    /** Read one team. `GET /api/v2/teams/{team_id}` */
    getTeam: Call<operations["getTeam"]>;
    /** List the workspaces of a team. `GET /api/v2/teams/{team_id}/workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** Read one workspace. `GET /api/v2/workspaces/{workspace_id}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** Page through a workspace's contacts, optionally filtered by email or id. `GET /api/v2/workspaces/{workspace_id}/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with its tags and custom attributes. `GET /api/v2/contacts/{contact_id}` */
    getContact: Call<operations["getContact"]>;
    /** Add a contact to a workspace. `POST /api/v2/workspaces/{workspace_id}/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change a contact's details; fields left out stay as they are. `PUT /api/v2/contacts/{contact_id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /api/v2/contacts/{contact_id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Create a contact or update the one with the same email address. `POST /api/v2/workspaces/{workspace_id}/contacts/upsert` */
    upsertContact: Call<operations["upsertContact"]>;
    /** Page through a workspace's products. `GET /api/v2/workspaces/{workspace_id}/products` */
    listProducts: Paged<operations["listProducts"]>;
    /** Read one product. `GET /api/v2/products/{product_id}` */
    getProduct: Call<operations["getProduct"]>;
    /** Create a product in a workspace. `POST /api/v2/workspaces/{workspace_id}/products` */
    createProduct: Call<operations["createProduct"]>;
    /** Archive a product so it no longer shows or sells. `POST /api/v2/products/{product_id}/archive` */
    archiveProduct: Call<operations["archiveProduct"]>;
    /** Bring an archived product back. `POST /api/v2/products/{product_id}/unarchive` */
    unarchiveProduct: Call<operations["unarchiveProduct"]>;
    /** Page through a workspace's orders, optionally by contact or order type. `GET /api/v2/workspaces/{workspace_id}/orders` */
    listOrders: Paged<operations["listOrders"]>;
    /** Read one order. `GET /api/v2/orders/{order_id}` */
    getOrder: Call<operations["getOrder"]>;
    /** Page through a workspace's shipments of physical orders. `GET /api/v2/workspaces/{workspace_id}/fulfillments` */
    listFulfillments: Paged<operations["listFulfillments"]>;
    /** Record that order lines were shipped, with carrier and tracking details. `POST /api/v2/workspaces/{workspace_id}/fulfillments` */
    createFulfillment: Call<operations["createFulfillment"]>;
    /** Cancel a fulfillment. `POST /api/v2/fulfillments/{fulfillment_id}/cancel` */
    cancelFulfillment: Call<operations["cancelFulfillment"]>;
    /** List a workspace's membership courses. `GET /api/v2/workspaces/{workspace_id}/courses` */
    listCourses: Paged<operations["listCourses"]>;
    /** List the contacts enrolled in a course. `GET /api/v2/courses/{course_id}/enrollments` */
    listEnrollments: Paged<operations["listEnrollments"]>;
    /** Enroll a contact in a course. `POST /api/v2/courses/{course_id}/enrollments` */
    createEnrollment: Call<operations["createEnrollment"]>;
    /** List a workspace's forms. `GET /api/v2/workspaces/{workspace_id}/forms` */
    listForms: Paged<operations["listForms"]>;
    /** List the submissions a form received. `GET /api/v2/forms/{form_id}/submissions` */
    listFormSubmissions: Paged<operations["listFormSubmissions"]>;
    /** List the URLs a workspace sends event webhooks to. `GET /api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints` */
    listWebhookEndpoints: Paged<operations["listWebhookEndpoints"]>;
    /** Register a URL that receives the chosen workspace events. `POST /api/v2/workspaces/{workspace_id}/webhooks/outgoing/endpoints` */
    createWebhookEndpoint: Call<operations["createWebhookEndpoint"]>;
    /** Stop sending webhooks to an endpoint and remove it. `DELETE /api/v2/webhooks/outgoing/endpoints/{endpoint_id}` */
    deleteWebhookEndpoint: Call<operations["deleteWebhookEndpoint"]>;
    /** List the images stored in a workspace. `GET /api/v2/workspaces/{workspace_id}/images` */
    listImages: Paged<operations["listImages"]>;
    /** Add an image to a workspace by having ClickFunnels fetch it from a URL. `POST /api/v2/workspaces/{workspace_id}/images` */
    createImage: Call<operations["createImage"]>;
}

const routes: Routes<ClickfunnelsClient> = {
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
};

/**
 * The ClickFunnels client: `const api = clickfunnels(new Switchboard({ baseUrl, apiKey }))`.
 */
export const clickfunnels = (sb: Switchboard): ClickfunnelsClient => bindClient<ClickfunnelsClient>(sb, "clickfunnels", routes);
