// Generated from providers/firecrawl.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/firecrawl.js';

/**
 * Firecrawl through the Switchboard gateway: Firecrawl v2 turns websites into LLM-ready data by scraping, crawling, mapping, searching, extracting, hosting browsers and running agents.
 */
export interface FirecrawlClient {
    /**
     * Fetch one page and return it as markdown, HTML, links, a screenshot or structured JSON.
     *
     * `POST /v2/scrape`
     */
    scrapePage(args: Args<operations["scrapePage"]>, options?: CallOptions): Promise<Result<Data<operations["scrapePage"]>>>;
    /**
     * Start scraping many URLs at once with the same options.
     *
     * `POST /v2/batch/scrape`
     */
    startBatchScrape(args: Args<operations["startBatchScrape"]>, options?: CallOptions): Promise<Result<Data<operations["startBatchScrape"]>>>;
    /**
     * Check a batch scrape's progress and read the pages scraped so far.
     *
     * `GET /v2/batch/scrape/{id}`
     */
    getBatchScrapeStatus: {
        (args: Args<operations["getBatchScrapeStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getBatchScrapeStatus"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getBatchScrapeStatus"]>, options?: CallOptions): AsyncGenerator<Data<operations["getBatchScrapeStatus"]>, void, undefined>;
    };
    /**
     * Stop a running batch scrape.
     *
     * `DELETE /v2/batch/scrape/{id}`
     */
    cancelBatchScrape(args: Args<operations["cancelBatchScrape"]>, options?: CallOptions): Promise<Result<Data<operations["cancelBatchScrape"]>>>;
    /**
     * List the pages of a batch scrape that failed or were blocked by robots.txt.
     *
     * `GET /v2/batch/scrape/{id}/errors`
     */
    getBatchScrapeErrors(args: Args<operations["getBatchScrapeErrors"]>, options?: CallOptions): Promise<Result<Data<operations["getBatchScrapeErrors"]>>>;
    /**
     * Start crawling a site from a URL and scraping every page reached.
     *
     * `POST /v2/crawl`
     */
    startCrawl(args: Args<operations["startCrawl"]>, options?: CallOptions): Promise<Result<Data<operations["startCrawl"]>>>;
    /**
     * Check a crawl's progress and read the pages scraped so far.
     *
     * `GET /v2/crawl/{id}`
     */
    getCrawlStatus: {
        (args: Args<operations["getCrawlStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getCrawlStatus"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getCrawlStatus"]>, options?: CallOptions): AsyncGenerator<Data<operations["getCrawlStatus"]>, void, undefined>;
    };
    /**
     * Stop a running crawl.
     *
     * `DELETE /v2/crawl/{id}`
     */
    cancelCrawl(args: Args<operations["cancelCrawl"]>, options?: CallOptions): Promise<Result<Data<operations["cancelCrawl"]>>>;
    /**
     * List the pages of a crawl that failed or were blocked by robots.txt.
     *
     * `GET /v2/crawl/{id}/errors`
     */
    getCrawlErrors(args: Args<operations["getCrawlErrors"]>, options?: CallOptions): Promise<Result<Data<operations["getCrawlErrors"]>>>;
    /**
     * List the crawls of the account that are still running.
     *
     * `GET /v2/crawl/active`
     */
    listActiveCrawls(args?: Args<operations["listActiveCrawls"]>, options?: CallOptions): Promise<Result<Data<operations["listActiveCrawls"]>>>;
    /**
     * List the URLs of a website quickly, from its sitemap and links, without scraping them.
     *
     * `POST /v2/map`
     */
    mapSite(args: Args<operations["mapSite"]>, options?: CallOptions): Promise<Result<Data<operations["mapSite"]>>>;
    /**
     * Search the web, news or images and optionally scrape each result.
     *
     * `POST /v2/search`
     */
    searchWeb(args: Args<operations["searchWeb"]>, options?: CallOptions): Promise<Result<Data<operations["searchWeb"]>>>;
    /**
     * Start extracting structured data from pages with a prompt and optional JSON Schema.
     *
     * `POST /v2/extract`
     */
    startExtract(args: Args<operations["startExtract"]>, options?: CallOptions): Promise<Result<Data<operations["startExtract"]>>>;
    /**
     * Check an extraction and read its data once done.
     *
     * `GET /v2/extract/{id}`
     */
    getExtractStatus(args: Args<operations["getExtractStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getExtractStatus"]>>>;
    /**
     * Open a hosted browser session that can be driven over CDP or watched live.
     *
     * `POST /v2/browser`
     */
    createBrowserSession(args?: Args<operations["createBrowserSession"]>, options?: CallOptions): Promise<Result<Data<operations["createBrowserSession"]>>>;
    /**
     * List the account's hosted browser sessions.
     *
     * `GET /v2/browser`
     */
    listBrowserSessions(args?: Args<operations["listBrowserSessions"]>, options?: CallOptions): Promise<Result<Data<operations["listBrowserSessions"]>>>;
    /**
     * Close a hosted browser session.
     *
     * `DELETE /v2/browser/{id}`
     */
    deleteBrowserSession(args: Args<operations["deleteBrowserSession"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBrowserSession"]>>>;
    /**
     * Start an agent that searches and browses the web to gather the data a prompt asks for.
     *
     * `POST /v2/agent`
     */
    startAgent(args: Args<operations["startAgent"]>, options?: CallOptions): Promise<Result<Data<operations["startAgent"]>>>;
    /**
     * Check an agent run and read its data once done.
     *
     * `GET /v2/agent/{id}`
     */
    getAgentStatus(args: Args<operations["getAgentStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getAgentStatus"]>>>;
    /**
     * Stop a running agent.
     *
     * `DELETE /v2/agent/{id}`
     */
    cancelAgent(args: Args<operations["cancelAgent"]>, options?: CallOptions): Promise<Result<Data<operations["cancelAgent"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Firecrawl client: `const api = firecrawl(new Switchboard({ baseUrl, apiKey }))`.
 */
export function firecrawl(client: Switchboard): FirecrawlClient {
    const app = "firecrawl";
    return {
        scrapePage: (args, options) => client.call(app, routes.scrapePage, args, options),
        startBatchScrape: (args, options) => client.call(app, routes.startBatchScrape, args, options),
        getBatchScrapeStatus: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getBatchScrapeStatus, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getBatchScrapeStatus, args, options) }) as FirecrawlClient["getBatchScrapeStatus"],
        cancelBatchScrape: (args, options) => client.call(app, routes.cancelBatchScrape, args, options),
        getBatchScrapeErrors: (args, options) => client.call(app, routes.getBatchScrapeErrors, args, options),
        startCrawl: (args, options) => client.call(app, routes.startCrawl, args, options),
        getCrawlStatus: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getCrawlStatus, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getCrawlStatus, args, options) }) as FirecrawlClient["getCrawlStatus"],
        cancelCrawl: (args, options) => client.call(app, routes.cancelCrawl, args, options),
        getCrawlErrors: (args, options) => client.call(app, routes.getCrawlErrors, args, options),
        listActiveCrawls: (args, options) => client.call(app, routes.listActiveCrawls, args, options),
        mapSite: (args, options) => client.call(app, routes.mapSite, args, options),
        searchWeb: (args, options) => client.call(app, routes.searchWeb, args, options),
        startExtract: (args, options) => client.call(app, routes.startExtract, args, options),
        getExtractStatus: (args, options) => client.call(app, routes.getExtractStatus, args, options),
        createBrowserSession: (args, options) => client.call(app, routes.createBrowserSession, args, options),
        listBrowserSessions: (args, options) => client.call(app, routes.listBrowserSessions, args, options),
        deleteBrowserSession: (args, options) => client.call(app, routes.deleteBrowserSession, args, options),
        startAgent: (args, options) => client.call(app, routes.startAgent, args, options),
        getAgentStatus: (args, options) => client.call(app, routes.getAgentStatus, args, options),
        cancelAgent: (args, options) => client.call(app, routes.cancelAgent, args, options),
    };
}