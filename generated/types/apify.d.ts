// Generated from providers/apify.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/v2/actor-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's Actor runs, optionally only those in one state. */
        get: operations["listActorRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a run's state, timing, usage and the ids of its default storages. */
        get: operations["getActorRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a running Actor run. */
        post: operations["abortActorRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-runs/{runId}/resurrect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restart a finished run with its original storages. */
        post: operations["resurrectActorRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's saved Actor tasks. */
        get: operations["listActorTasks"];
        put?: never;
        /** Save an Actor with fixed run options and input as a reusable task. */
        post: operations["createActorTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-tasks/{actorTaskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a task with its saved run options and input. */
        get: operations["getActorTask"];
        /** Change a task's name, run options or input. */
        put: operations["updateActorTask"];
        post?: never;
        /** Remove a task. */
        delete: operations["deleteActorTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/actor-tasks/{actorTaskId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a run of a task; a body, if sent, overrides fields of the saved input. */
        post: operations["runActorTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the Actors the account created or has used. */
        get: operations["listActors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an Actor's details, versions and default run options. */
        get: operations["getActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/acts/{actorId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an Actor run; the body is the Actor's input and the answer comes back while it runs. */
        post: operations["runActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's datasets. */
        get: operations["listDatasets"];
        put?: never;
        /** Create a named dataset, or return the existing one of that name. */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/datasets/{datasetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a dataset's name, item count and dates. */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        /** Remove a dataset and its items. */
        delete: operations["deleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/datasets/{datasetId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a dataset's items as JSON, CSV, Excel or another format. */
        get: operations["getDatasetItems"];
        put?: never;
        /** Append one object or an array of objects to a dataset. */
        post: operations["pushDatasetItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/key-value-stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's key-value stores. */
        get: operations["listKeyValueStores"];
        put?: never;
        /** Create a named key-value store, or return the existing one of that name. */
        post: operations["createKeyValueStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/key-value-stores/{storeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a key-value store's name, owner and usage counters. */
        get: operations["getKeyValueStore"];
        put?: never;
        post?: never;
        /** Remove a key-value store and all its records. */
        delete: operations["deleteKeyValueStore"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/key-value-stores/{storeId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the record keys of a store in key order, a page at a time. */
        get: operations["listKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/key-value-stores/{storeId}/records/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fetch a record's value, served with the content type it was stored with. */
        get: operations["getRecord"];
        /** Store a value under a key, replacing any earlier one. */
        put: operations["putRecord"];
        post?: never;
        /** Remove a record from a store. */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/request-queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's request queues. */
        get: operations["listRequestQueues"];
        put?: never;
        /** Create a named request queue, or return the existing one of that name. */
        post: operations["createRequestQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/request-queues/{queueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a request queue with its request counts. */
        get: operations["getRequestQueue"];
        put?: never;
        post?: never;
        /** Remove a request queue. */
        delete: operations["deleteRequestQueue"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/request-queues/{queueId}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enqueue a URL; a request whose uniqueKey is already in the queue is not added twice. */
        post: operations["addRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's schedules. */
        get: operations["listSchedules"];
        put?: never;
        /** Create a schedule that starts Actors or tasks on a cron expression. */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a schedule with its cron expression and actions. */
        get: operations["getSchedule"];
        /** Change a schedule, for example switch it off. */
        put: operations["updateSchedule"];
        post?: never;
        /** Remove a schedule. */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the account behind the token, with its plan. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Page through the account's webhooks. */
        get: operations["listWebhooks"];
        put?: never;
        /** Have Apify call a URL when runs of an Actor or task reach chosen events. */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a webhook with its events, condition and target URL. */
        get: operations["getWebhook"];
        /** Change a webhook's events, condition or target. */
        put: operations["updateWebhook"];
        post?: never;
        /** Remove a webhook. */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AbortActorRunResponse: components["schemas"]["RunActorResponse"];
        AddRequestRequest: {
            /** Format: uri */
            url: string;
            /** @description Key used to spot duplicates; usually the normalised URL. */
            uniqueKey: string;
            /**
             * @default GET
             * @enum {string}
             */
            method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
            /** @description Body to send with a POST or PUT request. */
            payload?: string;
            headers?: {
                [key: string]: string;
            };
            /** @description Free-form data kept with the request. */
            userData?: {
                [key: string]: unknown;
            };
        };
        AddRequestResponse: {
            data?: {
                requestId?: string;
                wasAlreadyPresent?: boolean;
                wasAlreadyHandled?: boolean;
            };
        };
        CreateActorTaskRequest: {
            /** @description Actor the task runs. */
            actId?: string;
            /** @description Task name: letters, digits and dashes. */
            name?: string;
            options?: {
                build?: string;
                memoryMbytes?: number;
                timeoutSecs?: number;
            };
            /** @description Input handed to the Actor. */
            input?: {
                [key: string]: unknown;
            };
        };
        CreateActorTaskResponse: components["schemas"]["GetActorTaskResponse"];
        CreateDatasetRequest: {
            name?: string;
        };
        CreateDatasetResponse: components["schemas"]["GetDatasetResponse"];
        CreateKeyValueStoreRequest: {
            name?: string;
        };
        CreateKeyValueStoreResponse: components["schemas"]["GetKeyValueStoreResponse"];
        CreateRequestQueueRequest: {
            name?: string;
        };
        CreateRequestQueueResponse: components["schemas"]["GetRequestQueueResponse"];
        CreateScheduleRequest: {
            name?: string;
            /** @description Standard five-field cron expression, or a shortcut such as @daily. */
            cronExpression?: string;
            /** @description IANA time zone the expression is read in (default UTC). */
            timezone?: string;
            isEnabled?: boolean;
            /** @description true skips a start while the previous run is still going. */
            isExclusive?: boolean;
            description?: string;
            actions?: {
                /** @enum {string} */
                type: "RUN_ACTOR" | "RUN_ACTOR_TASK";
                actorId?: string;
                actorTaskId?: string;
                runInput?: {
                    body?: string;
                    contentType?: string;
                };
                runOptions?: {
                    build?: string;
                    timeoutSecs?: number;
                    memoryMbytes?: number;
                };
            }[];
        };
        CreateScheduleResponse: components["schemas"]["GetScheduleResponse"];
        CreateWebhookRequest: {
            eventTypes?: ("ACTOR.BUILD.ABORTED" | "ACTOR.BUILD.CREATED" | "ACTOR.BUILD.FAILED" | "ACTOR.BUILD.SUCCEEDED" | "ACTOR.BUILD.TIMED_OUT" | "ACTOR.RUN.ABORTED" | "ACTOR.RUN.CREATED" | "ACTOR.RUN.FAILED" | "ACTOR.RUN.RESURRECTED" | "ACTOR.RUN.SUCCEEDED" | "ACTOR.RUN.TIMED_OUT")[];
            /**
             * Format: uri
             * @description URL Apify sends a POST to.
             */
            requestUrl?: string;
            /** @description Which Actor, task or run the webhook listens to. */
            condition?: {
                actorId?: string;
                actorTaskId?: string;
                actorRunId?: string;
            };
            isAdHoc?: boolean;
            /** @description JSON template of the payload sent. */
            payloadTemplate?: string;
            headersTemplate?: string;
            description?: string;
            idempotencyKey?: string;
            ignoreSslErrors?: boolean;
            doNotRetry?: boolean;
            shouldInterpolateStrings?: boolean;
        };
        CreateWebhookResponse: components["schemas"]["GetWebhookResponse"];
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
        GetActorResponse: {
            data?: {
                id?: string;
                name?: string;
                username?: string;
                title?: string;
                isPublic?: boolean;
                /** Format: date-time */
                createdAt?: string;
                /** Format: date-time */
                modifiedAt?: string;
                defaultRunOptions?: {
                    build?: string;
                    timeoutSecs?: number;
                    memoryMbytes?: number;
                };
                stats?: Record<string, unknown>;
            };
        };
        GetActorRunResponse: components["schemas"]["RunActorResponse"];
        GetActorTaskResponse: {
            data?: {
                id?: string;
                actId?: string;
                name?: string;
                username?: string;
                options?: {
                    build?: string;
                    memoryMbytes?: number;
                    timeoutSecs?: number;
                };
                input?: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                createdAt?: string;
                /** Format: date-time */
                modifiedAt?: string;
            };
        };
        GetCurrentUserResponse: {
            data?: {
                id?: string;
                username?: string;
                profile?: {
                    name?: string;
                    pictureUrl?: string;
                };
                email?: string;
                plan?: {
                    id?: string;
                    description?: string;
                    monthlyUsageCreditsUsd?: number;
                };
                /** Format: date-time */
                createdAt?: string;
            };
        };
        GetDatasetItemsResponse: ({
            title?: string;
            url?: string;
            "#debug"?: {
                requestId?: string;
                statusCode?: number;
            };
        } & {
            [key: string]: unknown;
        })[];
        GetDatasetResponse: {
            data?: components["schemas"]["ListDatasetsResponseDataItemsItem"];
        };
        GetKeyValueStoreResponse: {
            data?: components["schemas"]["ListKeyValueStoresResponseDataItemsItem"];
        };
        GetRecordResponse: unknown;
        GetRequestQueueResponse: {
            data?: components["schemas"]["ListRequestQueuesResponseDataItemsItem"];
        };
        GetScheduleResponse: {
            data?: components["schemas"]["ListSchedulesResponseDataItemsItem"];
        };
        GetWebhookResponse: {
            data?: components["schemas"]["ListWebhooksResponseDataItemsItem"];
        };
        ListActorRunsResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["RunActorResponseData"][];
            };
        };
        ListActorTasksResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: {
                    id?: string;
                    actId?: string;
                    name?: string;
                    username?: string;
                    /** Format: date-time */
                    createdAt?: string;
                    /** Format: date-time */
                    modifiedAt?: string;
                }[];
            };
        };
        ListActorsResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                desc?: boolean;
                items?: {
                    id?: string;
                    name?: string;
                    username?: string;
                    title?: string;
                    /** Format: date-time */
                    createdAt?: string;
                    /** Format: date-time */
                    modifiedAt?: string;
                    stats?: {
                        totalRuns?: number;
                        /** Format: date-time */
                        lastRunStartedAt?: string;
                    };
                }[];
            };
        };
        ListDatasetsResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["ListDatasetsResponseDataItemsItem"][];
            };
        };
        ListDatasetsResponseDataItemsItem: {
            id?: string;
            name?: string | null;
            userId?: string;
            itemCount?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            modifiedAt?: string;
        };
        ListKeyValueStoresResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["ListKeyValueStoresResponseDataItemsItem"][];
            };
        };
        ListKeyValueStoresResponseDataItemsItem: {
            id?: string;
            name?: string | null;
            userId?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            modifiedAt?: string;
            stats?: {
                readCount?: number;
                writeCount?: number;
                storageBytes?: number;
            };
        };
        ListKeysResponse: {
            data?: {
                items?: {
                    key?: string;
                    size?: number;
                }[];
                count?: number;
                limit?: number;
                exclusiveStartKey?: string | null;
                /** @description true when more keys follow. */
                isTruncated?: boolean;
                nextExclusiveStartKey?: string | null;
            };
        };
        ListRequestQueuesResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["ListRequestQueuesResponseDataItemsItem"][];
            };
        };
        ListRequestQueuesResponseDataItemsItem: {
            id?: string;
            name?: string | null;
            userId?: string;
            totalRequestCount?: number;
            handledRequestCount?: number;
            pendingRequestCount?: number;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            modifiedAt?: string;
        };
        ListSchedulesResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["ListSchedulesResponseDataItemsItem"][];
            };
        };
        ListSchedulesResponseDataItemsItem: {
            id?: string;
            name?: string;
            cronExpression?: string;
            timezone?: string;
            isEnabled?: boolean;
            isExclusive?: boolean;
            /** Format: date-time */
            nextRunAt?: string;
            /** Format: date-time */
            lastRunAt?: string;
            actions?: Record<string, unknown>[];
        };
        ListWebhooksResponse: {
            data?: {
                total?: number;
                count?: number;
                offset?: number;
                limit?: number;
                items?: components["schemas"]["ListWebhooksResponseDataItemsItem"][];
            };
        };
        ListWebhooksResponseDataItemsItem: {
            id?: string;
            eventTypes?: string[];
            requestUrl?: string;
            condition?: {
                actorId?: string;
                actorTaskId?: string;
                actorRunId?: string;
            };
            isAdHoc?: boolean;
            payloadTemplate?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            modifiedAt?: string;
        };
        PushDatasetItemsRequest: {
            [key: string]: unknown;
        }[] | {
            [key: string]: unknown;
        };
        PushDatasetItemsResponse: unknown;
        /** @description Any value; it is stored byte for byte with the request's Content-Type. */
        PutRecordRequest: unknown;
        PutRecordResponse: unknown;
        ResurrectActorRunResponse: components["schemas"]["RunActorResponse"];
        /** @description Input of the Actor; its fields depend on the Actor's input schema. */
        RunActorRequest: {
            startUrls?: {
                /** Format: uri */
                url?: string;
            }[];
            maxRequestsPerCrawl?: number;
        } & {
            [key: string]: unknown;
        };
        RunActorResponse: {
            data?: components["schemas"]["RunActorResponseData"];
        };
        RunActorResponseData: {
            id?: string;
            actId?: string;
            actorTaskId?: string;
            /** @enum {string} */
            status?: "READY" | "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTING" | "ABORTED" | "TIMING-OUT" | "TIMED-OUT";
            statusMessage?: string;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            finishedAt?: string;
            stats?: {
                durationMillis?: number;
                runTimeSecs?: number;
                computeUnits?: number;
                memAvgBytes?: number;
                cpuAvgUsage?: number;
            };
            defaultKeyValueStoreId?: string;
            defaultDatasetId?: string;
            defaultRequestQueueId?: string;
            usageTotalUsd?: number;
        };
        /** @description Input fields that replace the task's saved ones for this run. */
        RunActorTaskRequest: {
            [key: string]: unknown;
        };
        RunActorTaskResponse: components["schemas"]["RunActorResponse"];
        UpdateActorTaskRequest: components["schemas"]["CreateActorTaskRequest"];
        UpdateActorTaskResponse: components["schemas"]["GetActorTaskResponse"];
        UpdateScheduleRequest: components["schemas"]["CreateScheduleRequest"];
        UpdateScheduleResponse: components["schemas"]["GetScheduleResponse"];
        UpdateWebhookRequest: components["schemas"]["CreateWebhookRequest"];
        UpdateWebhookResponse: components["schemas"]["GetWebhookResponse"];
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
        /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActorRuns: {
        parameters: {
            query?: {
                /** @description Only runs in this state. */
                status?: "READY" | "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTING" | "ABORTED" | "TIMING-OUT" | "TIMED-OUT";
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "data": {
                     *         "total": 1,
                     *         "count": 1,
                     *         "offset": 0,
                     *         "limit": 1000,
                     *         "items": [
                     *           {
                     *             "id": "mxA2b6luHFdcxBZuG",
                     *             "actId": "moJRLRc85AitArpNN",
                     *             "status": "SUCCEEDED",
                     *             "startedAt": "2026-04-07T21:24:57.927Z",
                     *             "finishedAt": "2026-04-07T21:25:08.086Z",
                     *             "defaultDatasetId": "E9O7dXhrNxgA06o5k",
                     *             "usageTotalUsd": 0.0037
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ListActorRunsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getActorRun: {
        parameters: {
            query?: {
                /** @description Seconds to wait for the run to end before answering. */
                waitForFinish?: number;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Actor run. */
                runId: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "mxA2b6luHFdcxBZuG",
                     *         "actId": "moJRLRc85AitArpNN",
                     *         "status": "SUCCEEDED",
                     *         "statusMessage": "Finished! Total 1 requests: 1 succeeded, 0 failed.",
                     *         "startedAt": "2026-04-07T21:24:57.927Z",
                     *         "finishedAt": "2026-04-07T21:25:08.086Z",
                     *         "stats": {
                     *           "durationMillis": 10009,
                     *           "runTimeSecs": 10.009,
                     *           "computeUnits": 0.011,
                     *           "memAvgBytes": 254919122,
                     *           "cpuAvgUsage": 14.67
                     *         },
                     *         "defaultKeyValueStoreId": "qP9EdMQrEqNcC2PzZ",
                     *         "defaultDatasetId": "E9O7dXhrNxgA06o5k",
                     *         "defaultRequestQueueId": "N3xb1qGmNzoxPNaAW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetActorRunResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    abortActorRun: {
        parameters: {
            query?: {
                /** @description true lets the run save its state and finish before it stops. */
                gracefully?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Actor run. */
                runId: string;
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
                    "application/json": components["schemas"]["AbortActorRunResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    resurrectActorRun: {
        parameters: {
            query?: {
                /** @description Build to run instead of the original one. */
                build?: string;
                /** @description New run time limit in seconds. */
                timeout?: number;
                /** @description New memory in megabytes. */
                memory?: number;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the Actor run. */
                runId: string;
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
                    "application/json": components["schemas"]["ResurrectActorRunResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listActorTasks: {
        parameters: {
            query?: {
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListActorTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createActorTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "actId": "moJRLRc85AitArpNN",
                 *       "name": "my-scraping-task",
                 *       "options": {
                 *         "build": "latest",
                 *         "memoryMbytes": 1024,
                 *         "timeoutSecs": 300
                 *       },
                 *       "input": {
                 *         "startUrls": [
                 *           {
                 *             "url": "https://example.com"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateActorTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateActorTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getActorTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Task id, or username~task-name. */
                actorTaskId: string;
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
                    "application/json": components["schemas"]["GetActorTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateActorTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Task id, or username~task-name. */
                actorTaskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "updated-task-name"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateActorTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateActorTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteActorTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Task id, or username~task-name. */
                actorTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runActorTask: {
        parameters: {
            query?: {
                /** @description Build tag or number to run (default: the Actor's default build, usually latest). */
                build?: string;
                /** @description Run time limit in seconds. */
                timeout?: number;
                /** @description Memory in megabytes, a power of 2 of at least 128. */
                memory?: number;
                /** @description Cap on result items for pay-per-result Actors. */
                maxItems?: number;
                /** @description Cap on the cost of a pay-per-event run. */
                maxTotalChargeUsd?: number;
                /** @description Seconds to wait for the run to end before answering. */
                waitForFinish?: number;
                /** @description Base64-encoded JSON array of ad-hoc webhooks for this run. */
                webhooks?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Task id, or username~task-name. */
                actorTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["RunActorTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunActorTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description true limits the list to Actors the account owns. */
                my?: boolean;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "data": {
                     *         "total": 4,
                     *         "count": 4,
                     *         "offset": 0,
                     *         "limit": 1000,
                     *         "desc": false,
                     *         "items": [
                     *           {
                     *             "id": "moJRLRc85AitArpNN",
                     *             "name": "web-scraper",
                     *             "username": "apify",
                     *             "title": "Web Scraper",
                     *             "createdAt": "2019-03-07T11:28:01.600Z",
                     *             "modifiedAt": "2026-03-11T14:36:47.849Z",
                     *             "stats": {
                     *               "totalRuns": 2,
                     *               "lastRunStartedAt": "2026-04-07T21:24:57.927Z"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ListActorsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Actor id, or username~actor-name.
                 * @example apify~web-scraper
                 */
                actorId: string;
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
                    "application/json": components["schemas"]["GetActorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runActor: {
        parameters: {
            query?: {
                /** @description Build tag or number to run (default: the Actor's default build, usually latest). */
                build?: string;
                /** @description Run time limit in seconds. */
                timeout?: number;
                /** @description Memory in megabytes, a power of 2 of at least 128. */
                memory?: number;
                /** @description Cap on result items for pay-per-result Actors. */
                maxItems?: number;
                /** @description Cap on the cost of a pay-per-event run. */
                maxTotalChargeUsd?: number;
                /** @description Seconds to wait for the run to end before answering. */
                waitForFinish?: number;
                /** @description Base64-encoded JSON array of ad-hoc webhooks for this run. */
                webhooks?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Actor id, or username~actor-name.
                 * @example apify~web-scraper
                 */
                actorId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "startUrls": [
                 *         {
                 *           "url": "https://example.com"
                 *         }
                 *       ],
                 *       "maxRequestsPerCrawl": 10
                 *     }
                 */
                "application/json": components["schemas"]["RunActorRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "mxA2b6luHFdcxBZuG",
                     *         "actId": "moJRLRc85AitArpNN",
                     *         "status": "RUNNING",
                     *         "startedAt": "2026-04-07T21:24:57.927Z",
                     *         "defaultKeyValueStoreId": "qP9EdMQrEqNcC2PzZ",
                     *         "defaultDatasetId": "E9O7dXhrNxgA06o5k",
                     *         "defaultRequestQueueId": "N3xb1qGmNzoxPNaAW"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RunActorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDatasets: {
        parameters: {
            query?: {
                /** @description true includes the unnamed datasets that runs create. */
                unnamed?: boolean;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDatasetsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDataset: {
        parameters: {
            query?: {
                /** @description Name of the dataset; without it an unnamed dataset is created. */
                name?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "my-dataset"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDatasetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Dataset id, or username~dataset-name. */
                datasetId: string;
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
                    "application/json": components["schemas"]["GetDatasetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Dataset id, or username~dataset-name. */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDatasetItems: {
        parameters: {
            query?: {
                /** @description Output format. */
                format?: "json" | "jsonl" | "csv" | "html" | "xlsx" | "xml" | "rss";
                /** @description true skips empty items and fields whose names start with '#'. */
                clean?: boolean;
                /** @description Comma-separated fields to keep. */
                fields?: string;
                /** @description Comma-separated fields to drop. */
                omit?: string;
                /** @description Field whose array values are spread into separate items. */
                unwind?: string;
                /** @description Comma-separated object fields to flatten into dotted keys. */
                flatten?: string;
                skipEmpty?: boolean;
                /** @description true drops fields whose names start with '#'. */
                skipHidden?: boolean;
                /** @description Named view defined in the dataset schema. */
                view?: string;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return (all when omitted). */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Dataset id, or username~dataset-name. */
                datasetId: string;
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
                    /**
                     * @example [
                     *       {
                     *         "title": "Example Domain",
                     *         "url": "https://example.com",
                     *         "#debug": {
                     *           "requestId": "zYk68OuvhfdFudP",
                     *           "statusCode": 200
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["GetDatasetItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    pushDatasetItems: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Dataset id, or username~dataset-name. */
                datasetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "title": "Item 1",
                 *         "url": "https://example1.com"
                 *       },
                 *       {
                 *         "title": "Item 2",
                 *         "url": "https://example2.com"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["PushDatasetItemsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushDatasetItemsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listKeyValueStores: {
        parameters: {
            query?: {
                /** @description true includes the unnamed stores that runs create. */
                unnamed?: boolean;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListKeyValueStoresResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createKeyValueStore: {
        parameters: {
            query?: {
                /** @description Name of the store; without it an unnamed store is created. */
                name?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "my-store"
                 *     }
                 */
                "application/json": components["schemas"]["CreateKeyValueStoreRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateKeyValueStoreResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getKeyValueStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
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
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "qP9EdMQrEqNcC2PzZ",
                     *         "name": null,
                     *         "userId": "GgXk48GBlDInv62bA",
                     *         "createdAt": "2026-04-07T21:24:57.930Z",
                     *         "stats": {
                     *           "readCount": 2,
                     *           "writeCount": 6,
                     *           "storageBytes": 2018
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetKeyValueStoreResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteKeyValueStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description Start listing after this key (the nextExclusiveStartKey of the previous page). */
                exclusiveStartKey?: string;
                /** @description Most keys to return. */
                limit?: number;
                /** @description Only keys that start with this. */
                prefix?: string;
                /** @description Only keys of this collection of the store schema. */
                collection?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
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
                    "application/json": components["schemas"]["ListKeysResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
                /** @description Key of the record in the store. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored value as it was written (JSON, text, an image, …), with the Content-Type it was stored with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["GetRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    putRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
                /** @description Key of the record in the store. */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "data": "value"
                 *     }
                 */
                "application/json": components["schemas"]["PutRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Key-value store id, or username~store-name. */
                storeId: string;
                /** @description Key of the record in the store. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listRequestQueues: {
        parameters: {
            query?: {
                /** @description true includes the unnamed queues that runs create. */
                unnamed?: boolean;
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListRequestQueuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createRequestQueue: {
        parameters: {
            query?: {
                /** @description Name of the queue; without it an unnamed queue is created. */
                name?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "my-queue"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRequestQueueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRequestQueueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRequestQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Request queue id, or username~queue-name. */
                queueId: string;
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
                    "application/json": components["schemas"]["GetRequestQueueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteRequestQueue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Request queue id, or username~queue-name. */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addRequest: {
        parameters: {
            query?: {
                /** @description true puts the request at the head of the queue. */
                forefront?: boolean;
                /** @description Identifies the client that adds requests, for the queue's lock bookkeeping. */
                clientKey?: string;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Request queue id, or username~queue-name. */
                queueId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com",
                 *       "uniqueKey": "example-key"
                 *     }
                 */
                "application/json": components["schemas"]["AddRequestRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddRequestResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSchedules: {
        parameters: {
            query?: {
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSchedulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "daily-scrape",
                 *       "cronExpression": "0 0 * * *",
                 *       "isEnabled": true,
                 *       "actions": [
                 *         {
                 *           "type": "RUN_ACTOR_TASK",
                 *           "actorTaskId": "task123"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule. */
                scheduleId: string;
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
                    "application/json": components["schemas"]["GetScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isEnabled": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateScheduleRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateScheduleResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the schedule. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                     *       "data": {
                     *         "id": "GgXk48GBlDInv62bA",
                     *         "username": "my_username",
                     *         "profile": {
                     *           "name": "John Doe",
                     *           "pictureUrl": "https://..."
                     *         },
                     *         "email": "john@example.com",
                     *         "plan": {
                     *           "id": "FREE",
                     *           "description": "Free plan",
                     *           "monthlyUsageCreditsUsd": 5
                     *         },
                     *         "createdAt": "2024-04-27T22:08:45.429Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description How many items to skip. */
                offset?: number;
                /** @description Most items to return. */
                limit?: number;
                /** @description true (or 1) lists newest first. */
                desc?: boolean;
            };
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListWebhooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventTypes": [
                 *         "ACTOR.RUN.SUCCEEDED"
                 *       ],
                 *       "requestUrl": "https://example.com/webhook",
                 *       "condition": {
                 *         "actorId": "moJRLRc85AitArpNN"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
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
                    "application/json": components["schemas"]["GetWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "isAdHoc": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Apify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the webhook. */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
