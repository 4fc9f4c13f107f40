// Generated from providers/brave-search.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/brave-search.js';

/**
 * Brave Search through the Switchboard gateway: Brave's independent search index over HTTP, covering web, image, news and video results plus local places, suggestions, spelling fixes and AI summaries.
 */
export interface BraveSearchClient {
    /** Search the web and get ranked pages plus news, videos, discussions, FAQ and infobox sections. `GET /res/v1/web/search` */
    webSearch: Paged<operations["webSearch"]>;
    /** Search for images and get thumbnails, sources and the pages they appear on. `GET /res/v1/images/search` */
    imageSearch: Call<operations["imageSearch"]>;
    /** Search recent news articles. `GET /res/v1/news/search` */
    newsSearch: Paged<operations["newsSearch"]>;
    /** Search for videos with duration, view counts and publisher. `GET /res/v1/videos/search` */
    videoSearch: Paged<operations["videoSearch"]>;
    /** Fetch address, hours, contact and rating details for places found by a web search. `GET /res/v1/local/pois` */
    getLocalPois: Call<operations["getLocalPois"]>;
    /** Fetch AI-written descriptions of places found by a web search. `GET /res/v1/local/descriptions` */
    getLocalDescriptions: Call<operations["getLocalDescriptions"]>;
    /** Complete a partly typed query into likely searches (autosuggest plan). `GET /res/v1/suggest/search` */
    suggestQueries: Call<operations["suggestQueries"]>;
    /** Propose corrected spellings of a query (spellcheck plan). `GET /res/v1/spellcheck/search` */
    checkSpelling: Call<operations["checkSpelling"]>;
    /** Fetch the whole AI summary for a summarizer key, with title, text, enrichments and follow-ups. `GET /res/v1/summarizer/search` */
    getSummarizerSearch: Call<operations["getSummarizerSearch"]>;
    /** Fetch only the summary text for a summarizer key. `GET /res/v1/summarizer/summary` */
    getSummarizerSummary: Call<operations["getSummarizerSummary"]>;
    /** Fetch only the title of the summary for a summarizer key. `GET /res/v1/summarizer/title` */
    getSummarizerTitle: Call<operations["getSummarizerTitle"]>;
    /** Fetch the images, Q&A, entities and source context behind a summary. `GET /res/v1/summarizer/enrichments` */
    getSummarizerEnrichments: Call<operations["getSummarizerEnrichments"]>;
    /** Fetch suggested follow-up questions for a summary. `GET /res/v1/summarizer/followups` */
    getSummarizerFollowups: Call<operations["getSummarizerFollowups"]>;
    /** Fetch details about the entities a summary mentions. `GET /res/v1/summarizer/entity_info` */
    getSummarizerEntityInfo: Call<operations["getSummarizerEntityInfo"]>;
}

const routes: Routes<BraveSearchClient> = {
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
};

/**
 * The Brave Search client: `const api = braveSearch(new Switchboard({ baseUrl, apiKey }))`.
 */
export const braveSearch = (sb: Switchboard): BraveSearchClient => bindClient<BraveSearchClient>(sb, "brave-search", routes);
