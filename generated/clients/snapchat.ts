// Generated from providers/snapchat.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/snapchat.js';

/**
 * Snapchat through the Switchboard gateway: Snapchat ads - organizations, ad accounts, funding sources, campaigns, ad squads, ads, creatives, media, stats, geo targeting and the ads library.
 */
export interface SnapchatClient {
    /** Read the authenticated user's id, name, email and organization. `GET /v1/me` */
    getMe: Call<operations["getMe"]>;
    /** List the organizations the user belongs to, optionally with their ad accounts. `GET /v1/me/organizations` */
    listMyOrganizations: Paged<operations["listMyOrganizations"]>;
    /** Read one organization. `GET /v1/organizations/{organizationId}` */
    getOrganization: Call<operations["getOrganization"]>;
    /** List the ad accounts of an organization. `GET /v1/organizations/{organizationId}/adaccounts` */
    listOrganizationAdAccounts: Paged<operations["listOrganizationAdAccounts"]>;
    /** List the funding sources (cards, credit lines, coupons) of an organization. `GET /v1/organizations/{organizationId}/fundingsources` */
    listFundingSources: Paged<operations["listFundingSources"]>;
    /** Read one ad account. `GET /v1/adaccounts/{adAccountId}` */
    getAdAccount: Call<operations["getAdAccount"]>;
    /** Read spend, impressions, swipes and other metrics of an ad account for a period. `GET /v1/adaccounts/{adAccountId}/stats` */
    getAdAccountStats: Call<operations["getAdAccountStats"]>;
    /** List the campaigns of an ad account. `GET /v1/adaccounts/{adAccountId}/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Create one or more campaigns in an ad account. `POST /v1/adaccounts/{adAccountId}/campaigns` */
    createCampaigns: Call<operations["createCampaigns"]>;
    /** List the ad squads (targeting, budget and bid units) of an ad account. `GET /v1/adaccounts/{adAccountId}/adsquads` */
    listAdSquads: Paged<operations["listAdSquads"]>;
    /** List the ads of an ad account with their review status. `GET /v1/adaccounts/{adAccountId}/ads` */
    listAds: Paged<operations["listAds"]>;
    /** List the creatives (what an ad shows and where it leads) of an ad account. `GET /v1/adaccounts/{adAccountId}/creatives` */
    listCreatives: Paged<operations["listCreatives"]>;
    /** List the images and videos uploaded to an ad account. `GET /v1/adaccounts/{adAccountId}/media` */
    listMedia: Paged<operations["listMedia"]>;
    /** List the countries ads can be targeted at. `GET /v1/targeting/geo/country` */
    listTargetingCountries: Call<operations["listTargetingCountries"]>;
    /** List the regions of a country that ads can be targeted at. `GET /v1/targeting/geo/{countryCode}/region` */
    listTargetingRegions: Call<operations["listTargetingRegions"]>;
    /** List entries of Snapchat's public library of sponsored content. `GET /v1/ads_library/sponsored_content` */
    listSponsoredContent: Call<operations["listSponsoredContent"]>;
    /** Search the public ads library by paying advertiser and country. `POST /v1/ads_library/ads/search` */
    searchAdsLibrary: Call<operations["searchAdsLibrary"]>;
}

const routes: Routes<SnapchatClient> = {
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
};

/**
 * The Snapchat client: `const api = snapchat(new Switchboard({ baseUrl, apiKey }))`.
 */
export const snapchat = (sb: Switchboard): SnapchatClient => bindClient<SnapchatClient>(sb, "snapchat", routes);
