// Generated from providers/google-search-console.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-search-console.js';

/**
 * Google Search Console through the Switchboard gateway: Search performance data (clicks, impressions, CTR, position) and sitemaps of the sites a user has in Search Console.
 */
export interface GoogleSearchConsoleClient {
    /** List the Search Console properties the user can see, with the user's permission level on each. `GET /webmasters/v3/sites` */
    listSites: Call<operations["listSites"]>;
    /** Read one property and the user's permission level on it. `GET /webmasters/v3/sites/{siteUrl}` */
    getSite: Call<operations["getSite"]>;
    /** Get clicks, impressions, CTR and average position for a date range, grouped and filtered by query, page, country, device or date. `POST /webmasters/v3/sites/{siteUrl}/searchAnalytics/query` */
    querySearchAnalytics: Paged<operations["querySearchAnalytics"]>;
    /** List the sitemaps submitted for a property, or those inside one sitemap index. `GET /webmasters/v3/sites/{siteUrl}/sitemaps` */
    listSitemaps: Call<operations["listSitemaps"]>;
    /** Read the processing status, errors and URL counts of one sitemap. `GET /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}` */
    getSitemap: Call<operations["getSitemap"]>;
    /** Submit a sitemap for a property so Google fetches it. `PUT /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}` */
    submitSitemap: Call<operations["submitSitemap"]>;
    /** Remove a sitemap from the property's sitemap report. `DELETE /webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}` */
    deleteSitemap: Call<operations["deleteSitemap"]>;
}

const routes: Routes<GoogleSearchConsoleClient> = {
    listSites: {"method":"GET","path":"/webmasters/v3/sites"},
    getSite: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}"},
    querySearchAnalytics: {"method":"POST","path":"/webmasters/v3/sites/{siteUrl}/searchAnalytics/query","body":"application/json","paging":{"style":"offset","offsetParam":"startRow","limitParam":"rowLimit","items":"rows","in":"body"}},
    listSitemaps: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}/sitemaps"},
    getSitemap: {"method":"GET","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
    submitSitemap: {"method":"PUT","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
    deleteSitemap: {"method":"DELETE","path":"/webmasters/v3/sites/{siteUrl}/sitemaps/{feedpath}"},
};

/**
 * The Google Search Console client: `const api = googleSearchConsole(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleSearchConsole = (sb: Switchboard): GoogleSearchConsoleClient => bindClient<GoogleSearchConsoleClient>(sb, "google-search-console", routes);
