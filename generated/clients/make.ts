// Generated from providers/make.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/make.js';

/**
 * Make through the Switchboard gateway: Make (formerly Integromat) automation API for organizations, teams, scenarios and their runs, connections, data stores, hooks and templates.
 */
export interface MakeClient {
    /**
     * Read the user the token or OAuth grant belongs to.
     *
     * `GET /api/v2/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the users of an organization or team.
     *
     * `GET /api/v2/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * List the organizations the user belongs to, with their zones and plans.
     *
     * `GET /api/v2/organizations`
     */
    listOrganizations: {
        (args?: Args<operations["listOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizations"]>, void, undefined>;
    };
    /**
     * Read one organization's details.
     *
     * `GET /api/v2/organizations/{organizationId}`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * Create a new organization in a region.
     *
     * `POST /api/v2/organizations`
     */
    createOrganization(args: Args<operations["createOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["createOrganization"]>>>;
    /**
     * Read an organization's daily operations and data transfer for the last 30 days.
     *
     * `GET /api/v2/organizations/{organizationId}/usage`
     */
    getOrganizationUsage(args: Args<operations["getOrganizationUsage"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganizationUsage"]>>>;
    /**
     * List the teams of an organization.
     *
     * `GET /api/v2/teams`
     */
    listTeams: {
        (args: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeams"]>, void, undefined>;
    };
    /**
     * Read one team.
     *
     * `GET /api/v2/teams/{teamId}`
     */
    getTeam(args: Args<operations["getTeam"]>, options?: CallOptions): Promise<Result<Data<operations["getTeam"]>>>;
    /**
     * Create a team in an organization.
     *
     * `POST /api/v2/teams`
     */
    createTeam(args: Args<operations["createTeam"]>, options?: CallOptions): Promise<Result<Data<operations["createTeam"]>>>;
    /**
     * List the scenarios of a team or organization.
     *
     * `GET /api/v2/scenarios`
     */
    listScenarios: {
        (args?: Args<operations["listScenarios"]>, options?: CallOptions): Promise<Result<Data<operations["listScenarios"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listScenarios"]>, options?: CallOptions): AsyncGenerator<Data<operations["listScenarios"]>, void, undefined>;
    };
    /**
     * Read one scenario's settings and state.
     *
     * `GET /api/v2/scenarios/{scenarioId}`
     */
    getScenario(args: Args<operations["getScenario"]>, options?: CallOptions): Promise<Result<Data<operations["getScenario"]>>>;
    /**
     * Create a scenario in a team from a blueprint.
     *
     * `POST /api/v2/scenarios`
     */
    createScenario(args: Args<operations["createScenario"]>, options?: CallOptions): Promise<Result<Data<operations["createScenario"]>>>;
    /**
     * Activate a scenario so it runs on its schedule or trigger.
     *
     * `POST /api/v2/scenarios/{scenarioId}/start`
     */
    startScenario(args: Args<operations["startScenario"]>, options?: CallOptions): Promise<Result<Data<operations["startScenario"]>>>;
    /**
     * Deactivate a scenario.
     *
     * `POST /api/v2/scenarios/{scenarioId}/stop`
     */
    stopScenario(args: Args<operations["stopScenario"]>, options?: CallOptions): Promise<Result<Data<operations["stopScenario"]>>>;
    /**
     * Run a scenario once now, optionally passing input data and waiting for the result.
     *
     * `POST /api/v2/scenarios/{scenarioId}/run`
     */
    runScenario(args: Args<operations["runScenario"]>, options?: CallOptions): Promise<Result<Data<operations["runScenario"]>>>;
    /**
     * List a scenario's execution and change logs, newest first.
     *
     * `GET /api/v2/scenarios/{scenarioId}/logs`
     */
    listScenarioLogs: {
        (args: Args<operations["listScenarioLogs"]>, options?: CallOptions): Promise<Result<Data<operations["listScenarioLogs"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listScenarioLogs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listScenarioLogs"]>, void, undefined>;
    };
    /**
     * List the app connections stored in a team.
     *
     * `GET /api/v2/connections`
     */
    listConnections: {
        (args: Args<operations["listConnections"]>, options?: CallOptions): Promise<Result<Data<operations["listConnections"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listConnections"]>, options?: CallOptions): AsyncGenerator<Data<operations["listConnections"]>, void, undefined>;
    };
    /**
     * Check whether an app connection's credentials still work.
     *
     * `POST /api/v2/connections/{connectionId}/test`
     */
    testConnection(args: Args<operations["testConnection"]>, options?: CallOptions): Promise<Result<Data<operations["testConnection"]>>>;
    /**
     * List the data stores of a team with their record counts and sizes.
     *
     * `GET /api/v2/data-stores`
     */
    listDataStores: {
        (args: Args<operations["listDataStores"]>, options?: CallOptions): Promise<Result<Data<operations["listDataStores"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDataStores"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDataStores"]>, void, undefined>;
    };
    /**
     * Read one data store's details.
     *
     * `GET /api/v2/data-stores/{dataStoreId}`
     */
    getDataStore(args: Args<operations["getDataStore"]>, options?: CallOptions): Promise<Result<Data<operations["getDataStore"]>>>;
    /**
     * List the webhooks and mailhooks of a team.
     *
     * `GET /api/v2/hooks`
     */
    listHooks: {
        (args: Args<operations["listHooks"]>, options?: CallOptions): Promise<Result<Data<operations["listHooks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listHooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listHooks"]>, void, undefined>;
    };
    /**
     * Turn a hook back on so it accepts incoming data.
     *
     * `POST /api/v2/hooks/{hookId}/enable`
     */
    enableHook(args: Args<operations["enableHook"]>, options?: CallOptions): Promise<Result<Data<operations["enableHook"]>>>;
    /**
     * Turn a hook off so it stops accepting incoming data.
     *
     * `POST /api/v2/hooks/{hookId}/disable`
     */
    disableHook(args: Args<operations["disableHook"]>, options?: CallOptions): Promise<Result<Data<operations["disableHook"]>>>;
    /**
     * List the scenario templates of a team.
     *
     * `GET /api/v2/templates`
     */
    listTemplates: {
        (args?: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * Read the blueprint and scheduling of a template.
     *
     * `GET /api/v2/templates/{templateId}/blueprint`
     */
    getTemplateBlueprint(args: Args<operations["getTemplateBlueprint"]>, options?: CallOptions): Promise<Result<Data<operations["getTemplateBlueprint"]>>>;
    /**
     * List a scenario's incomplete executions waiting to be resolved or retried.
     *
     * `GET /api/v2/dlqs`
     */
    listIncompleteExecutions: {
        (args: Args<operations["listIncompleteExecutions"]>, options?: CallOptions): Promise<Result<Data<operations["listIncompleteExecutions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIncompleteExecutions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIncompleteExecutions"]>, void, undefined>;
    };
    /**
     * Retry one incomplete execution.
     *
     * `POST /api/v2/dlqs/{dlqId}/retry`
     */
    retryIncompleteExecution(args: Args<operations["retryIncompleteExecution"]>, options?: CallOptions): Promise<Result<Data<operations["retryIncompleteExecution"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/api/v2/users/me"},
    listUsers: {"method":"GET","path":"/api/v2/users","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"users"}},
    listOrganizations: {"method":"GET","path":"/api/v2/organizations","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"organizations"}},
    getOrganization: {"method":"GET","path":"/api/v2/organizations/{organizationId}"},
    createOrganization: {"method":"POST","path":"/api/v2/organizations","body":"application/json"},
    getOrganizationUsage: {"method":"GET","path":"/api/v2/organizations/{organizationId}/usage"},
    listTeams: {"method":"GET","path":"/api/v2/teams","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"teams"}},
    getTeam: {"method":"GET","path":"/api/v2/teams/{teamId}"},
    createTeam: {"method":"POST","path":"/api/v2/teams","body":"application/json"},
    listScenarios: {"method":"GET","path":"/api/v2/scenarios","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"scenarios"}},
    getScenario: {"method":"GET","path":"/api/v2/scenarios/{scenarioId}"},
    createScenario: {"method":"POST","path":"/api/v2/scenarios","body":"application/json"},
    startScenario: {"method":"POST","path":"/api/v2/scenarios/{scenarioId}/start"},
    stopScenario: {"method":"POST","path":"/api/v2/scenarios/{scenarioId}/stop"},
    runScenario: {"method":"POST","path":"/api/v2/scenarios/{scenarioId}/run","body":"application/json"},
    listScenarioLogs: {"method":"GET","path":"/api/v2/scenarios/{scenarioId}/logs","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"scenarioLogs"}},
    listConnections: {"method":"GET","path":"/api/v2/connections","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"connections"}},
    testConnection: {"method":"POST","path":"/api/v2/connections/{connectionId}/test"},
    listDataStores: {"method":"GET","path":"/api/v2/data-stores","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"dataStores"}},
    getDataStore: {"method":"GET","path":"/api/v2/data-stores/{dataStoreId}"},
    listHooks: {"method":"GET","path":"/api/v2/hooks","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"hooks"}},
    enableHook: {"method":"POST","path":"/api/v2/hooks/{hookId}/enable"},
    disableHook: {"method":"POST","path":"/api/v2/hooks/{hookId}/disable"},
    listTemplates: {"method":"GET","path":"/api/v2/templates","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"templates"}},
    getTemplateBlueprint: {"method":"GET","path":"/api/v2/templates/{templateId}/blueprint"},
    listIncompleteExecutions: {"method":"GET","path":"/api/v2/dlqs","paging":{"style":"offset","offsetParam":"pg[offset]","limitParam":"pg[limit]","items":"dlqs"}},
    retryIncompleteExecution: {"method":"POST","path":"/api/v2/dlqs/{dlqId}/retry"},
} satisfies Record<string, Route>;

/**
 * The Make client: `const api = make(new Switchboard({ baseUrl, apiKey }))`.
 */
export function make(client: Switchboard): MakeClient {
    const app = "make";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as MakeClient["listUsers"],
        listOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizations, args, options) }) as MakeClient["listOrganizations"],
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        createOrganization: (args, options) => client.call(app, routes.createOrganization, args, options),
        getOrganizationUsage: (args, options) => client.call(app, routes.getOrganizationUsage, args, options),
        listTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeams, args, options) }) as MakeClient["listTeams"],
        getTeam: (args, options) => client.call(app, routes.getTeam, args, options),
        createTeam: (args, options) => client.call(app, routes.createTeam, args, options),
        listScenarios: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listScenarios, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listScenarios, args, options) }) as MakeClient["listScenarios"],
        getScenario: (args, options) => client.call(app, routes.getScenario, args, options),
        createScenario: (args, options) => client.call(app, routes.createScenario, args, options),
        startScenario: (args, options) => client.call(app, routes.startScenario, args, options),
        stopScenario: (args, options) => client.call(app, routes.stopScenario, args, options),
        runScenario: (args, options) => client.call(app, routes.runScenario, args, options),
        listScenarioLogs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listScenarioLogs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listScenarioLogs, args, options) }) as MakeClient["listScenarioLogs"],
        listConnections: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listConnections, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listConnections, args, options) }) as MakeClient["listConnections"],
        testConnection: (args, options) => client.call(app, routes.testConnection, args, options),
        listDataStores: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDataStores, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDataStores, args, options) }) as MakeClient["listDataStores"],
        getDataStore: (args, options) => client.call(app, routes.getDataStore, args, options),
        listHooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listHooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listHooks, args, options) }) as MakeClient["listHooks"],
        enableHook: (args, options) => client.call(app, routes.enableHook, args, options),
        disableHook: (args, options) => client.call(app, routes.disableHook, args, options),
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as MakeClient["listTemplates"],
        getTemplateBlueprint: (args, options) => client.call(app, routes.getTemplateBlueprint, args, options),
        listIncompleteExecutions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIncompleteExecutions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIncompleteExecutions, args, options) }) as MakeClient["listIncompleteExecutions"],
        retryIncompleteExecution: (args, options) => client.call(app, routes.retryIncompleteExecution, args, options),
    };
}