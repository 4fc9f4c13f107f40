// Generated from providers/coda.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/coda.js';

/**
 * Coda through the Switchboard gateway: Docs, pages, tables, columns, rows, formulas, controls, sharing and analytics in Coda.
 */
export interface CodaClient {
    /** Read the user the token belongs to and the token's own settings. `GET /apis/v1/whoami` */
    whoami: Call<operations["whoami"]>;
    /** List the category names docs can be published under. `GET /apis/v1/categories` */
    listCategories: Call<operations["listCategories"]>;
    /** List the docs the user can reach, filtered by owner, folder, workspace or a search term. `GET /apis/v1/docs` */
    listDocs: Paged<operations["listDocs"]>;
    /** Create a doc, empty or as a copy of another, optionally with a first page. `POST /apis/v1/docs` */
    createDoc: Call<operations["createDoc"]>;
    /** Read one doc's metadata. `GET /apis/v1/docs/{docId}` */
    getDoc: Call<operations["getDoc"]>;
    /** Delete a doc. `DELETE /apis/v1/docs/{docId}` */
    deleteDoc: Call<operations["deleteDoc"]>;
    /** List the pages of a doc. `GET /apis/v1/docs/{docId}/pages` */
    listPages: Paged<operations["listPages"]>;
    /** Add a page to a doc, optionally under a parent page and with initial content. `POST /apis/v1/docs/{docId}/pages` */
    createPage: Call<operations["createPage"]>;
    /** Read one page's metadata. `GET /apis/v1/docs/{docId}/pages/{pageIdOrName}` */
    getPage: Call<operations["getPage"]>;
    /** Rename a page, change its icon, hide it, or append to or replace its content. `PUT /apis/v1/docs/{docId}/pages/{pageIdOrName}` */
    updatePage: Call<operations["updatePage"]>;
    /** Delete a page. `DELETE /apis/v1/docs/{docId}/pages/{pageIdOrName}` */
    deletePage: Call<operations["deletePage"]>;
    /** List the tables and views of a doc. `GET /apis/v1/docs/{docId}/tables` */
    listTables: Paged<operations["listTables"]>;
    /** Read a table's metadata, including its row count, display column, sorts and filter. `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}` */
    getTable: Call<operations["getTable"]>;
    /** List the columns of a table with their formats and formulas. `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/columns` */
    listColumns: Paged<operations["listColumns"]>;
    /** Read one column. `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/columns/{columnIdOrName}` */
    getColumn: Call<operations["getColumn"]>;
    /** List a table's rows, optionally filtered to rows where one column has a given value. `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows` */
    listRows: Paged<operations["listRows"]>;
    /** Read one row with its cell values. `GET /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}` */
    getRow: Call<operations["getRow"]>;
    /** Insert rows, or update matching rows instead when key columns are given. `POST /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows` */
    upsertRows: Call<operations["upsertRows"]>;
    /** Change cell values of one row. `PUT /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}` */
    updateRow: Call<operations["updateRow"]>;
    /** Delete one row. `DELETE /apis/v1/docs/{docId}/tables/{tableIdOrName}/rows/{rowIdOrName}` */
    deleteRow: Call<operations["deleteRow"]>;
    /** List the named formulas of a doc. `GET /apis/v1/docs/{docId}/formulas` */
    listFormulas: Paged<operations["listFormulas"]>;
    /** Read a named formula and its current value. `GET /apis/v1/docs/{docId}/formulas/{formulaIdOrName}` */
    getFormula: Call<operations["getFormula"]>;
    /** List the controls (buttons, sliders, pickers …) of a doc. `GET /apis/v1/docs/{docId}/controls` */
    listControls: Paged<operations["listControls"]>;
    /** Read a control, its type and its current value. `GET /apis/v1/docs/{docId}/controls/{controlIdOrName}` */
    getControl: Call<operations["getControl"]>;
    /** Read whether the user may share or copy the doc and with whom. `GET /apis/v1/docs/{docId}/acl/metadata` */
    getSharingMetadata: Call<operations["getSharingMetadata"]>;
    /** List who the doc is shared with and their access level. `GET /apis/v1/docs/{docId}/acl/permissions` */
    listPermissions: Paged<operations["listPermissions"]>;
    /** Share the doc with a person, domain, workspace or anyone with the link. `POST /apis/v1/docs/{docId}/acl/permissions` */
    addPermission: Call<operations["addPermission"]>;
    /** Remove one share of the doc. `DELETE /apis/v1/docs/{docId}/acl/permissions/{permissionId}` */
    deletePermission: Call<operations["deletePermission"]>;
    /** Turn a coda.io browser URL into the API object it points at. `GET /apis/v1/resolveBrowserLink` */
    resolveBrowserLink: Call<operations["resolveBrowserLink"]>;
    /** Check whether a queued write has been applied. `GET /apis/v1/mutationStatus/{requestId}` */
    getMutationStatus: Call<operations["getMutationStatus"]>;
    /** List usage metrics (views, copies, likes, sessions) per doc over a date range. `GET /apis/v1/analytics/docs` */
    listDocAnalytics: Paged<operations["listDocAnalytics"]>;
    /** List usage metrics of the user's Packs over a date range. `GET /apis/v1/analytics/packs` */
    listPackAnalytics: Paged<operations["listPackAnalytics"]>;
    /** Read the dates up to which doc and Pack analytics have been computed. `GET /apis/v1/analytics/updated` */
    getAnalyticsUpdated: Call<operations["getAnalyticsUpdated"]>;
}

const routes: Routes<CodaClient> = {
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
};

/**
 * The Coda client: `const api = coda(new Switchboard({ baseUrl, apiKey }))`.
 */
export const coda = (sb: Switchboard): CodaClient => bindClient<CodaClient>(sb, "coda", routes);
