// Generated from providers/firecrawl.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an agent that searches and browses the web to gather the data a prompt asks for. */
        post: operations["startAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/agent/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check an agent run and read its data once done. */
        get: operations["getAgentStatus"];
        put?: never;
        post?: never;
        /** Stop a running agent. */
        delete: operations["cancelAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/batch/scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start scraping many URLs at once with the same options. */
        post: operations["startBatchScrape"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/batch/scrape/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a batch scrape's progress and read the pages scraped so far. */
        get: operations["getBatchScrapeStatus"];
        put?: never;
        post?: never;
        /** Stop a running batch scrape. */
        delete: operations["cancelBatchScrape"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/batch/scrape/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of a batch scrape that failed or were blocked by robots.txt. */
        get: operations["getBatchScrapeErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/browser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's hosted browser sessions. */
        get: operations["listBrowserSessions"];
        put?: never;
        /** Open a hosted browser session that can be driven over CDP or watched live. */
        post: operations["createBrowserSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/browser/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Close a hosted browser session. */
        delete: operations["deleteBrowserSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crawl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start crawling a site from a URL and scraping every page reached. */
        post: operations["startCrawl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crawl/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the crawls of the account that are still running. */
        get: operations["listActiveCrawls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crawl/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check a crawl's progress and read the pages scraped so far. */
        get: operations["getCrawlStatus"];
        put?: never;
        post?: never;
        /** Stop a running crawl. */
        delete: operations["cancelCrawl"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/crawl/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of a crawl that failed or were blocked by robots.txt. */
        get: operations["getCrawlErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start extracting structured data from pages with a prompt and optional JSON Schema. */
        post: operations["startExtract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/extract/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check an extraction and read its data once done. */
        get: operations["getExtractStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the URLs of a website quickly, from its sitemap and links, without scraping them. */
        post: operations["mapSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch one page and return it as markdown, HTML, links, a screenshot or structured JSON. */
        post: operations["scrapePage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the web, news or images and optionally scrape each result. */
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
        CancelAgentResponse: {
            success?: boolean;
        };
        CancelBatchScrapeResponse: {
            success?: boolean;
            status?: string;
            message?: string;
        };
        CancelCrawlResponse: components["schemas"]["CancelBatchScrapeResponse"];
        CreateBrowserSessionRequest: {
            /**
             * @description Seconds the session may live in total.
             * @default 600
             */
            ttl?: number;
            /**
             * @description Seconds of inactivity before the session is closed.
             * @default 300
             */
            activityTtl?: number;
            /** @description Offer a live view stream of the session. */
            streamWebView?: boolean;
            /** @description Named storage shared between sessions (cookies and the like). */
            profile?: {
                name: string;
                /** @default true */
                saveChanges?: boolean;
            };
        };
        CreateBrowserSessionResponse: {
            success?: boolean;
            id?: string;
            cdpUrl?: string;
            liveViewUrl?: string;
            interactiveLiveViewUrl?: string;
            expiresAt?: string;
        };
        DeleteBrowserSessionResponse: {
            success?: boolean;
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
        GetAgentStatusResponse: {
            success?: boolean;
            /** @enum {string} */
            status?: "processing" | "completed" | "failed" | "cancelled";
            data?: unknown;
            model?: string;
            expiresAt?: string;
            creditsUsed?: number;
        };
        GetBatchScrapeErrorsResponse: {
            errors?: {
                id?: string;
                timestamp?: string;
                url?: string;
                error?: string;
            }[];
            robotsBlocked?: string[];
        };
        GetBatchScrapeStatusResponse: {
            /** @enum {string} */
            status?: "scraping" | "completed" | "failed" | "cancelled";
            total?: number;
            completed?: number;
            creditsUsed?: number;
            expiresAt?: string;
            /** @description URL of the next chunk of results when there is one. */
            next?: string;
            data?: components["schemas"]["ScrapePageResponseData"][];
        };
        GetCrawlErrorsResponse: components["schemas"]["GetBatchScrapeErrorsResponse"];
        GetCrawlStatusResponse: components["schemas"]["GetBatchScrapeStatusResponse"];
        GetExtractStatusResponse: {
            success?: boolean;
            /** @enum {string} */
            status?: "processing" | "completed" | "failed" | "cancelled";
            data?: Record<string, unknown>;
            sources?: Record<string, unknown>;
            expiresAt?: string;
            tokensUsed?: number;
        };
        ListActiveCrawlsResponse: {
            success?: boolean;
            crawls?: {
                id?: string;
                teamId?: string;
                url?: string;
                status?: string;
                options?: Record<string, unknown>;
                created_at?: string;
            }[];
        };
        ListBrowserSessionsResponse: {
            success?: boolean;
            sessions?: {
                id?: string;
                status?: string;
                cdpUrl?: string;
                liveViewUrl?: string;
                createdAt?: string;
                lastActivity?: string;
            }[];
        };
        MapSiteRequest: {
            /** @description The site to map. */
            url: string;
            /** @description Order the URLs by relevance to these words. */
            search?: string;
            /**
             * @description How the sitemap is used.
             * @default include
             * @enum {string}
             */
            sitemap?: "include" | "skip" | "only";
            /**
             * @description Include subdomains of the site.
             * @default true
             */
            includeSubdomains?: boolean;
            /**
             * @description Collapse URLs that differ only in the query.
             * @default true
             */
            ignoreQueryParameters?: boolean;
            /**
             * @description Most URLs to return.
             * @default 5000
             */
            limit?: number;
            /** @description Milliseconds before giving up. */
            timeout?: number;
            location?: components["schemas"]["ScrapePageRequestLocation"];
        };
        MapSiteResponse: {
            success?: boolean;
            links?: {
                url?: string;
                title?: string;
                description?: string;
            }[];
        };
        ScrapePageRequest: {
            /** @description The page to scrape. */
            url: string;
            formats?: components["schemas"]["ScrapePageRequestFormats"];
            /**
             * @description Drop headers, navigation and footers.
             * @default true
             */
            onlyMainContent?: boolean;
            /** @description Only keep elements matching these tags or selectors. */
            includeTags?: string[];
            /** @description Remove elements matching these tags or selectors. */
            excludeTags?: string[];
            /** @description Accept a cached copy up to this many milliseconds old. */
            maxAge?: number;
            /** @description Extra request headers such as cookies or a user agent. */
            headers?: {
                [key: string]: string;
            };
            /**
             * @description Milliseconds to wait after load before capturing.
             * @default 0
             */
            waitFor?: number;
            /**
             * @description Pretend to be a mobile device.
             * @default false
             */
            mobile?: boolean;
            /** @description Accept invalid TLS certificates. */
            skipTlsVerification?: boolean;
            /** @description Milliseconds before the request is abandoned. */
            timeout?: number;
            /** @description Document parsers to apply, e.g. pdf. */
            parsers?: unknown[];
            /** @description Browser steps to run before capturing the page. */
            actions?: {
                /** @enum {string} */
                type: "wait" | "click" | "write" | "press" | "scroll" | "screenshot" | "scrape" | "executeJavascript" | "pdf";
                milliseconds?: number;
                selector?: string;
                text?: string;
                key?: string;
                /** @enum {string} */
                direction?: "up" | "down";
                script?: string;
            }[];
            location?: components["schemas"]["ScrapePageRequestLocation"];
            /** @description Strip inline base64 images from the output. */
            removeBase64Images?: boolean;
            /**
             * @description Block ads and cookie banners.
             * @default true
             */
            blockAds?: boolean;
            /**
             * @description Proxy type to fetch through.
             * @enum {string}
             */
            proxy?: "basic" | "stealth" | "auto";
            /**
             * @description Let Firecrawl cache the page.
             * @default true
             */
            storeInCache?: boolean;
            /** @description Ask Firecrawl not to keep any data (plan-dependent). */
            zeroDataRetention?: boolean;
        };
        /** @description Outputs to produce: markdown (default), html, rawHtml, links, images, screenshot, summary, json, changeTracking, or an object such as { type: json, prompt, schema }. */
        ScrapePageRequestFormats: (("markdown" | "html" | "rawHtml" | "links" | "images" | "screenshot" | "summary" | "changeTracking" | "json" | "attributes" | "branding") | {
            type: string;
            prompt?: string;
            schema?: Record<string, unknown>;
            fullPage?: boolean;
            quality?: number;
        })[];
        /** @description Country and languages to emulate. */
        ScrapePageRequestLocation: {
            country?: string;
            languages?: string[];
        };
        ScrapePageResponse: {
            success?: boolean;
            data?: components["schemas"]["ScrapePageResponseData"];
        };
        ScrapePageResponseData: {
            markdown?: string;
            summary?: string;
            html?: string;
            rawHtml?: string;
            screenshot?: string;
            links?: string[];
            images?: string[];
            json?: Record<string, unknown>;
            actions?: Record<string, unknown>;
            changeTracking?: Record<string, unknown>;
            warning?: string;
            metadata?: {
                title?: string;
                description?: string;
                language?: string;
                sourceURL?: string;
                url?: string;
                statusCode?: number;
                error?: string;
            };
        };
        SearchWebRequest: {
            /** @description What to search for. */
            query: string;
            /**
             * @description Results per source.
             * @default 5
             */
            limit?: number;
            /** @description Which result kinds to return (web by default). */
            sources?: (("web" | "images" | "news") | {
                /** @enum {string} */
                type?: "web" | "images" | "news";
            })[];
            /** @description Narrow results to categories such as github, research or pdf. */
            categories?: unknown[];
            /** @description Time filter such as qdr:d, qdr:w, qdr:m or qdr:y. */
            tbs?: string;
            /** @description Place to search from. */
            location?: string;
            /**
             * @description ISO country code to search from.
             * @default US
             */
            country?: string;
            /** @description Milliseconds before giving up. */
            timeout?: number;
            ignoreInvalidURLs?: boolean;
            /** @description Scrape each result with these options. */
            scrapeOptions?: Record<string, unknown>;
        };
        SearchWebResponse: {
            success?: boolean;
            data?: {
                web?: {
                    title?: string;
                    description?: string;
                    url?: string;
                    markdown?: string;
                }[];
                images?: {
                    title?: string;
                    imageUrl?: string;
                    imageWidth?: number;
                    imageHeight?: number;
                    url?: string;
                    position?: number;
                }[];
                news?: {
                    title?: string;
                    snippet?: string;
                    url?: string;
                    date?: string;
                    imageUrl?: string;
                    position?: number;
                }[];
            };
            warning?: string;
            id?: string;
            creditsUsed?: number;
        };
        StartAgentRequest: {
            /** @description What the agent should find. */
            prompt: string;
            /** @description Pages to focus the agent on. */
            urls?: string[];
            /** @description JSON Schema of the expected output. */
            schema?: Record<string, unknown>;
            /**
             * @description Spending cap for the run.
             * @default 2500
             */
            maxCredits?: number;
            /** @description Keep the agent on the given URLs only. */
            strictConstrainToURLs?: boolean;
            /**
             * @description Agent model.
             * @default spark-1-mini
             * @enum {string}
             */
            model?: "spark-1-mini" | "spark-1-pro";
        };
        StartAgentResponse: {
            success?: boolean;
            id?: string;
        };
        StartBatchScrapeRequest: {
            /** @description Pages to scrape. */
            urls: string[];
            webhook?: components["schemas"]["StartBatchScrapeRequestWebhook"];
            /** @description Upper bound on pages scraped in parallel. */
            maxConcurrency?: number;
            /** @description Skip malformed URLs instead of failing the batch. */
            ignoreInvalidURLs?: boolean;
            formats?: components["schemas"]["ScrapePageRequestFormats"];
            /** @default true */
            onlyMainContent?: boolean;
            includeTags?: string[];
            excludeTags?: string[];
            maxAge?: number;
            waitFor?: number;
            mobile?: boolean;
            timeout?: number;
            location?: components["schemas"]["ScrapePageRequestLocation"];
            blockAds?: boolean;
            /** @enum {string} */
            proxy?: "basic" | "stealth" | "auto";
            zeroDataRetention?: boolean;
        };
        /** @description Where to send progress events. */
        StartBatchScrapeRequestWebhook: {
            url: string;
            headers?: {
                [key: string]: string;
            };
            metadata?: Record<string, unknown>;
            events?: ("started" | "page" | "completed" | "failed")[];
        };
        StartBatchScrapeResponse: {
            success?: boolean;
            id?: string;
            /** @description Status URL of the job. */
            url?: string;
            invalidURLs?: string[];
        };
        StartCrawlRequest: {
            /** @description Where the crawl starts. */
            url: string;
            /** @description Plain-language description of what to crawl; Firecrawl derives the options from it. */
            prompt?: string;
            /**
             * @description Most pages to crawl.
             * @default 10000
             */
            limit?: number;
            /** @description How many link hops from the start to follow. */
            maxDiscoveryDepth?: number;
            /** @description Regular expressions a URL path must match. */
            includePaths?: string[];
            /** @description Regular expressions of URL paths to skip. */
            excludePaths?: string[];
            /**
             * @description How the sitemap is used to find pages.
             * @default include
             * @enum {string}
             */
            sitemap?: "include" | "skip" | "only";
            /** @description Treat URLs that differ only in the query as one page. */
            ignoreQueryParameters?: boolean;
            /** @description Also follow links to sibling and parent paths. */
            crawlEntireDomain?: boolean;
            /** @description Follow links to other websites. */
            allowExternalLinks?: boolean;
            /** @description Follow links to subdomains. */
            allowSubdomains?: boolean;
            /** @description Seconds to wait between page fetches. */
            delay?: number;
            /** @description Upper bound on pages fetched in parallel. */
            maxConcurrency?: number;
            webhook?: components["schemas"]["StartBatchScrapeRequestWebhook"];
            /** @description Scrape options applied to each page (formats and the like). */
            scrapeOptions?: Record<string, unknown>;
            zeroDataRetention?: boolean;
        };
        StartCrawlResponse: components["schemas"]["StartBatchScrapeResponse"];
        StartExtractRequest: {
            /** @description Pages to read; a trailing /* covers a whole site. */
            urls: string[];
            /** @description What to extract. */
            prompt: string;
            /** @description JSON Schema of the expected output. */
            schema?: Record<string, unknown>;
            /** @description Let the extractor follow links and search beyond the given pages. */
            enableWebSearch?: boolean;
            ignoreSitemap?: boolean;
            includeSubdomains?: boolean;
            /** @description Say which pages each value came from. */
            showSources?: boolean;
            ignoreInvalidURLs?: boolean;
            scrapeOptions?: Record<string, unknown>;
        };
        StartExtractResponse: components["schemas"]["StartBatchScrapeResponse"];
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
        /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Find the founders of Firecrawl and their roles.",
                 *       "model": "spark-1-mini"
                 *     }
                 */
                "application/json": components["schemas"]["StartAgentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartAgentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAgentStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetAgentStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["CancelAgentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startBatchScrape: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "urls": [
                 *         "https://example.com/a",
                 *         "https://example.com/b"
                 *       ],
                 *       "formats": [
                 *         "markdown"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["StartBatchScrapeRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartBatchScrapeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBatchScrapeStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetBatchScrapeStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelBatchScrape: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["CancelBatchScrapeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBatchScrapeErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetBatchScrapeErrorsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBrowserSessions: {
        parameters: {
            query?: {
                /** @description Only sessions in this state. */
                status?: "active" | "destroyed";
            };
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListBrowserSessionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBrowserSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "ttl": 120
                 *     }
                 */
                "application/json": components["schemas"]["CreateBrowserSessionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBrowserSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteBrowserSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["DeleteBrowserSessionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startCrawl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com",
                 *       "limit": 50,
                 *       "scrapeOptions": {
                 *         "formats": [
                 *           "markdown"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StartCrawlRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartCrawlResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listActiveCrawls: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListActiveCrawlsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCrawlStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetCrawlStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelCrawl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["CancelCrawlResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCrawlErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetCrawlErrorsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    startExtract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "urls": [
                 *         "https://example.com/pricing"
                 *       ],
                 *       "prompt": "List each plan with its monthly price.",
                 *       "schema": {
                 *         "type": "object",
                 *         "properties": {
                 *           "plans": {
                 *             "type": "array",
                 *             "items": {
                 *               "type": "object",
                 *               "properties": {
                 *                 "name": {
                 *                   "type": "string"
                 *                 },
                 *                 "price": {
                 *                   "type": "string"
                 *                 }
                 *               }
                 *             }
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StartExtractRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartExtractResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getExtractStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the job or session returned when it was started. */
                id: string;
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
                    "application/json": components["schemas"]["GetExtractStatusResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    mapSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com",
                 *       "limit": 100
                 *     }
                 */
                "application/json": components["schemas"]["MapSiteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    scrapePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com",
                 *       "formats": [
                 *         "markdown",
                 *         "links"
                 *       ],
                 *       "onlyMainContent": true
                 *     }
                 */
                "application/json": components["schemas"]["ScrapePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScrapePageResponse"];
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
                /** @description Id of the Firecrawl connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "firecrawl web scraping",
                 *       "limit": 5,
                 *       "sources": [
                 *         "web"
                 *       ]
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
