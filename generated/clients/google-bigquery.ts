// Generated from providers/google-bigquery.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-bigquery.js';

/**
 * Google BigQuery through the Switchboard gateway: BigQuery projects, datasets, tables, table rows, SQL queries and jobs.
 */
export interface GoogleBigqueryClient {
    /** List the Cloud projects the user can use with BigQuery. `GET /bigquery/v2/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** List the datasets of a project. `GET /bigquery/v2/projects/{projectId}/datasets` */
    listDatasets: Paged<operations["listDatasets"]>;
    /** Read a dataset's settings, location and access list. `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}` */
    getDataset: Call<operations["getDataset"]>;
    /** Create a dataset in a project and location. `POST /bigquery/v2/projects/{projectId}/datasets` */
    createDataset: Call<operations["createDataset"]>;
    /** Delete a dataset; it must be empty unless deleteContents is set. `DELETE /bigquery/v2/projects/{projectId}/datasets/{datasetId}` */
    deleteDataset: Call<operations["deleteDataset"]>;
    /** List the tables and views of a dataset. `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables` */
    listTables: Paged<operations["listTables"]>;
    /** Read a table's schema, size and settings. `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}` */
    getTable: Call<operations["getTable"]>;
    /** Create a table (with a schema) or a view in a dataset. `POST /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables` */
    createTable: Call<operations["createTable"]>;
    /** Delete a table and all of its rows. `DELETE /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}` */
    deleteTable: Call<operations["deleteTable"]>;
    /** Read rows straight from a table without running a query. `GET /bigquery/v2/projects/{projectId}/datasets/{datasetId}/tables/{tableId}/data` */
    listTableData: Paged<operations["listTableData"]>;
    /** Run a SQL query and wait up to timeoutMs for the first page of results. `POST /bigquery/v2/projects/{projectId}/queries` */
    runQuery: Call<operations["runQuery"]>;
    /** List a project's jobs, newest first. `GET /bigquery/v2/projects/{projectId}/jobs` */
    listJobs: Paged<operations["listJobs"]>;
    /** Start an asynchronous job - query (optionally into a destination table), load, extract or copy. `POST /bigquery/v2/projects/{projectId}/jobs` */
    insertJob: Call<operations["insertJob"]>;
    /** Read a job's configuration, state and statistics. `GET /bigquery/v2/projects/{projectId}/jobs/{jobId}` */
    getJob: Call<operations["getJob"]>;
    /** Ask BigQuery to cancel a running job; the answer may still show it running. `POST /bigquery/v2/projects/{projectId}/jobs/{jobId}/cancel` */
    cancelJob: Call<operations["cancelJob"]>;
}

const routes: Routes<GoogleBigqueryClient> = {
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
};

/**
 * The Google BigQuery client: `const api = googleBigquery(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleBigquery = (sb: Switchboard): GoogleBigqueryClient => bindClient<GoogleBigqueryClient>(sb, "google-bigquery", routes);
