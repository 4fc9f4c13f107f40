// Generated from providers/salesforce.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/salesforce.js';

/**
 * Salesforce through the Switchboard gateway: SOQL and SOSL queries, sObject records and metadata, composite requests and limits of a Salesforce org through the REST API.
 */
export interface SalesforceClient {
    /** List the REST API versions the org offers. `GET /services/data/` */
    listApiVersions: Call<operations["listApiVersions"]>;
    /** Show the org's limits (daily API calls, storage …) with what remains of each. `GET /services/data/{version}/limits` */
    getLimits: Call<operations["getLimits"]>;
    /** Run a SOQL query and get the first batch of matching records. `GET /services/data/{version}/query` */
    query: Call<operations["query"]>;
    /** Fetch the next batch of a SOQL query's records (the path of its nextRecordsUrl). `GET /services/data/{version}/query/{queryLocator}` */
    queryMore: Call<operations["queryMore"]>;
    /** Run a SOSL full-text search across objects. `GET /services/data/{version}/search` */
    search: Call<operations["search"]>;
    /** List the org's objects with what each allows (describe global). `GET /services/data/{version}/sobjects` */
    listSObjects: Call<operations["listSObjects"]>;
    /** Describe an object in full, with its fields, picklist values and relationships. `GET /services/data/{version}/sobjects/{objectType}/describe` */
    describeSObject: Call<operations["describeSObject"]>;
    /** Read one record, optionally only some fields. `GET /services/data/{version}/sobjects/{objectType}/{recordId}` */
    getRecord: Call<operations["getRecord"]>;
    /** Create a record of an object from field values. `POST /services/data/{version}/sobjects/{objectType}` */
    createRecord: Call<operations["createRecord"]>;
    /** Change some fields of a record. `PATCH /services/data/{version}/sobjects/{objectType}/{recordId}` */
    updateRecord: Call<operations["updateRecord"]>;
    /** Delete a record (it goes to the recycle bin). `DELETE /services/data/{version}/sobjects/{objectType}/{recordId}` */
    deleteRecord: Call<operations["deleteRecord"]>;
    /** List ids of an object's records changed in a time window (at most 30 days back). `GET /services/data/{version}/sobjects/{objectType}/updated/` */
    getUpdatedRecords: Call<operations["getUpdatedRecords"]>;
    /** List an object's records deleted in a time window (at most 30 days back). `GET /services/data/{version}/sobjects/{objectType}/deleted/` */
    getDeletedRecords: Call<operations["getDeletedRecords"]>;
    /** Run up to 25 dependent subrequests in one call; later ones can use earlier results by referenceId. `POST /services/data/{version}/composite` */
    composite: Call<operations["composite"]>;
    /** Run up to 25 independent subrequests in one call. `POST /services/data/{version}/composite/batch` */
    compositeBatch: Call<operations["compositeBatch"]>;
    /** Create up to 200 records, of one or several objects, in one call. `POST /services/data/{version}/composite/sobjects` */
    createRecords: Call<operations["createRecords"]>;
    /** Delete up to 200 records by id in one call. `DELETE /services/data/{version}/composite/sobjects` */
    deleteRecords: Call<operations["deleteRecords"]>;
}

const routes: Routes<SalesforceClient> = {
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
};

/**
 * The Salesforce client: `const api = salesforce(new Switchboard({ baseUrl, apiKey }))`.
 */
export const salesforce = (sb: Switchboard): SalesforceClient => bindClient<SalesforceClient>(sb, "salesforce", routes);
