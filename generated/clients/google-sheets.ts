// Generated from providers/google-sheets.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-sheets.js';

/**
 * Google Sheets through the Switchboard gateway: Read and write cell values, create spreadsheets and apply structural or formatting changes in batches.
 */
export interface GoogleSheetsClient {
    /** Read a spreadsheet's properties and the list of its sheets, optionally with cell data. `GET /v4/spreadsheets/{spreadsheetId}` */
    getSpreadsheet: Call<operations["getSpreadsheet"]>;
    /** Create a spreadsheet with a title and, optionally, its first sheets. `POST /v4/spreadsheets` */
    createSpreadsheet: Call<operations["createSpreadsheet"]>;
    /** Apply a list of structural or formatting requests (add or delete sheets, format, sort, filter) atomically. `POST /v4/spreadsheets/{spreadsheetId}:batchUpdate` */
    batchUpdateSpreadsheet: Call<operations["batchUpdateSpreadsheet"]>;
    /** Read the values of one range. `GET /v4/spreadsheets/{spreadsheetId}/values/{range}` */
    getValues: Call<operations["getValues"]>;
    /** Read the values of several ranges in one call. `GET /v4/spreadsheets/{spreadsheetId}/values:batchGet` */
    batchGetValues: Call<operations["batchGetValues"]>;
    /** Overwrite the cells of one range with new values. `PUT /v4/spreadsheets/{spreadsheetId}/values/{range}` */
    updateValues: Call<operations["updateValues"]>;
    /** Add rows after the last row of the table found in the range. `POST /v4/spreadsheets/{spreadsheetId}/values/{range}:append` */
    appendValues: Call<operations["appendValues"]>;
    /** Write values into several ranges in one call. `POST /v4/spreadsheets/{spreadsheetId}/values:batchUpdate` */
    batchUpdateValues: Call<operations["batchUpdateValues"]>;
    /** Empty the values of a range while keeping its formatting. `POST /v4/spreadsheets/{spreadsheetId}/values/{range}:clear` */
    clearValues: Call<operations["clearValues"]>;
}

const routes: Routes<GoogleSheetsClient> = {
    getSpreadsheet: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}"},
    createSpreadsheet: {"method":"POST","path":"/v4/spreadsheets","body":"application/json"},
    batchUpdateSpreadsheet: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}:batchUpdate","body":"application/json"},
    getValues: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}"},
    batchGetValues: {"method":"GET","path":"/v4/spreadsheets/{spreadsheetId}/values:batchGet"},
    updateValues: {"method":"PUT","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}","body":"application/json"},
    appendValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}:append","body":"application/json"},
    batchUpdateValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values:batchUpdate","body":"application/json"},
    clearValues: {"method":"POST","path":"/v4/spreadsheets/{spreadsheetId}/values/{range}:clear","body":"application/json"},
};

/**
 * The Google Sheets client: `const api = googleSheets(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleSheets = (sb: Switchboard): GoogleSheetsClient => bindClient<GoogleSheetsClient>(sb, "google-sheets", routes);
