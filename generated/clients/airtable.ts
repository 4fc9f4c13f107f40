// Generated from providers/airtable.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/airtable.js';

/**
 * Airtable through the Switchboard gateway: Records of Airtable tables (list, read, create, update, delete) and the bases and table schemas a token can see.
 */
export interface AirtableClient {
    /**
     * List the records of a table a page at a time, optionally filtered, sorted and limited to some fields.
     *
     * `GET /v0/{baseId}/{tableIdOrName}`
     */
    listRecords: {
        (args: Args<operations["listRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listRecords"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecords"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecords"]>, void, undefined>;
    };
    /**
     * Read one record by id.
     *
     * `GET /v0/{baseId}/{tableIdOrName}/{recordId}`
     */
    getRecord(args: Args<operations["getRecord"]>, options?: CallOptions): Promise<Result<Data<operations["getRecord"]>>>;
    /**
     * Create up to 10 records.
     *
     * `POST /v0/{baseId}/{tableIdOrName}`
     */
    createRecords(args: Args<operations["createRecords"]>, options?: CallOptions): Promise<Result<Data<operations["createRecords"]>>>;
    /**
     * Change some fields of up to 10 records, or upsert them by matching fields.
     *
     * `PATCH /v0/{baseId}/{tableIdOrName}`
     */
    updateRecords(args: Args<operations["updateRecords"]>, options?: CallOptions): Promise<Result<Data<operations["updateRecords"]>>>;
    /**
     * Overwrite up to 10 records, clearing every field the request leaves out.
     *
     * `PUT /v0/{baseId}/{tableIdOrName}`
     */
    replaceRecords(args: Args<operations["replaceRecords"]>, options?: CallOptions): Promise<Result<Data<operations["replaceRecords"]>>>;
    /**
     * Delete up to 10 records by id.
     *
     * `DELETE /v0/{baseId}/{tableIdOrName}`
     */
    deleteRecords(args: Args<operations["deleteRecords"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecords"]>>>;
    /**
     * List the bases the token can access, with the permission level on each.
     *
     * `GET /v0/meta/bases`
     */
    listBases: {
        (args?: Args<operations["listBases"]>, options?: CallOptions): Promise<Result<Data<operations["listBases"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBases"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBases"]>, void, undefined>;
    };
    /**
     * Read the tables of a base with their fields and views.
     *
     * `GET /v0/meta/bases/{baseId}/tables`
     */
    getBaseSchema(args: Args<operations["getBaseSchema"]>, options?: CallOptions): Promise<Result<Data<operations["getBaseSchema"]>>>;
}

const routes = {
    listRecords: {"method":"GET","path":"/v0/{baseId}/{tableIdOrName}","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"offset"}},
    getRecord: {"method":"GET","path":"/v0/{baseId}/{tableIdOrName}/{recordId}"},
    createRecords: {"method":"POST","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    updateRecords: {"method":"PATCH","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    replaceRecords: {"method":"PUT","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/v0/{baseId}/{tableIdOrName}"},
    listBases: {"method":"GET","path":"/v0/meta/bases","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"offset"}},
    getBaseSchema: {"method":"GET","path":"/v0/meta/bases/{baseId}/tables"},
} satisfies Record<string, Route>;

/**
 * The Airtable client: `const api = airtable(new Switchboard({ baseUrl, apiKey }))`.
 */
export function airtable(client: Switchboard): AirtableClient {
    const app = "airtable";
    return {
        listRecords: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecords, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecords, args, options) }) as AirtableClient["listRecords"],
        getRecord: (args, options) => client.call(app, routes.getRecord, args, options),
        createRecords: (args, options) => client.call(app, routes.createRecords, args, options),
        updateRecords: (args, options) => client.call(app, routes.updateRecords, args, options),
        replaceRecords: (args, options) => client.call(app, routes.replaceRecords, args, options),
        deleteRecords: (args, options) => client.call(app, routes.deleteRecords, args, options),
        listBases: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBases, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBases, args, options) }) as AirtableClient["listBases"],
        getBaseSchema: (args, options) => client.call(app, routes.getBaseSchema, args, options),
    };
}