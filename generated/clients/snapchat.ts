// Generated from providers/snapchat.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/snapchat.js';

/**
 * Snapchat through the Switchboard gateway: Snapchat ads - organizations, ad accounts, funding sources, campaigns, ad squads, ads, creatives, media, stats, geo targeting and the ads library.
 */
export interface SnapchatClient {
    /**
     * Read the authenticated user's id, name, email and organization.
     *
     * `GET /v1/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the organizations the user belongs to, optionally with their ad accounts.
     *
     * `GET /v1/me/organizations`
     */
    listMyOrganizations: {
        (args?: Args<operations["listMyOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listMyOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyOrganizations"]>, void, undefined>;
    };
    /**
     * Read one organization.
     *
     * `GET /v1/organizations/{organizationId}`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * List the ad accounts of an organization.
     *
     * `GET /v1/organizations/{organizationId}/adaccounts`
     */
    listOrganizationAdAccounts: {
        (args: Args<operations["listOrganizationAdAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationAdAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationAdAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationAdAccounts"]>, void, undefined>;
    };
    /**
     * List the funding sources (cards, credit lines, coupons) of an organization.
     *
     * `GET /v1/organizations/{organizationId}/fundingsources`
     */
    listFundingSources: {
        (args: Args<operations["listFundingSources"]>, options?: CallOptions): Promise<Result<Data<operations["listFundingSources"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFundingSources"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFundingSources"]>, void, undefined>;
    };
    /**
     * Read one ad account.
     *
     * `GET /v1/adaccounts/{adAccountId}`
     */
    getAdAccount(args: Args<operations["getAdAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAdAccount"]>>>;
    /**
     * Read spend, impressions, swipes and other metrics of an ad account for a period.
     *
     * `GET /v1/adaccounts/{adAccountId}/stats`
     */
    getAdAccountStats(args: Args<operations["getAdAccountStats"]>, options?: CallOptions): Promise<Result<Data<operations["getAdAccountStats"]>>>;
    /**
     * List the campaigns of an ad account.
     *
     * `GET /v1/adaccounts/{adAccountId}/campaigns`
     */
    listCampaigns: {
        (args: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Create one or more campaigns in an ad account.
     *
     * `POST /v1/adaccounts/{adAccountId}/campaigns`
     */
    createCampaigns(args: Args<operations["createCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaigns"]>>>;
    /**
     * List the ad squads (targeting, budget and bid units) of an ad account.
     *
     * `GET /v1/adaccounts/{adAccountId}/adsquads`
     */
    listAdSquads: {
        (args: Args<operations["listAdSquads"]>, options?: CallOptions): Promise<Result<Data<operations["listAdSquads"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAdSquads"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAdSquads"]>, void, undefined>;
    };
    /**
     * List the ads of an ad account with their review status.
     *
     * `GET /v1/adaccounts/{adAccountId}/ads`
     */
    listAds: {
        (args: Args<operations["listAds"]>, options?: CallOptions): Promise<Result<Data<operations["listAds"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAds"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAds"]>, void, undefined>;
    };
    /**
     * List the creatives (what an ad shows and where it leads) of an ad account.
     *
     * `GET /v1/adaccounts/{adAccountId}/creatives`
     */
    listCreatives: {
        (args: Args<operations["listCreatives"]>, options?: CallOptions): Promise<Result<Data<operations["listCreatives"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCreatives"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCreatives"]>, void, undefined>;
    };
    /**
     * List the images and videos uploaded to an ad account.
     *
     * `GET /v1/adaccounts/{adAccountId}/media`
     */
    listMedia: {
        (args: Args<operations["listMedia"]>, options?: CallOptions): Promise<Result<Data<operations["listMedia"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMedia"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMedia"]>, void, undefined>;
    };
    /**
     * List the countries ads can be targeted at.
     *
     * `GET /v1/targeting/geo/country`
     */
    listTargetingCountries(args?: Args<operations["listTargetingCountries"]>, options?: CallOptions): Promise<Result<Data<operations["listTargetingCountries"]>>>;
    /**
     * List the regions of a country that ads can be targeted at.
     *
     * `GET /v1/targeting/geo/{countryCode}/region`
     */
    listTargetingRegions(args: Args<operations["listTargetingRegions"]>, options?: CallOptions): Promise<Result<Data<operations["listTargetingRegions"]>>>;
    /**
     * List entries of Snapchat's public library of sponsored content.
     *
     * `GET /v1/ads_library/sponsored_content`
     */
    listSponsoredContent(args?: Args<operations["listSponsoredContent"]>, options?: CallOptions): Promise<Result<Data<operations["listSponsoredContent"]>>>;
    /**
     * Search the public ads library by paying advertiser and country.
     *
     * `POST /v1/ads_library/ads/search`
     */
    searchAdsLibrary(args: Args<operations["searchAdsLibrary"]>, options?: CallOptions): Promise<Result<Data<operations["searchAdsLibrary"]>>>;
}

const routes = {
    getMe: {"method":"GET","path":"/v1/me"},
    listMyOrganizations: {"method":"GET","path":"/v1/me/organizations","paging":{"style":"url","nextUrl":"paging.next_link"}},
    getOrganization: {"method":"GET","path":"/v1/organizations/{organizationId}"},
    listOrganizationAdAccounts: {"method":"GET","path":"/v1/organizations/{organizationId}/adaccounts","paging":{"style":"url","nextUrl":"paging.next_link"}},
    listFundingSources: {"method":"GET","path":"/v1/organizations/{organizationId}/fundingsources","paging":{"style":"url","nextUrl":"paging.next_link"}},
    getAdAccount: {"method":"GET","path":"/v1/adaccounts/{adAccountId}"},
    getAdAccountStats: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/stats"},
    listCampaigns: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/campaigns","paging":{"style":"url","nextUrl":"paging.next_link"}},
    createCampaigns: {"method":"POST","path":"/v1/adaccounts/{adAccountId}/campaigns","body":"application/json"},
    listAdSquads: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/adsquads","paging":{"style":"url","nextUrl":"paging.next_link"}},
    listAds: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/ads","paging":{"style":"url","nextUrl":"paging.next_link"}},
    listCreatives: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/creatives","paging":{"style":"url","nextUrl":"paging.next_link"}},
    listMedia: {"method":"GET","path":"/v1/adaccounts/{adAccountId}/media","paging":{"style":"url","nextUrl":"paging.next_link"}},
    listTargetingCountries: {"method":"GET","path":"/v1/targeting/geo/country"},
    listTargetingRegions: {"method":"GET","path":"/v1/targeting/geo/{countryCode}/region"},
    listSponsoredContent: {"method":"GET","path":"/v1/ads_library/sponsored_content"},
    searchAdsLibrary: {"method":"POST","path":"/v1/ads_library/ads/search","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Snapchat client: `const api = snapchat(new Switchboard({ baseUrl, apiKey }))`.
 */
export function snapchat(client: Switchboard): SnapchatClient {
    const app = "snapchat";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listMyOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyOrganizations, args, options) }) as SnapchatClient["listMyOrganizations"],
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        listOrganizationAdAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationAdAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationAdAccounts, args, options) }) as SnapchatClient["listOrganizationAdAccounts"],
        listFundingSources: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFundingSources, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFundingSources, args, options) }) as SnapchatClient["listFundingSources"],
        getAdAccount: (args, options) => client.call(app, routes.getAdAccount, args, options),
        getAdAccountStats: (args, options) => client.call(app, routes.getAdAccountStats, args, options),
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as SnapchatClient["listCampaigns"],
        createCampaigns: (args, options) => client.call(app, routes.createCampaigns, args, options),
        listAdSquads: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAdSquads, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAdSquads, args, options) }) as SnapchatClient["listAdSquads"],
        listAds: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAds, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAds, args, options) }) as SnapchatClient["listAds"],
        listCreatives: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCreatives, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCreatives, args, options) }) as SnapchatClient["listCreatives"],
        listMedia: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMedia, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMedia, args, options) }) as SnapchatClient["listMedia"],
        listTargetingCountries: (args, options) => client.call(app, routes.listTargetingCountries, args, options),
        listTargetingRegions: (args, options) => client.call(app, routes.listTargetingRegions, args, options),
        listSponsoredContent: (args, options) => client.call(app, routes.listSponsoredContent, args, options),
        searchAdsLibrary: (args, options) => client.call(app, routes.searchAdsLibrary, args, options),
    };
}