// Generated from providers/exa.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/exa.js';

/**
 * Exa through the Switchboard gateway: Exa's embeddings-based web search with page contents, similar-page lookup, cited answers and asynchronous research tasks.
 */
export interface ExaClient {
    /** Run a web search by meaning or keywords, optionally with page text, highlights and summaries. `POST /search` */
    searchWeb: Call<operations["searchWeb"]>;
    /** Fetch the text, highlights or summary of given URLs or result ids. `POST /contents` */
    getContents: Call<operations["getContents"]>;
    /** Find pages that resemble a given URL. `POST /findSimilar` */
    findSimilar: Call<operations["findSimilar"]>;
    /** Answer a question from a fresh search, with the pages it cites. `POST /answer` */
    answerQuestion: Call<operations["answerQuestion"]>;
    /** Start a background research task that browses the web and writes up what it finds. `POST /research/v1` */
    createResearchTask: Call<operations["createResearchTask"]>;
    /** Read a research task's status and, once finished, its output. `GET /research/v1/{researchId}` */
    getResearchTask: Call<operations["getResearchTask"]>;
    /** List research tasks a page at a time, newest first. `GET /research/v1` */
    listResearchTasks: Paged<operations["listResearchTasks"]>;
}

const routes: Routes<ExaClient> = {
    searchWeb: {"method":"POST","path":"/search","body":"application/json"},
    getContents: {"method":"POST","path":"/contents","body":"application/json"},
    findSimilar: {"method":"POST","path":"/findSimilar","body":"application/json"},
    answerQuestion: {"method":"POST","path":"/answer","body":"application/json"},
    createResearchTask: {"method":"POST","path":"/research/v1","body":"application/json"},
    getResearchTask: {"method":"GET","path":"/research/v1/{researchId}"},
    listResearchTasks: {"method":"GET","path":"/research/v1","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"nextCursor","hasMore":"hasMore"}},
};

/**
 * The Exa client: `const api = exa(new Switchboard({ baseUrl, apiKey }))`.
 */
export const exa = (sb: Switchboard): ExaClient => bindClient<ExaClient>(sb, "exa", routes);
