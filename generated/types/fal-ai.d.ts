// Generated from providers/fal-ai.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/fal-ai/{model-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an inference request for a model and get the ids and URLs to follow it. */
        post: operations["submitRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/{model-id}/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch the output of a finished request. */
        get: operations["getRequestResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/{model-id}/requests/{request_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ask fal.ai to cancel a request that has not finished. */
        put: operations["cancelRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/{model-id}/requests/{request_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check where a queued request stands (IN_QUEUE, IN_PROGRESS or COMPLETED). */
        get: operations["getRequestStatus"];
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
        CancelRequestResponse: {
            /** @enum {string} */
            status?: "CANCELLATION_REQUESTED" | "ALREADY_COMPLETED";
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
        /** @description Model-specific output; image models answer with the fields below. */
        GetRequestResultResponse: {
            images?: {
                url?: string;
                width?: number;
                height?: number;
                content_type?: string;
            }[];
            video?: {
                url?: string;
                content_type?: string;
            };
            audio?: {
                url?: string;
                content_type?: string;
            };
            seed?: number;
            prompt?: string;
            has_nsfw_concepts?: boolean[];
            timings?: Record<string, unknown>;
        } & {
            [key: string]: unknown;
        };
        GetRequestStatusResponse: {
            /** @enum {string} */
            status?: "IN_QUEUE" | "IN_PROGRESS" | "COMPLETED";
            queue_position?: number;
            response_url?: string;
            logs?: {
                message?: string;
                level?: string;
                source?: string;
                timestamp?: string;
            }[];
            metrics?: {
                inference_time?: number;
            };
            error?: string;
        };
        /** @description Model-specific input; the image models mostly take the fields below. */
        SubmitRequestRequest: {
            /** @description What to generate. */
            prompt?: string;
            /** @description What to avoid. */
            negative_prompt?: string;
            /**
             * @description Output size preset.
             * @enum {string}
             */
            image_size?: "square_hd" | "square" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
            /** @description Images to generate. */
            num_images?: number;
            /** @description Denoising steps. */
            num_inference_steps?: number;
            /** @description Seed for reproducible output. */
            seed?: number;
        } & {
            [key: string]: unknown;
        };
        SubmitRequestResponse: {
            /** @enum {string} */
            status?: "IN_QUEUE" | "IN_PROGRESS" | "COMPLETED";
            request_id?: string;
            response_url?: string;
            status_url?: string;
            cancel_url?: string;
            queue_position?: number;
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
        /** @description Id of the fal.ai connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    submitRequest: {
        parameters: {
            query?: {
                /** @description URL fal.ai calls with the result when the request finishes. */
                fal_webhook?: string;
            };
            header?: {
                /** @description Seconds the request may take on the server before it is given up. */
                "X-Fal-Request-Timeout"?: number;
                /** @description Queue priority of the request. */
                "X-Fal-Queue-Priority"?: "normal" | "low";
                /** @description Turn off fal's automatic retries. */
                "X-Fal-No-Retry"?: boolean;
                /** @description Id of the fal.ai connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model id after the fal-ai/ namespace, e.g. flux/schnell, flux/dev, fast-sdxl or minimax/video-01; for status, result and cancel use the base id such as flux. */
                "model-id": string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "description of the image",
                 *       "negative_prompt": "what to avoid",
                 *       "image_size": "square_hd",
                 *       "num_images": 1,
                 *       "num_inference_steps": 4,
                 *       "seed": 12345
                 *     }
                 */
                "application/json": components["schemas"]["SubmitRequestRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "IN_QUEUE",
                     *       "request_id": "3229f185-a99a-48c0-a292-e25bf9baaeba",
                     *       "response_url": "https://queue.fal.run/fal-ai/flux/requests/3229f185-a99a-48c0-a292-e25bf9baaeba",
                     *       "status_url": "https://queue.fal.run/fal-ai/flux/requests/3229f185-a99a-48c0-a292-e25bf9baaeba/status",
                     *       "cancel_url": "https://queue.fal.run/fal-ai/flux/requests/3229f185-a99a-48c0-a292-e25bf9baaeba/cancel",
                     *       "queue_position": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SubmitRequestResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRequestResult: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the fal.ai connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model id after the fal-ai/ namespace, e.g. flux/schnell, flux/dev, fast-sdxl or minimax/video-01; for status, result and cancel use the base id such as flux. */
                "model-id": string;
                /** @description Id returned when the request was queued. */
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
                    "application/json": components["schemas"]["GetRequestResultResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the fal.ai connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model id after the fal-ai/ namespace, e.g. flux/schnell, flux/dev, fast-sdxl or minimax/video-01; for status, result and cancel use the base id such as flux. */
                "model-id": string;
                /** @description Id returned when the request was queued. */
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 202 when cancellation was requested; 400 with ALREADY_COMPLETED when it was too late. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelRequestResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRequestStatus: {
        parameters: {
            query?: {
                /** @description 1 includes the model's log lines. */
                logs?: 0 | 1;
            };
            header?: {
                /** @description Id of the fal.ai connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Model id after the fal-ai/ namespace, e.g. flux/schnell, flux/dev, fast-sdxl or minimax/video-01; for status, result and cancel use the base id such as flux. */
                "model-id": string;
                /** @description Id returned when the request was queued. */
                request_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 202 while the request is queued or running, 200 once it is done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRequestStatusResponse"];
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
