// Generated from providers/vercel-ai-gateway.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vercel-ai-gateway.js';

/**
 * Vercel AI Gateway through the Switchboard gateway: Vercel's model router with OpenAI- and Anthropic-compatible inference, embeddings, the model catalog with pricing, credit balance and usage lookups.
 */
export interface VercelAiGatewayClient {
    /**
     * List every model the gateway can route to, with type, context window and pricing.
     *
     * `GET /v1/models`
     */
    listModels(args?: Args<operations["listModels"]>, options?: CallOptions): Promise<Result<Data<operations["listModels"]>>>;
    /**
     * Read one model's catalog entry.
     *
     * `GET /v1/models/{creator}/{model}`
     */
    getModel(args: Args<operations["getModel"]>, options?: CallOptions): Promise<Result<Data<operations["getModel"]>>>;
    /**
     * Compare the providers serving a model by price, context limit, uptime and latency.
     *
     * `GET /v1/models/{creator}/{model}/endpoints`
     */
    listModelEndpoints(args: Args<operations["listModelEndpoints"]>, options?: CallOptions): Promise<Result<Data<operations["listModelEndpoints"]>>>;
    /**
     * Read the remaining credit balance and the total spent.
     *
     * `GET /v1/credits`
     */
    getCredits(args?: Args<operations["getCredits"]>, options?: CallOptions): Promise<Result<Data<operations["getCredits"]>>>;
    /**
     * Look up the cost, tokens and latency of one finished request by its generation id.
     *
     * `GET /v1/generation`
     */
    getGeneration(args: Args<operations["getGeneration"]>, options?: CallOptions): Promise<Result<Data<operations["getGeneration"]>>>;
    /**
     * Report spending over a date range (paid Vercel plans only).
     *
     * `GET /v1/report`
     */
    getSpendReport(args: Args<operations["getSpendReport"]>, options?: CallOptions): Promise<Result<Data<operations["getSpendReport"]>>>;
    /**
     * Generate a chat reply in the OpenAI Chat Completions format, optionally streamed.
     *
     * `POST /v1/chat/completions`
     */
    createChatCompletion(args: Args<operations["createChatCompletion"]>, options?: CallOptions): Promise<Result<Data<operations["createChatCompletion"]>>>;
    /**
     * Generate output in the OpenAI Responses format.
     *
     * `POST /v1/responses`
     */
    createResponse(args: Args<operations["createResponse"]>, options?: CallOptions): Promise<Result<Data<operations["createResponse"]>>>;
    /**
     * Generate a reply in the Anthropic Messages format (max_tokens is required).
     *
     * `POST /v1/messages`
     */
    createMessage(args: Args<operations["createMessage"]>, options?: CallOptions): Promise<Result<Data<operations["createMessage"]>>>;
    /**
     * Turn one or more strings into embedding vectors with an embedding model.
     *
     * `POST /v1/embeddings`
     */
    createEmbeddings(args: Args<operations["createEmbeddings"]>, options?: CallOptions): Promise<Result<Data<operations["createEmbeddings"]>>>;
}

const routes = {
    listModels: {"method":"GET","path":"/v1/models"},
    getModel: {"method":"GET","path":"/v1/models/{creator}/{model}"},
    listModelEndpoints: {"method":"GET","path":"/v1/models/{creator}/{model}/endpoints"},
    getCredits: {"method":"GET","path":"/v1/credits"},
    getGeneration: {"method":"GET","path":"/v1/generation"},
    getSpendReport: {"method":"GET","path":"/v1/report"},
    createChatCompletion: {"method":"POST","path":"/v1/chat/completions","body":"application/json"},
    createResponse: {"method":"POST","path":"/v1/responses","body":"application/json"},
    createMessage: {"method":"POST","path":"/v1/messages","body":"application/json"},
    createEmbeddings: {"method":"POST","path":"/v1/embeddings","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Vercel AI Gateway client: `const api = vercelAiGateway(new Switchboard({ baseUrl, apiKey }))`.
 */
export function vercelAiGateway(client: Switchboard): VercelAiGatewayClient {
    const app = "vercel-ai-gateway";
    return {
        listModels: (args, options) => client.call(app, routes.listModels, args, options),
        getModel: (args, options) => client.call(app, routes.getModel, args, options),
        listModelEndpoints: (args, options) => client.call(app, routes.listModelEndpoints, args, options),
        getCredits: (args, options) => client.call(app, routes.getCredits, args, options),
        getGeneration: (args, options) => client.call(app, routes.getGeneration, args, options),
        getSpendReport: (args, options) => client.call(app, routes.getSpendReport, args, options),
        createChatCompletion: (args, options) => client.call(app, routes.createChatCompletion, args, options),
        createResponse: (args, options) => client.call(app, routes.createResponse, args, options),
        createMessage: (args, options) => client.call(app, routes.createMessage, args, options),
        createEmbeddings: (args, options) => client.call(app, routes.createEmbeddings, args, options),
    };
}