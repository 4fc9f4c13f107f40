// Generated from providers/exa.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/exa.js';

/**
 * Exa through the Switchboard gateway: Exa's embeddings-based web search with page contents, similar-page lookup, cited answers and asynchronous research tasks.
 */
export interface ExaClient {
    /**
     * Run a web search by meaning or keywords, optionally with page text, highlights and summaries.
     *
     * `POST /search`
     */
    searchWeb(args: Args<operations["searchWeb"]>, options?: CallOptions): Promise<Result<Data<operations["searchWeb"]>>>;
    /**
     * Fetch the text, highlights or summary of given URLs or result ids.
     *
     * `POST /contents`
     */
    getContents(args: Args<operations["getContents"]>, options?: CallOptions): Promise<Result<Data<operations["getContents"]>>>;
    /**
     * Find pages that resemble a given URL.
     *
     * `POST /findSimilar`
     */
    findSimilar(args: Args<operations["findSimilar"]>, options?: CallOptions): Promise<Result<Data<operations["findSimilar"]>>>;
    /**
     * Answer a question from a fresh search, with the pages it cites.
     *
     * `POST /answer`
     */
    answerQuestion(args: Args<operations["answerQuestion"]>, options?: CallOptions): Promise<Result<Data<operations["answerQuestion"]>>>;
    /**
     * Start a background research task that browses the web and writes up what it finds.
     *
     * `POST /research/v1`
     */
    createResearchTask(args: Args<operations["createResearchTask"]>, options?: CallOptions): Promise<Result<Data<operations["createResearchTask"]>>>;
    /**
     * Read a research task's status and, once finished, its output.
     *
     * `GET /research/v1/{researchId}`
     */
    getResearchTask(args: Args<operations["getResearchTask"]>, options?: CallOptions): Promise<Result<Data<operations["getResearchTask"]>>>;
    /**
     * List research tasks a page at a time, newest first.
     *
     * `GET /research/v1`
     */
    listResearchTasks: {
        (args?: Args<operations["listResearchTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listResearchTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listResearchTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listResearchTasks"]>, void, undefined>;
    };
}

const routes = {
    searchWeb: {"method":"POST","path":"/search","body":"application/json"},
    getContents: {"method":"POST","path":"/contents","body":"application/json"},
    findSimilar: {"method":"POST","path":"/findSimilar","body":"application/json"},
    answerQuestion: {"method":"POST","path":"/answer","body":"application/json"},
    createResearchTask: {"method":"POST","path":"/research/v1","body":"application/json"},
    getResearchTask: {"method":"GET","path":"/research/v1/{researchId}"},
    listResearchTasks: {"method":"GET","path":"/research/v1","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"nextCursor","hasMore":"hasMore"}},
} satisfies Record<string, Route>;

/**
 * The Exa client: `const api = exa(new Switchboard({ baseUrl, apiKey }))`.
 */
export function exa(client: Switchboard): ExaClient {
    const app = "exa";
    return {
        searchWeb: (args, options) => client.call(app, routes.searchWeb, args, options),
        getContents: (args, options) => client.call(app, routes.getContents, args, options),
        findSimilar: (args, options) => client.call(app, routes.findSimilar, args, options),
        answerQuestion: (args, options) => client.call(app, routes.answerQuestion, args, options),
        createResearchTask: (args, options) => client.call(app, routes.createResearchTask, args, options),
        getResearchTask: (args, options) => client.call(app, routes.getResearchTask, args, options),
        listResearchTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listResearchTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listResearchTasks, args, options) }) as ExaClient["listResearchTasks"],
    };
}