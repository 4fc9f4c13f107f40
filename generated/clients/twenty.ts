// Generated from providers/twenty.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/twenty.js';

/**
 * Twenty CRM through the Switchboard gateway: Companies, people, opportunities, notes, tasks and workspace members of a Twenty CRM workspace through its REST API.
 */
export interface TwentyClient {
    /** List companies a page at a time, with optional filter and ordering. `GET /rest/companies` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** Read one company. `GET /rest/companies/{id}` */
    getCompany: Call<operations["getCompany"]>;
    /** Create a company. `POST /rest/companies` */
    createCompany: Call<operations["createCompany"]>;
    /** Change some fields of a company. `PATCH /rest/companies/{id}` */
    updateCompany: Call<operations["updateCompany"]>;
    /** Delete a company. `DELETE /rest/companies/{id}` */
    deleteCompany: Call<operations["deleteCompany"]>;
    /** List people a page at a time, with optional filter and ordering. `GET /rest/people` */
    listPeople: Paged<operations["listPeople"]>;
    /** Read one person. `GET /rest/people/{id}` */
    getPerson: Call<operations["getPerson"]>;
    /** Create a person, optionally attached to a company. `POST /rest/people` */
    createPerson: Call<operations["createPerson"]>;
    /** Change some fields of a person. `PATCH /rest/people/{id}` */
    updatePerson: Call<operations["updatePerson"]>;
    /** List opportunities a page at a time, with optional filter and ordering. `GET /rest/opportunities` */
    listOpportunities: Paged<operations["listOpportunities"]>;
    /** Create an opportunity (deal) with an amount, stage and company. `POST /rest/opportunities` */
    createOpportunity: Call<operations["createOpportunity"]>;
    /** List notes a page at a time, with optional filter and ordering. `GET /rest/notes` */
    listNotes: Paged<operations["listNotes"]>;
    /** Create a note; link it to records afterwards through noteTargets. `POST /rest/notes` */
    createNote: Call<operations["createNote"]>;
    /** List tasks a page at a time, with optional filter and ordering. `GET /rest/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Create a task with a status, due time and assignee. `POST /rest/tasks` */
    createTask: Call<operations["createTask"]>;
    /** List the members of the workspace. `GET /rest/workspaceMembers` */
    listWorkspaceMembers: Paged<operations["listWorkspaceMembers"]>;
}

const routes: Routes<TwentyClient> = {
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
};

/**
 * The Twenty CRM client: `const api = twenty(new Switchboard({ baseUrl, apiKey }))`.
 */
export const twenty = (sb: Switchboard): TwentyClient => bindClient<TwentyClient>(sb, "twenty", routes);
