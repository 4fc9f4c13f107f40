// Generated from providers/tavily.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/tavily.js';

/**
 * Tavily through the Switchboard gateway: Tavily's search engine built for AI agents, with answer generation, page extraction, site mapping and crawling, and background research reports.
 */
export interface TavilyClient {
    /**
     * Search the web, optionally with a generated answer, raw page content and images.
     *
     * `POST /search`
     */
    searchWeb(args: Args<operations["searchWeb"]>, options?: CallOptions): Promise<Result<Data<operations["searchWeb"]>>>;
    /**
     * Pull the cleaned content of one or more web pages.
     *
     * `POST /extract`
     */
    extractPages(args: Args<operations["extractPages"]>, options?: CallOptions): Promise<Result<Data<operations["extractPages"]>>>;
    /**
     * Walk a website from a starting URL and list the page URLs found.
     *
     * `POST /map`
     */
    mapSite(args: Args<operations["mapSite"]>, options?: CallOptions): Promise<Result<Data<operations["mapSite"]>>>;
    /**
     * Crawl a website from a starting URL and return the content of each page reached.
     *
     * `POST /crawl`
     */
    crawlSite(args: Args<operations["crawlSite"]>, options?: CallOptions): Promise<Result<Data<operations["crawlSite"]>>>;
    /**
     * Start a background research job that searches, reads and writes a sourced report.
     *
     * `POST /research`
     */
    createResearch(args: Args<operations["createResearch"]>, options?: CallOptions): Promise<Result<Data<operations["createResearch"]>>>;
    /**
     * Read a research job's status and, when done, its report and sources.
     *
     * `GET /research/{request_id}`
     */
    getResearch(args: Args<operations["getResearch"]>, options?: CallOptions): Promise<Result<Data<operations["getResearch"]>>>;
}

const routes = {
    searchWeb: {"method":"POST","path":"/search","body":"application/json"},
    extractPages: {"method":"POST","path":"/extract","body":"application/json"},
    mapSite: {"method":"POST","path":"/map","body":"application/json"},
    crawlSite: {"method":"POST","path":"/crawl","body":"application/json"},
    createResearch: {"method":"POST","path":"/research","body":"application/json"},
    getResearch: {"method":"GET","path":"/research/{request_id}"},
} satisfies Record<string, Route>;

/**
 * The Tavily client: `const api = tavily(new Switchboard({ baseUrl, apiKey }))`.
 */
export function tavily(client: Switchboard): TavilyClient {
    const app = "tavily";
    return {
        searchWeb: (args, options) => client.call(app, routes.searchWeb, args, options),
        extractPages: (args, options) => client.call(app, routes.extractPages, args, options),
        mapSite: (args, options) => client.call(app, routes.mapSite, args, options),
        crawlSite: (args, options) => client.call(app, routes.crawlSite, args, options),
        createResearch: (args, options) => client.call(app, routes.createResearch, args, options),
        getResearch: (args, options) => client.call(app, routes.getResearch, args, options),
    };
}