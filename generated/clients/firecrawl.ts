// Generated from providers/firecrawl.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/firecrawl.js';

/**
 * Firecrawl through the Switchboard gateway: Firecrawl v2 turns websites into LLM-ready data by scraping, crawling, mapping, searching, extracting, hosting browsers and running agents.
 */
export interface FirecrawlClient {
    /** Fetch one page and return it as markdown, HTML, links, a screenshot or structured JSON. `POST /v2/scrape` */
    scrapePage: Call<operations["scrapePage"]>;
    /** Start scraping many URLs at once with the same options. `POST /v2/batch/scrape` */
    startBatchScrape: Call<operations["startBatchScrape"]>;
    /** Check a batch scrape's progress and read the pages scraped so far. `GET /v2/batch/scrape/{id}` */
    getBatchScrapeStatus: Paged<operations["getBatchScrapeStatus"]>;
    /** Stop a running batch scrape. `DELETE /v2/batch/scrape/{id}` */
    cancelBatchScrape: Call<operations["cancelBatchScrape"]>;
    /** List the pages of a batch scrape that failed or were blocked by robots.txt. `GET /v2/batch/scrape/{id}/errors` */
    getBatchScrapeErrors: Call<operations["getBatchScrapeErrors"]>;
    /** Start crawling a site from a URL and scraping every page reached. `POST /v2/crawl` */
    startCrawl: Call<operations["startCrawl"]>;
    /** Check a crawl's progress and read the pages scraped so far. `GET /v2/crawl/{id}` */
    getCrawlStatus: Paged<operations["getCrawlStatus"]>;
    /** Stop a running crawl. `DELETE /v2/crawl/{id}` */
    cancelCrawl: Call<operations["cancelCrawl"]>;
    /** List the pages of a crawl that failed or were blocked by robots.txt. `GET /v2/crawl/{id}/errors` */
    getCrawlErrors: Call<operations["getCrawlErrors"]>;
    /** List the crawls of the account that are still running. `GET /v2/crawl/active` */
    listActiveCrawls: Call<operations["listActiveCrawls"]>;
    /** List the URLs of a website quickly, from its sitemap and links, without scraping them. `POST /v2/map` */
    mapSite: Call<operations["mapSite"]>;
    /** Search the web, news or images and optionally scrape each result. `POST /v2/search` */
    searchWeb: Call<operations["searchWeb"]>;
    /** Start extracting structured data from pages with a prompt and optional JSON Schema. `POST /v2/extract` */
    startExtract: Call<operations["startExtract"]>;
    /** Check an extraction and read its data once done. `GET /v2/extract/{id}` */
    getExtractStatus: Call<operations["getExtractStatus"]>;
    /** Open a hosted browser session that can be driven over CDP or watched live. `POST /v2/browser` */
    createBrowserSession: Call<operations["createBrowserSession"]>;
    /** List the account's hosted browser sessions. `GET /v2/browser` */
    listBrowserSessions: Call<operations["listBrowserSessions"]>;
    /** Close a hosted browser session. `DELETE /v2/browser/{id}` */
    deleteBrowserSession: Call<operations["deleteBrowserSession"]>;
    /** Start an agent that searches and browses the web to gather the data a prompt asks for. `POST /v2/agent` */
    startAgent: Call<operations["startAgent"]>;
    /** Check an agent run and read its data once done. `GET /v2/agent/{id}` */
    getAgentStatus: Call<operations["getAgentStatus"]>;
    /** Stop a running agent. `DELETE /v2/agent/{id}` */
    cancelAgent: Call<operations["cancelAgent"]>;
}

const routes: Routes<FirecrawlClient> = {
    scrapePage: {"method":"POST","path":"/v2/scrape","body":"application/json"},
    startBatchScrape: {"method":"POST","path":"/v2/batch/scrape","body":"application/json"},
    getBatchScrapeStatus: {"method":"GET","path":"/v2/batch/scrape/{id}","paging":{"style":"url","nextUrl":"next"}},
    cancelBatchScrape: {"method":"DELETE","path":"/v2/batch/scrape/{id}"},
    getBatchScrapeErrors: {"method":"GET","path":"/v2/batch/scrape/{id}/errors"},
    startCrawl: {"method":"POST","path":"/v2/crawl","body":"application/json"},
    getCrawlStatus: {"method":"GET","path":"/v2/crawl/{id}","paging":{"style":"url","nextUrl":"next"}},
    cancelCrawl: {"method":"DELETE","path":"/v2/crawl/{id}"},
    getCrawlErrors: {"method":"GET","path":"/v2/crawl/{id}/errors"},
    listActiveCrawls: {"method":"GET","path":"/v2/crawl/active"},
    mapSite: {"method":"POST","path":"/v2/map","body":"application/json"},
    searchWeb: {"method":"POST","path":"/v2/search","body":"application/json"},
    startExtract: {"method":"POST","path":"/v2/extract","body":"application/json"},
    getExtractStatus: {"method":"GET","path":"/v2/extract/{id}"},
    createBrowserSession: {"method":"POST","path":"/v2/browser","body":"application/json"},
    listBrowserSessions: {"method":"GET","path":"/v2/browser"},
    deleteBrowserSession: {"method":"DELETE","path":"/v2/browser/{id}"},
    startAgent: {"method":"POST","path":"/v2/agent","body":"application/json"},
    getAgentStatus: {"method":"GET","path":"/v2/agent/{id}"},
    cancelAgent: {"method":"DELETE","path":"/v2/agent/{id}"},
};

/**
 * The Firecrawl client: `const api = firecrawl(new Switchboard({ baseUrl, apiKey }))`.
 */
export const firecrawl = (sb: Switchboard): FirecrawlClient => bindClient<FirecrawlClient>(sb, "firecrawl", routes);
