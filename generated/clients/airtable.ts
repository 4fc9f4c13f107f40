// Generated from providers/airtable.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/airtable.js';

/**
 * Airtable through the Switchboard gateway: Records of Airtable tables (list, read, create, update, delete) and the bases and table schemas a token can see.
 */
export interface AirtableClient {
    /** List the records of a table a page at a time, optionally filtered, sorted and limited to some fields. `GET /v0/{baseId}/{tableIdOrName}` */
    listRecords: Paged<operations["listRecords"]>;
    /** Read one record by id. `GET /v0/{baseId}/{tableIdOrName}/{recordId}` */
    getRecord: Call<operations["getRecord"]>;
    /** Create up to 10 records. `POST /v0/{baseId}/{tableIdOrName}` */
    createRecords: Call<operations["createRecords"]>;
    /** Change some fields of up to 10 records, or upsert them by matching fields. `PATCH /v0/{baseId}/{tableIdOrName}` */
    updateRecords: Call<operations["updateRecords"]>;
    /** Overwrite up to 10 records, clearing every field the request leaves out. `PUT /v0/{baseId}/{tableIdOrName}` */
    replaceRecords: Call<operations["replaceRecords"]>;
    /** Delete up to 10 records by id. `DELETE /v0/{baseId}/{tableIdOrName}` */
    deleteRecords: Call<operations["deleteRecords"]>;
    /** List the bases the token can access, with the permission level on each. `GET /v0/meta/bases` */
    listBases: Paged<operations["listBases"]>;
    /** Read the tables of a base with their fields and views. `GET /v0/meta/bases/{baseId}/tables` */
    getBaseSchema: Call<operations["getBaseSchema"]>;
}

const routes: Routes<AirtableClient> = {
    listRecords: {"method":"GET","path":"/v0/{baseId}/{tableIdOrName}","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"offset"}},
    getRecord: {"method":"GET","path":"/v0/{baseId}/{tableIdOrName}/{recordId}"},
    createRecords: {"method":"POST","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    updateRecords: {"method":"PATCH","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    replaceRecords: {"method":"PUT","path":"/v0/{baseId}/{tableIdOrName}","body":"application/json"},
    deleteRecords: {"method":"DELETE","path":"/v0/{baseId}/{tableIdOrName}"},
    listBases: {"method":"GET","path":"/v0/meta/bases","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"offset"}},
    getBaseSchema: {"method":"GET","path":"/v0/meta/bases/{baseId}/tables"},
};

/**
 * The Airtable client: `const api = airtable(new Switchboard({ baseUrl, apiKey }))`.
 */
export const airtable = (sb: Switchboard): AirtableClient => bindClient<AirtableClient>(sb, "airtable", routes);
