// Generated from providers/one-note.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/one-note.js';

/**
 * OneNote through the Switchboard gateway: Notebooks, section groups, sections and pages of the signed-in user's OneNote, with page HTML and page edits, through Microsoft Graph.
 */
export interface OneNoteClient {
    /**
     * List the user's notebooks, optionally with their sections and section groups expanded.
     *
     * `GET /v1.0/me/onenote/notebooks`
     */
    listNotebooks: {
        (args?: Args<operations["listNotebooks"]>, options?: CallOptions): Promise<Result<Data<operations["listNotebooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listNotebooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listNotebooks"]>, void, undefined>;
    };
    /**
     * Read one notebook.
     *
     * `GET /v1.0/me/onenote/notebooks/{notebookId}`
     */
    getNotebook(args: Args<operations["getNotebook"]>, options?: CallOptions): Promise<Result<Data<operations["getNotebook"]>>>;
    /**
     * Create a notebook; its name must be unique among the user's notebooks.
     *
     * `POST /v1.0/me/onenote/notebooks`
     */
    createNotebook(args: Args<operations["createNotebook"]>, options?: CallOptions): Promise<Result<Data<operations["createNotebook"]>>>;
    /**
     * Start copying a notebook, optionally under a new name or into a group or site; poll the returned operation.
     *
     * `POST /v1.0/me/onenote/notebooks/{notebookId}/copyNotebook`
     */
    copyNotebook(args: Args<operations["copyNotebook"]>, options?: CallOptions): Promise<Result<Data<operations["copyNotebook"]>>>;
    /**
     * List the notebooks the user opened most recently.
     *
     * `GET /v1.0/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks={includePersonalNotebooks})`
     */
    getRecentNotebooks(args: Args<operations["getRecentNotebooks"]>, options?: CallOptions): Promise<Result<Data<operations["getRecentNotebooks"]>>>;
    /**
     * List every section across the user's notebooks.
     *
     * `GET /v1.0/me/onenote/sections`
     */
    listSections: {
        (args?: Args<operations["listSections"]>, options?: CallOptions): Promise<Result<Data<operations["listSections"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSections"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSections"]>, void, undefined>;
    };
    /**
     * List the sections directly inside one notebook.
     *
     * `GET /v1.0/me/onenote/notebooks/{notebookId}/sections`
     */
    listNotebookSections(args: Args<operations["listNotebookSections"]>, options?: CallOptions): Promise<Result<Data<operations["listNotebookSections"]>>>;
    /**
     * Add a section to a notebook.
     *
     * `POST /v1.0/me/onenote/notebooks/{notebookId}/sections`
     */
    createSection(args: Args<operations["createSection"]>, options?: CallOptions): Promise<Result<Data<operations["createSection"]>>>;
    /**
     * List every section group across the user's notebooks.
     *
     * `GET /v1.0/me/onenote/sectionGroups`
     */
    listSectionGroups: {
        (args?: Args<operations["listSectionGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listSectionGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSectionGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSectionGroups"]>, void, undefined>;
    };
    /**
     * Add a section group to a notebook.
     *
     * `POST /v1.0/me/onenote/notebooks/{notebookId}/sectionGroups`
     */
    createSectionGroup(args: Args<operations["createSectionGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createSectionGroup"]>>>;
    /**
     * List pages across all of the user's sections, newest change first by default.
     *
     * `GET /v1.0/me/onenote/pages`
     */
    listPages: {
        (args?: Args<operations["listPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPages"]>, void, undefined>;
    };
    /**
     * List the pages of one section.
     *
     * `GET /v1.0/me/onenote/sections/{sectionId}/pages`
     */
    listSectionPages: {
        (args: Args<operations["listSectionPages"]>, options?: CallOptions): Promise<Result<Data<operations["listSectionPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSectionPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSectionPages"]>, void, undefined>;
    };
    /**
     * Create a page in a section from an HTML document whose title element becomes the page title.
     *
     * `POST /v1.0/me/onenote/sections/{sectionId}/pages`
     */
    createPage(args: Args<operations["createPage"]>, options?: CallOptions): Promise<Result<Data<operations["createPage"]>>>;
    /**
     * Download the HTML of a page.
     *
     * `GET /v1.0/me/onenote/pages/{pageId}/content`
     */
    getPageContent(args: Args<operations["getPageContent"]>, options?: CallOptions): Promise<Result<Data<operations["getPageContent"]>>>;
    /**
     * Change a page by appending, inserting, prepending or replacing HTML at chosen elements.
     *
     * `PATCH /v1.0/me/onenote/pages/{pageId}/content`
     */
    updatePageContent(args: Args<operations["updatePageContent"]>, options?: CallOptions): Promise<Result<Data<operations["updatePageContent"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The OneNote client: `const api = oneNote(new Switchboard({ baseUrl, apiKey }))`.
 */
export function oneNote(client: Switchboard): OneNoteClient {
    const app = "one-note";
    return {
        listNotebooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listNotebooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listNotebooks, args, options) }) as OneNoteClient["listNotebooks"],
        getNotebook: (args, options) => client.call(app, routes.getNotebook, args, options),
        createNotebook: (args, options) => client.call(app, routes.createNotebook, args, options),
        copyNotebook: (args, options) => client.call(app, routes.copyNotebook, args, options),
        getRecentNotebooks: (args, options) => client.call(app, routes.getRecentNotebooks, args, options),
        listSections: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSections, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSections, args, options) }) as OneNoteClient["listSections"],
        listNotebookSections: (args, options) => client.call(app, routes.listNotebookSections, args, options),
        createSection: (args, options) => client.call(app, routes.createSection, args, options),
        listSectionGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSectionGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSectionGroups, args, options) }) as OneNoteClient["listSectionGroups"],
        createSectionGroup: (args, options) => client.call(app, routes.createSectionGroup, args, options),
        listPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPages, args, options) }) as OneNoteClient["listPages"],
        listSectionPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSectionPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSectionPages, args, options) }) as OneNoteClient["listSectionPages"],
        createPage: (args, options) => client.call(app, routes.createPage, args, options),
        getPageContent: (args, options) => client.call(app, routes.getPageContent, args, options),
        updatePageContent: (args, options) => client.call(app, routes.updatePageContent, args, options),
    };
}