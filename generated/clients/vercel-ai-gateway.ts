// Generated from providers/vercel-ai-gateway.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vercel-ai-gateway.js';

/**
 * Vercel AI Gateway through the Switchboard gateway: Vercel's model router with OpenAI- and Anthropic-compatible inference, embeddings, the model catalog with pricing, credit balance and usage lookups.
 */
export interface VercelAiGatewayClient {
    /** List every model the gateway can route to, with type, context window and pricing. `GET /v1/models` */
    listModels: Call<operations["listModels"]>;
    /** Read one model's catalog entry. `GET /v1/models/{creator}/{model}` */
    getModel: Call<operations["getModel"]>;
    /** Compare the providers serving a model by price, context limit, uptime and latency. `GET /v1/models/{creator}/{model}/endpoints` */
    listModelEndpoints: Call<operations["listModelEndpoints"]>;
    /** Read the remaining credit balance and the total spent. `GET /v1/credits` */
    getCredits: Call<operations["getCredits"]>;
    /** Look up the cost, tokens and latency of one finished request by its generation id. `GET /v1/generation` */
    getGeneration: Call<operations["getGeneration"]>;
    /** Report spending over a date range (paid Vercel plans only). `GET /v1/report` */
    getSpendReport: Call<operations["getSpendReport"]>;
    /** Generate a chat reply in the OpenAI Chat Completions format, optionally streamed. `POST /v1/chat/completions` */
    createChatCompletion: Call<operations["createChatCompletion"]>;
    /** Generate output in the OpenAI Responses format. `POST /v1/responses` */
    createResponse: Call<operations["createResponse"]>;
    /** Generate a reply in the Anthropic Messages format (max_tokens is required). `POST /v1/messages` */
    createMessage: Call<operations["createMessage"]>;
    /** Turn one or more strings into embedding vectors with an embedding model. `POST /v1/embeddings` */
    createEmbeddings: Call<operations["createEmbeddings"]>;
}

const routes: Routes<VercelAiGatewayClient> = {
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
};

/**
 * The Vercel AI Gateway client: `const api = vercelAiGateway(new Switchboard({ baseUrl, apiKey }))`.
 */
export const vercelAiGateway = (sb: Switchboard): VercelAiGatewayClient => bindClient<VercelAiGatewayClient>(sb, "vercel-ai-gateway", routes);
