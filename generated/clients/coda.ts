// Generated from providers/coda.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/coda.js';

/**
 * Coda through the Switchboard gateway: Docs, pages, tables, columns, rows, formulas, controls, sharing and analytics in Coda.
 */
export interface CodaClient {
    /**
     * Read the user the token belongs to and the token's own settings.
     *
     * `GET /apis/v1/whoami`
     */
    whoami(args?: Args<operations["whoami"]>, options?: CallOptions): Promise<Result<Data<operations["whoami"]>>>;
    /**
     * List the category names docs can be published under.
     *
     * `GET /apis/v1/categories`
     */
    listCategories(args?: Args<operations["listCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listCategories"]>>>;
    /**
     * List the docs the user can reach, filtered by owner, folder, workspace or a search term.
     *
     * `GET /apis/v1/docs`
     */
    listDocs: {
        (args?: Args<operations["listDocs"]>, options?: CallOptions): Promise<Result<Data<operations["listDocs"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDocs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDocs"]>, void, undefined>;
    };
    /**
     * Create a doc, empty or as a copy of another, optionally with a first page.
     *
     * `POST /apis/v1/docs`
     */
    createDoc(args: Args<operations["createDoc"]>, options?: CallOptions): Promise<Result<Data<operations["createDoc"]>>>;
    /**
     * Read one doc's metadata.
     *
     * `GET /apis/v1/docs/{docId}`
     */
    getDoc(args: Args<operations["getDoc"]>, options?: CallOptions): Promise<Result<Data<operations["getDoc"]>>>;
    /**
     * Delete a doc.
     *
     * `DELETE /apis/v1/docs/{docId}`
     */
    deleteDoc(args: Args<operations["deleteDoc"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDoc"]>>>;
    /**
     * List the pages of a doc.
     *
     * `GET /apis/v1/docs/{docId}/pages`
     */
    listPages: {
        (args: Args<operations["listPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPages"]>, void, undefined>;
    };
    /**
     * Add a page to a doc, optionally under a parent page and with initial content.
     *
     * `POST /apis/v1/docs/{docId}/pages`
     */
    createPage(args: Args<operations["createPage"]>, options?: CallOptions): Promise<Result<Data<operations["createPage"]>>>;
    /**
     * Read one page's metadata.
     *
     * `GET /apis/v1/docs/{docId}/pages/{pageIdOrName}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * Rename a page, change its icon, hide it, or append to or replace its content.
     *
     * `PUT /apis/v1/docs/{docId}/pages/{pageIdOrName}`
     */
    updatePage(args: Args<operations["updatePage"]>, options?: CallOptions): Promise<Result<Data<operations["updatePage"]>>>;
    /**
     * Delete a page.
     *
     * `DELETE /apis/v1/docs/{docId}/pages/{pageIdOrName}`
     */
    deletePage(args: Args<operations["deletePage"]>, options?: CallOptions): Promise<Result<Data<operations["deletePage"]>>>;
    /**
     * List the tables and views of a doc.
     *
     * `GET /apis/v1/docs/{docId}/tables`
     */
    listTables: {
        (args: Args<operations["listTables"]>, options?: CallOptions): Promise<Result<Data<operations["listTables"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTables"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTables"]>, void, undefined>;
    };
    /**
     * Read a table's metadata, including its row count, display column, sorts and filter.
     *
     * `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}`
     */
    getTable(args: Args<operations["getTable"]>, options?: CallOptions): Promise<Result<Data<operations["getTable"]>>>;
    /**
     * List the columns of a table with their formats and formulas.
     *
     * `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/columns`
     */
    listColumns: {
        (args: Args<operations["listColumns"]>, options?: CallOptions): Promise<Result<Data<operations["listColumns"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listColumns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listColumns"]>, void, undefined>;
    };
    /**
     * Read one column.
     *
     * `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/columns/{columnIdOrName}`
     */
    getColumn(args: Args<operations["getColumn"]>, options?: CallOptions): Promise<Result<Data<operations["getColumn"]>>>;
    /**
     * List a table's rows, optionally filtered to rows where one column has a given value.
     *
     * `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows`
     */
    listRows: {
        (args: Args<operations["listRows"]>, options?: CallOptions): Promise<Result<Data<operations["listRows"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRows"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRows"]>, void, undefined>;
    };
    /**
     * Read one row with its cell values.
     *
     * `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}`
     */
    getRow(args: Args<operations["getRow"]>, options?: CallOptions): Promise<Result<Data<operations["getRow"]>>>;
    /**
     * Insert rows, or update matching rows instead when key columns are given.
     *
     * `POST /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows`
     */
    upsertRows(args: Args<operations["upsertRows"]>, options?: CallOptions): Promise<Result<Data<operations["upsertRows"]>>>;
    /**
     * Change cell values of one row.
     *
     * `PUT /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}`
     */
    updateRow(args: Args<operations["updateRow"]>, options?: CallOptions): Promise<Result<Data<operations["updateRow"]>>>;
    /**
     * Delete one row.
     *
     * `DELETE /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}`
     */
    deleteRow(args: Args<operations["deleteRow"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRow"]>>>;
    /**
     * List the named formulas of a doc.
     *
     * `GET /apis/v1/docs/{docId}/formulas`
     */
    listFormulas: {
        (args: Args<operations["listFormulas"]>, options?: CallOptions): Promise<Result<Data<operations["listFormulas"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormulas"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormulas"]>, void, undefined>;
    };
    /**
     * Read a named formula and its current value.
     *
     * `GET /apis/v1/docs/{docId}/formulas/{formulaIdOrName}`
     */
    getFormula(args: Args<operations["getFormula"]>, options?: CallOptions): Promise<Result<Data<operations["getFormula"]>>>;
    /**
     * List the controls (buttons, sliders, pickers …) of a doc.
     *
     * `GET /apis/v1/docs/{docId}/controls`
     */
    listControls: {
        (args: Args<operations["listControls"]>, options?: CallOptions): Promise<Result<Data<operations["listControls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listControls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listControls"]>, void, undefined>;
    };
    /**
     * Read a control, its type and its current value.
     *
     * `GET /apis/v1/docs/{docId}/controls/{controlIdOrName}`
     */
    getControl(args: Args<operations["getControl"]>, options?: CallOptions): Promise<Result<Data<operations["getControl"]>>>;
    /**
     * Read whether the user may share or copy the doc and with whom.
     *
     * `GET /apis/v1/docs/{docId}/acl/metadata`
     */
    getSharingMetadata(args: Args<operations["getSharingMetadata"]>, options?: CallOptions): Promise<Result<Data<operations["getSharingMetadata"]>>>;
    /**
     * List who the doc is shared with and their access level.
     *
     * `GET /apis/v1/docs/{docId}/acl/permissions`
     */
    listPermissions: {
        (args: Args<operations["listPermissions"]>, options?: CallOptions): Promise<Result<Data<operations["listPermissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPermissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPermissions"]>, void, undefined>;
    };
    /**
     * Share the doc with a person, domain, workspace or anyone with the link.
     *
     * `POST /apis/v1/docs/{docId}/acl/permissions`
     */
    addPermission(args: Args<operations["addPermission"]>, options?: CallOptions): Promise<Result<Data<operations["addPermission"]>>>;
    /**
     * Remove one share of the doc.
     *
     * `DELETE /apis/v1/docs/{docId}/acl/permissions/{permissionId}`
     */
    deletePermission(args: Args<operations["deletePermission"]>, options?: CallOptions): Promise<Result<Data<operations["deletePermission"]>>>;
    /**
     * Turn a coda.io browser URL into the API object it points at.
     *
     * `GET /apis/v1/resolveBrowserLink`
     */
    resolveBrowserLink(args: Args<operations["resolveBrowserLink"]>, options?: CallOptions): Promise<Result<Data<operations["resolveBrowserLink"]>>>;
    /**
     * Check whether a queued write has been applied.
     *
     * `GET /apis/v1/mutationStatus/{requestId}`
     */
    getMutationStatus(args: Args<operations["getMutationStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getMutationStatus"]>>>;
    /**
     * List usage metrics (views, copies, likes, sessions) per doc over a date range.
     *
     * `GET /apis/v1/analytics/docs`
     */
    listDocAnalytics: {
        (args?: Args<operations["listDocAnalytics"]>, options?: CallOptions): Promise<Result<Data<operations["listDocAnalytics"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDocAnalytics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDocAnalytics"]>, void, undefined>;
    };
    /**
     * List usage metrics of the user's Packs over a date range.
     *
     * `GET /apis/v1/analytics/packs`
     */
    listPackAnalytics: {
        (args?: Args<operations["listPackAnalytics"]>, options?: CallOptions): Promise<Result<Data<operations["listPackAnalytics"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPackAnalytics"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPackAnalytics"]>, void, undefined>;
    };
    /**
     * Read the dates up to which doc and Pack analytics have been computed.
     *
     * `GET /apis/v1/analytics/updated`
     */
    getAnalyticsUpdated(args?: Args<operations["getAnalyticsUpdated"]>, options?: CallOptions): Promise<Result<Data<operations["getAnalyticsUpdated"]>>>;
}

const routes = {
    whoami: {"method":"GET","path":"/apis/v1/whoami"},
    listCategories: {"method":"GET","path":"/apis/v1/categories"},
    listDocs: {"method":"GET","path":"/apis/v1/docs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createDoc: {"method":"POST","path":"/apis/v1/docs","body":"application/json"},
    getDoc: {"method":"GET","path":"/apis/v1/docs/{docId}"},
    deleteDoc: {"method":"DELETE","path":"/apis/v1/docs/{docId}"},
    listPages: {"method":"GET","path":"/apis/v1/docs/{docId}/pages","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createPage: {"method":"POST","path":"/apis/v1/docs/{docId}/pages","body":"application/json"},
    getPage: {"method":"GET","path":"/apis/v1/docs/{docId}/pages/{pageIdOrName}"},
    updatePage: {"method":"PUT","path":"/apis/v1/docs/{docId}/pages/{pageIdOrName}","body":"application/json"},
    deletePage: {"method":"DELETE","path":"/apis/v1/docs/{docId}/pages/{pageIdOrName}"},
    listTables: {"method":"GET","path":"/apis/v1/docs/{docId}/tables","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getTable: {"method":"GET","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}"},
    listColumns: {"method":"GET","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/columns","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getColumn: {"method":"GET","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/columns/{columnIdOrName}"},
    listRows: {"method":"GET","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getRow: {"method":"GET","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}"},
    upsertRows: {"method":"POST","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows","body":"application/json"},
    updateRow: {"method":"PUT","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}","body":"application/json"},
    deleteRow: {"method":"DELETE","path":"/apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}"},
    listFormulas: {"method":"GET","path":"/apis/v1/docs/{docId}/formulas","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getFormula: {"method":"GET","path":"/apis/v1/docs/{docId}/formulas/{formulaIdOrName}"},
    listControls: {"method":"GET","path":"/apis/v1/docs/{docId}/controls","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getControl: {"method":"GET","path":"/apis/v1/docs/{docId}/controls/{controlIdOrName}"},
    getSharingMetadata: {"method":"GET","path":"/apis/v1/docs/{docId}/acl/metadata"},
    listPermissions: {"method":"GET","path":"/apis/v1/docs/{docId}/acl/permissions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    addPermission: {"method":"POST","path":"/apis/v1/docs/{docId}/acl/permissions","body":"application/json"},
    deletePermission: {"method":"DELETE","path":"/apis/v1/docs/{docId}/acl/permissions/{permissionId}"},
    resolveBrowserLink: {"method":"GET","path":"/apis/v1/resolveBrowserLink"},
    getMutationStatus: {"method":"GET","path":"/apis/v1/mutationStatus/{requestId}"},
    listDocAnalytics: {"method":"GET","path":"/apis/v1/analytics/docs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listPackAnalytics: {"method":"GET","path":"/apis/v1/analytics/packs","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getAnalyticsUpdated: {"method":"GET","path":"/apis/v1/analytics/updated"},
} satisfies Record<string, Route>;

/**
 * The Coda client: `const api = coda(new Switchboard({ baseUrl, apiKey }))`.
 */
export function coda(client: Switchboard): CodaClient {
    const app = "coda";
    return {
        whoami: (args, options) => client.call(app, routes.whoami, args, options),
        listCategories: (args, options) => client.call(app, routes.listCategories, args, options),
        listDocs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDocs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDocs, args, options) }) as CodaClient["listDocs"],
        createDoc: (args, options) => client.call(app, routes.createDoc, args, options),
        getDoc: (args, options) => client.call(app, routes.getDoc, args, options),
        deleteDoc: (args, options) => client.call(app, routes.deleteDoc, args, options),
        listPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPages, args, options) }) as CodaClient["listPages"],
        createPage: (args, options) => client.call(app, routes.createPage, args, options),
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        updatePage: (args, options) => client.call(app, routes.updatePage, args, options),
        deletePage: (args, options) => client.call(app, routes.deletePage, args, options),
        listTables: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTables, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTables, args, options) }) as CodaClient["listTables"],
        getTable: (args, options) => client.call(app, routes.getTable, args, options),
        listColumns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listColumns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listColumns, args, options) }) as CodaClient["listColumns"],
        getColumn: (args, options) => client.call(app, routes.getColumn, args, options),
        listRows: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRows, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRows, args, options) }) as CodaClient["listRows"],
        getRow: (args, options) => client.call(app, routes.getRow, args, options),
        upsertRows: (args, options) => client.call(app, routes.upsertRows, args, options),
        updateRow: (args, options) => client.call(app, routes.updateRow, args, options),
        deleteRow: (args, options) => client.call(app, routes.deleteRow, args, options),
        listFormulas: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormulas, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormulas, args, options) }) as CodaClient["listFormulas"],
        getFormula: (args, options) => client.call(app, routes.getFormula, args, options),
        listControls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listControls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listControls, args, options) }) as CodaClient["listControls"],
        getControl: (args, options) => client.call(app, routes.getControl, args, options),
        getSharingMetadata: (args, options) => client.call(app, routes.getSharingMetadata, args, options),
        listPermissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPermissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPermissions, args, options) }) as CodaClient["listPermissions"],
        addPermission: (args, options) => client.call(app, routes.addPermission, args, options),
        deletePermission: (args, options) => client.call(app, routes.deletePermission, args, options),
        resolveBrowserLink: (args, options) => client.call(app, routes.resolveBrowserLink, args, options),
        getMutationStatus: (args, options) => client.call(app, routes.getMutationStatus, args, options),
        listDocAnalytics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDocAnalytics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDocAnalytics, args, options) }) as CodaClient["listDocAnalytics"],
        listPackAnalytics: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPackAnalytics, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPackAnalytics, args, options) }) as CodaClient["listPackAnalytics"],
        getAnalyticsUpdated: (args, options) => client.call(app, routes.getAnalyticsUpdated, args, options),
    };
}