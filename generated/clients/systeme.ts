// Generated from providers/systeme.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/systeme.js';

/**
 * Systeme.io through the Switchboard gateway: Contacts, tags, contact fields, course enrollments, community memberships, subscriptions and webhooks of a Systeme.io account.
 */
export interface SystemeClient {
    /** List contacts a page at a time, newest first unless told otherwise. `GET /api/contacts` */
    listContacts: Paged<operations["listContacts"]>;
    /** Read one contact with its field values and tags. `GET /api/contacts/{id}` */
    getContact: Call<operations["getContact"]>;
    /** Create a contact from an email address, optionally with names, locale, field values and tags. `POST /api/contacts` */
    createContact: Call<operations["createContact"]>;
    /** Change some of a contact's values with a JSON merge patch. `PATCH /api/contacts/{id}` */
    updateContact: Call<operations["updateContact"]>;
    /** Delete a contact. `DELETE /api/contacts/{id}` */
    deleteContact: Call<operations["deleteContact"]>;
    /** Attach a tag to a contact. `POST /api/contacts/{id}/tags` */
    addContactTag: Call<operations["addContactTag"]>;
    /** Detach a tag from a contact. `DELETE /api/contacts/{id}/tags/{tagId}` */
    removeContactTag: Call<operations["removeContactTag"]>;
    /** List the contact fields (built-in and custom) with their slugs. `GET /api/contact_fields` */
    listContactFields: Call<operations["listContactFields"]>;
    /** List tags a page at a time. `GET /api/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag. `POST /api/tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag. `PUT /api/tags/{id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag and detach it from every contact. `DELETE /api/tags/{id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the courses of the account's school. `GET /api/school/courses` */
    listCourses: Paged<operations["listCourses"]>;
    /** Enroll a contact in a course. `POST /api/school/courses/{courseId}/enrollments` */
    createEnrollment: Call<operations["createEnrollment"]>;
    /** List course enrollments a page at a time. `GET /api/school/enrollments` */
    listEnrollments: Paged<operations["listEnrollments"]>;
    /** Remove a contact's enrollment from a course. `DELETE /api/school/enrollments/{id}` */
    deleteEnrollment: Call<operations["deleteEnrollment"]>;
    /** List the account's communities. `GET /api/community/communities` */
    listCommunities: Paged<operations["listCommunities"]>;
    /** Add a contact to a community. `POST /api/community/communities/{communityId}/memberships` */
    createMembership: Call<operations["createMembership"]>;
    /** List community memberships a page at a time. `GET /api/community/memberships` */
    listMemberships: Paged<operations["listMemberships"]>;
    /** Remove a contact from a community. `DELETE /api/community/memberships/{id}` */
    deleteMembership: Call<operations["deleteMembership"]>;
    /** List payment subscriptions a page at a time. `GET /api/payment/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Cancel a payment subscription. `POST /api/payment/subscriptions/{id}/cancel` */
    cancelSubscription: Call<operations["cancelSubscription"]>;
    /** List the account's webhooks. `GET /api/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register a URL to receive the chosen events, signed with a secret. `POST /api/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Change a webhook's name, URL, secret or events with a JSON merge patch. `PATCH /api/webhooks/{id}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Delete a webhook. `DELETE /api/webhooks/{id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<SystemeClient> = {
    listContacts: {"method":"GET","path":"/api/contacts","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    getContact: {"method":"GET","path":"/api/contacts/{id}"},
    createContact: {"method":"POST","path":"/api/contacts","body":"application/json"},
    updateContact: {"method":"PATCH","path":"/api/contacts/{id}","body":"application/merge-patch+json"},
    deleteContact: {"method":"DELETE","path":"/api/contacts/{id}"},
    addContactTag: {"method":"POST","path":"/api/contacts/{id}/tags","body":"application/json"},
    removeContactTag: {"method":"DELETE","path":"/api/contacts/{id}/tags/{tagId}"},
    listContactFields: {"method":"GET","path":"/api/contact_fields"},
    listTags: {"method":"GET","path":"/api/tags","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    createTag: {"method":"POST","path":"/api/tags","body":"application/json"},
    updateTag: {"method":"PUT","path":"/api/tags/{id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/api/tags/{id}"},
    listCourses: {"method":"GET","path":"/api/school/courses","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    createEnrollment: {"method":"POST","path":"/api/school/courses/{courseId}/enrollments","body":"application/json"},
    listEnrollments: {"method":"GET","path":"/api/school/enrollments","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    deleteEnrollment: {"method":"DELETE","path":"/api/school/enrollments/{id}"},
    listCommunities: {"method":"GET","path":"/api/community/communities","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    createMembership: {"method":"POST","path":"/api/community/communities/{communityId}/memberships","body":"application/json"},
    listMemberships: {"method":"GET","path":"/api/community/memberships","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    deleteMembership: {"method":"DELETE","path":"/api/community/memberships/{id}"},
    listSubscriptions: {"method":"GET","path":"/api/payment/subscriptions","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    cancelSubscription: {"method":"POST","path":"/api/payment/subscriptions/{id}/cancel"},
    listWebhooks: {"method":"GET","path":"/api/webhooks","paging":{"style":"cursor","cursorParam":"startingAfter","nextCursor":"items[-1].id","hasMore":"hasMore"}},
    createWebhook: {"method":"POST","path":"/api/webhooks","body":"application/json"},
    updateWebhook: {"method":"PATCH","path":"/api/webhooks/{id}","body":"application/merge-patch+json"},
    deleteWebhook: {"method":"DELETE","path":"/api/webhooks/{id}"},
};

/**
 * The Systeme.io client: `const api = systeme(new Switchboard({ baseUrl, apiKey }))`.
 */
export const systeme = (sb: Switchboard): SystemeClient => bindClient<SystemeClient>(sb, "systeme", routes);
