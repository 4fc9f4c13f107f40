// Generated from providers/one-note.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/one-note.js';

/**
 * OneNote through the Switchboard gateway: Notebooks, section groups, sections and pages of the signed-in user's OneNote, with page HTML and page edits, through Microsoft Graph.
 */
export interface OneNoteClient {
    /** List the user's notebooks, optionally with their sections and section groups expanded. `GET /v1.0/me/onenote/notebooks` */
    listNotebooks: Paged<operations["listNotebooks"]>;
    /** Read one notebook. `GET /v1.0/me/onenote/notebooks/{notebookId}` */
    getNotebook: Call<operations["getNotebook"]>;
    /** Create a notebook; its name must be unique among the user's notebooks. `POST /v1.0/me/onenote/notebooks` */
    createNotebook: Call<operations["createNotebook"]>;
    /** Start copying a notebook, optionally under a new name or into a group or site; poll the returned operation. `POST /v1.0/me/onenote/notebooks/{notebookId}/copyNotebook` */
    copyNotebook: Call<operations["copyNotebook"]>;
    /** List the notebooks the user opened most recently. `GET /v1.0/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})` */
    getRecentNotebooks: Call<operations["getRecentNotebooks"]>;
    /** List every section across the user's notebooks. `GET /v1.0/me/onenote/sections` */
    listSections: Paged<operations["listSections"]>;
    /** List the sections directly inside one notebook. `GET /v1.0/me/onenote/notebooks/{notebookId}/sections` */
    listNotebookSections: Call<operations["listNotebookSections"]>;
    /** Add a section to a notebook. `POST /v1.0/me/onenote/notebooks/{notebookId}/sections` */
    createSection: Call<operations["createSection"]>;
    /** List every section group across the user's notebooks. `GET /v1.0/me/onenote/sectionGroups` */
    listSectionGroups: Paged<operations["listSectionGroups"]>;
    /** Add a section group to a notebook. `POST /v1.0/me/onenote/notebooks/{notebookId}/sectionGroups` */
    createSectionGroup: Call<operations["createSectionGroup"]>;
    /** List pages across all of the user's sections, newest change first by default. `GET /v1.0/me/onenote/pages` */
    listPages: Paged<operations["listPages"]>;
    /** List the pages of one section. `GET /v1.0/me/onenote/sections/{sectionId}/pages` */
    listSectionPages: Paged<operations["listSectionPages"]>;
    /** Create a page in a section from an HTML document whose title element becomes the page title. `POST /v1.0/me/onenote/sections/{sectionId}/pages` */
    createPage: Call<operations["createPage"]>;
    /** Download the HTML of a page. `GET /v1.0/me/onenote/pages/{pageId}/content` */
    getPageContent: Call<operations["getPageContent"]>;
    /** Change a page by appending, inserting, prepending or replacing HTML at chosen elements. `PATCH /v1.0/me/onenote/pages/{pageId}/content` */
    updatePageContent: Call<operations["updatePageContent"]>;
}

const routes: Routes<OneNoteClient> = {
    listNotebooks: {"method":"GET","path":"/v1.0/me/onenote/notebooks","paging":{"style":"link"}},
    getNotebook: {"method":"GET","path":"/v1.0/me/onenote/notebooks/{notebookId}"},
    createNotebook: {"method":"POST","path":"/v1.0/me/onenote/notebooks","body":"application/json"},
    copyNotebook: {"method":"POST","path":"/v1.0/me/onenote/notebooks/{notebookId}/copyNotebook","body":"application/json"},
    getRecentNotebooks: {"method":"GET","path":"/v1.0/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})"},
    listSections: {"method":"GET","path":"/v1.0/me/onenote/sections","paging":{"style":"link"}},
    listNotebookSections: {"method":"GET","path":"/v1.0/me/onenote/notebooks/{notebookId}/sections"},
    createSection: {"method":"POST","path":"/v1.0/me/onenote/notebooks/{notebookId}/sections","body":"application/json"},
    listSectionGroups: {"method":"GET","path":"/v1.0/me/onenote/sectionGroups","paging":{"style":"link"}},
    createSectionGroup: {"method":"POST","path":"/v1.0/me/onenote/notebooks/{notebookId}/sectionGroups","body":"application/json"},
    listPages: {"method":"GET","path":"/v1.0/me/onenote/pages","paging":{"style":"link"}},
    listSectionPages: {"method":"GET","path":"/v1.0/me/onenote/sections/{sectionId}/pages","paging":{"style":"link"}},
    createPage: {"method":"POST","path":"/v1.0/me/onenote/sections/{sectionId}/pages","body":"text/html"},
    getPageContent: {"method":"GET","path":"/v1.0/me/onenote/pages/{pageId}/content","binary":true},
    updatePageContent: {"method":"PATCH","path":"/v1.0/me/onenote/pages/{pageId}/content","body":"application/json"},
};

/**
 * The OneNote client: `const api = oneNote(new Switchboard({ baseUrl, apiKey }))`.
 */
export const oneNote = (sb: Switchboard): OneNoteClient => bindClient<OneNoteClient>(sb, "one-note", routes);
