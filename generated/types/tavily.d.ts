// Generated from providers/tavily.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/crawl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Crawl a website from a starting URL and return the content of each page reached. */
        post: operations["crawlSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull the cleaned content of one or more web pages. */
        post: operations["extractPages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Walk a website from a starting URL and list the page URLs found. */
        post: operations["mapSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a background research job that searches, reads and writes a sourced report. */
        post: operations["createResearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a research job's status and, when done, its report and sources. */
        get: operations["getResearch"];
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
        /** Search the web, optionally with a generated answer, raw page content and images. */
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
        CrawlSiteRequest: components["schemas"]["MapSiteRequest"] & {
            extract_depth?: components["schemas"]["ExtractPagesRequestExtractDepth"];
            format?: components["schemas"]["ExtractPagesRequestFormat"];
            /**
             * @description Add image URLs found on each page.
             * @default false
             */
            include_images?: boolean;
            include_favicon?: components["schemas"]["SearchWebRequestIncludeFavicon"];
            /** @description Passages per page when instructions are given. */
            chunks_per_source?: number;
        };
        CrawlSiteResponse: {
            base_url?: string;
            results?: components["schemas"]["ExtractPagesResponseResults"];
            response_time?: number;
            usage?: {
                credits?: number;
            };
            request_id?: string;
        };
        CreateResearchRequest: {
            /** @description The research question or task. */
            input: string;
            /**
             * @description mini is quicker, pro goes deeper, auto decides per task.
             * @default auto
             * @enum {string}
             */
            model?: "mini" | "pro" | "auto";
            /**
             * @description Stream progress as server-sent events.
             * @default false
             */
            stream?: boolean;
            /** @description JSON Schema the report should follow. */
            output_schema?: Record<string, unknown>;
            /**
             * @description How sources are cited.
             * @default numbered
             * @enum {string}
             */
            citation_format?: "numbered" | "mla" | "apa" | "chicago";
        };
        CreateResearchResponse: {
            request_id?: string;
            created_at?: string;
            status?: string;
            input?: string;
            model?: string;
            response_time?: number;
        };
        ExtractPagesRequest: {
            /** @description One URL or a list of up to 20. */
            urls: string | string[];
            /** @description Rank the extracted passages by relevance to this text. */
            query?: string;
            /** @description Passages per page when query is set. */
            chunks_per_source?: number;
            extract_depth?: components["schemas"]["ExtractPagesRequestExtractDepth"];
            format?: components["schemas"]["ExtractPagesRequestFormat"];
            /**
             * @description Add image URLs found on each page.
             * @default false
             */
            include_images?: boolean;
            include_favicon?: components["schemas"]["SearchWebRequestIncludeFavicon"];
            /** @description Seconds to wait before giving up on a page. */
            timeout?: number;
            include_usage?: components["schemas"]["SearchWebRequestIncludeUsage"];
        };
        /**
         * @description advanced also reads tables and embedded content, at a higher cost.
         * @default basic
         * @enum {string}
         */
        ExtractPagesRequestExtractDepth: "basic" | "advanced";
        /**
         * @description Shape of the returned content.
         * @default markdown
         * @enum {string}
         */
        ExtractPagesRequestFormat: "markdown" | "text";
        ExtractPagesResponse: {
            results?: components["schemas"]["ExtractPagesResponseResults"];
            failed_results?: {
                url?: string;
                error?: string;
            }[];
            response_time?: number;
            usage?: {
                credits?: number;
            };
            request_id?: string;
        };
        ExtractPagesResponseResults: {
            url?: string;
            raw_content?: string;
            images?: string[];
            favicon?: string;
        }[];
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
        GetResearchResponse: {
            request_id?: string;
            created_at?: string;
            /** @enum {string} */
            status?: "pending" | "in_progress" | "completed" | "failed";
            /** @description The report as text, or an object when output_schema was set. */
            content?: unknown;
            sources?: {
                title?: string;
                url?: string;
                favicon?: string;
            }[];
            response_time?: number;
        };
        MapSiteRequest: {
            /** @description Where to start. */
            url: string;
            /** @description Natural-language guidance on which pages matter (doubles the cost). */
            instructions?: string;
            /**
             * @description How many links away from the start to go.
             * @default 1
             */
            max_depth?: number;
            /**
             * @description Links to follow per page.
             * @default 20
             */
            max_breadth?: number;
            /**
             * @description Pages to process before stopping.
             * @default 50
             */
            limit?: number;
            /** @description Regular expressions a path must match. */
            select_paths?: string[];
            /** @description Regular expressions a domain must match. */
            select_domains?: string[];
            /** @description Regular expressions of paths to skip. */
            exclude_paths?: string[];
            /** @description Regular expressions of domains to skip. */
            exclude_domains?: string[];
            /**
             * @description Whether links to other domains are followed.
             * @default true
             */
            allow_external?: boolean;
            /** @description Seconds before the job stops. */
            timeout?: number;
            include_usage?: components["schemas"]["SearchWebRequestIncludeUsage"];
        };
        MapSiteResponse: {
            base_url?: string;
            results?: string[];
            response_time?: number;
            usage?: {
                credits?: number;
            };
            request_id?: string;
        };
        SearchWebRequest: {
            /** @description What to search for. */
            query: string;
            /**
             * @description Trade-off between speed, cost and relevance; advanced costs two credits.
             * @default basic
             * @enum {string}
             */
            search_depth?: "basic" | "advanced" | "fast" | "ultra-fast";
            /**
             * @description Passages per source when search_depth is advanced.
             * @default 3
             */
            chunks_per_source?: number;
            /**
             * @description How many results to return.
             * @default 5
             */
            max_results?: number;
            /**
             * @description Which kind of sources to search.
             * @default general
             * @enum {string}
             */
            topic?: "general" | "news" | "finance";
            /**
             * @description Only results from this recent period.
             * @enum {string}
             */
            time_range?: "day" | "week" | "month" | "year" | "d" | "w" | "m" | "y";
            /**
             * Format: date
             * @description Only results published on or after this day (YYYY-MM-DD).
             */
            start_date?: string;
            /**
             * Format: date
             * @description Only results published on or before this day (YYYY-MM-DD).
             */
            end_date?: string;
            /** @description true or basic for a short generated answer, advanced for a longer one. */
            include_answer?: boolean | ("basic" | "advanced");
            /** @description true or markdown for cleaned page content, text for plain text. */
            include_raw_content?: boolean | ("markdown" | "text");
            /**
             * @description Add related image URLs.
             * @default false
             */
            include_images?: boolean;
            /**
             * @description Describe each image as well.
             * @default false
             */
            include_image_descriptions?: boolean;
            include_favicon?: components["schemas"]["SearchWebRequestIncludeFavicon"];
            /** @description Only search these domains. */
            include_domains?: string[];
            /** @description Never return these domains. */
            exclude_domains?: string[];
            /** @description Boost results from this country (general topic only). */
            country?: string;
            /**
             * @description Let Tavily pick topic and depth from the query.
             * @default false
             */
            auto_parameters?: boolean;
            include_usage?: components["schemas"]["SearchWebRequestIncludeUsage"];
        };
        /**
         * @description Add each result's favicon URL.
         * @default false
         */
        SearchWebRequestIncludeFavicon: boolean;
        /**
         * @description Report the credits the call used.
         * @default false
         */
        SearchWebRequestIncludeUsage: boolean;
        SearchWebResponse: {
            query?: string;
            answer?: string;
            images?: unknown[];
            follow_up_questions?: string[];
            results?: {
                title?: string;
                url?: string;
                content?: string;
                score?: number;
                raw_content?: string;
                favicon?: string;
                published_date?: string;
            }[];
            auto_parameters?: Record<string, unknown>;
            response_time?: number;
            usage?: {
                credits?: number;
            };
            request_id?: string;
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
        /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    crawlSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "limit": 10,
                 *       "max_depth": 2
                 *     }
                 */
                "application/json": components["schemas"]["CrawlSiteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrawlSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    extractPages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
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
                 *         "https://example.com/article"
                 *       ],
                 *       "format": "markdown"
                 *     }
                 */
                "application/json": components["schemas"]["ExtractPagesRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractPagesResponse"];
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
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "limit": 20,
                 *       "max_depth": 2
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
    createResearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "input": "What are the latest developments in AI?",
                 *       "model": "mini"
                 *     }
                 */
                "application/json": components["schemas"]["CreateResearchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getResearch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id returned when the job was created. */
                request_id: string;
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
                    "application/json": components["schemas"]["GetResearchResponse"];
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
                /** @description Id of the Tavily connection to use; without it the account's oldest active connection serves the request. */
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
                 *       "max_results": 5,
                 *       "include_answer": true,
                 *       "search_depth": "advanced"
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
