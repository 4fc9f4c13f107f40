// Generated from providers/microsoft-excel.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-excel.js';

/**
 * Microsoft Excel through the Switchboard gateway: Worksheets, cell ranges, tables, named items and charts of .xlsx workbooks stored in OneDrive, through Microsoft Graph.
 */
export interface MicrosoftExcelClient {
    /** Read the signed-in user's OneDrive, including its type, owner and storage quota. `GET /v1.0/me/drive` */
    getDrive: Call<operations["getDrive"]>;
    /** List the files and folders at the top level of the user's drive. `GET /v1.0/me/drive/root/children` */
    listRootChildren: Paged<operations["listRootChildren"]>;
    /** Search the user's drive by file name, metadata and content (for example for .xlsx workbooks). `GET /v1.0/me/drive/root/search(q='{q}')` */
    searchDrive: Paged<operations["searchDrive"]>;
    /** Open a workbook session so that a series of calls shares state, saving changes or discarding them. `POST /v1.0/me/drive/root:/{itemPath}:/workbook/createSession` */
    createSession: Call<operations["createSession"]>;
    /** List the worksheets of a workbook in tab order. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets` */
    listWorksheets: Call<operations["listWorksheets"]>;
    /** Add a worksheet to the workbook, optionally with a chosen name. `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets` */
    createWorksheet: Call<operations["createWorksheet"]>;
    /** Remove a worksheet from the workbook. `DELETE /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')` */
    deleteWorksheet: Call<operations["deleteWorksheet"]>;
    /** Read the values, formulas, display text and number formats of a block of cells. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')` */
    getRange: Call<operations["getRange"]>;
    /** Write values, formulas or number formats into a block of cells. `PATCH /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')` */
    updateRange: Call<operations["updateRange"]>;
    /** Read the smallest block of cells that holds every value or format on the worksheet. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/usedRange` */
    getUsedRange: Call<operations["getUsedRange"]>;
    /** List the tables on one worksheet. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables` */
    listWorksheetTables: Call<operations["listWorksheetTables"]>;
    /** Turn a block of cells on the worksheet into a table. `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables/add` */
    addTable: Call<operations["addTable"]>;
    /** List the data rows of a table with their values. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows` */
    listTableRows: Paged<operations["listTableRows"]>;
    /** Append rows to a table, or insert them at a given position. `POST /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows` */
    addTableRow: Call<operations["addTableRow"]>;
    /** Remove the table row at a zero-based position. `DELETE /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows/itemAt(index={index})` */
    deleteTableRow: Call<operations["deleteTableRow"]>;
    /** List the columns of a table with their names and values. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/columns` */
    listTableColumns: Paged<operations["listTableColumns"]>;
    /** List the defined names of the workbook and what each refers to. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/names` */
    listNamedItems: Call<operations["listNamedItems"]>;
    /** List the charts on one worksheet. `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts` */
    listCharts: Call<operations["listCharts"]>;
    /** Draw a new chart on the worksheet from a block of source cells. `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts/add` */
    addChart: Call<operations["addChart"]>;
}

const routes: Routes<MicrosoftExcelClient> = {
    getDrive: {"method":"GET","path":"/v1.0/me/drive"},
    listRootChildren: {"method":"GET","path":"/v1.0/me/drive/root/children","paging":{"style":"link"}},
    searchDrive: {"method":"GET","path":"/v1.0/me/drive/root/search(q='{q}')","paging":{"style":"link"}},
    createSession: {"method":"POST","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/createSession","body":"application/json"},
    listWorksheets: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets"},
    createWorksheet: {"method":"POST","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets","body":"application/json"},
    deleteWorksheet: {"method":"DELETE","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')"},
    getRange: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')"},
    updateRange: {"method":"PATCH","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')","body":"application/json"},
    getUsedRange: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/usedRange"},
    listWorksheetTables: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables"},
    addTable: {"method":"POST","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables/add","body":"application/json"},
    listTableRows: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows","paging":{"style":"link"}},
    addTableRow: {"method":"POST","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows","body":"application/json"},
    deleteTableRow: {"method":"DELETE","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows/itemAt(index={index})"},
    listTableColumns: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/columns","paging":{"style":"link"}},
    listNamedItems: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/names"},
    listCharts: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts"},
    addChart: {"method":"POST","path":"/v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts/add","body":"application/json"},
};

/**
 * The Microsoft Excel client: `const api = microsoftExcel(new Switchboard({ baseUrl, apiKey }))`.
 */
export const microsoftExcel = (sb: Switchboard): MicrosoftExcelClient => bindClient<MicrosoftExcelClient>(sb, "microsoft-excel", routes);
