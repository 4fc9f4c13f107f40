// Generated from providers/vercel-ai-gateway.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a chat reply in the OpenAI Chat Completions format, optionally streamed. */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the remaining credit balance and the total spent. */
        get: operations["getCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn one or more strings into embedding vectors with an embedding model. */
        post: operations["createEmbeddings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up the cost, tokens and latency of one finished request by its generation id. */
        get: operations["getGeneration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a reply in the Anthropic Messages format (max_tokens is required). */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every model the gateway can route to, with type, context window and pricing. */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{creator}/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one model's catalog entry. */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{creator}/{model}/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare the providers serving a model by price, context limit, uptime and latency. */
        get: operations["listModelEndpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report spending over a date range (paid Vercel plans only). */
        get: operations["getSpendReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate output in the OpenAI Responses format. */
        post: operations["createResponse"];
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
        CreateChatCompletionRequest: {
            /** @description Model id in creator/model form. */
            model: string;
            messages: {
                /** @enum {string} */
                role: "system" | "developer" | "user" | "assistant" | "tool";
                /** @description Text or an array of content parts. */
                content: string | Record<string, unknown>[];
                name?: string;
                tool_call_id?: string;
            }[];
            /** @description Most tokens to generate. */
            max_tokens?: number;
            temperature?: number;
            top_p?: number;
            stop?: string | string[];
            /** @description Answer as server-sent events ending with data [DONE]. */
            stream?: boolean;
            stream_options?: {
                include_usage?: boolean;
            };
            tools?: Record<string, unknown>[];
            tool_choice?: unknown;
            response_format?: Record<string, unknown>;
            /** @description Reasoning effort settings for models that think. */
            reasoning?: Record<string, unknown>;
            /** @description Gateway routing options, e.g. { gateway: { order: [anthropic, bedrock] } }. */
            providerOptions?: Record<string, unknown>;
        };
        CreateChatCompletionResponse: {
            /** @description gen_… generation id. */
            id?: string;
            object?: string;
            created?: number;
            model?: string;
            choices?: {
                index?: number;
                message?: {
                    role?: string;
                    content?: string;
                    reasoning?: string;
                    reasoning_details?: Record<string, unknown>[];
                    tool_calls?: Record<string, unknown>[];
                };
                finish_reason?: string;
            }[];
            usage?: {
                prompt_tokens?: number;
                completion_tokens?: number;
                total_tokens?: number;
                cost?: number;
            };
            provider_metadata?: Record<string, unknown>;
            generationId?: string;
        };
        CreateEmbeddingsRequest: {
            /** @description An embedding model id in creator/model form. */
            model: string;
            /** @description Text or texts to embed. */
            input: string | string[];
            /** @description Length of the vectors (models that allow it). */
            dimensions?: number;
            /** @enum {string} */
            encoding_format?: "float" | "base64";
        };
        CreateEmbeddingsResponse: {
            object?: string;
            data?: {
                object?: string;
                index?: number;
                embedding?: number[];
            }[];
            model?: string;
            usage?: {
                prompt_tokens?: number;
                total_tokens?: number;
            };
            providerMetadata?: Record<string, unknown>;
        };
        CreateMessageRequest: {
            /** @description Model id in creator/model form. */
            model: string;
            /** @description Most tokens to generate. */
            max_tokens: number;
            messages: {
                /** @enum {string} */
                role: "user" | "assistant";
                content: string | Record<string, unknown>[];
            }[];
            system?: string | Record<string, unknown>[];
            temperature?: number;
            stop_sequences?: string[];
            stream?: boolean;
            tools?: Record<string, unknown>[];
            thinking?: Record<string, unknown>;
        };
        CreateMessageResponse: {
            /** @description gen_… generation id. */
            id?: string;
            type?: string;
            role?: string;
            model?: string;
            content?: {
                /** @description text, thinking or tool_use. */
                type?: string;
                text?: string;
                thinking?: string;
            }[];
            stop_reason?: string;
            usage?: {
                input_tokens?: number;
                output_tokens?: number;
            };
            provider_metadata?: Record<string, unknown>;
        };
        CreateResponseRequest: {
            /** @description Model id in creator/model form. */
            model: string;
            /** @description A prompt string or an array of input items. */
            input: string | Record<string, unknown>[];
            instructions?: string;
            max_output_tokens?: number;
            temperature?: number;
            stream?: boolean;
            tools?: Record<string, unknown>[];
            reasoning?: Record<string, unknown>;
        };
        CreateResponseResponse: {
            id?: string;
            object?: string;
            created_at?: number;
            model?: string;
            status?: string;
            output?: {
                /** @description message, reasoning, function_call, … */
                type?: string;
                role?: string;
                content?: Record<string, unknown>[];
            }[];
            usage?: {
                input_tokens?: number;
                output_tokens?: number;
                total_tokens?: number;
            };
            /** @description null when the call succeeded. */
            error?: unknown;
            providerMetadata?: Record<string, unknown>;
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
        GetCreditsResponse: {
            /** @description USD as a decimal string. */
            balance?: string;
            /** @description USD as a decimal string. */
            total_used?: string;
        };
        GetGenerationResponse: {
            data?: {
                id?: string;
                model?: string;
                provider_name?: string;
                total_cost?: number;
                tokens_prompt?: number;
                tokens_completion?: number;
                native_tokens_prompt?: number;
                native_tokens_completion?: number;
                native_tokens_reasoning?: number;
                native_tokens_cached?: number;
                latency?: number;
                generation_time?: number;
                streamed?: boolean;
                finish_reason?: string;
                is_byok?: boolean;
                created_at?: string;
            };
        };
        GetModelResponse: components["schemas"]["ListModelsResponseModel"];
        GetSpendReportResponse: unknown;
        ListModelEndpointsResponse: {
            data?: {
                id?: string;
                name?: string;
                created?: number;
                description?: string;
                architecture?: Record<string, unknown>;
                endpoints?: {
                    name?: string;
                    provider_name?: string;
                    context_length?: number;
                    max_completion_tokens?: number;
                    pricing?: {
                        prompt?: string;
                        completion?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    supported_parameters?: string[];
                    uptime_last_1h?: number;
                    latency_last_1h?: Record<string, unknown>;
                    throughput_last_1h?: Record<string, unknown>;
                    capabilities?: Record<string, unknown>;
                }[];
            };
        };
        ListModelsResponse: {
            /** @enum {string} */
            object?: "list";
            data?: components["schemas"]["ListModelsResponseModel"][];
        };
        ListModelsResponseModel: {
            id?: string;
            object?: string;
            created?: number;
            released?: number;
            owned_by?: string;
            name?: string;
            description?: string;
            /** @description language, embedding, image, video, realtime, reranking, transcription or speech. */
            type?: string;
            context_window?: number;
            max_tokens?: number;
            tags?: string[];
            supported_parameters?: string[];
            supported_specifications?: string[];
            modalities?: Record<string, unknown>;
            /** @description Decimal strings in USD per token; keys depend on the model type. */
            pricing?: {
                [key: string]: unknown;
            };
            deprecated_at?: string;
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
        /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "anthropic/claude-haiku-4.5",
                 *       "messages": [
                 *         {
                 *           "role": "user",
                 *           "content": "Say hello in five words."
                 *         }
                 *       ],
                 *       "max_tokens": 100
                 *     }
                 */
                "application/json": components["schemas"]["CreateChatCompletionRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChatCompletionResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCredits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "balance": "4.99999992",
                     *       "total_used": "0.00000008"
                     *     }
                     */
                    "application/json": components["schemas"]["GetCreditsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEmbeddings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "openai/text-embedding-3-small",
                 *       "input": [
                 *         "first string",
                 *         "second string"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateEmbeddingsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEmbeddingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getGeneration: {
        parameters: {
            query: {
                /** @description The gen_… id of an inference response. */
                id: string;
            };
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetGenerationResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "anthropic/claude-haiku-4.5",
                 *       "max_tokens": 100,
                 *       "messages": [
                 *         {
                 *           "role": "user",
                 *           "content": "Say hello in five words."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMessageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListModelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model creator, the part before the slash of a model id (anthropic, openai, …). */
                creator: string;
                /** @description Model name, the part after the slash (claude-haiku-4.5, gpt-4o-mini, …). */
                model: string;
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
                    "application/json": components["schemas"]["GetModelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listModelEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model creator, the part before the slash of a model id (anthropic, openai, …). */
                creator: string;
                /** @description Model name, the part after the slash (claude-haiku-4.5, gpt-4o-mini, …). */
                model: string;
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
                    "application/json": components["schemas"]["ListModelEndpointsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpendReport: {
        parameters: {
            query: {
                /** @description First day of the range (YYYY-MM-DD). */
                start_date: string;
                /** @description Last day of the range (YYYY-MM-DD). */
                end_date: string;
            };
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shape of a successful report is not documented; accounts without a paid plan get 403. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSpendReportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Vercel AI Gateway connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "openai/gpt-4o-mini",
                 *       "input": "Say hello in five words."
                 *     }
                 */
                "application/json": components["schemas"]["CreateResponseRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateResponseResponse"];
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
