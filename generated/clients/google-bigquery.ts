// Generated from providers/google-bigquery.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-bigquery.js';

/**
 * Google BigQuery through the Switchboard gateway: BigQuery projects, datasets, tables, table rows, SQL queries and jobs.
 */
export interface GoogleBigqueryClient {
    /**
     * List the Cloud projects the user can use with BigQuery.
     *
     * `GET /bigquery/v2/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * List the datasets of a project.
     *
     * `GET /bigquery/v2/projects/{projectId}/datasets`
     */
    listDatasets: {
        (args: Args<operations["listDatasets"]>, options?: CallOptions): Promise<Result<Data<operations["listDatasets"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDatasets"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDatasets"]>, void, undefined>;
    };
    /**
     * Read a dataset's settings, location and access list.
     *
     * `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}`
     */
    getDataset(args: Args<operations["getDataset"]>, options?: CallOptions): Promise<Result<Data<operations["getDataset"]>>>;
    /**
     * Create a dataset in a project and location.
     *
     * `POST /bigquery/v2/projects/{projectId}/datasets`
     */
    createDataset(args: Args<operations["createDataset"]>, options?: CallOptions): Promise<Result<Data<operations["createDataset"]>>>;
    /**
     * Delete a dataset; it must be empty unless deleteContents is set.
     *
     * `DELETE /bigquery/v2/projects/{projectId}/datasets/{datasetId}`
     */
    deleteDataset(args: Args<operations["deleteDataset"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDataset"]>>>;
    /**
     * List the tables and views of a dataset.
     *
     * `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables`
     */
    listTables: {
        (args: Args<operations["listTables"]>, options?: CallOptions): Promise<Result<Data<operations["listTables"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTables"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTables"]>, void, undefined>;
    };
    /**
     * Read a table's schema, size and settings.
     *
     * `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}`
     */
    getTable(args: Args<operations["getTable"]>, options?: CallOptions): Promise<Result<Data<operations["getTable"]>>>;
    /**
     * Create a table (with a schema) or a view in a dataset.
     *
     * `POST /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables`
     */
    createTable(args: Args<operations["createTable"]>, options?: CallOptions): Promise<Result<Data<operations["createTable"]>>>;
    /**
     * Delete a table and all of its rows.
     *
     * `DELETE /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}`
     */
    deleteTable(args: Args<operations["deleteTable"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTable"]>>>;
    /**
     * Read rows straight from a table without running a query.
     *
     * `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}/data`
     */
    listTableData: {
        (args: Args<operations["listTableData"]>, options?: CallOptions): Promise<Result<Data<operations["listTableData"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTableData"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTableData"]>, void, undefined>;
    };
    /**
     * Run a SQL query and wait up to timeoutMs for the first page of results.
     *
     * `POST /bigquery/v2/projects/{projectId}/queries`
     */
    runQuery(args: Args<operations["runQuery"]>, options?: CallOptions): Promise<Result<Data<operations["runQuery"]>>>;
    /**
     * List a project's jobs, newest first.
     *
     * `GET /bigquery/v2/projects/{projectId}/jobs`
     */
    listJobs: {
        (args: Args<operations["listJobs"]>, options?: CallOptions): Promise<Result<Data<operations["listJobs"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listJobs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listJobs"]>, void, undefined>;
    };
    /**
     * Start an asynchronous job - query (optionally into a destination table), load, extract or copy.
     *
     * `POST /bigquery/v2/projects/{projectId}/jobs`
     */
    insertJob(args: Args<operations["insertJob"]>, options?: CallOptions): Promise<Result<Data<operations["insertJob"]>>>;
    /**
     * Read a job's configuration, state and statistics.
     *
     * `GET /bigquery/v2/projects/{projectId}/jobs/{jobId}`
     */
    getJob(args: Args<operations["getJob"]>, options?: CallOptions): Promise<Result<Data<operations["getJob"]>>>;
    /**
     * Ask BigQuery to cancel a running job; the answer may still show it running.
     *
     * `POST /bigquery/v2/projects/{projectId}/jobs/{jobId}/cancel`
     */
    cancelJob(args: Args<operations["cancelJob"]>, options?: CallOptions): Promise<Result<Data<operations["cancelJob"]>>>;
}

const routes = {
    listProjects: {"method":"GET","path":"/bigquery/v2/projects","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listDatasets: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/datasets","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getDataset: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}"},
    createDataset: {"method":"POST","path":"/bigquery/v2/projects/{projectId}/datasets","body":"application/json"},
    deleteDataset: {"method":"DELETE","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}"},
    listTables: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getTable: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}"},
    createTable: {"method":"POST","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables","body":"application/json"},
    deleteTable: {"method":"DELETE","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}"},
    listTableData: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}/data","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"pageToken"}},
    runQuery: {"method":"POST","path":"/bigquery/v2/projects/{projectId}/queries","body":"application/json"},
    listJobs: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/jobs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    insertJob: {"method":"POST","path":"/bigquery/v2/projects/{projectId}/jobs","body":"application/json"},
    getJob: {"method":"GET","path":"/bigquery/v2/projects/{projectId}/jobs/{jobId}"},
    cancelJob: {"method":"POST","path":"/bigquery/v2/projects/{projectId}/jobs/{jobId}/cancel"},
} satisfies Record<string, Route>;

/**
 * The Google BigQuery client: `const api = googleBigquery(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleBigquery(client: Switchboard): GoogleBigqueryClient {
    const app = "google-bigquery";
    return {
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as GoogleBigqueryClient["listProjects"],
        listDatasets: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDatasets, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDatasets, args, options) }) as GoogleBigqueryClient["listDatasets"],
        getDataset: (args, options) => client.call(app, routes.getDataset, args, options),
        createDataset: (args, options) => client.call(app, routes.createDataset, args, options),
        deleteDataset: (args, options) => client.call(app, routes.deleteDataset, args, options),
        listTables: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTables, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTables, args, options) }) as GoogleBigqueryClient["listTables"],
        getTable: (args, options) => client.call(app, routes.getTable, args, options),
        createTable: (args, options) => client.call(app, routes.createTable, args, options),
        deleteTable: (args, options) => client.call(app, routes.deleteTable, args, options),
        listTableData: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTableData, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTableData, args, options) }) as GoogleBigqueryClient["listTableData"],
        runQuery: (args, options) => client.call(app, routes.runQuery, args, options),
        listJobs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listJobs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listJobs, args, options) }) as GoogleBigqueryClient["listJobs"],
        insertJob: (args, options) => client.call(app, routes.insertJob, args, options),
        getJob: (args, options) => client.call(app, routes.getJob, args, options),
        cancelJob: (args, options) => client.call(app, routes.cancelJob, args, options),
    };
}