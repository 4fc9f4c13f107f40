// Generated from providers/beehiiv.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/beehiiv.js';

/**
 * beehiiv through the Switchboard gateway: Newsletter publications with their subscriptions, posts, custom fields, segments, paid tiers and automations.
 */
export interface BeehiivClient {
    /**
     * List the publications the credential can reach.
     *
     * `GET /v2/publications`
     */
    listPublications: {
        (args?: Args<operations["listPublications"]>, options?: CallOptions): Promise<Result<Data<operations["listPublications"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPublications"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPublications"]>, void, undefined>;
    };
    /**
     * Read one publication, optionally with its statistics.
     *
     * `GET /v2/publications/{publication_id}`
     */
    getPublication(args: Args<operations["getPublication"]>, options?: CallOptions): Promise<Result<Data<operations["getPublication"]>>>;
    /**
     * List a publication's subscriptions, filtered by status, tier or email.
     *
     * `GET /v2/publications/{publication_id}/subscriptions`
     */
    listSubscriptions: {
        (args: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Read one subscription by id.
     *
     * `GET /v2/publications/{publication_id}/subscriptions/{subscription_id}`
     */
    getSubscription(args: Args<operations["getSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscription"]>>>;
    /**
     * Read the subscription of one email address.
     *
     * `GET /v2/publications/{publication_id}/subscriptions/by_email/{email}`
     */
    getSubscriptionByEmail(args: Args<operations["getSubscriptionByEmail"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriptionByEmail"]>>>;
    /**
     * Subscribe an email address to the publication, with attribution and custom field values.
     *
     * `POST /v2/publications/{publication_id}/subscriptions`
     */
    createSubscription(args: Args<operations["createSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscription"]>>>;
    /**
     * Change a subscription's tier, custom fields or Stripe customer, or unsubscribe it.
     *
     * `PATCH /v2/publications/{publication_id}/subscriptions/{subscription_id}`
     */
    updateSubscription(args: Args<operations["updateSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["updateSubscription"]>>>;
    /**
     * Delete a subscription for good, which cannot be undone; unsubscribing is the gentler option.
     *
     * `DELETE /v2/publications/{publication_id}/subscriptions/{subscription_id}`
     */
    deleteSubscription(args: Args<operations["deleteSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSubscription"]>>>;
    /**
     * List a publication's posts, filtered by audience, platform, status, tags or authors.
     *
     * `GET /v2/publications/{publication_id}/posts`
     */
    listPosts: {
        (args: Args<operations["listPosts"]>, options?: CallOptions): Promise<Result<Data<operations["listPosts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPosts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPosts"]>, void, undefined>;
    };
    /**
     * Read one post, optionally with statistics and rendered content.
     *
     * `GET /v2/publications/{publication_id}/posts/{post_id}`
     */
    getPost(args: Args<operations["getPost"]>, options?: CallOptions): Promise<Result<Data<operations["getPost"]>>>;
    /**
     * List the subscriber custom fields defined for a publication.
     *
     * `GET /v2/publications/{publication_id}/custom_fields`
     */
    listCustomFields: {
        (args: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCustomFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCustomFields"]>, void, undefined>;
    };
    /**
     * Define a new subscriber custom field.
     *
     * `POST /v2/publications/{publication_id}/custom_fields`
     */
    createCustomField(args: Args<operations["createCustomField"]>, options?: CallOptions): Promise<Result<Data<operations["createCustomField"]>>>;
    /**
     * List a publication's segments, filtered by type or calculation status.
     *
     * `GET /v2/publications/{publication_id}/segments`
     */
    listSegments: {
        (args: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * Read one segment.
     *
     * `GET /v2/publications/{publication_id}/segments/{segment_id}`
     */
    getSegment(args: Args<operations["getSegment"]>, options?: CallOptions): Promise<Result<Data<operations["getSegment"]>>>;
    /**
     * List a publication's premium tiers, optionally with prices and statistics.
     *
     * `GET /v2/publications/{publication_id}/tiers`
     */
    listTiers: {
        (args: Args<operations["listTiers"]>, options?: CallOptions): Promise<Result<Data<operations["listTiers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTiers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTiers"]>, void, undefined>;
    };
    /**
     * Create a premium tier with its prices.
     *
     * `POST /v2/publications/{publication_id}/tiers`
     */
    createTier(args: Args<operations["createTier"]>, options?: CallOptions): Promise<Result<Data<operations["createTier"]>>>;
    /**
     * Rename a premium tier or change its description and prices.
     *
     * `PATCH /v2/publications/{publication_id}/tiers/{tier_id}`
     */
    updateTier(args: Args<operations["updateTier"]>, options?: CallOptions): Promise<Result<Data<operations["updateTier"]>>>;
    /**
     * List a publication's automations.
     *
     * `GET /v2/publications/{publication_id}/automations`
     */
    listAutomations: {
        (args: Args<operations["listAutomations"]>, options?: CallOptions): Promise<Result<Data<operations["listAutomations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAutomations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutomations"]>, void, undefined>;
    };
    /**
     * Read one automation with its trigger events.
     *
     * `GET /v2/publications/{publication_id}/automations/{automation_id}`
     */
    getAutomation(args: Args<operations["getAutomation"]>, options?: CallOptions): Promise<Result<Data<operations["getAutomation"]>>>;
}

const routes = {
    listPublications: {"method":"GET","path":"/v2/publications","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    getPublication: {"method":"GET","path":"/v2/publications/{publication_id}"},
    listSubscriptions: {"method":"GET","path":"/v2/publications/{publication_id}/subscriptions","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    getSubscription: {"method":"GET","path":"/v2/publications/{publication_id}/subscriptions/{subscription_id}"},
    getSubscriptionByEmail: {"method":"GET","path":"/v2/publications/{publication_id}/subscriptions/by_email/{email}"},
    createSubscription: {"method":"POST","path":"/v2/publications/{publication_id}/subscriptions","body":"application/json"},
    updateSubscription: {"method":"PATCH","path":"/v2/publications/{publication_id}/subscriptions/{subscription_id}","body":"application/json"},
    deleteSubscription: {"method":"DELETE","path":"/v2/publications/{publication_id}/subscriptions/{subscription_id}"},
    listPosts: {"method":"GET","path":"/v2/publications/{publication_id}/posts","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    getPost: {"method":"GET","path":"/v2/publications/{publication_id}/posts/{post_id}"},
    listCustomFields: {"method":"GET","path":"/v2/publications/{publication_id}/custom_fields","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    createCustomField: {"method":"POST","path":"/v2/publications/{publication_id}/custom_fields","body":"application/json"},
    listSegments: {"method":"GET","path":"/v2/publications/{publication_id}/segments","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    getSegment: {"method":"GET","path":"/v2/publications/{publication_id}/segments/{segment_id}"},
    listTiers: {"method":"GET","path":"/v2/publications/{publication_id}/tiers","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    createTier: {"method":"POST","path":"/v2/publications/{publication_id}/tiers","body":"application/json"},
    updateTier: {"method":"PATCH","path":"/v2/publications/{publication_id}/tiers/{tier_id}","body":"application/json"},
    listAutomations: {"method":"GET","path":"/v2/publications/{publication_id}/automations","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"total_pages"}},
    getAutomation: {"method":"GET","path":"/v2/publications/{publication_id}/automations/{automation_id}"},
} satisfies Record<string, Route>;

/**
 * The beehiiv client: `const api = beehiiv(new Switchboard({ baseUrl, apiKey }))`.
 */
export function beehiiv(client: Switchboard): BeehiivClient {
    const app = "beehiiv";
    return {
        listPublications: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPublications, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPublications, args, options) }) as BeehiivClient["listPublications"],
        getPublication: (args, options) => client.call(app, routes.getPublication, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as BeehiivClient["listSubscriptions"],
        getSubscription: (args, options) => client.call(app, routes.getSubscription, args, options),
        getSubscriptionByEmail: (args, options) => client.call(app, routes.getSubscriptionByEmail, args, options),
        createSubscription: (args, options) => client.call(app, routes.createSubscription, args, options),
        updateSubscription: (args, options) => client.call(app, routes.updateSubscription, args, options),
        deleteSubscription: (args, options) => client.call(app, routes.deleteSubscription, args, options),
        listPosts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPosts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPosts, args, options) }) as BeehiivClient["listPosts"],
        getPost: (args, options) => client.call(app, routes.getPost, args, options),
        listCustomFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCustomFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCustomFields, args, options) }) as BeehiivClient["listCustomFields"],
        createCustomField: (args, options) => client.call(app, routes.createCustomField, args, options),
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as BeehiivClient["listSegments"],
        getSegment: (args, options) => client.call(app, routes.getSegment, args, options),
        listTiers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTiers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTiers, args, options) }) as BeehiivClient["listTiers"],
        createTier: (args, options) => client.call(app, routes.createTier, args, options),
        updateTier: (args, options) => client.call(app, routes.updateTier, args, options),
        listAutomations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutomations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutomations, args, options) }) as BeehiivClient["listAutomations"],
        getAutomation: (args, options) => client.call(app, routes.getAutomation, args, options),
    };
}