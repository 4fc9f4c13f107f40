// Generated from providers/google-search-console.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-search-console.js';

/**
 * Google Search Console through the Switchboard gateway: Search performance data (clicks, impressions, CTR, position) and sitemaps of the sites a user has in Search Console.
 */
export interface GoogleSearchConsoleClient {
    /**
     * List the Search Console properties the user can see, with the user's permission level on each.
     *
     * `GET /webmasters/v3/sites`
     */
    listSites(args?: Args<operations["listSites"]>, options?: CallOptions): Promise<Result<Data<operations["listSites"]>>>;
    /**
     * Read one property and the user's permission level on it.
     *
     * `GET /webmasters/v3/sites/{siteUrl}`
     */
    getSite(args: Args<operations["getSite"]>, options?: CallOptions): Promise<Result<Data<operations["getSite"]>>>;
    /**
     * Get clicks, impressions, CTR and average position for a date range, grouped and filtered by query, page, country, device or date.
     *
     * `POST /webmasters/v3/sites/{siteUrl}/searchAnalytics/query`
     */
    querySearchAnalytics: {
        (args: Args<operations["querySearchAnalytics"]>, options?: CallOptions): Promise<Result<Data<operations["querySearchAnalytics"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["querySearchAnalytics"]>, options?: CallOptions): AsyncGenerator<Data<operations["querySearchAnalytics"]>, void, undefined>;
    };
    /**
     * List the sitemaps submitted for a property, or those inside one sitemap index.
     *
     * `GET /webmasters/v3/sites/{siteUrl}/sitemaps`
     */
    listSitemaps(args: Args<operations["listSitemaps"]>, options?: CallOptions): Promise<Result<Data<operations["listSitemaps"]>>>;
    /**
     * Read the processing status, errors and URL counts of one sitemap.
     *
     * `GET /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}`
     */
    getSitemap(args: Args<operations["getSitemap"]>, options?: CallOptions): Promise<Result<Data<operations["getSitemap"]>>>;
    /**
     * Submit a sitemap for a property so Google fetches it.
     *
     * `PUT /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}`
     */
    submitSitemap(args: Args<operations["submitSitemap"]>, options?: CallOptions): Promise<Result<Data<operations["submitSitemap"]>>>;
    /**
     * Remove a sitemap from the property's sitemap report.
     *
     * `DELETE /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}`
     */
    deleteSitemap(args: Args<operations["deleteSitemap"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSitemap"]>>>;
}

const routes = {
    listSites: {"method":"GET","path":"/webmasters/v3/sites"},
    getSite: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}"},
    querySearchAnalytics: {"method":"POST","path":"/webmasters/v3/sites/{siteUrl}/searchAnalytics/query","body":"application/json","paging":{"style":"offset","offsetParam":"startRow","limitParam":"rowLimit","items":"rows","in":"body"}},
    listSitemaps: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}/sitemaps"},
    getSitemap: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
    submitSitemap: {"method":"PUT","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
    deleteSitemap: {"method":"DELETE","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
} satisfies Record<string, Route>;

/**
 * The Google Search Console client: `const api = googleSearchConsole(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleSearchConsole(client: Switchboard): GoogleSearchConsoleClient {
    const app = "google-search-console";
    return {
        listSites: (args, options) => client.call(app, routes.listSites, args, options),
        getSite: (args, options) => client.call(app, routes.getSite, args, options),
        querySearchAnalytics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.querySearchAnalytics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.querySearchAnalytics, args, options) }) as GoogleSearchConsoleClient["querySearchAnalytics"],
        listSitemaps: (args, options) => client.call(app, routes.listSitemaps, args, options),
        getSitemap: (args, options) => client.call(app, routes.getSitemap, args, options),
        submitSitemap: (args, options) => client.call(app, routes.submitSitemap, args, options),
        deleteSitemap: (args, options) => client.call(app, routes.deleteSitemap, args, options),
    };
}