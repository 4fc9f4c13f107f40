// Generated from providers/microsoft-excel.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-excel.js';

/**
 * Microsoft Excel through the Switchboard gateway: Worksheets, cell ranges, tables, named items and charts of .xlsx workbooks stored in OneDrive, through Microsoft Graph.
 */
export interface MicrosoftExcelClient {
    /**
     * Read the signed-in user's OneDrive, including its type, owner and storage quota.
     *
     * `GET /v1.0/me/drive`
     */
    getDrive(args?: Args<operations["getDrive"]>, options?: CallOptions): Promise<Result<Data<operations["getDrive"]>>>;
    /**
     * List the files and folders at the top level of the user's drive.
     *
     * `GET /v1.0/me/drive/root/children`
     */
    listRootChildren: {
        (args?: Args<operations["listRootChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listRootChildren"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRootChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRootChildren"]>, void, undefined>;
    };
    /**
     * Search the user's drive by file name, metadata and content (for example for .xlsx workbooks).
     *
     * `GET /v1.0/me/drive/root/search(q='{q}')`
     */
    searchDrive: {
        (args: Args<operations["searchDrive"]>, options?: CallOptions): Promise<Result<Data<operations["searchDrive"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchDrive"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDrive"]>, void, undefined>;
    };
    /**
     * Open a workbook session so that a series of calls shares state, saving changes or discarding them.
     *
     * `POST /v1.0/me/drive/root:/{itemPath}:/workbook/createSession`
     */
    createSession(args: Args<operations["createSession"]>, options?: CallOptions): Promise<Result<Data<operations["createSession"]>>>;
    /**
     * List the worksheets of a workbook in tab order.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets`
     */
    listWorksheets(args: Args<operations["listWorksheets"]>, options?: CallOptions): Promise<Result<Data<operations["listWorksheets"]>>>;
    /**
     * Add a worksheet to the workbook, optionally with a chosen name.
     *
     * `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets`
     */
    createWorksheet(args: Args<operations["createWorksheet"]>, options?: CallOptions): Promise<Result<Data<operations["createWorksheet"]>>>;
    /**
     * Remove a worksheet from the workbook.
     *
     * `DELETE /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')`
     */
    deleteWorksheet(args: Args<operations["deleteWorksheet"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWorksheet"]>>>;
    /**
     * Read the values, formulas, display text and number formats of a block of cells.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')`
     */
    getRange(args: Args<operations["getRange"]>, options?: CallOptions): Promise<Result<Data<operations["getRange"]>>>;
    /**
     * Write values, formulas or number formats into a block of cells.
     *
     * `PATCH /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/range(address='{address}')`
     */
    updateRange(args: Args<operations["updateRange"]>, options?: CallOptions): Promise<Result<Data<operations["updateRange"]>>>;
    /**
     * Read the smallest block of cells that holds every value or format on the worksheet.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/usedRange`
     */
    getUsedRange(args: Args<operations["getUsedRange"]>, options?: CallOptions): Promise<Result<Data<operations["getUsedRange"]>>>;
    /**
     * List the tables on one worksheet.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables`
     */
    listWorksheetTables(args: Args<operations["listWorksheetTables"]>, options?: CallOptions): Promise<Result<Data<operations["listWorksheetTables"]>>>;
    /**
     * Turn a block of cells on the worksheet into a table.
     *
     * `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/tables/add`
     */
    addTable(args: Args<operations["addTable"]>, options?: CallOptions): Promise<Result<Data<operations["addTable"]>>>;
    /**
     * List the data rows of a table with their values.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows`
     */
    listTableRows: {
        (args: Args<operations["listTableRows"]>, options?: CallOptions): Promise<Result<Data<operations["listTableRows"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTableRows"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTableRows"]>, void, undefined>;
    };
    /**
     * Append rows to a table, or insert them at a given position.
     *
     * `POST /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows`
     */
    addTableRow(args: Args<operations["addTableRow"]>, options?: CallOptions): Promise<Result<Data<operations["addTableRow"]>>>;
    /**
     * Remove the table row at a zero-based position.
     *
     * `DELETE /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/rows/itemAt(index={index})`
     */
    deleteTableRow(args: Args<operations["deleteTableRow"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTableRow"]>>>;
    /**
     * List the columns of a table with their names and values.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/tables('{table}')/columns`
     */
    listTableColumns: {
        (args: Args<operations["listTableColumns"]>, options?: CallOptions): Promise<Result<Data<operations["listTableColumns"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTableColumns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTableColumns"]>, void, undefined>;
    };
    /**
     * List the defined names of the workbook and what each refers to.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/names`
     */
    listNamedItems(args: Args<operations["listNamedItems"]>, options?: CallOptions): Promise<Result<Data<operations["listNamedItems"]>>>;
    /**
     * List the charts on one worksheet.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts`
     */
    listCharts(args: Args<operations["listCharts"]>, options?: CallOptions): Promise<Result<Data<operations["listCharts"]>>>;
    /**
     * Draw a new chart on the worksheet from a block of source cells.
     *
     * `POST /v1.0/me/drive/root:/{itemPath}:/workbook/worksheets('{worksheet}')/charts/add`
     */
    addChart(args: Args<operations["addChart"]>, options?: CallOptions): Promise<Result<Data<operations["addChart"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Microsoft Excel client: `const api = microsoftExcel(new Switchboard({ baseUrl, apiKey }))`.
 */
export function microsoftExcel(client: Switchboard): MicrosoftExcelClient {
    const app = "microsoft-excel";
    return {
        getDrive: (args, options) => client.call(app, routes.getDrive, args, options),
        listRootChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRootChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRootChildren, args, options) }) as MicrosoftExcelClient["listRootChildren"],
        searchDrive: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDrive, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDrive, args, options) }) as MicrosoftExcelClient["searchDrive"],
        createSession: (args, options) => client.call(app, routes.createSession, args, options),
        listWorksheets: (args, options) => client.call(app, routes.listWorksheets, args, options),
        createWorksheet: (args, options) => client.call(app, routes.createWorksheet, args, options),
        deleteWorksheet: (args, options) => client.call(app, routes.deleteWorksheet, args, options),
        getRange: (args, options) => client.call(app, routes.getRange, args, options),
        updateRange: (args, options) => client.call(app, routes.updateRange, args, options),
        getUsedRange: (args, options) => client.call(app, routes.getUsedRange, args, options),
        listWorksheetTables: (args, options) => client.call(app, routes.listWorksheetTables, args, options),
        addTable: (args, options) => client.call(app, routes.addTable, args, options),
        listTableRows: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTableRows, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTableRows, args, options) }) as MicrosoftExcelClient["listTableRows"],
        addTableRow: (args, options) => client.call(app, routes.addTableRow, args, options),
        deleteTableRow: (args, options) => client.call(app, routes.deleteTableRow, args, options),
        listTableColumns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTableColumns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTableColumns, args, options) }) as MicrosoftExcelClient["listTableColumns"],
        listNamedItems: (args, options) => client.call(app, routes.listNamedItems, args, options),
        listCharts: (args, options) => client.call(app, routes.listCharts, args, options),
        addChart: (args, options) => client.call(app, routes.addChart, args, options),
    };
}