// Generated from providers/beehiiv.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/beehiiv.js';

/**
 * beehiiv through the Switchboard gateway: Newsletter publications with their subscriptions, posts, custom fields, segments, paid tiers and automations.
 */
export interface BeehiivClient {
    /** List the publications the credential can reach. `GET /v2/publications` */
    listPublications: Paged<operations["listPublications"]>;
    /** Read one publication, optionally with its statistics. `GET /v2/publications/{publication_id}` */
    getPublication: Call<operations["getPublication"]>;
    /** List a publication's subscriptions, filtered by status, tier or email. `GET /v2/publications/{publication_id}/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Read one subscription by id. `GET /v2/publications/{publication_id}/subscriptions/{subscription_id}` */
    getSubscription: Call<operations["getSubscription"]>;
    /** Read the subscription of one email address. `GET /v2/publications/{publication_id}/subscriptions/by_email/{email}` */
    getSubscriptionByEmail: Call<operations["getSubscriptionByEmail"]>;
    /** Subscribe an email address to the publication, with attribution and custom field values. `POST /v2/publications/{publication_id}/subscriptions` */
    createSubscription: Call<operations["createSubscription"]>;
    /** Change a subscription's tier, custom fields or Stripe customer, or unsubscribe it. `PATCH /v2/publications/{publication_id}/subscriptions/{subscription_id}` */
    updateSubscription: Call<operations["updateSubscription"]>;
    /** Delete a subscription for good, which cannot be undone; unsubscribing is the gentler option. `DELETE /v2/publications/{publication_id}/subscriptions/{subscription_id}` */
    deleteSubscription: Call<operations["deleteSubscription"]>;
    /** List a publication's posts, filtered by audience, platform, status, tags or authors. `GET /v2/publications/{publication_id}/posts` */
    listPosts: Paged<operations["listPosts"]>;
    /** Read one post, optionally with statistics and rendered content. `GET /v2/publications/{publication_id}/posts/{post_id}` */
    getPost: Call<operations["getPost"]>;
    /** List the subscriber custom fields defined for a publication. `GET /v2/publications/{publication_id}/custom_fields` */
    listCustomFields: Paged<operations["listCustomFields"]>;
    /** Define a new subscriber custom field. `POST /v2/publications/{publication_id}/custom_fields` */
    createCustomField: Call<operations["createCustomField"]>;
    /** List a publication's segments, filtered by type or calculation status. `GET /v2/publications/{publication_id}/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** Read one segment. `GET /v2/publications/{publication_id}/segments/{segment_id}` */
    getSegment: Call<operations["getSegment"]>;
    /** List a publication's premium tiers, optionally with prices and statistics. `GET /v2/publications/{publication_id}/tiers` */
    listTiers: Paged<operations["listTiers"]>;
    /** Create a premium tier with its prices. `POST /v2/publications/{publication_id}/tiers` */
    createTier: Call<operations["createTier"]>;
    /** Rename a premium tier or change its description and prices. `PATCH /v2/publications/{publication_id}/tiers/{tier_id}` */
    updateTier: Call<operations["updateTier"]>;
    /** List a publication's automations. `GET /v2/publications/{publication_id}/automations` */
    listAutomations: Paged<operations["listAutomations"]>;
    /** Read one automation with its trigger events. `GET /v2/publications/{publication_id}/automations/{automation_id}` */
    getAutomation: Call<operations["getAutomation"]>;
}

const routes: Routes<BeehiivClient> = {
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
};

/**
 * The beehiiv client: `const api = beehiiv(new Switchboard({ baseUrl, apiKey }))`.
 */
export const beehiiv = (sb: Switchboard): BeehiivClient => bindClient<BeehiivClient>(sb, "beehiiv", routes);
