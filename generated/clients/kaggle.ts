// Generated from providers/kaggle.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/kaggle.js';

/**
 * Kaggle through the Switchboard gateway: Kaggle's public API for finding and downloading datasets, browsing models, competitions and notebooks (kernels).
 */
export interface KaggleClient {
    /**
     * Search and list datasets, with filters for owner, size, file type, license and tags.
     *
     * `POST /v1/datasets.DatasetApiService/ListDatasets`
     */
    listDatasets: {
        (args: Args<operations["listDatasets"]>, options?: CallOptions): Promise<Result<Data<operations["listDatasets"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDatasets"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDatasets"]>, void, undefined>;
    };
    /**
     * Read one dataset's details.
     *
     * `POST /v1/datasets.DatasetApiService/GetDataset`
     */
    getDataset(args: Args<operations["getDataset"]>, options?: CallOptions): Promise<Result<Data<operations["getDataset"]>>>;
    /**
     * List the files in a dataset with their sizes and columns.
     *
     * `POST /v1/datasets.DatasetApiService/ListDatasetFiles`
     */
    listDatasetFiles: {
        (args: Args<operations["listDatasetFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listDatasetFiles"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDatasetFiles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDatasetFiles"]>, void, undefined>;
    };
    /**
     * Read a dataset's editable metadata (title, description, keywords, licenses, collaborators).
     *
     * `POST /v1/datasets.DatasetApiService/GetDatasetMetadata`
     */
    getDatasetMetadata(args: Args<operations["getDatasetMetadata"]>, options?: CallOptions): Promise<Result<Data<operations["getDatasetMetadata"]>>>;
    /**
     * Download a dataset (or one of its files) as a ZIP archive.
     *
     * `POST /v1/datasets.DatasetApiService/DownloadDataset`
     */
    downloadDataset(args: Args<operations["downloadDataset"]>, options?: CallOptions): Promise<Result<Data<operations["downloadDataset"]>>>;
    /**
     * Search and list models, optionally by owner.
     *
     * `POST /v1/models.ModelApiService/ListModels`
     */
    listModels: {
        (args: Args<operations["listModels"]>, options?: CallOptions): Promise<Result<Data<operations["listModels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listModels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listModels"]>, void, undefined>;
    };
    /**
     * Read one model with its framework instances.
     *
     * `POST /v1/models.ModelApiService/GetModel`
     */
    getModel(args: Args<operations["getModel"]>, options?: CallOptions): Promise<Result<Data<operations["getModel"]>>>;
    /**
     * Search and list competitions by category and status.
     *
     * `POST /v1/competitions.CompetitionApiService/ListCompetitions`
     */
    listCompetitions: {
        (args: Args<operations["listCompetitions"]>, options?: CallOptions): Promise<Result<Data<operations["listCompetitions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCompetitions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompetitions"]>, void, undefined>;
    };
    /**
     * Search and list notebooks, optionally by author, language, dataset or competition.
     *
     * `POST /v1/kernels.KernelsApiService/ListKernels`
     */
    listKernels: {
        (args: Args<operations["listKernels"]>, options?: CallOptions): Promise<Result<Data<operations["listKernels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listKernels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listKernels"]>, void, undefined>;
    };
    /**
     * Read a notebook's metadata and its source.
     *
     * `POST /v1/kernels.KernelsApiService/GetKernel`
     */
    getKernel(args: Args<operations["getKernel"]>, options?: CallOptions): Promise<Result<Data<operations["getKernel"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Kaggle client: `const api = kaggle(new Switchboard({ baseUrl, apiKey }))`.
 */
export function kaggle(client: Switchboard): KaggleClient {
    const app = "kaggle";
    return {
        listDatasets: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDatasets, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDatasets, args, options) }) as KaggleClient["listDatasets"],
        getDataset: (args, options) => client.call(app, routes.getDataset, args, options),
        listDatasetFiles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDatasetFiles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDatasetFiles, args, options) }) as KaggleClient["listDatasetFiles"],
        getDatasetMetadata: (args, options) => client.call(app, routes.getDatasetMetadata, args, options),
        downloadDataset: (args, options) => client.call(app, routes.downloadDataset, args, options),
        listModels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listModels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listModels, args, options) }) as KaggleClient["listModels"],
        getModel: (args, options) => client.call(app, routes.getModel, args, options),
        listCompetitions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompetitions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompetitions, args, options) }) as KaggleClient["listCompetitions"],
        listKernels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listKernels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listKernels, args, options) }) as KaggleClient["listKernels"],
        getKernel: (args, options) => client.call(app, routes.getKernel, args, options),
    };
}