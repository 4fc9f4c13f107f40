// Generated from providers/kaggle.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kaggle.js';

/**
 * Kaggle through the Switchboard gateway: Kaggle's public API for finding and downloading datasets, browsing models, competitions and notebooks (kernels).
 */
export interface KaggleClient {
    /** Search and list datasets, with filters for owner, size, file type, license and tags. `POST /v1/datasets.DatasetApiService/ListDatasets` */
    listDatasets: Paged<operations["listDatasets"]>;
    /** Read one dataset's details. `POST /v1/datasets.DatasetApiService/GetDataset` */
    getDataset: Call<operations["getDataset"]>;
    /** List the files in a dataset with their sizes and columns. `POST /v1/datasets.DatasetApiService/ListDatasetFiles` */
    listDatasetFiles: Paged<operations["listDatasetFiles"]>;
    /** Read a dataset's editable metadata (title, description, keywords, licenses, collaborators). `POST /v1/datasets.DatasetApiService/GetDatasetMetadata` */
    getDatasetMetadata: Call<operations["getDatasetMetadata"]>;
    /** Download a dataset (or one of its files) as a ZIP archive. `POST /v1/datasets.DatasetApiService/DownloadDataset` */
    downloadDataset: Call<operations["downloadDataset"]>;
    /** Search and list models, optionally by owner. `POST /v1/models.ModelApiService/ListModels` */
    listModels: Paged<operations["listModels"]>;
    /** Read one model with its framework instances. `POST /v1/models.ModelApiService/GetModel` */
    getModel: Call<operations["getModel"]>;
    /** Search and list competitions by category and status. `POST /v1/competitions.CompetitionApiService/ListCompetitions` */
    listCompetitions: Paged<operations["listCompetitions"]>;
    /** Search and list notebooks, optionally by author, language, dataset or competition. `POST /v1/kernels.KernelsApiService/ListKernels` */
    listKernels: Paged<operations["listKernels"]>;
    /** Read a notebook's metadata and its source. `POST /v1/kernels.KernelsApiService/GetKernel` */
    getKernel: Call<operations["getKernel"]>;
}

const routes: Routes<KaggleClient> = {
    listDatasets: {"method":"POST","path":"/v1/datasets.DatasetApiService/ListDatasets","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"datasets","in":"body"}},
    getDataset: {"method":"POST","path":"/v1/datasets.DatasetApiService/GetDataset","body":"application/json"},
    listDatasetFiles: {"method":"POST","path":"/v1/datasets.DatasetApiService/ListDatasetFiles","body":"application/json","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken","in":"body"}},
    getDatasetMetadata: {"method":"POST","path":"/v1/datasets.DatasetApiService/GetDatasetMetadata","body":"application/json"},
    downloadDataset: {"method":"POST","path":"/v1/datasets.DatasetApiService/DownloadDataset","body":"application/json","binary":true},
    listModels: {"method":"POST","path":"/v1/models.ModelApiService/ListModels","body":"application/json","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken","in":"body"}},
    getModel: {"method":"POST","path":"/v1/models.ModelApiService/GetModel","body":"application/json"},
    listCompetitions: {"method":"POST","path":"/v1/competitions.CompetitionApiService/ListCompetitions","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"competitions","in":"body"}},
    listKernels: {"method":"POST","path":"/v1/kernels.KernelsApiService/ListKernels","body":"application/json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"kernels","in":"body"}},
    getKernel: {"method":"POST","path":"/v1/kernels.KernelsApiService/GetKernel","body":"application/json"},
};

/**
 * The Kaggle client: `const api = kaggle(new Switchboard({ baseUrl, apiKey }))`.
 */
export const kaggle = (sb: Switchboard): KaggleClient => bindClient<KaggleClient>(sb, "kaggle", routes);
