// Generated from providers/exa.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question from a fresh search, with the pages it cites. */
        post: operations["answerQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the text, highlights or summary of given URLs or result ids. */
        post: operations["getContents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findSimilar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find pages that resemble a given URL. */
        post: operations["findSimilar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List research tasks a page at a time, newest first. */
        get: operations["listResearchTasks"];
        put?: never;
        /** Start a background research task that browses the web and writes up what it finds. */
        post: operations["createResearchTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/v1/{researchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a research task's status and, once finished, its output. */
        get: operations["getResearchTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a web search by meaning or keywords, optionally with page text, highlights and summaries. */
        post: operations["searchWeb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnswerQuestionRequest: {
            /** @description The question. */
            query: string;
            /**
             * @description Include the full text of each cited page.
             * @default false
             */
            text?: boolean;
            /**
             * @description Stream the answer as server-sent events.
             * @default false
             */
            stream?: boolean;
            /** @description JSON Schema the answer should follow. */
            outputSchema?: Record<string, unknown>;
        };
        AnswerQuestionResponse: {
            /** @description The answer text, or an object when outputSchema was given. */
            answer?: unknown;
            /** @description The pages the answer draws on; full text only when text was true. */
            citations?: {
                id?: string;
                url?: string;
                title?: string;
                author?: string | null;
                publishedDate?: string | null;
                text?: string;
                image?: string;
                favicon?: string;
            }[];
            costDollars?: {
                total?: number;
            };
        };
        CreateResearchTaskRequest: {
            /** @description What the research should find out. */
            instructions: string;
            /**
             * @description Speed and depth of the research.
             * @default exa-research
             * @enum {string}
             */
            model?: "exa-research-fast" | "exa-research" | "exa-research-pro";
            /** @description JSON Schema the final output should follow. */
            outputSchema?: Record<string, unknown>;
        };
        CreateResearchTaskResponse: {
            researchId?: string;
            /** @enum {string} */
            status?: "pending" | "running" | "completed" | "canceled" | "failed";
            createdAt?: number;
            finishedAt?: number;
            model?: string;
            instructions?: string;
            outputSchema?: Record<string, unknown>;
            output?: {
                content?: string;
                parsed?: Record<string, unknown>;
            };
            events?: Record<string, unknown>[];
            citations?: Record<string, unknown>[];
            costDollars?: {
                total?: number;
            };
            error?: string;
        };
        FindSimilarRequest: {
            /** @description The page to find look-alikes of. */
            url: string;
            numResults?: components["schemas"]["SearchWebRequestNumResults"];
            includeDomains?: components["schemas"]["SearchWebRequestIncludeDomains"];
            excludeDomains?: components["schemas"]["SearchWebRequestExcludeDomains"];
            /** @description Leave out pages from the same domain as url. */
            excludeSourceDomain?: boolean;
            startCrawlDate?: components["schemas"]["SearchWebRequestStartCrawlDate"];
            endCrawlDate?: components["schemas"]["SearchWebRequestEndCrawlDate"];
            startPublishedDate?: components["schemas"]["SearchWebRequestStartPublishedDate"];
            endPublishedDate?: components["schemas"]["SearchWebRequestEndPublishedDate"];
            includeText?: components["schemas"]["SearchWebRequestIncludeText"];
            excludeText?: components["schemas"]["SearchWebRequestExcludeText"];
            contents?: components["schemas"]["SearchWebRequestContents"];
        };
        FindSimilarResponse: {
            requestId?: string;
            results?: components["schemas"]["SearchWebResponseResultsItem"][];
            costDollars?: {
                total?: number;
            };
        };
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GetContentsRequest: {
            text?: components["schemas"]["SearchWebRequestContentsText"];
            highlights?: components["schemas"]["SearchWebRequestContentsHighlights"];
            summary?: components["schemas"]["SearchWebRequestContentsSummary"];
            livecrawl?: components["schemas"]["SearchWebRequestContentsLivecrawl"];
            /** @description Milliseconds to wait for a live fetch. */
            livecrawlTimeout?: number;
            subpages?: components["schemas"]["SearchWebRequestContentsSubpages"];
            subpageTarget?: components["schemas"]["SearchWebRequestContentsSubpageTarget"];
            extras?: components["schemas"]["SearchWebRequestContentsExtras"];
            /** @description URLs or result ids to fetch. */
            ids?: string[];
            /** @description URLs to fetch (alternative to ids). */
            urls?: string[];
        };
        GetContentsResponse: {
            requestId?: string;
            results?: components["schemas"]["SearchWebResponseResultsItem"][];
            statuses?: {
                id?: string;
                status?: string;
                error?: Record<string, unknown>;
            }[];
            costDollars?: {
                total?: number;
            };
        };
        GetResearchTaskResponse: components["schemas"]["CreateResearchTaskResponse"];
        ListResearchTasksResponse: {
            data?: components["schemas"]["CreateResearchTaskResponse"][];
            hasMore?: boolean;
            nextCursor?: string;
        };
        SearchWebRequest: {
            /** @description What to search for. */
            query: string;
            /**
             * @description Search method; auto lets Exa choose between embedding and keyword search.
             * @default auto
             * @enum {string}
             */
            type?: "auto" | "neural" | "keyword" | "fast" | "deep";
            /**
             * @description Restrict results to one kind of page.
             * @enum {string}
             */
            category?: "company" | "research paper" | "news" | "pdf" | "github" | "tweet" | "personal site" | "linkedin profile" | "financial report" | "people";
            numResults?: components["schemas"]["SearchWebRequestNumResults"];
            includeDomains?: components["schemas"]["SearchWebRequestIncludeDomains"];
            excludeDomains?: components["schemas"]["SearchWebRequestExcludeDomains"];
            startCrawlDate?: components["schemas"]["SearchWebRequestStartCrawlDate"];
            endCrawlDate?: components["schemas"]["SearchWebRequestEndCrawlDate"];
            startPublishedDate?: components["schemas"]["SearchWebRequestStartPublishedDate"];
            endPublishedDate?: components["schemas"]["SearchWebRequestEndPublishedDate"];
            includeText?: components["schemas"]["SearchWebRequestIncludeText"];
            excludeText?: components["schemas"]["SearchWebRequestExcludeText"];
            /** @description Two-letter country code of the user. */
            userLocation?: string;
            /** @description Drop unsafe content. */
            moderation?: boolean;
            contents?: components["schemas"]["SearchWebRequestContents"];
        };
        /** @description Which page contents to return with each result. */
        SearchWebRequestContents: {
            text?: components["schemas"]["SearchWebRequestContentsText"];
            highlights?: components["schemas"]["SearchWebRequestContentsHighlights"];
            summary?: components["schemas"]["SearchWebRequestContentsSummary"];
            livecrawl?: components["schemas"]["SearchWebRequestContentsLivecrawl"];
            /** @description Milliseconds to wait for a live fetch. */
            livecrawlTimeout?: number;
            subpages?: components["schemas"]["SearchWebRequestContentsSubpages"];
            subpageTarget?: components["schemas"]["SearchWebRequestContentsSubpageTarget"];
            extras?: components["schemas"]["SearchWebRequestContentsExtras"];
        };
        SearchWebRequestContentsExtras: {
            links?: number;
            imageLinks?: number;
        };
        /** @description true for the most relevant passages, or an object to tune them. */
        SearchWebRequestContentsHighlights: boolean | {
            numSentences?: number;
            highlightsPerUrl?: number;
            query?: string;
        };
        /**
         * @description When to fetch pages fresh instead of from the cache.
         * @enum {string}
         */
        SearchWebRequestContentsLivecrawl: "never" | "fallback" | "always" | "preferred";
        /** @description Keywords that pick which subpages to crawl. */
        SearchWebRequestContentsSubpageTarget: string | string[];
        /** @description How many linked subpages to crawl per result. */
        SearchWebRequestContentsSubpages: number;
        /** @description true for a generated summary, or an object with a guiding query or a JSON Schema. */
        SearchWebRequestContentsSummary: boolean | {
            query?: string;
            schema?: Record<string, unknown>;
        };
        /** @description true for the full page text, or an object to limit it. */
        SearchWebRequestContentsText: boolean | {
            maxCharacters?: number;
            includeHtmlTags?: boolean;
        };
        /**
         * Format: date-time
         * @description Only pages Exa crawled before this moment.
         */
        SearchWebRequestEndCrawlDate: string;
        /**
         * Format: date-time
         * @description Only pages published before this moment (ISO 8601).
         */
        SearchWebRequestEndPublishedDate: string;
        /** @description Never return pages from these domains. */
        SearchWebRequestExcludeDomains: string[];
        /** @description A phrase no result may contain. */
        SearchWebRequestExcludeText: string[];
        /** @description Only return pages from these domains. */
        SearchWebRequestIncludeDomains: string[];
        /** @description A phrase every result must contain. */
        SearchWebRequestIncludeText: string[];
        /**
         * @description How many results to return.
         * @default 10
         */
        SearchWebRequestNumResults: number;
        /**
         * Format: date-time
         * @description Only pages Exa crawled after this moment.
         */
        SearchWebRequestStartCrawlDate: string;
        /**
         * Format: date-time
         * @description Only pages published after this moment (ISO 8601).
         */
        SearchWebRequestStartPublishedDate: string;
        SearchWebResponse: {
            requestId?: string;
            /** @description For auto searches, the kind of search Exa actually ran. */
            searchType?: string;
            results?: components["schemas"]["SearchWebResponseResultsItem"][];
            costDollars?: {
                total?: number;
            };
        };
        SearchWebResponseResultsItem: {
            id?: string;
            url?: string;
            title?: string;
            publishedDate?: string;
            author?: string;
            score?: number;
            image?: string;
            favicon?: string;
            text?: string;
            highlights?: string[];
            highlightScores?: number[];
            summary?: string;
            subpages?: Record<string, unknown>[];
            extras?: Record<string, unknown>;
        };
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    answerQuestion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "What is machine learning?",
                 *       "text": true
                 *     }
                 */
                "application/json": components["schemas"]["AnswerQuestionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerQuestionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ids": [
                 *         "https://example.com/article"
                 *       ],
                 *       "text": true,
                 *       "highlights": true,
                 *       "summary": true
                 *     }
                 */
                "application/json": components["schemas"]["GetContentsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    findSimilar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://openai.com",
                 *       "numResults": 5,
                 *       "excludeDomains": [
                 *         "openai.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FindSimilarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindSimilarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listResearchTasks: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page. */
                cursor?: string;
                /** @description Tasks per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResearchTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createResearchTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "instructions": "What are the top AI companies and their products?",
                 *       "model": "exa-research"
                 *     }
                 */
                "application/json": components["schemas"]["CreateResearchTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResearchTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getResearchTask: {
        parameters: {
            query?: {
                /** @description Include the log of steps the task took. */
                events?: boolean;
                /** @description Stream progress as server-sent events until the task ends. */
                stream?: boolean;
            };
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id returned when the task was created. */
                researchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetResearchTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchWeb: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Exa connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "startup funding news",
                 *       "numResults": 10,
                 *       "category": "news",
                 *       "startPublishedDate": "2024-01-01T00:00:00.000Z",
                 *       "includeDomains": [
                 *         "techcrunch.com",
                 *         "venturebeat.com"
                 *       ],
                 *       "contents": {
                 *         "text": true,
                 *         "highlights": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SearchWebRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchWebResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
