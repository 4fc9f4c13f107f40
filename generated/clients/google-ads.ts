// Generated from providers/google-ads.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-ads.js';

/**
 * Google Ads through the Switchboard gateway: Accessible customer accounts, GAQL reporting queries and campaign changes in Google Ads.
 */
export interface GoogleAdsClient {
    /** List the resource names of customer accounts the user can access directly. `GET /v23/customers:listAccessibleCustomers` */
    listAccessibleCustomers: Call<operations["listAccessibleCustomers"]>;
    /** Run a GAQL query and get the matching rows a page at a time. `POST /v23/customers/{customerId}/googleAds:search` */
    search: Paged<operations["search"]>;
    /** Run a GAQL query and receive all rows in one streamed answer, suited to large reports. `POST /v23/customers/{customerId}/googleAds:searchStream` */
    searchStream: Call<operations["searchStream"]>;
    /** Create, update or remove campaigns in one batch of operations. `POST /v23/customers/{customerId}/campaigns:mutate` */
    mutateCampaigns: Call<operations["mutateCampaigns"]>;
}

const routes: Routes<GoogleAdsClient> = {
    listAccessibleCustomers: {"method":"GET","path":"/v23/customers:listAccessibleCustomers"},
    search: {"method":"POST","path":"/v23/customers/{customerId}/googleAds:search","body":"application/json","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken","in":"body"}},
    searchStream: {"method":"POST","path":"/v23/customers/{customerId}/googleAds:searchStream","body":"application/json"},
    mutateCampaigns: {"method":"POST","path":"/v23/customers/{customerId}/campaigns:mutate","body":"application/json"},
};

/**
 * The Google Ads client: `const api = googleAds(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleAds = (sb: Switchboard): GoogleAdsClient => bindClient<GoogleAdsClient>(sb, "google-ads", routes);
