// Generated from providers/tavily.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/tavily.js';

/**
 * Tavily through the Switchboard gateway: Tavily's search engine built for AI agents, with answer generation, page extraction, site mapping and crawling, and background research reports.
 */
export interface TavilyClient {
    /** Search the web, optionally with a generated answer, raw page content and images. `POST /search` */
    searchWeb: Call<operations["searchWeb"]>;
    /** Pull the cleaned content of one or more web pages. `POST /extract` */
    extractPages: Call<operations["extractPages"]>;
    /** Walk a website from a starting URL and list the page URLs found. `POST /map` */
    mapSite: Call<operations["mapSite"]>;
    /** Crawl a website from a starting URL and return the content of each page reached. `POST /crawl` */
    crawlSite: Call<operations["crawlSite"]>;
    /** Start a background research job that searches, reads and writes a sourced report. `POST /research` */
    createResearch: Call<operations["createResearch"]>;
    /** Read a research job's status and, when done, its report and sources. `GET /research/{request_id}` */
    getResearch: Call<operations["getResearch"]>;
}

const routes: Routes<TavilyClient> = {
    searchWeb: {"method":"POST","path":"/search","body":"application/json"},
    extractPages: {"method":"POST","path":"/extract","body":"application/json"},
    mapSite: {"method":"POST","path":"/map","body":"application/json"},
    crawlSite: {"method":"POST","path":"/crawl","body":"application/json"},
    createResearch: {"method":"POST","path":"/research","body":"application/json"},
    getResearch: {"method":"GET","path":"/research/{request_id}"},
};

/**
 * The Tavily client: `const api = tavily(new Switchboard({ baseUrl, apiKey }))`.
 */
export const tavily = (sb: Switchboard): TavilyClient => bindClient<TavilyClient>(sb, "tavily", routes);
