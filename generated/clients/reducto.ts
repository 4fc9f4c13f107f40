// Generated from providers/reducto.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/reducto.js';

/**
 * Reducto through the Switchboard gateway: Document AI with Reducto, covering parsing into layout-aware chunks, schema-driven extraction, splitting, form filling and file uploads.
 */
export interface ReductoClient {
    /** Turn a document into ordered, typed chunks and blocks (text, tables, figures) with positions. `POST /parse` */
    parse: Call<operations["parse"]>;
    /** Start a parse in the background and get a job id to poll. `POST /parse_async` */
    parseAsync: Call<operations["parseAsync"]>;
    /** Pull structured data matching a JSON Schema out of a document. `POST /extract` */
    extract: Call<operations["extract"]>;
    /** Start an extraction in the background and get a job id to poll. `POST /extract_async` */
    extractAsync: Call<operations["extractAsync"]>;
    /** Find which pages of a document belong to each described section. `POST /split` */
    split: Call<operations["split"]>;
    /** Start a split in the background and get a job id to poll. `POST /split_async` */
    splitAsync: Call<operations["splitAsync"]>;
    /** Fill in or change a PDF or Word form following plain-language instructions. `POST /edit` */
    edit: Call<operations["edit"]>;
    /** Start a form edit in the background and get a job id to poll. `POST /edit_async` */
    editAsync: Call<operations["editAsync"]>;
    /** Run a pipeline saved in Reducto Studio on a document. `POST /pipeline` */
    runPipeline: Call<operations["runPipeline"]>;
    /** Upload a file directly, or with an empty body get a presigned URL to PUT a large file to. `POST /upload` */
    upload: Call<operations["upload"]>;
    /** List recent jobs of the account with their status. `GET /jobs` */
    listJobs: Call<operations["listJobs"]>;
    /** Read an asynchronous job's status and, once it is done, its result. `GET /job/{job_id}` */
    getJob: Call<operations["getJob"]>;
    /** Read the version of the Reducto API that is serving requests. `GET /version` */
    getVersion: Call<operations["getVersion"]>;
}

const routes: Routes<ReductoClient> = {
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
};

/**
 * The Reducto client: `const api = reducto(new Switchboard({ baseUrl, apiKey }))`.
 */
export const reducto = (sb: Switchboard): ReductoClient => bindClient<ReductoClient>(sb, "reducto", routes);
