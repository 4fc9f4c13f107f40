// Generated from providers/google-ads.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-ads.js';

/**
 * Google Ads through the Switchboard gateway: Accessible customer accounts, GAQL reporting queries and campaign changes in Google Ads.
 */
export interface GoogleAdsClient {
    /**
     * List the resource names of customer accounts the user can access directly.
     *
     * `GET /v23/customers:listAccessibleCustomers`
     */
    listAccessibleCustomers(args?: Args<operations["listAccessibleCustomers"]>, options?: CallOptions): Promise<Result<Data<operations["listAccessibleCustomers"]>>>;
    /**
     * Run a GAQL query and get the matching rows a page at a time.
     *
     * `POST /v23/customers/{customerId}/googleAds:search`
     */
    search: {
        (args: Args<operations["search"]>, options?: CallOptions): Promise<Result<Data<operations["search"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["search"]>, options?: CallOptions): AsyncGenerator<Data<operations["search"]>, void, undefined>;
    };
    /**
     * Run a GAQL query and receive all rows in one streamed answer, suited to large reports.
     *
     * `POST /v23/customers/{customerId}/googleAds:searchStream`
     */
    searchStream(args: Args<operations["searchStream"]>, options?: CallOptions): Promise<Result<Data<operations["searchStream"]>>>;
    /**
     * Create, update or remove campaigns in one batch of operations.
     *
     * `POST /v23/customers/{customerId}/campaigns:mutate`
     */
    mutateCampaigns(args: Args<operations["mutateCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["mutateCampaigns"]>>>;
}

const routes = {
    listAccessibleCustomers: {"method":"GET","path":"/v23/customers:listAccessibleCustomers"},
    search: {"method":"POST","path":"/v23/customers/{customerId}/googleAds:search","body":"application/json","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken","in":"body"}},
    searchStream: {"method":"POST","path":"/v23/customers/{customerId}/googleAds:searchStream","body":"application/json"},
    mutateCampaigns: {"method":"POST","path":"/v23/customers/{customerId}/campaigns:mutate","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Google Ads client: `const api = googleAds(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleAds(client: Switchboard): GoogleAdsClient {
    const app = "google-ads";
    return {
        listAccessibleCustomers: (args, options) => client.call(app, routes.listAccessibleCustomers, args, options),
        search: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.search, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.search, args, options) }) as GoogleAdsClient["search"],
        searchStream: (args, options) => client.call(app, routes.searchStream, args, options),
        mutateCampaigns: (args, options) => client.call(app, routes.mutateCampaigns, args, options),
    };
}