// Generated from providers/twenty.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/twenty.js';

/**
 * Twenty CRM through the Switchboard gateway: Companies, people, opportunities, notes, tasks and workspace members of a Twenty CRM workspace through its REST API.
 */
export interface TwentyClient {
    /**
     * List companies a page at a time, with optional filter and ordering.
     *
     * `GET /rest/companies`
     */
    listCompanies: {
        (args?: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * Read one company.
     *
     * `GET /rest/companies/{id}`
     */
    getCompany(args: Args<operations["getCompany"]>, options?: CallOptions): Promise<Result<Data<operations["getCompany"]>>>;
    /**
     * Create a company.
     *
     * `POST /rest/companies`
     */
    createCompany(args: Args<operations["createCompany"]>, options?: CallOptions): Promise<Result<Data<operations["createCompany"]>>>;
    /**
     * Change some fields of a company.
     *
     * `PATCH /rest/companies/{id}`
     */
    updateCompany(args: Args<operations["updateCompany"]>, options?: CallOptions): Promise<Result<Data<operations["updateCompany"]>>>;
    /**
     * Delete a company.
     *
     * `DELETE /rest/companies/{id}`
     */
    deleteCompany(args: Args<operations["deleteCompany"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCompany"]>>>;
    /**
     * List people a page at a time, with optional filter and ordering.
     *
     * `GET /rest/people`
     */
    listPeople: {
        (args?: Args<operations["listPeople"]>, options?: CallOptions): Promise<Result<Data<operations["listPeople"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPeople"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPeople"]>, void, undefined>;
    };
    /**
     * Read one person.
     *
     * `GET /rest/people/{id}`
     */
    getPerson(args: Args<operations["getPerson"]>, options?: CallOptions): Promise<Result<Data<operations["getPerson"]>>>;
    /**
     * Create a person, optionally attached to a company.
     *
     * `POST /rest/people`
     */
    createPerson(args: Args<operations["createPerson"]>, options?: CallOptions): Promise<Result<Data<operations["createPerson"]>>>;
    /**
     * Change some fields of a person.
     *
     * `PATCH /rest/people/{id}`
     */
    updatePerson(args: Args<operations["updatePerson"]>, options?: CallOptions): Promise<Result<Data<operations["updatePerson"]>>>;
    /**
     * List opportunities a page at a time, with optional filter and ordering.
     *
     * `GET /rest/opportunities`
     */
    listOpportunities: {
        (args?: Args<operations["listOpportunities"]>, options?: CallOptions): Promise<Result<Data<operations["listOpportunities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOpportunities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOpportunities"]>, void, undefined>;
    };
    /**
     * Create an opportunity (deal) with an amount, stage and company.
     *
     * `POST /rest/opportunities`
     */
    createOpportunity(args: Args<operations["createOpportunity"]>, options?: CallOptions): Promise<Result<Data<operations["createOpportunity"]>>>;
    /**
     * List notes a page at a time, with optional filter and ordering.
     *
     * `GET /rest/notes`
     */
    listNotes: {
        (args?: Args<operations["listNotes"]>, options?: CallOptions): Promise<Result<Data<operations["listNotes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listNotes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listNotes"]>, void, undefined>;
    };
    /**
     * Create a note; link it to records afterwards through noteTargets.
     *
     * `POST /rest/notes`
     */
    createNote(args: Args<operations["createNote"]>, options?: CallOptions): Promise<Result<Data<operations["createNote"]>>>;
    /**
     * List tasks a page at a time, with optional filter and ordering.
     *
     * `GET /rest/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Create a task with a status, due time and assignee.
     *
     * `POST /rest/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * List the members of the workspace.
     *
     * `GET /rest/workspaceMembers`
     */
    listWorkspaceMembers: {
        (args?: Args<operations["listWorkspaceMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceMembers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWorkspaceMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaceMembers"]>, void, undefined>;
    };
}

const routes = {
    listCompanies: {"method":"GET","path":"/rest/companies","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
    getCompany: {"method":"GET","path":"/rest/companies/{id}"},
    createCompany: {"method":"POST","path":"/rest/companies","body":"application/json"},
    updateCompany: {"method":"PATCH","path":"/rest/companies/{id}","body":"application/json"},
    deleteCompany: {"method":"DELETE","path":"/rest/companies/{id}"},
    listPeople: {"method":"GET","path":"/rest/people","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
    getPerson: {"method":"GET","path":"/rest/people/{id}"},
    createPerson: {"method":"POST","path":"/rest/people","body":"application/json"},
    updatePerson: {"method":"PATCH","path":"/rest/people/{id}","body":"application/json"},
    listOpportunities: {"method":"GET","path":"/rest/opportunities","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
    createOpportunity: {"method":"POST","path":"/rest/opportunities","body":"application/json"},
    listNotes: {"method":"GET","path":"/rest/notes","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
    createNote: {"method":"POST","path":"/rest/notes","body":"application/json"},
    listTasks: {"method":"GET","path":"/rest/tasks","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
    createTask: {"method":"POST","path":"/rest/tasks","body":"application/json"},
    listWorkspaceMembers: {"method":"GET","path":"/rest/workspaceMembers","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"pageInfo.endCursor"}},
} satisfies Record<string, Route>;

/**
 * The Twenty CRM client: `const api = twenty(new Switchboard({ baseUrl, apiKey }))`.
 */
export function twenty(client: Switchboard): TwentyClient {
    const app = "twenty";
    return {
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as TwentyClient["listCompanies"],
        getCompany: (args, options) => client.call(app, routes.getCompany, args, options),
        createCompany: (args, options) => client.call(app, routes.createCompany, args, options),
        updateCompany: (args, options) => client.call(app, routes.updateCompany, args, options),
        deleteCompany: (args, options) => client.call(app, routes.deleteCompany, args, options),
        listPeople: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPeople, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPeople, args, options) }) as TwentyClient["listPeople"],
        getPerson: (args, options) => client.call(app, routes.getPerson, args, options),
        createPerson: (args, options) => client.call(app, routes.createPerson, args, options),
        updatePerson: (args, options) => client.call(app, routes.updatePerson, args, options),
        listOpportunities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOpportunities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOpportunities, args, options) }) as TwentyClient["listOpportunities"],
        createOpportunity: (args, options) => client.call(app, routes.createOpportunity, args, options),
        listNotes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listNotes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listNotes, args, options) }) as TwentyClient["listNotes"],
        createNote: (args, options) => client.call(app, routes.createNote, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as TwentyClient["listTasks"],
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        listWorkspaceMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaceMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaceMembers, args, options) }) as TwentyClient["listWorkspaceMembers"],
    };
}