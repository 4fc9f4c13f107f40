// Generated from providers/pipedrive.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/pipedrive.js';

/**
 * Pipedrive through the Switchboard gateway: Deals, persons, organizations, activities, notes, pipelines and stages of a Pipedrive sales CRM company account (API v1).
 */
export interface PipedriveClient {
    /** List deals a page at a time, optionally by owner, filter, stage or status. `GET /api/v1/deals` */
    listDeals: Paged<operations["listDeals"]>;
    /** Search deals by title, notes or custom field values. `GET /api/v1/deals/search` */
    searchDeals: Paged<operations["searchDeals"]>;
    /** Read one deal with its related person, organization and stage. `GET /api/v1/deals/{id}` */
    getDeal: Call<operations["getDeal"]>;
    /** Create a deal, optionally tied to a person, organization and stage. `POST /api/v1/deals` */
    createDeal: Call<operations["createDeal"]>;
    /** Change fields of a deal, including marking it won or lost. `PUT /api/v1/deals/{id}` */
    updateDeal: Call<operations["updateDeal"]>;
    /** Mark a deal as deleted; Pipedrive purges it after 30 days. `DELETE /api/v1/deals/{id}` */
    deleteDeal: Call<operations["deleteDeal"]>;
    /** List persons a page at a time, optionally by owner, filter or first letter. `GET /api/v1/persons` */
    listPersons: Paged<operations["listPersons"]>;
    /** Create a person with one or more emails and phone numbers. `POST /api/v1/persons` */
    createPerson: Call<operations["createPerson"]>;
    /** List organizations a page at a time, optionally by owner, filter or first letter. `GET /api/v1/organizations` */
    listOrganizations: Paged<operations["listOrganizations"]>;
    /** Create an organization. `POST /api/v1/organizations` */
    createOrganization: Call<operations["createOrganization"]>;
    /** List activities, optionally by user, type, date range or completion. `GET /api/v1/activities` */
    listActivities: Paged<operations["listActivities"]>;
    /** Schedule an activity such as a call or meeting, linked to a deal, person or organization. `POST /api/v1/activities` */
    createActivity: Call<operations["createActivity"]>;
    /** List the company's sales pipelines. `GET /api/v1/pipelines` */
    listPipelines: Call<operations["listPipelines"]>;
    /** List the stages of all pipelines or of one pipeline. `GET /api/v1/stages` */
    listStages: Paged<operations["listStages"]>;
    /** Add an HTML note to a deal, person, organization, lead or project, optionally pinned. `POST /api/v1/notes` */
    createNote: Call<operations["createNote"]>;
    /** Read the user behind the token, with their company, locale and time zone. `GET /api/v1/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
}

const routes: Routes<PipedriveClient> = {
    listDeals: {"method":"GET","path":"/api/v1/deals","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    searchDeals: {"method":"GET","path":"/api/v1/deals/search","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data.items"}},
    getDeal: {"method":"GET","path":"/api/v1/deals/{id}"},
    createDeal: {"method":"POST","path":"/api/v1/deals","body":"application/json"},
    updateDeal: {"method":"PUT","path":"/api/v1/deals/{id}","body":"application/json"},
    deleteDeal: {"method":"DELETE","path":"/api/v1/deals/{id}"},
    listPersons: {"method":"GET","path":"/api/v1/persons","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    createPerson: {"method":"POST","path":"/api/v1/persons","body":"application/json"},
    listOrganizations: {"method":"GET","path":"/api/v1/organizations","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    createOrganization: {"method":"POST","path":"/api/v1/organizations","body":"application/json"},
    listActivities: {"method":"GET","path":"/api/v1/activities","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    createActivity: {"method":"POST","path":"/api/v1/activities","body":"application/json"},
    listPipelines: {"method":"GET","path":"/api/v1/pipelines"},
    listStages: {"method":"GET","path":"/api/v1/stages","paging":{"style":"offset","offsetParam":"start","limitParam":"limit","items":"data"}},
    createNote: {"method":"POST","path":"/api/v1/notes","body":"application/json"},
    getCurrentUser: {"method":"GET","path":"/api/v1/users/me"},
};

/**
 * The Pipedrive client: `const api = pipedrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export const pipedrive = (sb: Switchboard): PipedriveClient => bindClient<PipedriveClient>(sb, "pipedrive", routes);
