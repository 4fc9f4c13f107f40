// Generated from providers/brave-search.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/res/v1/images/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search for images and get thumbnails, sources and the pages they appear on. */
        get: operations["imageSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/local/descriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch AI-written descriptions of places found by a web search. */
        get: operations["getLocalDescriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/local/pois": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch address, hours, contact and rating details for places found by a web search. */
        get: operations["getLocalPois"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/news/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search recent news articles. */
        get: operations["newsSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/spellcheck/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Propose corrected spellings of a query (spellcheck plan). */
        get: operations["checkSpelling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/suggest/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complete a partly typed query into likely searches (autosuggest plan). */
        get: operations["suggestQueries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/enrichments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the images, Q&A, entities and source context behind a summary. */
        get: operations["getSummarizerEnrichments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/entity_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch details about the entities a summary mentions. */
        get: operations["getSummarizerEntityInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch suggested follow-up questions for a summary. */
        get: operations["getSummarizerFollowups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the whole AI summary for a summarizer key, with title, text, enrichments and follow-ups. */
        get: operations["getSummarizerSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch only the summary text for a summarizer key. */
        get: operations["getSummarizerSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/summarizer/title": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch only the title of the summary for a summarizer key. */
        get: operations["getSummarizerTitle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/videos/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search for videos with duration, view counts and publisher. */
        get: operations["videoSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/res/v1/web/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the web and get ranked pages plus news, videos, discussions, FAQ and infobox sections. */
        get: operations["webSearch"];
        put?: never;
        post?: never;
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
        CheckSpellingResponse: {
            /** @enum {string} */
            type?: "spellcheck";
            query?: {
                original?: string;
            };
            results?: {
                query?: string;
            }[];
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
        GetLocalDescriptionsResponse: {
            /** @enum {string} */
            type?: "local_descriptions";
            results?: {
                type?: string;
                id?: string;
                description?: string;
            }[];
        };
        GetLocalPoisResponse: {
            /** @enum {string} */
            type?: "local_pois";
            results?: {
                id?: string;
                title?: string;
                url?: string;
                provider_url?: string;
                coordinates?: number[];
                postal_address?: {
                    displayAddress?: string;
                    addressLocality?: string;
                    addressRegion?: string;
                    postalCode?: string;
                    country?: string;
                };
                opening_hours?: Record<string, unknown>;
                contact?: {
                    telephone?: string;
                    email?: string;
                };
                rating?: {
                    ratingValue?: number;
                    reviewCount?: number;
                };
                price_range?: string;
                categories?: string[];
            }[];
        };
        GetSummarizerEnrichmentsResponse: {
            type?: string;
            /** @enum {string} */
            status?: "complete" | "failed";
            enrichments?: components["schemas"]["GetSummarizerSearchResponseEnrichments"];
        };
        GetSummarizerEntityInfoResponse: {
            type?: string;
            /** @enum {string} */
            status?: "complete" | "failed";
            entities_info?: {
                [key: string]: Record<string, unknown>;
            };
        };
        GetSummarizerFollowupsResponse: {
            type?: string;
            /** @enum {string} */
            status?: "complete" | "failed";
            followups?: string[];
        };
        GetSummarizerSearchResponse: {
            /** @enum {string} */
            type?: "summarizer";
            /** @enum {string} */
            status?: "complete" | "failed";
            title?: string;
            summary?: components["schemas"]["GetSummarizerSearchResponseSummary"];
            enrichments?: components["schemas"]["GetSummarizerSearchResponseEnrichments"];
            followups?: string[];
            entities_info?: {
                [key: string]: Record<string, unknown>;
            };
        };
        GetSummarizerSearchResponseEnrichments: {
            raw?: string;
            images?: Record<string, unknown>[];
            qa?: Record<string, unknown>[];
            entities?: Record<string, unknown>[];
            context?: Record<string, unknown>[];
        };
        GetSummarizerSearchResponseSummary: {
            type?: string;
            data?: unknown;
        }[];
        GetSummarizerSummaryResponse: {
            type?: string;
            /** @enum {string} */
            status?: "complete" | "failed";
            summary?: components["schemas"]["GetSummarizerSearchResponseSummary"];
        };
        GetSummarizerTitleResponse: {
            type?: string;
            /** @enum {string} */
            status?: "complete" | "failed";
            title?: string;
        };
        ImageSearchResponse: {
            /** @enum {string} */
            type?: "images";
            query?: components["schemas"]["WebSearchResponseQuery"];
            results?: {
                title?: string;
                url?: string;
                source?: string;
                page_fetched?: string;
                thumbnail?: {
                    src?: string;
                };
                properties?: {
                    url?: string;
                    placeholder?: string;
                };
                meta_url?: components["schemas"]["ImageSearchResponseResultsItemMetaUrl"];
            }[];
        };
        ImageSearchResponseResultsItemMetaUrl: {
            scheme?: string;
            netloc?: string;
            hostname?: string;
            path?: string;
        };
        NewsSearchResponse: {
            /** @enum {string} */
            type?: "news";
            query?: components["schemas"]["WebSearchResponseQuery"];
            results?: {
                title?: string;
                url?: string;
                description?: string;
                age?: string;
                page_age?: string;
                breaking?: boolean;
                meta_url?: components["schemas"]["ImageSearchResponseResultsItemMetaUrl"];
                thumbnail?: {
                    src?: string;
                };
                extra_snippets?: string[];
            }[];
        };
        SuggestQueriesResponse: {
            /** @enum {string} */
            type?: "suggest";
            query?: {
                original?: string;
            };
            results?: {
                query?: string;
                is_entity?: boolean;
                title?: string;
                description?: string;
                img?: string;
            }[];
        };
        VideoSearchResponse: {
            /** @enum {string} */
            type?: "videos";
            query?: components["schemas"]["WebSearchResponseQuery"];
            results?: {
                title?: string;
                url?: string;
                description?: string;
                age?: string;
                page_age?: string;
                meta_url?: components["schemas"]["ImageSearchResponseResultsItemMetaUrl"];
                thumbnail?: {
                    src?: string;
                };
                video?: {
                    duration?: string;
                    views?: number;
                    creator?: string;
                    publisher?: string;
                };
            }[];
        };
        WebSearchResponse: {
            /** @enum {string} */
            type?: "search";
            query?: components["schemas"]["WebSearchResponseQuery"];
            web?: {
                type?: string;
                family_friendly?: boolean;
                results?: {
                    title?: string;
                    url?: string;
                    description?: string;
                    age?: string;
                    page_age?: string;
                    language?: string;
                    family_friendly?: boolean;
                    extra_snippets?: string[];
                    profile?: {
                        name?: string;
                        url?: string;
                        img?: string;
                    };
                }[];
            };
            news?: {
                results?: Record<string, unknown>[];
            };
            videos?: {
                results?: Record<string, unknown>[];
            };
            discussions?: {
                results?: Record<string, unknown>[];
            };
            faq?: {
                results?: Record<string, unknown>[];
            };
            infobox?: Record<string, unknown>;
            locations?: {
                results?: {
                    id?: string;
                    title?: string;
                }[];
            };
            mixed?: Record<string, unknown>;
            summarizer?: {
                type?: string;
                key?: string;
            };
        };
        WebSearchResponseQuery: {
            original?: string;
            altered?: string;
            country?: string;
            spellcheck_off?: boolean;
            more_results_available?: boolean;
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
        /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    imageSearch: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the results. */
                search_lang?: string;
                /** @description Images to return. */
                count?: number;
                /** @description Whether adult images are filtered. */
                safesearch?: "off" | "strict";
                /** @description Let Brave correct the query before searching. */
                spellcheck?: boolean;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ImageSearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLocalDescriptions: {
        parameters: {
            query: {
                /** @description Place ids from locations.results[].id of a web search (up to 20, repeat the parameter). */
                ids: string[];
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetLocalDescriptionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLocalPois: {
        parameters: {
            query: {
                /** @description Place ids from locations.results[].id of a web search (up to 20, repeat the parameter). */
                ids: string[];
                /** @description Language code of the results. */
                search_lang?: string;
                /** @description Locale the answer's labels are written in. */
                ui_lang?: string;
                /** @description Measurement system for distances. */
                units?: "metric" | "imperial";
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetLocalPoisResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    newsSearch: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the results. */
                search_lang?: string;
                /** @description Locale the answer's labels are written in. */
                ui_lang?: string;
                /** @description Articles per page. */
                count?: number;
                /** @description Zero-based page number. */
                offset?: number;
                /** @description How strictly adult content is filtered. */
                safesearch?: "off" | "moderate" | "strict";
                /** @description Limit by discovery date: pd (24 hours), pw (7 days), pm (31 days), py (a year) or a range YYYY-MM-DDtoYYYY-MM-DD. */
                freshness?: string;
                /** @description Let Brave correct the query before searching. */
                spellcheck?: boolean;
                /** @description Return up to five additional excerpts per result (plan-dependent). */
                extra_snippets?: boolean;
                /** @description Goggle URLs or inline definitions that re-rank the results. */
                goggles?: string[];
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["NewsSearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    checkSpelling: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the query. */
                lang?: string;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["CheckSpellingResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    suggestQueries: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the suggestions. */
                lang?: string;
                /** @description Suggestions to return. */
                count?: number;
                /** @description Add entity title, description and image where known (rich plan). */
                rich?: boolean;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SuggestQueriesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerEnrichments: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerEnrichmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerEntityInfo: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerEntityInfoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerFollowups: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerFollowupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerSearch: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
                /** @description 1 adds details about entities the summary mentions. */
                entity_info?: 0 | 1;
                /** @description Put source references inline in the summary text. */
                inline_references?: boolean;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerSearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerSummary: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
                /** @description Put source references inline in the summary text. */
                inline_references?: boolean;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerSummaryResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSummarizerTitle: {
        parameters: {
            query: {
                /** @description The summarizer.key value from a web search made with summary=1. */
                key: string;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetSummarizerTitleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    videoSearch: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the results. */
                search_lang?: string;
                /** @description Locale the answer's labels are written in. */
                ui_lang?: string;
                /** @description Videos per page. */
                count?: number;
                /** @description Zero-based page number. */
                offset?: number;
                /** @description How strictly adult content is filtered. */
                safesearch?: "off" | "moderate" | "strict";
                /** @description Limit by discovery date: pd (24 hours), pw (7 days), pm (31 days), py (a year) or a range YYYY-MM-DDtoYYYY-MM-DD. */
                freshness?: string;
                /** @description Let Brave correct the query before searching. */
                spellcheck?: boolean;
            };
            header?: {
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["VideoSearchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    webSearch: {
        parameters: {
            query: {
                /** @description The search terms (up to 400 characters and 50 words). */
                q: string;
                /** @description Two-letter country code the results should come from. */
                country?: string;
                /** @description Language code of the results. */
                search_lang?: string;
                /** @description Locale the answer's labels are written in. */
                ui_lang?: string;
                /** @description Web results per page. */
                count?: number;
                /** @description Zero-based page number. */
                offset?: number;
                /** @description How strictly adult content is filtered. */
                safesearch?: "off" | "moderate" | "strict";
                /** @description Limit by discovery date: pd (24 hours), pw (7 days), pm (31 days), py (a year) or a range YYYY-MM-DDtoYYYY-MM-DD. */
                freshness?: string;
                /** @description Keep highlight markers in snippets. */
                text_decorations?: boolean;
                /** @description Let Brave correct the query before searching. */
                spellcheck?: boolean;
                /** @description Comma-separated sections to return: discussions, faq, infobox, news, query, summarizer, videos, web, locations. */
                result_filter?: string;
                /** @description URL of a Goggle that re-ranks the results (older name of goggles). */
                goggles_id?: string;
                /** @description Goggle URLs or inline definitions that re-rank the results. */
                goggles?: string[];
                /** @description Measurement system used in answers. */
                units?: "metric" | "imperial";
                /** @description Return up to five additional excerpts per result (plan-dependent). */
                extra_snippets?: boolean;
                /** @description Ask for a summarizer key in the answer (needs the summarizer plan). */
                summary?: boolean;
            };
            header?: {
                /** @description Latitude of the user; precise personal data, send only with consent. */
                "X-Loc-Lat"?: number;
                /** @description Longitude of the user; precise personal data, send only with consent. */
                "X-Loc-Long"?: number;
                /** @description City of the user. */
                "X-Loc-City"?: string;
                /** @description State or region code of the user. */
                "X-Loc-State"?: string;
                /** @description State or region name of the user. */
                "X-Loc-State-Name"?: string;
                /** @description Two-letter country code of the user. */
                "X-Loc-Country"?: string;
                /** @description Postal code of the user. */
                "X-Loc-Postal-Code"?: string;
                /** @description Id of the Brave Search connection to use; without it the account's oldest active connection serves the request. */
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
                    /**
                     * @example {
                     *       "type": "search",
                     *       "query": {
                     *         "original": "query string",
                     *         "country": "us",
                     *         "more_results_available": true
                     *       },
                     *       "web": {
                     *         "results": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebSearchResponse"];
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
