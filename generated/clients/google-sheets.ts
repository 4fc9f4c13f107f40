// Generated from providers/google-sheets.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-sheets.js';

/**
 * Google Sheets through the Switchboard gateway: Read and write cell values, create spreadsheets and apply structural or formatting changes in batches.
 */
export interface GoogleSheetsClient {
    /**
     * Read a spreadsheet's properties and the list of its sheets, optionally with cell data.
     *
     * `GET /v4/spreadsheets/{spreadsheetId}`
     */
    getSpreadsheet(args: Args<operations["getSpreadsheet"]>, options?: CallOptions): Promise<Result<Data<operations["getSpreadsheet"]>>>;
    /**
     * Create a spreadsheet with a title and, optionally, its first sheets.
     *
     * `POST /v4/spreadsheets`
     */
    createSpreadsheet(args: Args<operations["createSpreadsheet"]>, options?: CallOptions): Promise<Result<Data<operations["createSpreadsheet"]>>>;
    /**
     * Apply a list of structural or formatting requests (add or delete sheets, format, sort, filter) atomically.
     *
     * `POST /v4/spreadsheets/{spreadsheetId}:batchUpdate`
     */
    batchUpdateSpreadsheet(args: Args<operations["batchUpdateSpreadsheet"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateSpreadsheet"]>>>;
    /**
     * Read the values of one range.
     *
     * `GET /v4/spreadsheets/{spreadsheetId}/values/{range}`
     */
    getValues(args: Args<operations["getValues"]>, options?: CallOptions): Promise<Result<Data<operations["getValues"]>>>;
    /**
     * Read the values of several ranges in one call.
     *
     * `GET /v4/spreadsheets/{spreadsheetId}/values:batchGet`
     */
    batchGetValues(args: Args<operations["batchGetValues"]>, options?: CallOptions): Promise<Result<Data<operations["batchGetValues"]>>>;
    /**
     * Overwrite the cells of one range with new values.
     *
     * `PUT /v4/spreadsheets/{spreadsheetId}/values/{range}`
     */
    updateValues(args: Args<operations["updateValues"]>, options?: CallOptions): Promise<Result<Data<operations["updateValues"]>>>;
    /**
     * Add rows after the last row of the table found in the range.
     *
     * `POST /v4/spreadsheets/{spreadsheetId}/values/{range}:append`
     */
    appendValues(args: Args<operations["appendValues"]>, options?: CallOptions): Promise<Result<Data<operations["appendValues"]>>>;
    /**
     * Write values into several ranges in one call.
     *
     * `POST /v4/spreadsheets/{spreadsheetId}/values:batchUpdate`
     */
    batchUpdateValues(args: Args<operations["batchUpdateValues"]>, options?: CallOptions): Promise<Result<Data<operations["batchUpdateValues"]>>>;
    /**
     * Empty the values of a range while keeping its formatting.
     *
     * `POST /v4/spreadsheets/{spreadsheetId}/values/{range}:clear`
     */
    clearValues(args: Args<operations["clearValues"]>, options?: CallOptions): Promise<Result<Data<operations["clearValues"]>>>;
}

const routes = {
    getSpreadsheet: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}"},
    createSpreadsheet: {"method":"POST","path":"/v4/spreadsheets","body":"application/json"},
    batchUpdateSpreadsheet: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}:batchUpdate","body":"application/json"},
    getValues: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}"},
    batchGetValues: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}/values:batchGet"},
    updateValues: {"method":"PUT","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}","body":"application/json"},
    appendValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}:append","body":"application/json"},
    batchUpdateValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values:batchUpdate","body":"application/json"},
    clearValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}:clear","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Google Sheets client: `const api = googleSheets(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleSheets(client: Switchboard): GoogleSheetsClient {
    const app = "google-sheets";
    return {
        getSpreadsheet: (args, options) => client.call(app, routes.getSpreadsheet, args, options),
        createSpreadsheet: (args, options) => client.call(app, routes.createSpreadsheet, args, options),
        batchUpdateSpreadsheet: (args, options) => client.call(app, routes.batchUpdateSpreadsheet, args, options),
        getValues: (args, options) => client.call(app, routes.getValues, args, options),
        batchGetValues: (args, options) => client.call(app, routes.batchGetValues, args, options),
        updateValues: (args, options) => client.call(app, routes.updateValues, args, options),
        appendValues: (args, options) => client.call(app, routes.appendValues, args, options),
        batchUpdateValues: (args, options) => client.call(app, routes.batchUpdateValues, args, options),
        clearValues: (args, options) => client.call(app, routes.clearValues, args, options),
    };
}