// Generated from providers/brave-search.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/brave-search.js';

/**
 * Brave Search through the Switchboard gateway: Brave's independent search index over HTTP, covering web, image, news and video results plus local places, suggestions, spelling fixes and AI summaries.
 */
export interface BraveSearchClient {
    /**
     * Search the web and get ranked pages plus news, videos, discussions, FAQ and infobox sections.
     *
     * `GET /res/v1/web/search`
     */
    webSearch: {
        (args: Args<operations["webSearch"]>, options?: CallOptions): Promise<Result<Data<operations["webSearch"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["webSearch"]>, options?: CallOptions): AsyncGenerator<Data<operations["webSearch"]>, void, undefined>;
    };
    /**
     * Search for images and get thumbnails, sources and the pages they appear on.
     *
     * `GET /res/v1/images/search`
     */
    imageSearch(args: Args<operations["imageSearch"]>, options?: CallOptions): Promise<Result<Data<operations["imageSearch"]>>>;
    /**
     * Search recent news articles.
     *
     * `GET /res/v1/news/search`
     */
    newsSearch: {
        (args: Args<operations["newsSearch"]>, options?: CallOptions): Promise<Result<Data<operations["newsSearch"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["newsSearch"]>, options?: CallOptions): AsyncGenerator<Data<operations["newsSearch"]>, void, undefined>;
    };
    /**
     * Search for videos with duration, view counts and publisher.
     *
     * `GET /res/v1/videos/search`
     */
    videoSearch: {
        (args: Args<operations["videoSearch"]>, options?: CallOptions): Promise<Result<Data<operations["videoSearch"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["videoSearch"]>, options?: CallOptions): AsyncGenerator<Data<operations["videoSearch"]>, void, undefined>;
    };
    /**
     * Fetch address, hours, contact and rating details for places found by a web search.
     *
     * `GET /res/v1/local/pois`
     */
    getLocalPois(args: Args<operations["getLocalPois"]>, options?: CallOptions): Promise<Result<Data<operations["getLocalPois"]>>>;
    /**
     * Fetch AI-written descriptions of places found by a web search.
     *
     * `GET /res/v1/local/descriptions`
     */
    getLocalDescriptions(args: Args<operations["getLocalDescriptions"]>, options?: CallOptions): Promise<Result<Data<operations["getLocalDescriptions"]>>>;
    /**
     * Complete a partly typed query into likely searches (autosuggest plan).
     *
     * `GET /res/v1/suggest/search`
     */
    suggestQueries(args: Args<operations["suggestQueries"]>, options?: CallOptions): Promise<Result<Data<operations["suggestQueries"]>>>;
    /**
     * Propose corrected spellings of a query (spellcheck plan).
     *
     * `GET /res/v1/spellcheck/search`
     */
    checkSpelling(args: Args<operations["checkSpelling"]>, options?: CallOptions): Promise<Result<Data<operations["checkSpelling"]>>>;
    /**
     * Fetch the whole AI summary for a summarizer key, with title, text, enrichments and follow-ups.
     *
     * `GET /res/v1/summarizer/search`
     */
    getSummarizerSearch(args: Args<operations["getSummarizerSearch"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerSearch"]>>>;
    /**
     * Fetch only the summary text for a summarizer key.
     *
     * `GET /res/v1/summarizer/summary`
     */
    getSummarizerSummary(args: Args<operations["getSummarizerSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerSummary"]>>>;
    /**
     * Fetch only the title of the summary for a summarizer key.
     *
     * `GET /res/v1/summarizer/title`
     */
    getSummarizerTitle(args: Args<operations["getSummarizerTitle"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerTitle"]>>>;
    /**
     * Fetch the images, Q&A, entities and source context behind a summary.
     *
     * `GET /res/v1/summarizer/enrichments`
     */
    getSummarizerEnrichments(args: Args<operations["getSummarizerEnrichments"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerEnrichments"]>>>;
    /**
     * Fetch suggested follow-up questions for a summary.
     *
     * `GET /res/v1/summarizer/followups`
     */
    getSummarizerFollowups(args: Args<operations["getSummarizerFollowups"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerFollowups"]>>>;
    /**
     * Fetch details about the entities a summary mentions.
     *
     * `GET /res/v1/summarizer/entity_info`
     */
    getSummarizerEntityInfo(args: Args<operations["getSummarizerEntityInfo"]>, options?: CallOptions): Promise<Result<Data<operations["getSummarizerEntityInfo"]>>>;
}

const routes = {
    webSearch: {"method":"GET","path":"/res/v1/web/search","paging":{"style":"page","pageParam":"offset","firstPage":0}},
    imageSearch: {"method":"GET","path":"/res/v1/images/search"},
    newsSearch: {"method":"GET","path":"/res/v1/news/search","paging":{"style":"page","pageParam":"offset","firstPage":0}},
    videoSearch: {"method":"GET","path":"/res/v1/videos/search","paging":{"style":"page","pageParam":"offset","firstPage":0}},
    getLocalPois: {"method":"GET","path":"/res/v1/local/pois"},
    getLocalDescriptions: {"method":"GET","path":"/res/v1/local/descriptions"},
    suggestQueries: {"method":"GET","path":"/res/v1/suggest/search"},
    checkSpelling: {"method":"GET","path":"/res/v1/spellcheck/search"},
    getSummarizerSearch: {"method":"GET","path":"/res/v1/summarizer/search"},
    getSummarizerSummary: {"method":"GET","path":"/res/v1/summarizer/summary"},
    getSummarizerTitle: {"method":"GET","path":"/res/v1/summarizer/title"},
    getSummarizerEnrichments: {"method":"GET","path":"/res/v1/summarizer/enrichments"},
    getSummarizerFollowups: {"method":"GET","path":"/res/v1/summarizer/followups"},
    getSummarizerEntityInfo: {"method":"GET","path":"/res/v1/summarizer/entity_info"},
} satisfies Record<string, Route>;

/**
 * The Brave Search client: `const api = braveSearch(new Switchboard({ baseUrl, apiKey }))`.
 */
export function braveSearch(client: Switchboard): BraveSearchClient {
    const app = "brave-search";
    return {
        webSearch: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.webSearch, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.webSearch, args, options) }) as BraveSearchClient["webSearch"],
        imageSearch: (args, options) => client.call(app, routes.imageSearch, args, options),
        newsSearch: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.newsSearch, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.newsSearch, args, options) }) as BraveSearchClient["newsSearch"],
        videoSearch: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.videoSearch, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.videoSearch, args, options) }) as BraveSearchClient["videoSearch"],
        getLocalPois: (args, options) => client.call(app, routes.getLocalPois, args, options),
        getLocalDescriptions: (args, options) => client.call(app, routes.getLocalDescriptions, args, options),
        suggestQueries: (args, options) => client.call(app, routes.suggestQueries, args, options),
        checkSpelling: (args, options) => client.call(app, routes.checkSpelling, args, options),
        getSummarizerSearch: (args, options) => client.call(app, routes.getSummarizerSearch, args, options),
        getSummarizerSummary: (args, options) => client.call(app, routes.getSummarizerSummary, args, options),
        getSummarizerTitle: (args, options) => client.call(app, routes.getSummarizerTitle, args, options),
        getSummarizerEnrichments: (args, options) => client.call(app, routes.getSummarizerEnrichments, args, options),
        getSummarizerFollowups: (args, options) => client.call(app, routes.getSummarizerFollowups, args, options),
        getSummarizerEntityInfo: (args, options) => client.call(app, routes.getSummarizerEntityInfo, args, options),
    };
}