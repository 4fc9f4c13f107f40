// Generated from providers/baserow.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/baserow.js';

/**
 * Baserow through the Switchboard gateway: Rows, fields and tables of Baserow databases, with batch row operations and user file uploads.
 */
export interface BaserowClient {
    /** List a table's rows a page at a time, with optional search, filters, sorting and field selection. `GET /api/database/rows/table/{table_id}/` */
    listRows: Paged<operations["listRows"]>;
    /** Read one row. `GET /api/database/rows/table/{table_id}/{row_id}/` */
    getRow: Call<operations["getRow"]>;
    /** Add a row to a table. `POST /api/database/rows/table/{table_id}/` */
    createRow: Call<operations["createRow"]>;
    /** Change some field values of a row; fields left out keep their values. `PATCH /api/database/rows/table/{table_id}/{row_id}/` */
    updateRow: Call<operations["updateRow"]>;
    /** Delete a row. `DELETE /api/database/rows/table/{table_id}/{row_id}/` */
    deleteRow: Call<operations["deleteRow"]>;
    /** Move a row before another row, or to the end of the table when before_id is left out. `PATCH /api/database/rows/table/{table_id}/{row_id}/move/` */
    moveRow: Call<operations["moveRow"]>;
    /** Add up to 200 rows in one request. `POST /api/database/rows/table/{table_id}/batch/` */
    batchCreateRows: Call<operations["batchCreateRows"]>;
    /** Change field values of up to 200 rows in one request; each item names its row by id. `PATCH /api/database/rows/table/{table_id}/batch/` */
    batchUpdateRows: Call<operations["batchUpdateRows"]>;
    /** Delete up to 200 rows by id in one request. `POST /api/database/rows/table/{table_id}/batch-delete/` */
    batchDeleteRows: Call<operations["batchDeleteRows"]>;
    /** List a table's fields with their types and settings. `GET /api/database/fields/table/{table_id}/` */
    listFields: Call<operations["listFields"]>;
    /** List every table the database token can reach, across its databases. `GET /api/database/tables/all-tables/` */
    listAllTables: Call<operations["listAllTables"]>;
    /** Upload a file as multipart form data, to be placed in file fields afterwards. `POST /api/user-files/upload-file/` */
    uploadFile: Call<operations["uploadFile"]>;
    /** Have Baserow download a file from a public URL and store it for use in file fields. `POST /api/user-files/upload-via-url/` */
    uploadFileViaUrl: Call<operations["uploadFileViaUrl"]>;
}

const routes: Routes<BaserowClient> = {
    listRows: {"method":"GET","path":"/api/database/rows/table/{table_id}/","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"results"}},
    getRow: {"method":"GET","path":"/api/database/rows/table/{table_id}/{row_id}/"},
    createRow: {"method":"POST","path":"/api/database/rows/table/{table_id}/","body":"application/json"},
    updateRow: {"method":"PATCH","path":"/api/database/rows/table/{table_id}/{row_id}/","body":"application/json"},
    deleteRow: {"method":"DELETE","path":"/api/database/rows/table/{table_id}/{row_id}/"},
    moveRow: {"method":"PATCH","path":"/api/database/rows/table/{table_id}/{row_id}/move/"},
    batchCreateRows: {"method":"POST","path":"/api/database/rows/table/{table_id}/batch/","body":"application/json"},
    batchUpdateRows: {"method":"PATCH","path":"/api/database/rows/table/{table_id}/batch/","body":"application/json"},
    batchDeleteRows: {"method":"POST","path":"/api/database/rows/table/{table_id}/batch-delete/","body":"application/json"},
    listFields: {"method":"GET","path":"/api/database/fields/table/{table_id}/"},
    listAllTables: {"method":"GET","path":"/api/database/tables/all-tables/"},
    uploadFile: {"method":"POST","path":"/api/user-files/upload-file/","body":"multipart/form-data"},
    uploadFileViaUrl: {"method":"POST","path":"/api/user-files/upload-via-url/","body":"application/json"},
};

/**
 * The Baserow client: `const api = baserow(new Switchboard({ baseUrl, apiKey }))`.
 */
export const baserow = (sb: Switchboard): BaserowClient => bindClient<BaserowClient>(sb, "baserow", routes);
