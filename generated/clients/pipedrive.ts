// Generated from providers/pipedrive.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/pipedrive.js';

/**
 * Pipedrive through the Switchboard gateway: Deals, persons, organizations, activities, notes, pipelines and stages of a Pipedrive sales CRM company account (API v1).
 */
export interface PipedriveClient {
    /**
     * List deals a page at a time, optionally by owner, filter, stage or status.
     *
     * `GET /api/v1/deals`
     */
    listDeals: {
        (args?: Args<operations["listDeals"]>, options?: CallOptions): Promise<Result<Data<operations["listDeals"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDeals"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDeals"]>, void, undefined>;
    };
    /**
     * Search deals by title, notes or custom field values.
     *
     * `GET /api/v1/deals/search`
     */
    searchDeals: {
        (args: Args<operations["searchDeals"]>, options?: CallOptions): Promise<Result<Data<operations["searchDeals"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchDeals"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDeals"]>, void, undefined>;
    };
    /**
     * Read one deal with its related person, organization and stage.
     *
     * `GET /api/v1/deals/{id}`
     */
    getDeal(args: Args<operations["getDeal"]>, options?: CallOptions): Promise<Result<Data<operations["getDeal"]>>>;
    /**
     * Create a deal, optionally tied to a person, organization and stage.
     *
     * `POST /api/v1/deals`
     */
    createDeal(args: Args<operations["createDeal"]>, options?: CallOptions): Promise<Result<Data<operations["createDeal"]>>>;
    /**
     * Change fields of a deal, including marking it won or lost.
     *
     * `PUT /api/v1/deals/{id}`
     */
    updateDeal(args: Args<operations["updateDeal"]>, options?: CallOptions): Promise<Result<Data<operations["updateDeal"]>>>;
    /**
     * Mark a deal as deleted; Pipedrive purges it after 30 days.
     *
     * `DELETE /api/v1/deals/{id}`
     */
    deleteDeal(args: Args<operations["deleteDeal"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDeal"]>>>;
    /**
     * List persons a page at a time, optionally by owner, filter or first letter.
     *
     * `GET /api/v1/persons`
     */
    listPersons: {
        (args?: Args<operations["listPersons"]>, options?: CallOptions): Promise<Result<Data<operations["listPersons"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPersons"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPersons"]>, void, undefined>;
    };
    /**
     * Create a person with one or more emails and phone numbers.
     *
     * `POST /api/v1/persons`
     */
    createPerson(args: Args<operations["createPerson"]>, options?: CallOptions): Promise<Result<Data<operations["createPerson"]>>>;
    /**
     * List organizations a page at a time, optionally by owner, filter or first letter.
     *
     * `GET /api/v1/organizations`
     */
    listOrganizations: {
        (args?: Args<operations["listOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizations"]>, void, undefined>;
    };
    /**
     * Create an organization.
     *
     * `POST /api/v1/organizations`
     */
    createOrganization(args: Args<operations["createOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["createOrganization"]>>>;
    /**
     * List activities, optionally by user, type, date range or completion.
     *
     * `GET /api/v1/activities`
     */
    listActivities: {
        (args?: Args<operations["listActivities"]>, options?: CallOptions): Promise<Result<Data<operations["listActivities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActivities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActivities"]>, void, undefined>;
    };
    /**
     * Schedule an activity such as a call or meeting, linked to a deal, person or organization.
     *
     * `POST /api/v1/activities`
     */
    createActivity(args: Args<operations["createActivity"]>, options?: CallOptions): Promise<Result<Data<operations["createActivity"]>>>;
    /**
     * List the company's sales pipelines.
     *
     * `GET /api/v1/pipelines`
     */
    listPipelines(args?: Args<operations["listPipelines"]>, options?: CallOptions): Promise<Result<Data<operations["listPipelines"]>>>;
    /**
     * List the stages of all pipelines or of one pipeline.
     *
     * `GET /api/v1/stages`
     */
    listStages: {
        (args?: Args<operations["listStages"]>, options?: CallOptions): Promise<Result<Data<operations["listStages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listStages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listStages"]>, void, undefined>;
    };
    /**
     * Add an HTML note to a deal, person, organization, lead or project, optionally pinned.
     *
     * `POST /api/v1/notes`
     */
    createNote(args: Args<operations["createNote"]>, options?: CallOptions): Promise<Result<Data<operations["createNote"]>>>;
    /**
     * Read the user behind the token, with their company, locale and time zone.
     *
     * `GET /api/v1/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Pipedrive client: `const api = pipedrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export function pipedrive(client: Switchboard): PipedriveClient {
    const app = "pipedrive";
    return {
        listDeals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDeals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDeals, args, options) }) as PipedriveClient["listDeals"],
        searchDeals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDeals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDeals, args, options) }) as PipedriveClient["searchDeals"],
        getDeal: (args, options) => client.call(app, routes.getDeal, args, options),
        createDeal: (args, options) => client.call(app, routes.createDeal, args, options),
        updateDeal: (args, options) => client.call(app, routes.updateDeal, args, options),
        deleteDeal: (args, options) => client.call(app, routes.deleteDeal, args, options),
        listPersons: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPersons, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPersons, args, options) }) as PipedriveClient["listPersons"],
        createPerson: (args, options) => client.call(app, routes.createPerson, args, options),
        listOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizations, args, options) }) as PipedriveClient["listOrganizations"],
        createOrganization: (args, options) => client.call(app, routes.createOrganization, args, options),
        listActivities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActivities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActivities, args, options) }) as PipedriveClient["listActivities"],
        createActivity: (args, options) => client.call(app, routes.createActivity, args, options),
        listPipelines: (args, options) => client.call(app, routes.listPipelines, args, options),
        listStages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listStages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listStages, args, options) }) as PipedriveClient["listStages"],
        createNote: (args, options) => client.call(app, routes.createNote, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
    };
}