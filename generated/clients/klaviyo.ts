// Generated from providers/klaviyo.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/klaviyo.js';

/**
 * Klaviyo through the Switchboard gateway: Profiles, lists, segments, campaigns, flows, events, metrics, templates and webhooks of a Klaviyo account.
 */
export interface KlaviyoClient {
    /** List profiles, with optional filtering, sorting and sparse fields. `GET /api/profiles` */
    listProfiles: Paged<operations["listProfiles"]>;
    /** Fetch one profile by id. `GET /api/profiles/{profile_id}` */
    getProfile: Call<operations["getProfile"]>;
    /** Create a profile; Klaviyo answers 409 with the existing id when the email, phone or external id is already taken. `POST /api/profiles` */
    createProfile: Call<operations["createProfile"]>;
    /** Change attributes of a profile; attributes left out stay as they are. `PATCH /api/profiles/{profile_id}` */
    updateProfile: Call<operations["updateProfile"]>;
    /** List the account's lists, ten at a time. `GET /api/lists` */
    listLists: Paged<operations["listLists"]>;
    /** Create a list. `POST /api/lists` */
    createList: Call<operations["createList"]>;
    /** Add existing profiles to a list by id, up to 1000 per call, without changing their consent. `POST /api/lists/{list_id}/relationships/profiles` */
    addProfilesToList: Call<operations["addProfilesToList"]>;
    /** List the account's segments. `GET /api/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** List campaigns of one channel; the filter must name the channel. `GET /api/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Create a draft campaign for a set of lists or segments. `POST /api/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** List the account's automated flows. `GET /api/flows` */
    listFlows: Paged<operations["listFlows"]>;
    /** Switch a flow between draft, manual and live, which also applies to all its actions. `PATCH /api/flows/{flow_id}` */
    updateFlowStatus: Call<operations["updateFlowStatus"]>;
    /** Record an activity of a profile under a metric, creating the profile and metric when they are new. `POST /api/events` */
    createEvent: Call<operations["createEvent"]>;
    /** List the metrics (event types) the account records. `GET /api/metrics` */
    listMetrics: Paged<operations["listMetrics"]>;
    /** List the account's email templates. `GET /api/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** List reusable universal content blocks shared across templates. `GET /api/template-universal-content` */
    listUniversalContent: Paged<operations["listUniversalContent"]>;
    /** Register an HTTPS endpoint that Klaviyo calls for the chosen webhook topics. `POST /api/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Remove a webhook so it stops receiving deliveries. `DELETE /api/webhooks/{webhook_id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
    /** List the topics a webhook can subscribe to. `GET /api/webhook-topics` */
    listWebhookTopics: Call<operations["listWebhookTopics"]>;
    /** List images uploaded to the account's library. `GET /api/images` */
    listImages: Paged<operations["listImages"]>;
    /** List sign-up forms with their status and A/B test flag. `GET /api/forms` */
    listForms: Paged<operations["listForms"]>;
    /** List product and store reviews collected through Klaviyo Reviews. `GET /api/reviews` */
    listReviews: Paged<operations["listReviews"]>;
    /** List tag groups, including the default group every account has. `GET /api/tag-groups` */
    listTagGroups: Paged<operations["listTagGroups"]>;
    /** Start a job that records marketing consent for up to 1000 profiles and optionally adds them to a list. `POST /api/profile-subscription-bulk-create-jobs` */
    bulkSubscribeProfiles: Call<operations["bulkSubscribeProfiles"]>;
    /** List bulk profile import jobs with their progress counters. `GET /api/profile-bulk-import-jobs` */
    listBulkImportJobs: Paged<operations["listBulkImportJobs"]>;
}

const routes: Routes<KlaviyoClient> = {
    listProfiles: {"method":"GET","path":"/api/profiles","paging":{"style":"url","nextUrl":"links.next"}},
    getProfile: {"method":"GET","path":"/api/profiles/{profile_id}"},
    createProfile: {"method":"POST","path":"/api/profiles","body":"application/vnd.api+json"},
    updateProfile: {"method":"PATCH","path":"/api/profiles/{profile_id}","body":"application/vnd.api+json"},
    listLists: {"method":"GET","path":"/api/lists","paging":{"style":"url","nextUrl":"links.next"}},
    createList: {"method":"POST","path":"/api/lists","body":"application/vnd.api+json"},
    addProfilesToList: {"method":"POST","path":"/api/lists/{list_id}/relationships/profiles","body":"application/vnd.api+json"},
    listSegments: {"method":"GET","path":"/api/segments","paging":{"style":"url","nextUrl":"links.next"}},
    listCampaigns: {"method":"GET","path":"/api/campaigns","paging":{"style":"url","nextUrl":"links.next"}},
    createCampaign: {"method":"POST","path":"/api/campaigns","body":"application/vnd.api+json"},
    listFlows: {"method":"GET","path":"/api/flows","paging":{"style":"url","nextUrl":"links.next"}},
    updateFlowStatus: {"method":"PATCH","path":"/api/flows/{flow_id}","body":"application/vnd.api+json"},
    createEvent: {"method":"POST","path":"/api/events","body":"application/vnd.api+json"},
    listMetrics: {"method":"GET","path":"/api/metrics","paging":{"style":"url","nextUrl":"links.next"}},
    listTemplates: {"method":"GET","path":"/api/templates","paging":{"style":"url","nextUrl":"links.next"}},
    listUniversalContent: {"method":"GET","path":"/api/template-universal-content","paging":{"style":"url","nextUrl":"links.next"}},
    createWebhook: {"method":"POST","path":"/api/webhooks","body":"application/vnd.api+json"},
    deleteWebhook: {"method":"DELETE","path":"/api/webhooks/{webhook_id}"},
    listWebhookTopics: {"method":"GET","path":"/api/webhook-topics"},
    listImages: {"method":"GET","path":"/api/images","paging":{"style":"url","nextUrl":"links.next"}},
    listForms: {"method":"GET","path":"/api/forms","paging":{"style":"url","nextUrl":"links.next"}},
    listReviews: {"method":"GET","path":"/api/reviews","paging":{"style":"url","nextUrl":"links.next"}},
    listTagGroups: {"method":"GET","path":"/api/tag-groups","paging":{"style":"url","nextUrl":"links.next"}},
    bulkSubscribeProfiles: {"method":"POST","path":"/api/profile-subscription-bulk-create-jobs","body":"application/vnd.api+json"},
    listBulkImportJobs: {"method":"GET","path":"/api/profile-bulk-import-jobs","paging":{"style":"url","nextUrl":"links.next"}},
};

/**
 * The Klaviyo client: `const api = klaviyo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const klaviyo = (sb: Switchboard): KlaviyoClient => bindClient<KlaviyoClient>(sb, "klaviyo", routes);
