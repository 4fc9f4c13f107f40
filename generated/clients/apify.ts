// Generated from providers/apify.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/apify.js';

/**
 * Apify through the Switchboard gateway: Run Apify Actors and tasks and manage their runs, datasets, key-value stores, request queues, schedules and webhooks.
 */
export interface ApifyClient {
    /** Show the account behind the token, with its plan. `GET /v2/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Page through the Actors the account created or has used. `GET /v2/acts` */
    listActors: Paged<operations["listActors"]>;
    /** Read an Actor's details, versions and default run options. `GET /v2/acts/{actorId}` */
    getActor: Call<operations["getActor"]>;
    /** Start an Actor run; the body is the Actor's input and the answer comes back while it runs. `POST /v2/acts/{actorId}/runs` */
    runActor: Call<operations["runActor"]>;
    /** Page through the account's Actor runs, optionally only those in one state. `GET /v2/actor-runs` */
    listActorRuns: Paged<operations["listActorRuns"]>;
    /** Read a run's state, timing, usage and the ids of its default storages. `GET /v2/actor-runs/{runId}` */
    getActorRun: Call<operations["getActorRun"]>;
    /** Stop a running Actor run. `POST /v2/actor-runs/{runId}/abort` */
    abortActorRun: Call<operations["abortActorRun"]>;
    /** Restart a finished run with its original storages. `POST /v2/actor-runs/{runId}/resurrect` */
    resurrectActorRun: Call<operations["resurrectActorRun"]>;
    /** Page through the account's saved Actor tasks. `GET /v2/actor-tasks` */
    listActorTasks: Paged<operations["listActorTasks"]>;
    /** Read a task with its saved run options and input. `GET /v2/actor-tasks/{actorTaskId}` */
    getActorTask: Call<operations["getActorTask"]>;
    /** Save an Actor with fixed run options and input as a reusable task. `POST /v2/actor-tasks` */
    createActorTask: Call<operations["createActorTask"]>;
    /** Start a run of a task; a body, if sent, overrides fields of the saved input. `POST /v2/actor-tasks/{actorTaskId}/runs` */
    runActorTask: Call<operations["runActorTask"]>;
    /** Change a task's name, run options or input. `PUT /v2/actor-tasks/{actorTaskId}` */
    updateActorTask: Call<operations["updateActorTask"]>;
    /** Remove a task. `DELETE /v2/actor-tasks/{actorTaskId}` */
    deleteActorTask: Call<operations["deleteActorTask"]>;
    /** Page through the account's datasets. `GET /v2/datasets` */
    listDatasets: Paged<operations["listDatasets"]>;
    /** Read a dataset's name, item count and dates. `GET /v2/datasets/{datasetId}` */
    getDataset: Call<operations["getDataset"]>;
    /** Create a named dataset, or return the existing one of that name. `POST /v2/datasets` */
    createDataset: Call<operations["createDataset"]>;
    /** Download a dataset's items as JSON, CSV, Excel or another format. `GET /v2/datasets/{datasetId}/items` */
    getDatasetItems: Paged<operations["getDatasetItems"]>;
    /** Append one object or an array of objects to a dataset. `POST /v2/datasets/{datasetId}/items` */
    pushDatasetItems: Call<operations["pushDatasetItems"]>;
    /** Remove a dataset and its items. `DELETE /v2/datasets/{datasetId}` */
    deleteDataset: Call<operations["deleteDataset"]>;
    /** Page through the account's key-value stores. `GET /v2/key-value-stores` */
    listKeyValueStores: Paged<operations["listKeyValueStores"]>;
    /** Read a key-value store's name, owner and usage counters. `GET /v2/key-value-stores/{storeId}` */
    getKeyValueStore: Call<operations["getKeyValueStore"]>;
    /** Create a named key-value store, or return the existing one of that name. `POST /v2/key-value-stores` */
    createKeyValueStore: Call<operations["createKeyValueStore"]>;
    /** List the record keys of a store in key order, a page at a time. `GET /v2/key-value-stores/{storeId}/keys` */
    listKeys: Paged<operations["listKeys"]>;
    /** Fetch a record's value, served with the content type it was stored with. `GET /v2/key-value-stores/{storeId}/records/{key}` */
    getRecord: Call<operations["getRecord"]>;
    /** Store a value under a key, replacing any earlier one. `PUT /v2/key-value-stores/{storeId}/records/{key}` */
    putRecord: Call<operations["putRecord"]>;
    /** Remove a record from a store. `DELETE /v2/key-value-stores/{storeId}/records/{key}` */
    deleteRecord: Call<operations["deleteRecord"]>;
    /** Remove a key-value store and all its records. `DELETE /v2/key-value-stores/{storeId}` */
    deleteKeyValueStore: Call<operations["deleteKeyValueStore"]>;
    /** Page through the account's request queues. `GET /v2/request-queues` */
    listRequestQueues: Paged<operations["listRequestQueues"]>;
    /** Read a request queue with its request counts. `GET /v2/request-queues/{queueId}` */
    getRequestQueue: Call<operations["getRequestQueue"]>;
    /** Create a named request queue, or return the existing one of that name. `POST /v2/request-queues` */
    createRequestQueue: Call<operations["createRequestQueue"]>;
    /** Enqueue a URL; a request whose uniqueKey is already in the queue is not added twice. `POST /v2/request-queues/{queueId}/requests` */
    addRequest: Call<operations["addRequest"]>;
    /** Remove a request queue. `DELETE /v2/request-queues/{queueId}` */
    deleteRequestQueue: Call<operations["deleteRequestQueue"]>;
    /** Page through the account's schedules. `GET /v2/schedules` */
    listSchedules: Paged<operations["listSchedules"]>;
    /** Read a schedule with its cron expression and actions. `GET /v2/schedules/{scheduleId}` */
    getSchedule: Call<operations["getSchedule"]>;
    /** Create a schedule that starts Actors or tasks on a cron expression. `POST /v2/schedules` */
    createSchedule: Call<operations["createSchedule"]>;
    /** Change a schedule, for example switch it off. `PUT /v2/schedules/{scheduleId}` */
    updateSchedule: Call<operations["updateSchedule"]>;
    /** Remove a schedule. `DELETE /v2/schedules/{scheduleId}` */
    deleteSchedule: Call<operations["deleteSchedule"]>;
    /** Page through the account's webhooks. `GET /v2/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Read a webhook with its events, condition and target URL. `GET /v2/webhooks/{webhookId}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Have Apify call a URL when runs of an Actor or task reach chosen events. `POST /v2/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Change a webhook's events, condition or target. `PUT /v2/webhooks/{webhookId}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Remove a webhook. `DELETE /v2/webhooks/{webhookId}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<ApifyClient> = {
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
};

/**
 * The Apify client: `const api = apify(new Switchboard({ baseUrl, apiKey }))`.
 */
export const apify = (sb: Switchboard): ApifyClient => bindClient<ApifyClient>(sb, "apify", routes);
