// Generated from providers/reducto.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/reducto.js';

/**
 * Reducto through the Switchboard gateway: Document AI with Reducto, covering parsing into layout-aware chunks, schema-driven extraction, splitting, form filling and file uploads.
 */
export interface ReductoClient {
    /**
     * Turn a document into ordered, typed chunks and blocks (text, tables, figures) with positions.
     *
     * `POST /parse`
     */
    parse(args: Args<operations["parse"]>, options?: CallOptions): Promise<Result<Data<operations["parse"]>>>;
    /**
     * Start a parse in the background and get a job id to poll.
     *
     * `POST /parse_async`
     */
    parseAsync(args: Args<operations["parseAsync"]>, options?: CallOptions): Promise<Result<Data<operations["parseAsync"]>>>;
    /**
     * Pull structured data matching a JSON Schema out of a document.
     *
     * `POST /extract`
     */
    extract(args: Args<operations["extract"]>, options?: CallOptions): Promise<Result<Data<operations["extract"]>>>;
    /**
     * Start an extraction in the background and get a job id to poll.
     *
     * `POST /extract_async`
     */
    extractAsync(args: Args<operations["extractAsync"]>, options?: CallOptions): Promise<Result<Data<operations["extractAsync"]>>>;
    /**
     * Find which pages of a document belong to each described section.
     *
     * `POST /split`
     */
    split(args: Args<operations["split"]>, options?: CallOptions): Promise<Result<Data<operations["split"]>>>;
    /**
     * Start a split in the background and get a job id to poll.
     *
     * `POST /split_async`
     */
    splitAsync(args: Args<operations["splitAsync"]>, options?: CallOptions): Promise<Result<Data<operations["splitAsync"]>>>;
    /**
     * Fill in or change a PDF or Word form following plain-language instructions.
     *
     * `POST /edit`
     */
    edit(args: Args<operations["edit"]>, options?: CallOptions): Promise<Result<Data<operations["edit"]>>>;
    /**
     * Start a form edit in the background and get a job id to poll.
     *
     * `POST /edit_async`
     */
    editAsync(args: Args<operations["editAsync"]>, options?: CallOptions): Promise<Result<Data<operations["editAsync"]>>>;
    /**
     * Run a pipeline saved in Reducto Studio on a document.
     *
     * `POST /pipeline`
     */
    runPipeline(args: Args<operations["runPipeline"]>, options?: CallOptions): Promise<Result<Data<operations["runPipeline"]>>>;
    /**
     * Upload a file directly, or with an empty body get a presigned URL to PUT a large file to.
     *
     * `POST /upload`
     */
    upload(args?: Args<operations["upload"]>, options?: CallOptions): Promise<Result<Data<operations["upload"]>>>;
    /**
     * List recent jobs of the account with their status.
     *
     * `GET /jobs`
     */
    listJobs(args?: Args<operations["listJobs"]>, options?: CallOptions): Promise<Result<Data<operations["listJobs"]>>>;
    /**
     * Read an asynchronous job's status and, once it is done, its result.
     *
     * `GET /job/{job_id}`
     */
    getJob(args: Args<operations["getJob"]>, options?: CallOptions): Promise<Result<Data<operations["getJob"]>>>;
    /**
     * Read the version of the Reducto API that is serving requests.
     *
     * `GET /version`
     */
    getVersion(args?: Args<operations["getVersion"]>, options?: CallOptions): Promise<Result<Data<operations["getVersion"]>>>;
}

const routes = {
    parse: {"method":"POST","path":"/parse","body":"application/json"},
    parseAsync: {"method":"POST","path":"/parse_async","body":"application/json"},
    extract: {"method":"POST","path":"/extract","body":"application/json"},
    extractAsync: {"method":"POST","path":"/extract_async","body":"application/json"},
    split: {"method":"POST","path":"/split","body":"application/json"},
    splitAsync: {"method":"POST","path":"/split_async","body":"application/json"},
    edit: {"method":"POST","path":"/edit","body":"application/json"},
    editAsync: {"method":"POST","path":"/edit_async","body":"application/json"},
    runPipeline: {"method":"POST","path":"/pipeline","body":"application/json"},
    upload: {"method":"POST","path":"/upload","body":"application/json"},
    listJobs: {"method":"GET","path":"/jobs"},
    getJob: {"method":"GET","path":"/job/{job_id}"},
    getVersion: {"method":"GET","path":"/version"},
} satisfies Record<string, Route>;

/**
 * The Reducto client: `const api = reducto(new Switchboard({ baseUrl, apiKey }))`.
 */
export function reducto(client: Switchboard): ReductoClient {
    const app = "reducto";
    return {
        parse: (args, options) => client.call(app, routes.parse, args, options),
        parseAsync: (args, options) => client.call(app, routes.parseAsync, args, options),
        extract: (args, options) => client.call(app, routes.extract, args, options),
        extractAsync: (args, options) => client.call(app, routes.extractAsync, args, options),
        split: (args, options) => client.call(app, routes.split, args, options),
        splitAsync: (args, options) => client.call(app, routes.splitAsync, args, options),
        edit: (args, options) => client.call(app, routes.edit, args, options),
        editAsync: (args, options) => client.call(app, routes.editAsync, args, options),
        runPipeline: (args, options) => client.call(app, routes.runPipeline, args, options),
        upload: (args, options) => client.call(app, routes.upload, args, options),
        listJobs: (args, options) => client.call(app, routes.listJobs, args, options),
        getJob: (args, options) => client.call(app, routes.getJob, args, options),
        getVersion: (args, options) => client.call(app, routes.getVersion, args, options),
    };
}