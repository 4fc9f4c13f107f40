// Generated from providers/linkedin.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/linkedin.js';

/**
 * LinkedIn through the Switchboard gateway: Member profile, posts and media uploads, organization lookups and statistics, ad and job libraries, and ad accounts, campaign groups and campaigns.
 */
export interface LinkedinClient {
    /**
     * Read the signed-in member's id, name and headline.
     *
     * `GET /rest/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Publish a post as a member or organization, with text only, a link article or uploaded media.
     *
     * `POST /rest/posts`
     */
    createPost(args: Args<operations["createPost"]>, options?: CallOptions): Promise<Result<Data<operations["createPost"]>>>;
    /**
     * List the posts of a member or organization, newest first.
     *
     * `GET /rest/posts`
     */
    findPostsByAuthor: {
        (args: Args<operations["findPostsByAuthor"]>, options?: CallOptions): Promise<Result<Data<operations["findPostsByAuthor"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["findPostsByAuthor"]>, options?: CallOptions): AsyncGenerator<Data<operations["findPostsByAuthor"]>, void, undefined>;
    };
    /**
     * Start an image upload and get the pre-signed URL to PUT the bytes to.
     *
     * `POST /rest/images`
     */
    initializeImageUpload(args: Args<operations["initializeImageUpload"]>, options?: CallOptions): Promise<Result<Data<operations["initializeImageUpload"]>>>;
    /**
     * Start a document (PDF, PPT, DOC) upload and get the pre-signed URL to PUT the bytes to.
     *
     * `POST /rest/documents`
     */
    initializeDocumentUpload(args: Args<operations["initializeDocumentUpload"]>, options?: CallOptions): Promise<Result<Data<operations["initializeDocumentUpload"]>>>;
    /**
     * Start a video upload (action=initializeUpload) or finish one after the parts are sent (action=finalizeUpload).
     *
     * `POST /rest/videos`
     */
    runVideoUploadAction(args: Args<operations["runVideoUploadAction"]>, options?: CallOptions): Promise<Result<Data<operations["runVideoUploadAction"]>>>;
    /**
     * List the organizations the member has a role on, or the members with roles on an organization.
     *
     * `GET /rest/organizationAcls`
     */
    listOrganizationAcls: {
        (args: Args<operations["listOrganizationAcls"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationAcls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationAcls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationAcls"]>, void, undefined>;
    };
    /**
     * Look up an organization by its public vanity name (the name in its page URL).
     *
     * `GET /rest/organizations`
     */
    findOrganizationByVanityName(args: Args<operations["findOrganizationByVanityName"]>, options?: CallOptions): Promise<Result<Data<operations["findOrganizationByVanityName"]>>>;
    /**
     * Impressions, clicks, likes, comments and shares of an organization's posts, overall or per time bucket.
     *
     * `GET /rest/organizationalEntityShareStatistics`
     */
    getOrganizationShareStatistics(args: Args<operations["getOrganizationShareStatistics"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganizationShareStatistics"]>>>;
    /**
     * Search LinkedIn's public library of ads by keyword, advertiser, country or date.
     *
     * `GET /rest/adLibrary`
     */
    searchAdLibrary: {
        (args: Args<operations["searchAdLibrary"]>, options?: CallOptions): Promise<Result<Data<operations["searchAdLibrary"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchAdLibrary"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchAdLibrary"]>, void, undefined>;
    };
    /**
     * Search LinkedIn's public library of job postings by keyword.
     *
     * `GET /rest/jobLibrary`
     */
    searchJobLibrary: {
        (args: Args<operations["searchJobLibrary"]>, options?: CallOptions): Promise<Result<Data<operations["searchJobLibrary"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchJobLibrary"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchJobLibrary"]>, void, undefined>;
    };
    /**
     * List or search the ad accounts the member can access.
     *
     * `GET /rest/adAccounts`
     */
    searchAdAccounts: {
        (args: Args<operations["searchAdAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["searchAdAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchAdAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchAdAccounts"]>, void, undefined>;
    };
    /**
     * Read one ad account.
     *
     * `GET /rest/adAccounts/{adAccountId}`
     */
    getAdAccount(args: Args<operations["getAdAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAdAccount"]>>>;
    /**
     * Create an ad account for an organization.
     *
     * `POST /rest/adAccounts`
     */
    createAdAccount(args: Args<operations["createAdAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createAdAccount"]>>>;
    /**
     * List or search an ad account's campaign groups.
     *
     * `GET /rest/adAccounts/{adAccountId}/adCampaignGroups`
     */
    searchCampaignGroups: {
        (args: Args<operations["searchCampaignGroups"]>, options?: CallOptions): Promise<Result<Data<operations["searchCampaignGroups"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCampaignGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCampaignGroups"]>, void, undefined>;
    };
    /**
     * Create a campaign group in an ad account.
     *
     * `POST /rest/adAccounts/{adAccountId}/adCampaignGroups`
     */
    createCampaignGroup(args: Args<operations["createCampaignGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaignGroup"]>>>;
    /**
     * Read one campaign group.
     *
     * `GET /rest/adAccounts/{adAccountId}/adCampaignGroups/{campaignGroupId}`
     */
    getCampaignGroup(args: Args<operations["getCampaignGroup"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaignGroup"]>>>;
    /**
     * List or search an ad account's campaigns.
     *
     * `GET /rest/adAccounts/{adAccountId}/adCampaigns`
     */
    searchCampaigns: {
        (args: Args<operations["searchCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["searchCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCampaigns"]>, void, undefined>;
    };
    /**
     * Create a campaign in a campaign group.
     *
     * `POST /rest/adAccounts/{adAccountId}/adCampaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * Read one campaign.
     *
     * `GET /rest/adAccounts/{adAccountId}/adCampaigns/{campaignId}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * List the targeting facets (skills, industries, titles, locations and more) campaigns can target.
     *
     * `GET /rest/adTargetingFacets`
     */
    listAdTargetingFacets(args?: Args<operations["listAdTargetingFacets"]>, options?: CallOptions): Promise<Result<Data<operations["listAdTargetingFacets"]>>>;
}

const routes = {
    getMe: {"method":"GET","path":"/rest/me"},
    createPost: {"method":"POST","path":"/rest/posts","body":"application/json"},
    findPostsByAuthor: {"method":"GET","path":"/rest/posts","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    initializeImageUpload: {"method":"POST","path":"/rest/images","body":"application/json"},
    initializeDocumentUpload: {"method":"POST","path":"/rest/documents","body":"application/json"},
    runVideoUploadAction: {"method":"POST","path":"/rest/videos","body":"application/json"},
    listOrganizationAcls: {"method":"GET","path":"/rest/organizationAcls","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    findOrganizationByVanityName: {"method":"GET","path":"/rest/organizations"},
    getOrganizationShareStatistics: {"method":"GET","path":"/rest/organizationalEntityShareStatistics"},
    searchAdLibrary: {"method":"GET","path":"/rest/adLibrary","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    searchJobLibrary: {"method":"GET","path":"/rest/jobLibrary","paging":{"style":"offset","offsetParam":"start","limitParam":"count","items":"elements"}},
    searchAdAccounts: {"method":"GET","path":"/rest/adAccounts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"metadata.nextPageToken"}},
    getAdAccount: {"method":"GET","path":"/rest/adAccounts/{adAccountId}"},
    createAdAccount: {"method":"POST","path":"/rest/adAccounts","body":"application/json"},
    searchCampaignGroups: {"method":"GET","path":"/rest/adAccounts/{adAccountId}/adCampaignGroups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"metadata.nextPageToken"}},
    createCampaignGroup: {"method":"POST","path":"/rest/adAccounts/{adAccountId}/adCampaignGroups","body":"application/json"},
    getCampaignGroup: {"method":"GET","path":"/rest/adAccounts/{adAccountId}/adCampaignGroups/{campaignGroupId}"},
    searchCampaigns: {"method":"GET","path":"/rest/adAccounts/{adAccountId}/adCampaigns","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"metadata.nextPageToken"}},
    createCampaign: {"method":"POST","path":"/rest/adAccounts/{adAccountId}/adCampaigns","body":"application/json"},
    getCampaign: {"method":"GET","path":"/rest/adAccounts/{adAccountId}/adCampaigns/{campaignId}"},
    listAdTargetingFacets: {"method":"GET","path":"/rest/adTargetingFacets"},
} satisfies Record<string, Route>;

/**
 * The LinkedIn client: `const api = linkedin(new Switchboard({ baseUrl, apiKey }))`.
 */
export function linkedin(client: Switchboard): LinkedinClient {
    const app = "linkedin";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        createPost: (args, options) => client.call(app, routes.createPost, args, options),
        findPostsByAuthor: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.findPostsByAuthor, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.findPostsByAuthor, args, options) }) as LinkedinClient["findPostsByAuthor"],
        initializeImageUpload: (args, options) => client.call(app, routes.initializeImageUpload, args, options),
        initializeDocumentUpload: (args, options) => client.call(app, routes.initializeDocumentUpload, args, options),
        runVideoUploadAction: (args, options) => client.call(app, routes.runVideoUploadAction, args, options),
        listOrganizationAcls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationAcls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationAcls, args, options) }) as LinkedinClient["listOrganizationAcls"],
        findOrganizationByVanityName: (args, options) => client.call(app, routes.findOrganizationByVanityName, args, options),
        getOrganizationShareStatistics: (args, options) => client.call(app, routes.getOrganizationShareStatistics, args, options),
        searchAdLibrary: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchAdLibrary, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchAdLibrary, args, options) }) as LinkedinClient["searchAdLibrary"],
        searchJobLibrary: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchJobLibrary, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchJobLibrary, args, options) }) as LinkedinClient["searchJobLibrary"],
        searchAdAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchAdAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchAdAccounts, args, options) }) as LinkedinClient["searchAdAccounts"],
        getAdAccount: (args, options) => client.call(app, routes.getAdAccount, args, options),
        createAdAccount: (args, options) => client.call(app, routes.createAdAccount, args, options),
        searchCampaignGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCampaignGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCampaignGroups, args, options) }) as LinkedinClient["searchCampaignGroups"],
        createCampaignGroup: (args, options) => client.call(app, routes.createCampaignGroup, args, options),
        getCampaignGroup: (args, options) => client.call(app, routes.getCampaignGroup, args, options),
        searchCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCampaigns, args, options) }) as LinkedinClient["searchCampaigns"],
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        listAdTargetingFacets: (args, options) => client.call(app, routes.listAdTargetingFacets, args, options),
    };
}