// Generated from providers/apify.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/apify.js';

/**
 * Apify through the Switchboard gateway: Run Apify Actors and tasks and manage their runs, datasets, key-value stores, request queues, schedules and webhooks.
 */
export interface ApifyClient {
    /**
     * Show the account behind the token, with its plan.
     *
     * `GET /v2/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Page through the Actors the account created or has used.
     *
     * `GET /v2/acts`
     */
    listActors: {
        (args?: Args<operations["listActors"]>, options?: CallOptions): Promise<Result<Data<operations["listActors"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActors"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActors"]>, void, undefined>;
    };
    /**
     * Read an Actor's details, versions and default run options.
     *
     * `GET /v2/acts/{actorId}`
     */
    getActor(args: Args<operations["getActor"]>, options?: CallOptions): Promise<Result<Data<operations["getActor"]>>>;
    /**
     * Start an Actor run; the body is the Actor's input and the answer comes back while it runs.
     *
     * `POST /v2/acts/{actorId}/runs`
     */
    runActor(args: Args<operations["runActor"]>, options?: CallOptions): Promise<Result<Data<operations["runActor"]>>>;
    /**
     * Page through the account's Actor runs, optionally only those in one state.
     *
     * `GET /v2/actor-runs`
     */
    listActorRuns: {
        (args?: Args<operations["listActorRuns"]>, options?: CallOptions): Promise<Result<Data<operations["listActorRuns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActorRuns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActorRuns"]>, void, undefined>;
    };
    /**
     * Read a run's state, timing, usage and the ids of its default storages.
     *
     * `GET /v2/actor-runs/{runId}`
     */
    getActorRun(args: Args<operations["getActorRun"]>, options?: CallOptions): Promise<Result<Data<operations["getActorRun"]>>>;
    /**
     * Stop a running Actor run.
     *
     * `POST /v2/actor-runs/{runId}/abort`
     */
    abortActorRun(args: Args<operations["abortActorRun"]>, options?: CallOptions): Promise<Result<Data<operations["abortActorRun"]>>>;
    /**
     * Restart a finished run with its original storages.
     *
     * `POST /v2/actor-runs/{runId}/resurrect`
     */
    resurrectActorRun(args: Args<operations["resurrectActorRun"]>, options?: CallOptions): Promise<Result<Data<operations["resurrectActorRun"]>>>;
    /**
     * Page through the account's saved Actor tasks.
     *
     * `GET /v2/actor-tasks`
     */
    listActorTasks: {
        (args?: Args<operations["listActorTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listActorTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActorTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActorTasks"]>, void, undefined>;
    };
    /**
     * Read a task with its saved run options and input.
     *
     * `GET /v2/actor-tasks/{actorTaskId}`
     */
    getActorTask(args: Args<operations["getActorTask"]>, options?: CallOptions): Promise<Result<Data<operations["getActorTask"]>>>;
    /**
     * Save an Actor with fixed run options and input as a reusable task.
     *
     * `POST /v2/actor-tasks`
     */
    createActorTask(args: Args<operations["createActorTask"]>, options?: CallOptions): Promise<Result<Data<operations["createActorTask"]>>>;
    /**
     * Start a run of a task; a body, if sent, overrides fields of the saved input.
     *
     * `POST /v2/actor-tasks/{actorTaskId}/runs`
     */
    runActorTask(args: Args<operations["runActorTask"]>, options?: CallOptions): Promise<Result<Data<operations["runActorTask"]>>>;
    /**
     * Change a task's name, run options or input.
     *
     * `PUT /v2/actor-tasks/{actorTaskId}`
     */
    updateActorTask(args: Args<operations["updateActorTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateActorTask"]>>>;
    /**
     * Remove a task.
     *
     * `DELETE /v2/actor-tasks/{actorTaskId}`
     */
    deleteActorTask(args: Args<operations["deleteActorTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteActorTask"]>>>;
    /**
     * Page through the account's datasets.
     *
     * `GET /v2/datasets`
     */
    listDatasets: {
        (args?: Args<operations["listDatasets"]>, options?: CallOptions): Promise<Result<Data<operations["listDatasets"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDatasets"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDatasets"]>, void, undefined>;
    };
    /**
     * Read a dataset's name, item count and dates.
     *
     * `GET /v2/datasets/{datasetId}`
     */
    getDataset(args: Args<operations["getDataset"]>, options?: CallOptions): Promise<Result<Data<operations["getDataset"]>>>;
    /**
     * Create a named dataset, or return the existing one of that name.
     *
     * `POST /v2/datasets`
     */
    createDataset(args?: Args<operations["createDataset"]>, options?: CallOptions): Promise<Result<Data<operations["createDataset"]>>>;
    /**
     * Download a dataset's items as JSON, CSV, Excel or another format.
     *
     * `GET /v2/datasets/{datasetId}/items`
     */
    getDatasetItems: {
        (args: Args<operations["getDatasetItems"]>, options?: CallOptions): Promise<Result<Data<operations["getDatasetItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getDatasetItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["getDatasetItems"]>, void, undefined>;
    };
    /**
     * Append one object or an array of objects to a dataset.
     *
     * `POST /v2/datasets/{datasetId}/items`
     */
    pushDatasetItems(args: Args<operations["pushDatasetItems"]>, options?: CallOptions): Promise<Result<Data<operations["pushDatasetItems"]>>>;
    /**
     * Remove a dataset and its items.
     *
     * `DELETE /v2/datasets/{datasetId}`
     */
    deleteDataset(args: Args<operations["deleteDataset"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDataset"]>>>;
    /**
     * Page through the account's key-value stores.
     *
     * `GET /v2/key-value-stores`
     */
    listKeyValueStores: {
        (args?: Args<operations["listKeyValueStores"]>, options?: CallOptions): Promise<Result<Data<operations["listKeyValueStores"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listKeyValueStores"]>, options?: CallOptions): AsyncGenerator<Data<operations["listKeyValueStores"]>, void, undefined>;
    };
    /**
     * Read a key-value store's name, owner and usage counters.
     *
     * `GET /v2/key-value-stores/{storeId}`
     */
    getKeyValueStore(args: Args<operations["getKeyValueStore"]>, options?: CallOptions): Promise<Result<Data<operations["getKeyValueStore"]>>>;
    /**
     * Create a named key-value store, or return the existing one of that name.
     *
     * `POST /v2/key-value-stores`
     */
    createKeyValueStore(args?: Args<operations["createKeyValueStore"]>, options?: CallOptions): Promise<Result<Data<operations["createKeyValueStore"]>>>;
    /**
     * List the record keys of a store in key order, a page at a time.
     *
     * `GET /v2/key-value-stores/{storeId}/keys`
     */
    listKeys: {
        (args: Args<operations["listKeys"]>, options?: CallOptions): Promise<Result<Data<operations["listKeys"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listKeys"]>, options?: CallOptions): AsyncGenerator<Data<operations["listKeys"]>, void, undefined>;
    };
    /**
     * Fetch a record's value, served with the content type it was stored with.
     *
     * `GET /v2/key-value-stores/{storeId}/records/{key}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Store a value under a key, replacing any earlier one.
     *
     * `PUT /v2/key-value-stores/{storeId}/records/{key}`
     */
    putRecord(args: Args<operations["putRecord"]>, options?: CallOptions): Promise<Result<Data<operations["putRecord"]>>>;
    /**
     * Remove a record from a store.
     *
     * `DELETE /v2/key-value-stores/{storeId}/records/{key}`
     */
    deleteRecord(args: Args<operations["deleteRecord"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecord"]>>>;
    /**
     * Remove a key-value store and all its records.
     *
     * `DELETE /v2/key-value-stores/{storeId}`
     */
    deleteKeyValueStore(args: Args<operations["deleteKeyValueStore"]>, options?: CallOptions): Promise<Result<Data<operations["deleteKeyValueStore"]>>>;
    /**
     * Page through the account's request queues.
     *
     * `GET /v2/request-queues`
     */
    listRequestQueues: {
        (args?: Args<operations["listRequestQueues"]>, options?: CallOptions): Promise<Result<Data<operations["listRequestQueues"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRequestQueues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRequestQueues"]>, void, undefined>;
    };
    /**
     * Read a request queue with its request counts.
     *
     * `GET /v2/request-queues/{queueId}`
     */
    getRequestQueue(args: Args<operations["getRequestQueue"]>, options?: CallOptions): Promise<Result<Data<operations["getRequestQueue"]>>>;
    /**
     * Create a named request queue, or return the existing one of that name.
     *
     * `POST /v2/request-queues`
     */
    createRequestQueue(args?: Args<operations["createRequestQueue"]>, options?: CallOptions): Promise<Result<Data<operations["createRequestQueue"]>>>;
    /**
     * Enqueue a URL; a request whose uniqueKey is already in the queue is not added twice.
     *
     * `POST /v2/request-queues/{queueId}/requests`
     */
    addRequest(args: Args<operations["addRequest"]>, options?: CallOptions): Promise<Result<Data<operations["addRequest"]>>>;
    /**
     * Remove a request queue.
     *
     * `DELETE /v2/request-queues/{queueId}`
     */
    deleteRequestQueue(args: Args<operations["deleteRequestQueue"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRequestQueue"]>>>;
    /**
     * Page through the account's schedules.
     *
     * `GET /v2/schedules`
     */
    listSchedules: {
        (args?: Args<operations["listSchedules"]>, options?: CallOptions): Promise<Result<Data<operations["listSchedules"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSchedules"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSchedules"]>, void, undefined>;
    };
    /**
     * Read a schedule with its cron expression and actions.
     *
     * `GET /v2/schedules/{scheduleId}`
     */
    getSchedule(args: Args<operations["getSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getSchedule"]>>>;
    /**
     * Create a schedule that starts Actors or tasks on a cron expression.
     *
     * `POST /v2/schedules`
     */
    createSchedule(args: Args<operations["createSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["createSchedule"]>>>;
    /**
     * Change a schedule, for example switch it off.
     *
     * `PUT /v2/schedules/{scheduleId}`
     */
    updateSchedule(args: Args<operations["updateSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["updateSchedule"]>>>;
    /**
     * Remove a schedule.
     *
     * `DELETE /v2/schedules/{scheduleId}`
     */
    deleteSchedule(args: Args<operations["deleteSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSchedule"]>>>;
    /**
     * Page through the account's webhooks.
     *
     * `GET /v2/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Read a webhook with its events, condition and target URL.
     *
     * `GET /v2/webhooks/{webhookId}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Have Apify call a URL when runs of an Actor or task reach chosen events.
     *
     * `POST /v2/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Change a webhook's events, condition or target.
     *
     * `PUT /v2/webhooks/{webhookId}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Remove a webhook.
     *
     * `DELETE /v2/webhooks/{webhookId}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/v2/users/me"},
    listActors: {"method":"GET","path":"/v2/acts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getActor: {"method":"GET","path":"/v2/acts/{actorId}"},
    runActor: {"method":"POST","path":"/v2/acts/{actorId}/runs","body":"application/json"},
    listActorRuns: {"method":"GET","path":"/v2/actor-runs","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getActorRun: {"method":"GET","path":"/v2/actor-runs/{runId}"},
    abortActorRun: {"method":"POST","path":"/v2/actor-runs/{runId}/abort"},
    resurrectActorRun: {"method":"POST","path":"/v2/actor-runs/{runId}/resurrect"},
    listActorTasks: {"method":"GET","path":"/v2/actor-tasks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getActorTask: {"method":"GET","path":"/v2/actor-tasks/{actorTaskId}"},
    createActorTask: {"method":"POST","path":"/v2/actor-tasks","body":"application/json"},
    runActorTask: {"method":"POST","path":"/v2/actor-tasks/{actorTaskId}/runs","body":"application/json"},
    updateActorTask: {"method":"PUT","path":"/v2/actor-tasks/{actorTaskId}","body":"application/json"},
    deleteActorTask: {"method":"DELETE","path":"/v2/actor-tasks/{actorTaskId}"},
    listDatasets: {"method":"GET","path":"/v2/datasets","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getDataset: {"method":"GET","path":"/v2/datasets/{datasetId}"},
    createDataset: {"method":"POST","path":"/v2/datasets","body":"application/json"},
    getDatasetItems: {"method":"GET","path":"/v2/datasets/{datasetId}/items","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    pushDatasetItems: {"method":"POST","path":"/v2/datasets/{datasetId}/items","body":"application/json"},
    deleteDataset: {"method":"DELETE","path":"/v2/datasets/{datasetId}"},
    listKeyValueStores: {"method":"GET","path":"/v2/key-value-stores","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getKeyValueStore: {"method":"GET","path":"/v2/key-value-stores/{storeId}"},
    createKeyValueStore: {"method":"POST","path":"/v2/key-value-stores","body":"application/json"},
    listKeys: {"method":"GET","path":"/v2/key-value-stores/{storeId}/keys","paging":{"style":"cursor","cursorParam":"exclusiveStartKey","nextCursor":"data.nextExclusiveStartKey"}},
    getRecord: {"method":"GET","path":"/v2/key-value-stores/{storeId}/records/{key}","binary":true},
    putRecord: {"method":"PUT","path":"/v2/key-value-stores/{storeId}/records/{key}","body":"application/json"},
    deleteRecord: {"method":"DELETE","path":"/v2/key-value-stores/{storeId}/records/{key}"},
    deleteKeyValueStore: {"method":"DELETE","path":"/v2/key-value-stores/{storeId}"},
    listRequestQueues: {"method":"GET","path":"/v2/request-queues","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getRequestQueue: {"method":"GET","path":"/v2/request-queues/{queueId}"},
    createRequestQueue: {"method":"POST","path":"/v2/request-queues","body":"application/json"},
    addRequest: {"method":"POST","path":"/v2/request-queues/{queueId}/requests","body":"application/json"},
    deleteRequestQueue: {"method":"DELETE","path":"/v2/request-queues/{queueId}"},
    listSchedules: {"method":"GET","path":"/v2/schedules","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getSchedule: {"method":"GET","path":"/v2/schedules/{scheduleId}"},
    createSchedule: {"method":"POST","path":"/v2/schedules","body":"application/json"},
    updateSchedule: {"method":"PUT","path":"/v2/schedules/{scheduleId}","body":"application/json"},
    deleteSchedule: {"method":"DELETE","path":"/v2/schedules/{scheduleId}"},
    listWebhooks: {"method":"GET","path":"/v2/webhooks","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"data.items","total":"data.total"}},
    getWebhook: {"method":"GET","path":"/v2/webhooks/{webhookId}"},
    createWebhook: {"method":"POST","path":"/v2/webhooks","body":"application/json"},
    updateWebhook: {"method":"PUT","path":"/v2/webhooks/{webhookId}","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v2/webhooks/{webhookId}"},
} satisfies Record<string, Route>;

/**
 * The Apify client: `const api = apify(new Switchboard({ baseUrl, apiKey }))`.
 */
export function apify(client: Switchboard): ApifyClient {
    const app = "apify";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listActors: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActors, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActors, args, options) }) as ApifyClient["listActors"],
        getActor: (args, options) => client.call(app, routes.getActor, args, options),
        runActor: (args, options) => client.call(app, routes.runActor, args, options),
        listActorRuns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActorRuns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActorRuns, args, options) }) as ApifyClient["listActorRuns"],
        getActorRun: (args, options) => client.call(app, routes.getActorRun, args, options),
        abortActorRun: (args, options) => client.call(app, routes.abortActorRun, args, options),
        resurrectActorRun: (args, options) => client.call(app, routes.resurrectActorRun, args, options),
        listActorTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActorTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActorTasks, args, options) }) as ApifyClient["listActorTasks"],
        getActorTask: (args, options) => client.call(app, routes.getActorTask, args, options),
        createActorTask: (args, options) => client.call(app, routes.createActorTask, args, options),
        runActorTask: (args, options) => client.call(app, routes.runActorTask, args, options),
        updateActorTask: (args, options) => client.call(app, routes.updateActorTask, args, options),
        deleteActorTask: (args, options) => client.call(app, routes.deleteActorTask, args, options),
        listDatasets: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDatasets, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDatasets, args, options) }) as ApifyClient["listDatasets"],
        getDataset: (args, options) => client.call(app, routes.getDataset, args, options),
        createDataset: (args, options) => client.call(app, routes.createDataset, args, options),
        getDatasetItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getDatasetItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getDatasetItems, args, options) }) as ApifyClient["getDatasetItems"],
        pushDatasetItems: (args, options) => client.call(app, routes.pushDatasetItems, args, options),
        deleteDataset: (args, options) => client.call(app, routes.deleteDataset, args, options),
        listKeyValueStores: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listKeyValueStores, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listKeyValueStores, args, options) }) as ApifyClient["listKeyValueStores"],
        getKeyValueStore: (args, options) => client.call(app, routes.getKeyValueStore, args, options),
        createKeyValueStore: (args, options) => client.call(app, routes.createKeyValueStore, args, options),
        listKeys: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listKeys, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listKeys, args, options) }) as ApifyClient["listKeys"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        putRecord: (args, options) => client.call(app, routes.putRecord, args, options),
        deleteRecord: (args, options) => client.call(app, routes.deleteRecord, args, options),
        deleteKeyValueStore: (args, options) => client.call(app, routes.deleteKeyValueStore, args, options),
        listRequestQueues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRequestQueues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRequestQueues, args, options) }) as ApifyClient["listRequestQueues"],
        getRequestQueue: (args, options) => client.call(app, routes.getRequestQueue, args, options),
        createRequestQueue: (args, options) => client.call(app, routes.createRequestQueue, args, options),
        addRequest: (args, options) => client.call(app, routes.addRequest, args, options),
        deleteRequestQueue: (args, options) => client.call(app, routes.deleteRequestQueue, args, options),
        listSchedules: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSchedules, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSchedules, args, options) }) as ApifyClient["listSchedules"],
        getSchedule: (args, options) => client.call(app, routes.getSchedule, args, options),
        createSchedule: (args, options) => client.call(app, routes.createSchedule, args, options),
        updateSchedule: (args, options) => client.call(app, routes.updateSchedule, args, options),
        deleteSchedule: (args, options) => client.call(app, routes.deleteSchedule, args, options),
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as ApifyClient["listWebhooks"],
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}