// Generated from providers/salesforce.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/salesforce.js';

/**
 * Salesforce through the Switchboard gateway: SOQL and SOSL queries, sObject records and metadata, composite requests and limits of a Salesforce org through the REST API.
 */
export interface SalesforceClient {
    /**
     * List the REST API versions the org offers.
     *
     * `GET /services/data/`
     */
    listApiVersions(args?: Args<operations["listApiVersions"]>, options?: CallOptions): Promise<Result<Data<operations["listApiVersions"]>>>;
    /**
     * Show the org's limits (daily API calls, storage …) with what remains of each.
     *
     * `GET /services/data/{version}/limits`
     */
    getLimits(args: Args<operations["getLimits"]>, options?: CallOptions): Promise<Result<Data<operations["getLimits"]>>>;
    /**
     * Run a SOQL query and get the first batch of matching records.
     *
     * `GET /services/data/{version}/query`
     */
    query(args: Args<operations["query"]>, options?: CallOptions): Promise<Result<Data<operations["query"]>>>;
    /**
     * Fetch the next batch of a SOQL query's records (the path of its nextRecordsUrl).
     *
     * `GET /services/data/{version}/query/{queryLocator}`
     */
    queryMore(args: Args<operations["queryMore"]>, options?: CallOptions): Promise<Result<Data<operations["queryMore"]>>>;
    /**
     * Run a SOSL full-text search across objects.
     *
     * `GET /services/data/{version}/search`
     */
    search(args: Args<operations["search"]>, options?: CallOptions): Promise<Result<Data<operations["search"]>>>;
    /**
     * List the org's objects with what each allows (describe global).
     *
     * `GET /services/data/{version}/sobjects`
     */
    listSObjects(args: Args<operations["listSObjects"]>, options?: CallOptions): Promise<Result<Data<operations["listSObjects"]>>>;
    /**
     * Describe an object in full, with its fields, picklist values and relationships.
     *
     * `GET /services/data/{version}/sobjects/{objectType}/describe`
     */
    describeSObject(args: Args<operations["describeSObject"]>, options?: CallOptions): Promise<Result<Data<operations["describeSObject"]>>>;
    /**
     * Read one record, optionally only some fields.
     *
     * `GET /services/data/{version}/sobjects/{objectType}/{recordId}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Create a record of an object from field values.
     *
     * `POST /services/data/{version}/sobjects/{objectType}`
     */
    createRecord(args: Args<operations["createRecord"]>, options?: CallOptions): Promise<Result<Data<operations["createRecord"]>>>;
    /**
     * Change some fields of a record.
     *
     * `PATCH /services/data/{version}/sobjects/{objectType}/{recordId}`
     */
    updateRecord(args: Args<operations["updateRecord"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecord"]>>>;
    /**
     * Delete a record (it goes to the recycle bin).
     *
     * `DELETE /services/data/{version}/sobjects/{objectType}/{recordId}`
     */
    deleteRecord(args: Args<operations["deleteRecord"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecord"]>>>;
    /**
     * List ids of an object's records changed in a time window (at most 30 days back).
     *
     * `GET /services/data/{version}/sobjects/{objectType}/updated/`
     */
    getUpdatedRecords(args: Args<operations["getUpdatedRecords"]>, options?: CallOptions): Promise<Result<Data<operations["getUpdatedRecords"]>>>;
    /**
     * List an object's records deleted in a time window (at most 30 days back).
     *
     * `GET /services/data/{version}/sobjects/{objectType}/deleted/`
     */
    getDeletedRecords(args: Args<operations["getDeletedRecords"]>, options?: CallOptions): Promise<Result<Data<operations["getDeletedRecords"]>>>;
    /**
     * Run up to 25 dependent subrequests in one call; later ones can use earlier results by referenceId.
     *
     * `POST /services/data/{version}/composite`
     */
    composite(args: Args<operations["composite"]>, options?: CallOptions): Promise<Result<Data<operations["composite"]>>>;
    /**
     * Run up to 25 independent subrequests in one call.
     *
     * `POST /services/data/{version}/composite/batch`
     */
    compositeBatch(args: Args<operations["compositeBatch"]>, options?: CallOptions): Promise<Result<Data<operations["compositeBatch"]>>>;
    /**
     * Create up to 200 records, of one or several objects, in one call.
     *
     * `POST /services/data/{version}/composite/sobjects`
     */
    createRecords(args: Args<operations["createRecords"]>, options?: CallOptions): Promise<Result<Data<operations["createRecords"]>>>;
    /**
     * Delete up to 200 records by id in one call.
     *
     * `DELETE /services/data/{version}/composite/sobjects`
     */
    deleteRecords(args: Args<operations["deleteRecords"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecords"]>>>;
}

const routes = {
    listApiVersions: {"method":"GET","path":"/services/data/"},
    getLimits: {"method":"GET","path":"/services/data/{version}/limits"},
    query: {"method":"GET","path":"/services/data/{version}/query"},
    queryMore: {"method":"GET","path":"/services/data/{version}/query/{queryLocator}"},
    search: {"method":"GET","path":"/services/data/{version}/search"},
    listSObjects: {"method":"GET","path":"/services/data/{version}/sobjects"},
    describeSObject: {"method":"GET","path":"/services/data/{version}/sobjects/{objectType}/describe"},
    getRecord: {"method":"GET","path":"/services/data/{version}/sobjects/{objectType}/{recordId}","comma":["fields"]},
    createRecord: {"method":"POST","path":"/services/data/{version}/sobjects/{objectType}","body":"application/json"},
    updateRecord: {"method":"PATCH","path":"/services/data/{version}/sobjects/{objectType}/{recordId}","body":"application/json"},
    deleteRecord: {"method":"DELETE","path":"/services/data/{version}/sobjects/{objectType}/{recordId}"},
    getUpdatedRecords: {"method":"GET","path":"/services/data/{version}/sobjects/{objectType}/updated/"},
    getDeletedRecords: {"method":"GET","path":"/services/data/{version}/sobjects/{objectType}/deleted/"},
    composite: {"method":"POST","path":"/services/data/{version}/composite","body":"application/json"},
    compositeBatch: {"method":"POST","path":"/services/data/{version}/composite/batch","body":"application/json"},
    createRecords: {"method":"POST","path":"/services/data/{version}/composite/sobjects","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/services/data/{version}/composite/sobjects","comma":["ids"]},
} satisfies Record<string, Route>;

/**
 * The Salesforce client: `const api = salesforce(new Switchboard({ baseUrl, apiKey }))`.
 */
export function salesforce(client: Switchboard): SalesforceClient {
    const app = "salesforce";
    return {
        listApiVersions: (args, options) => client.call(app, routes.listApiVersions, args, options),
        getLimits: (args, options) => client.call(app, routes.getLimits, args, options),
        query: (args, options) => client.call(app, routes.query, args, options),
        queryMore: (args, options) => client.call(app, routes.queryMore, args, options),
        search: (args, options) => client.call(app, routes.search, args, options),
        listSObjects: (args, options) => client.call(app, routes.listSObjects, args, options),
        describeSObject: (args, options) => client.call(app, routes.describeSObject, args, options),
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecord: (args, options) => client.call(app, routes.createRecord, args, options),
        updateRecord: (args, options) => client.call(app, routes.updateRecord, args, options),
        deleteRecord: (args, options) => client.call(app, routes.deleteRecord, args, options),
        getUpdatedRecords: (args, options) => client.call(app, routes.getUpdatedRecords, args, options),
        getDeletedRecords: (args, options) => client.call(app, routes.getDeletedRecords, args, options),
        composite: (args, options) => client.call(app, routes.composite, args, options),
        compositeBatch: (args, options) => client.call(app, routes.compositeBatch, args, options),
        createRecords: (args, options) => client.call(app, routes.createRecords, args, options),
        deleteRecords: (args, options) => client.call(app, routes.deleteRecords, args, options),
    };
}