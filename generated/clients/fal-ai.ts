// Generated from providers/fal-ai.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/fal-ai.js';

/**
 * fal.ai through the Switchboard gateway: Queued inference on fal.ai's hosted generative models for images, video, audio, speech and upscaling.
 */
export interface FalAiClient {
    /**
     * Queue an inference request for a model and get the ids and URLs to follow it.
     *
     * `POST /fal-ai/{model-id}`
     */
    submitRequest(args: Args<operations["submitRequest"]>, options?: CallOptions): Promise<Result<Data<operations["submitRequest"]>>>;
    /**
     * Check where a queued request stands (IN_QUEUE, IN_PROGRESS or COMPLETED).
     *
     * `GET /fal-ai/{model-id}/requests/{request_id}/status`
     */
    getRequestStatus(args: Args<operations["getRequestStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getRequestStatus"]>>>;
    /**
     * Fetch the output of a finished request.
     *
     * `GET /fal-ai/{model-id}/requests/{request_id}`
     */
    getRequestResult(args: Args<operations["getRequestResult"]>, options?: CallOptions): Promise<Result<Data<operations["getRequestResult"]>>>;
    /**
     * Ask fal.ai to cancel a request that has not finished.
     *
     * `PUT /fal-ai/{model-id}/requests/{request_id}/cancel`
     */
    cancelRequest(args: Args<operations["cancelRequest"]>, options?: CallOptions): Promise<Result<Data<operations["cancelRequest"]>>>;
}

const routes = {
    submitRequest: {"method":"POST","path":"/fal-ai/{model-id}","body":"application/json"},
    getRequestStatus: {"method":"GET","path":"/fal-ai/{model-id}/requests/{request_id}/status"},
    getRequestResult: {"method":"GET","path":"/fal-ai/{model-id}/requests/{request_id}"},
    cancelRequest: {"method":"PUT","path":"/fal-ai/{model-id}/requests/{request_id}/cancel"},
} satisfies Record<string, Route>;

/**
 * The fal.ai client: `const api = falAi(new Switchboard({ baseUrl, apiKey }))`.
 */
export function falAi(client: Switchboard): FalAiClient {
    const app = "fal-ai";
    return {
        submitRequest: (args, options) => client.call(app, routes.submitRequest, args, options),
        getRequestStatus: (args, options) => client.call(app, routes.getRequestStatus, args, options),
        getRequestResult: (args, options) => client.call(app, routes.getRequestResult, args, options),
        cancelRequest: (args, options) => client.call(app, routes.cancelRequest, args, options),
    };
}