// Generated from providers/systeme.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/systeme.js';

/**
 * Systeme.io through the Switchboard gateway: Contacts, tags, contact fields, course enrollments, community memberships, subscriptions and webhooks of a Systeme.io account.
 */
export interface SystemeClient {
    /**
     * List contacts a page at a time, newest first unless told otherwise.
     *
     * `GET /api/contacts`
     */
    listContacts: {
        (args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listContacts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContacts"]>, void, undefined>;
    };
    /**
     * Read one contact with its field values and tags.
     *
     * `GET /api/contacts/{id}`
     */
    getContact(args: Args<operations["getContact"]>, options?: CallOptions): Promise<Result<Data<operations["getContact"]>>>;
    /**
     * Create a contact from an email address, optionally with names, locale, field values and tags.
     *
     * `POST /api/contacts`
     */
    createContact(args: Args<operations["createContact"]>, options?: CallOptions): Promise<Result<Data<operations["createContact"]>>>;
    /**
     * Change some of a contact's values with a JSON merge patch.
     *
     * `PATCH /api/contacts/{id}`
     */
    updateContact(args: Args<operations["updateContact"]>, options?: CallOptions): Promise<Result<Data<operations["updateContact"]>>>;
    /**
     * Delete a contact.
     *
     * `DELETE /api/contacts/{id}`
     */
    deleteContact(args: Args<operations["deleteContact"]>, options?: CallOptions): Promise<Result<Data<operations["deleteContact"]>>>;
    /**
     * Attach a tag to a contact.
     *
     * `POST /api/contacts/{id}/tags`
     */
    addContactTag(args: Args<operations["addContactTag"]>, options?: CallOptions): Promise<Result<Data<operations["addContactTag"]>>>;
    /**
     * Detach a tag from a contact.
     *
     * `DELETE /api/contacts/{id}/tags/{tagId}`
     */
    removeContactTag(args: Args<operations["removeContactTag"]>, options?: CallOptions): Promise<Result<Data<operations["removeContactTag"]>>>;
    /**
     * List the contact fields (built-in and custom) with their slugs.
     *
     * `GET /api/contact_fields`
     */
    listContactFields(args?: Args<operations["listContactFields"]>, options?: CallOptions): Promise<Result<Data<operations["listContactFields"]>>>;
    /**
     * List tags a page at a time.
     *
     * `GET /api/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag.
     *
     * `POST /api/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /api/tags/{id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag and detach it from every contact.
     *
     * `DELETE /api/tags/{id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the courses of the account's school.
     *
     * `GET /api/school/courses`
     */
    listCourses: {
        (args?: Args<operations["listCourses"]>, options?: CallOptions): Promise<Result<Data<operations["listCourses"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCourses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCourses"]>, void, undefined>;
    };
    /**
     * Enroll a contact in a course.
     *
     * `POST /api/school/courses/{courseId}/enrollments`
     */
    createEnrollment(args: Args<operations["createEnrollment"]>, options?: CallOptions): Promise<Result<Data<operations["createEnrollment"]>>>;
    /**
     * List course enrollments a page at a time.
     *
     * `GET /api/school/enrollments`
     */
    listEnrollments: {
        (args?: Args<operations["listEnrollments"]>, options?: CallOptions): Promise<Result<Data<operations["listEnrollments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEnrollments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEnrollments"]>, void, undefined>;
    };
    /**
     * Remove a contact's enrollment from a course.
     *
     * `DELETE /api/school/enrollments/{id}`
     */
    deleteEnrollment(args: Args<operations["deleteEnrollment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEnrollment"]>>>;
    /**
     * List the account's communities.
     *
     * `GET /api/community/communities`
     */
    listCommunities: {
        (args?: Args<operations["listCommunities"]>, options?: CallOptions): Promise<Result<Data<operations["listCommunities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCommunities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCommunities"]>, void, undefined>;
    };
    /**
     * Add a contact to a community.
     *
     * `POST /api/community/communities/{communityId}/memberships`
     */
    createMembership(args: Args<operations["createMembership"]>, options?: CallOptions): Promise<Result<Data<operations["createMembership"]>>>;
    /**
     * List community memberships a page at a time.
     *
     * `GET /api/community/memberships`
     */
    listMemberships: {
        (args?: Args<operations["listMemberships"]>, options?: CallOptions): Promise<Result<Data<operations["listMemberships"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMemberships"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMemberships"]>, void, undefined>;
    };
    /**
     * Remove a contact from a community.
     *
     * `DELETE /api/community/memberships/{id}`
     */
    deleteMembership(args: Args<operations["deleteMembership"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMembership"]>>>;
    /**
     * List payment subscriptions a page at a time.
     *
     * `GET /api/payment/subscriptions`
     */
    listSubscriptions: {
        (args?: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Cancel a payment subscription.
     *
     * `POST /api/payment/subscriptions/{id}/cancel`
     */
    cancelSubscription(args: Args<operations["cancelSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["cancelSubscription"]>>>;
    /**
     * List the account's webhooks.
     *
     * `GET /api/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register a URL to receive the chosen events, signed with a secret.
     *
     * `POST /api/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Change a webhook's name, URL, secret or events with a JSON merge patch.
     *
     * `PATCH /api/webhooks/{id}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Delete a webhook.
     *
     * `DELETE /api/webhooks/{id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Systeme.io client: `const api = systeme(new Switchboard({ baseUrl, apiKey }))`.
 */
export function systeme(client: Switchboard): SystemeClient {
    const app = "systeme";
    return {
        listContacts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContacts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContacts, args, options) }) as SystemeClient["listContacts"],
        getContact: (args, options) => client.call(app, routes.getContact, args, options),
        createContact: (args, options) => client.call(app, routes.createContact, args, options),
        updateContact: (args, options) => client.call(app, routes.updateContact, args, options),
        deleteContact: (args, options) => client.call(app, routes.deleteContact, args, options),
        addContactTag: (args, options) => client.call(app, routes.addContactTag, args, options),
        removeContactTag: (args, options) => client.call(app, routes.removeContactTag, args, options),
        listContactFields: (args, options) => client.call(app, routes.listContactFields, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as SystemeClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listCourses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCourses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCourses, args, options) }) as SystemeClient["listCourses"],
        createEnrollment: (args, options) => client.call(app, routes.createEnrollment, args, options),
        listEnrollments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEnrollments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEnrollments, args, options) }) as SystemeClient["listEnrollments"],
        deleteEnrollment: (args, options) => client.call(app, routes.deleteEnrollment, args, options),
        listCommunities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCommunities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCommunities, args, options) }) as SystemeClient["listCommunities"],
        createMembership: (args, options) => client.call(app, routes.createMembership, args, options),
        listMemberships: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMemberships, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMemberships, args, options) }) as SystemeClient["listMemberships"],
        deleteMembership: (args, options) => client.call(app, routes.deleteMembership, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as SystemeClient["listSubscriptions"],
        cancelSubscription: (args, options) => client.call(app, routes.cancelSubscription, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as SystemeClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}