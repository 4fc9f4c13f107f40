// Generated from providers/klaviyo.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/klaviyo.js';

/**
 * Klaviyo through the Switchboard gateway: Profiles, lists, segments, campaigns, flows, events, metrics, templates and webhooks of a Klaviyo account.
 */
export interface KlaviyoClient {
    /**
     * List profiles, with optional filtering, sorting and sparse fields.
     *
     * `GET /api/profiles`
     */
    listProfiles: {
        (args?: Args<operations["listProfiles"]>, options?: CallOptions): Promise<Result<Data<operations["listProfiles"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProfiles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProfiles"]>, void, undefined>;
    };
    /**
     * Fetch one profile by id.
     *
     * `GET /api/profiles/{profile_id}`
     */
    getProfile(args: Args<operations["getProfile"]>, options?: CallOptions): Promise<Result<Data<operations["getProfile"]>>>;
    /**
     * Create a profile; Klaviyo answers 409 with the existing id when the email, phone or external id is already taken.
     *
     * `POST /api/profiles`
     */
    createProfile(args: Args<operations["createProfile"]>, options?: CallOptions): Promise<Result<Data<operations["createProfile"]>>>;
    /**
     * Change attributes of a profile; attributes left out stay as they are.
     *
     * `PATCH /api/profiles/{profile_id}`
     */
    updateProfile(args: Args<operations["updateProfile"]>, options?: CallOptions): Promise<Result<Data<operations["updateProfile"]>>>;
    /**
     * List the account's lists, ten at a time.
     *
     * `GET /api/lists`
     */
    listLists: {
        (args?: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLists"]>, void, undefined>;
    };
    /**
     * Create a list.
     *
     * `POST /api/lists`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * Add existing profiles to a list by id, up to 1000 per call, without changing their consent.
     *
     * `POST /api/lists/{list_id}/relationships/profiles`
     */
    addProfilesToList(args: Args<operations["addProfilesToList"]>, options?: CallOptions): Promise<Result<Data<operations["addProfilesToList"]>>>;
    /**
     * List the account's segments.
     *
     * `GET /api/segments`
     */
    listSegments: {
        (args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * List campaigns of one channel; the filter must name the channel.
     *
     * `GET /api/campaigns`
     */
    listCampaigns: {
        (args: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Create a draft campaign for a set of lists or segments.
     *
     * `POST /api/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * List the account's automated flows.
     *
     * `GET /api/flows`
     */
    listFlows: {
        (args?: Args<operations["listFlows"]>, options?: CallOptions): Promise<Result<Data<operations["listFlows"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFlows"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFlows"]>, void, undefined>;
    };
    /**
     * Switch a flow between draft, manual and live, which also applies to all its actions.
     *
     * `PATCH /api/flows/{flow_id}`
     */
    updateFlowStatus(args: Args<operations["updateFlowStatus"]>, options?: CallOptions): Promise<Result<Data<operations["updateFlowStatus"]>>>;
    /**
     * Record an activity of a profile under a metric, creating the profile and metric when they are new.
     *
     * `POST /api/events`
     */
    createEvent(args: Args<operations["createEvent"]>, options?: CallOptions): Promise<Result<Data<operations["createEvent"]>>>;
    /**
     * List the metrics (event types) the account records.
     *
     * `GET /api/metrics`
     */
    listMetrics: {
        (args?: Args<operations["listMetrics"]>, options?: CallOptions): Promise<Result<Data<operations["listMetrics"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMetrics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMetrics"]>, void, undefined>;
    };
    /**
     * List the account's email templates.
     *
     * `GET /api/templates`
     */
    listTemplates: {
        (args?: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * List reusable universal content blocks shared across templates.
     *
     * `GET /api/template-universal-content`
     */
    listUniversalContent: {
        (args?: Args<operations["listUniversalContent"]>, options?: CallOptions): Promise<Result<Data<operations["listUniversalContent"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUniversalContent"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUniversalContent"]>, void, undefined>;
    };
    /**
     * Register an HTTPS endpoint that Klaviyo calls for the chosen webhook topics.
     *
     * `POST /api/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Remove a webhook so it stops receiving deliveries.
     *
     * `DELETE /api/webhooks/{webhook_id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
    /**
     * List the topics a webhook can subscribe to.
     *
     * `GET /api/webhook-topics`
     */
    listWebhookTopics(args?: Args<operations["listWebhookTopics"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhookTopics"]>>>;
    /**
     * List images uploaded to the account's library.
     *
     * `GET /api/images`
     */
    listImages: {
        (args?: Args<operations["listImages"]>, options?: CallOptions): Promise<Result<Data<operations["listImages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listImages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listImages"]>, void, undefined>;
    };
    /**
     * List sign-up forms with their status and A/B test flag.
     *
     * `GET /api/forms`
     */
    listForms: {
        (args?: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * List product and store reviews collected through Klaviyo Reviews.
     *
     * `GET /api/reviews`
     */
    listReviews: {
        (args?: Args<operations["listReviews"]>, options?: CallOptions): Promise<Result<Data<operations["listReviews"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listReviews"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReviews"]>, void, undefined>;
    };
    /**
     * List tag groups, including the default group every account has.
     *
     * `GET /api/tag-groups`
     */
    listTagGroups: {
        (args?: Args<operations["listTagGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listTagGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTagGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTagGroups"]>, void, undefined>;
    };
    /**
     * Start a job that records marketing consent for up to 1000 profiles and optionally adds them to a list.
     *
     * `POST /api/profile-subscription-bulk-create-jobs`
     */
    bulkSubscribeProfiles(args: Args<operations["bulkSubscribeProfiles"]>, options?: CallOptions): Promise<Result<Data<operations["bulkSubscribeProfiles"]>>>;
    /**
     * List bulk profile import jobs with their progress counters.
     *
     * `GET /api/profile-bulk-import-jobs`
     */
    listBulkImportJobs: {
        (args?: Args<operations["listBulkImportJobs"]>, options?: CallOptions): Promise<Result<Data<operations["listBulkImportJobs"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBulkImportJobs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBulkImportJobs"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Klaviyo client: `const api = klaviyo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function klaviyo(client: Switchboard): KlaviyoClient {
    const app = "klaviyo";
    return {
        listProfiles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProfiles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProfiles, args, options) }) as KlaviyoClient["listProfiles"],
        getProfile: (args, options) => client.call(app, routes.getProfile, args, options),
        createProfile: (args, options) => client.call(app, routes.createProfile, args, options),
        updateProfile: (args, options) => client.call(app, routes.updateProfile, args, options),
        listLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLists, args, options) }) as KlaviyoClient["listLists"],
        createList: (args, options) => client.call(app, routes.createList, args, options),
        addProfilesToList: (args, options) => client.call(app, routes.addProfilesToList, args, options),
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as KlaviyoClient["listSegments"],
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as KlaviyoClient["listCampaigns"],
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        listFlows: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFlows, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFlows, args, options) }) as KlaviyoClient["listFlows"],
        updateFlowStatus: (args, options) => client.call(app, routes.updateFlowStatus, args, options),
        createEvent: (args, options) => client.call(app, routes.createEvent, args, options),
        listMetrics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMetrics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMetrics, args, options) }) as KlaviyoClient["listMetrics"],
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as KlaviyoClient["listTemplates"],
        listUniversalContent: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUniversalContent, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUniversalContent, args, options) }) as KlaviyoClient["listUniversalContent"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
        listWebhookTopics: (args, options) => client.call(app, routes.listWebhookTopics, args, options),
        listImages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listImages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listImages, args, options) }) as KlaviyoClient["listImages"],
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as KlaviyoClient["listForms"],
        listReviews: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReviews, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReviews, args, options) }) as KlaviyoClient["listReviews"],
        listTagGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTagGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTagGroups, args, options) }) as KlaviyoClient["listTagGroups"],
        bulkSubscribeProfiles: (args, options) => client.call(app, routes.bulkSubscribeProfiles, args, options),
        listBulkImportJobs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBulkImportJobs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBulkImportJobs, args, options) }) as KlaviyoClient["listBulkImportJobs"],
    };
}