// Generated from providers/linkedin.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/linkedin.js';

/**
 * LinkedIn through the Switchboard gateway: Member profile, posts and media uploads, organization lookups and statistics, ad and job libraries, and ad accounts, campaign groups and campaigns.
 */
export interface LinkedinClient {
    /** Read the signed-in member's id, name and headline. `GET /rest/me` */
    getMe: Call<operations["getMe"]>;
    /** Publish a post as a member or organization, with text only, a link article or uploaded media. `POST /rest/posts` */
    createPost: Call<operations["createPost"]>;
    /** List the posts of a member or organization, newest first. `GET /rest/posts` */
    findPostsByAuthor: Paged<operations["findPostsByAuthor"]>;
    /** Start an image upload and get the pre-signed URL to PUT the bytes to. `POST /rest/images` */
    initializeImageUpload: Call<operations["initializeImageUpload"]>;
    /** Start a document (PDF, PPT, DOC) upload and get the pre-signed URL to PUT the bytes to. `POST /rest/documents` */
    initializeDocumentUpload: Call<operations["initializeDocumentUpload"]>;
    /** Start a video upload (action=initializeUpload) or finish one after the parts are sent (action=finalizeUpload). `POST /rest/videos` */
    runVideoUploadAction: Call<operations["runVideoUploadAction"]>;
    /** List the organizations the member has a role on, or the members with roles on an organization. `GET /rest/organizationAcls` */
    listOrganizationAcls: Paged<operations["listOrganizationAcls"]>;
    /** Look up an organization by its public vanity name (the name in its page URL). `GET /rest/organizations` */
    findOrganizationByVanityName: Call<operations["findOrganizationByVanityName"]>;
    /** Impressions, clicks, likes, comments and shares of an organization's posts, overall or per time bucket. `GET /rest/organizationalEntityShareStatistics` */
    getOrganizationShareStatistics: Call<operations["getOrganizationShareStatistics"]>;
    /** Search LinkedIn's public library of ads by keyword, advertiser, country or date. `GET /rest/adLibrary` */
    searchAdLibrary: Paged<operations["searchAdLibrary"]>;
    /** Search LinkedIn's public library of job postings by keyword. `GET /rest/jobLibrary` */
    searchJobLibrary: Paged<operations["searchJobLibrary"]>;
    /** List or search the ad accounts the member can access. `GET /rest/adAccounts` */
    searchAdAccounts: Paged<operations["searchAdAccounts"]>;
    /** Read one ad account. `GET /rest/adAccounts/{adAccountId}` */
    getAdAccount: Call<operations["getAdAccount"]>;
    /** Create an ad account for an organization. `POST /rest/adAccounts` */
    createAdAccount: Call<operations["createAdAccount"]>;
    /** List or search an ad account's campaign groups. `GET /rest/adAccounts/{adAccountId}/adCampaignGroups` */
    searchCampaignGroups: Paged<operations["searchCampaignGroups"]>;
    /** Create a campaign group in an ad account. `POST /rest/adAccounts/{adAccountId}/adCampaignGroups` */
    createCampaignGroup: Call<operations["createCampaignGroup"]>;
    /** Read one campaign group. `GET /rest/adAccounts/{adAccountId}/adCampaignGroups/{campaignGroupId}` */
    getCampaignGroup: Call<operations["getCampaignGroup"]>;
    /** List or search an ad account's campaigns. `GET /rest/adAccounts/{adAccountId}/adCampaigns` */
    searchCampaigns: Paged<operations["searchCampaigns"]>;
    /** Create a campaign in a campaign group. `POST /rest/adAccounts/{adAccountId}/adCampaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** Read one campaign. `GET /rest/adAccounts/{adAccountId}/adCampaigns/{campaignId}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** List the targeting facets (skills, industries, titles, locations and more) campaigns can target. `GET /rest/adTargetingFacets` */
    listAdTargetingFacets: Call<operations["listAdTargetingFacets"]>;
}

const routes: Routes<LinkedinClient> = {
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
};

/**
 * The LinkedIn client: `const api = linkedin(new Switchboard({ baseUrl, apiKey }))`.
 */
export const linkedin = (sb: Switchboard): LinkedinClient => bindClient<LinkedinClient>(sb, "linkedin", routes);
