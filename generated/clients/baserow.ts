// Generated from providers/baserow.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/baserow.js';

/**
 * Baserow through the Switchboard gateway: Rows, fields and tables of Baserow databases, with batch row operations and user file uploads.
 */
export interface BaserowClient {
    /**
     * List a table's rows a page at a time, with optional search, filters, sorting and field selection.
     *
     * `GET /api/database/rows/table/{table_id}/`
     */
    listRows: {
        (args: Args<operations["listRows"]>, options?: CallOptions): Promise<Result<Data<operations["listRows"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRows"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRows"]>, void, undefined>;
    };
    /**
     * Read one row.
     *
     * `GET /api/database/rows/table/{table_id}/{row_id}/`
     */
    getRow(args: Args<operations["getRow"]>, options?: CallOptions): Promise<Result<Data<operations["getRow"]>>>;
    /**
     * Add a row to a table.
     *
     * `POST /api/database/rows/table/{table_id}/`
     */
    createRow(args: Args<operations["createRow"]>, options?: CallOptions): Promise<Result<Data<operations["createRow"]>>>;
    /**
     * Change some field values of a row; fields left out keep their values.
     *
     * `PATCH /api/database/rows/table/{table_id}/{row_id}/`
     */
    updateRow(args: Args<operations["updateRow"]>, options?: CallOptions): Promise<Result<Data<operations["updateRow"]>>>;
    /**
     * Delete a row.
     *
     * `DELETE /api/database/rows/table/{table_id}/{row_id}/`
     */
    deleteRow(args: Args<operations["deleteRow"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRow"]>>>;
    /**
     * Move a row before another row, or to the end of the table when before_id is left out.
     *
     * `PATCH /api/database/rows/table/{table_id}/{row_id}/move/`
     */
    moveRow(args: Args<operations["moveRow"]>, options?: CallOptions): Promise<Result<Data<operations["moveRow"]>>>;
    /**
     * Add up to 200 rows in one request.
     *
     * `POST /api/database/rows/table/{table_id}/batch/`
     */
    batchCreateRows(args: Args<operations["batchCreateRows"]>, options?: CallOptions): Promise<Result<Data<operations["batchCreateRows"]>>>;
    /**
     * Change field values of up to 200 rows in one request; each item names its row by id.
     *
     * `PATCH /api/database/rows/table/{table_id}/batch/`
     */
    batchUpdateRows(args: Args<operations["batchUpdateRows"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateRows"]>>>;
    /**
     * Delete up to 200 rows by id in one request.
     *
     * `POST /api/database/rows/table/{table_id}/batch-delete/`
     */
    batchDeleteRows(args: Args<operations["batchDeleteRows"]>, options?: CallOptions): Promise<Result<Data<operations["batchDeleteRows"]>>>;
    /**
     * List a table's fields with their types and settings.
     *
     * `GET /api/database/fields/table/{table_id}/`
     */
    listFields(args: Args<operations["listFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFields"]>>>;
    /**
     * List every table the database token can reach, across its databases.
     *
     * `GET /api/database/tables/all-tables/`
     */
    listAllTables(args?: Args<operations["listAllTables"]>, options?: CallOptions): Promise<Result<Data<operations["listAllTables"]>>>;
    /**
     * Upload a file as multipart form data, to be placed in file fields afterwards.
     *
     * `POST /api/user-files/upload-file/`
     */
    uploadFile(args: Args<operations["uploadFile"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFile"]>>>;
    /**
     * Have Baserow download a file from a public URL and store it for use in file fields.
     *
     * `POST /api/user-files/upload-via-url/`
     */
    uploadFileViaUrl(args: Args<operations["uploadFileViaUrl"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFileViaUrl"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Baserow client: `const api = baserow(new Switchboard({ baseUrl, apiKey }))`.
 */
export function baserow(client: Switchboard): BaserowClient {
    const app = "baserow";
    return {
        listRows: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRows, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRows, args, options) }) as BaserowClient["listRows"],
        getRow: (args, options) => client.call(app, routes.getRow, args, options),
        createRow: (args, options) => client.call(app, routes.createRow, args, options),
        updateRow: (args, options) => client.call(app, routes.updateRow, args, options),
        deleteRow: (args, options) => client.call(app, routes.deleteRow, args, options),
        moveRow: (args, options) => client.call(app, routes.moveRow, args, options),
        batchCreateRows: (args, options) => client.call(app, routes.batchCreateRows, args, options),
        batchUpdateRows: (args, options) => client.call(app, routes.batchUpdateRows, args, options),
        batchDeleteRows: (args, options) => client.call(app, routes.batchDeleteRows, args, options),
        listFields: (args, options) => client.call(app, routes.listFields, args, options),
        listAllTables: (args, options) => client.call(app, routes.listAllTables, args, options),
        uploadFile: (args, options) => client.call(app, routes.uploadFile, args, options),
        uploadFileViaUrl: (args, options) => client.call(app, routes.uploadFileViaUrl, args, options),
    };
}