// Generated from providers/fal-ai.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/fal-ai.js';

/**
 * fal.ai through the Switchboard gateway: Queued inference on fal.ai's hosted generative models for images, video, audio, speech and upscaling.
 */
export interface FalAiClient {
    /** Queue an inference request for a model and get the ids and URLs to follow it. `POST /fal-ai/{model-id}` */
    submitRequest: Call<operations["submitRequest"]>;
    /** Check where a queued request stands (IN_QUEUE, IN_PROGRESS or COMPLETED). `GET /fal-ai/{model-id}/requests/{request_id}/status` */
    getRequestStatus: Call<operations["getRequestStatus"]>;
    /** Fetch the output of a finished request. `GET /fal-ai/{model-id}/requests/{request_id}` */
    getRequestResult: Call<operations["getRequestResult"]>;
    /** Ask fal.ai to cancel a request that has not finished. `PUT /fal-ai/{model-id}/requests/{request_id}/cancel` */
    cancelRequest: Call<operations["cancelRequest"]>;
}

const routes: Routes<FalAiClient> = {
    submitRequest: {"method":"POST","path":"/fal-ai/{model-id}","body":"application/json"},
    getRequestStatus: {"method":"GET","path":"/fal-ai/{model-id}/requests/{request_id}/status"},
    getRequestResult: {"method":"GET","path":"/fal-ai/{model-id}/requests/{request_id}"},
    cancelRequest: {"method":"PUT","path":"/fal-ai/{model-id}/requests/{request_id}/cancel"},
};

/**
 * The fal.ai client: `const api = falAi(new Switchboard({ baseUrl, apiKey }))`.
 */
export const falAi = (sb: Switchboard): FalAiClient => bindClient<FalAiClient>(sb, "fal-ai", routes);
