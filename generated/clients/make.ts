// Generated from providers/make.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/make.js';

/**
 * Make through the Switchboard gateway: Make (formerly Integromat) automation API for organizations, teams, scenarios and their runs, connections, data stores, hooks and templates.
 */
export interface MakeClient {
    /** Read the user the token or OAuth grant belongs to. `GET /api/v2/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the users of an organization or team. `GET /api/v2/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** List the organizations the user belongs to, with their zones and plans. `GET /api/v2/organizations` */
    listOrganizations: Paged<operations["listOrganizations"]>;
    /** Read one organization's details. `GET /api/v2/organizations/{organizationId}` */
    getOrganization: Call<operations["getOrganization"]>;
    /** Create a new organization in a region. `POST /api/v2/organizations` */
    createOrganization: Call<operations["createOrganization"]>;
    /** Read an organization's daily operations and data transfer for the last 30 days. `GET /api/v2/organizations/{organizationId}/usage` */
    getOrganizationUsage: Call<operations["getOrganizationUsage"]>;
    /** List the teams of an organization. `GET /api/v2/teams` */
    listTeams: Paged<operations["listTeams"]>;
    /** Read one team. `GET /api/v2/teams/{teamId}` */
    getTeam: Call<operations["getTeam"]>;
    /** Create a team in an organization. `POST /api/v2/teams` */
    createTeam: Call<operations["createTeam"]>;
    /** List the scenarios of a team or organization. `GET /api/v2/scenarios` */
    listScenarios: Paged<operations["listScenarios"]>;
    /** Read one scenario's settings and state. `GET /api/v2/scenarios/{scenarioId}` */
    getScenario: Call<operations["getScenario"]>;
    /** Create a scenario in a team from a blueprint. `POST /api/v2/scenarios` */
    createScenario: Call<operations["createScenario"]>;
    /** Activate a scenario so it runs on its schedule or trigger. `POST /api/v2/scenarios/{scenarioId}/start` */
    startScenario: Call<operations["startScenario"]>;
    /** Deactivate a scenario. `POST /api/v2/scenarios/{scenarioId}/stop` */
    stopScenario: Call<operations["stopScenario"]>;
    /** Run a scenario once now, optionally passing input data and waiting for the result. `POST /api/v2/scenarios/{scenarioId}/run` */
    runScenario: Call<operations["runScenario"]>;
    /** List a scenario's execution and change logs, newest first. `GET /api/v2/scenarios/{scenarioId}/logs` */
    listScenarioLogs: Paged<operations["listScenarioLogs"]>;
    /** List the app connections stored in a team. `GET /api/v2/connections` */
    listConnections: Paged<operations["listConnections"]>;
    /** Check whether an app connection's credentials still work. `POST /api/v2/connections/{connectionId}/test` */
    testConnection: Call<operations["testConnection"]>;
    /** List the data stores of a team with their record counts and sizes. `GET /api/v2/data-stores` */
    listDataStores: Paged<operations["listDataStores"]>;
    /** Read one data store's details. `GET /api/v2/data-stores/{dataStoreId}` */
    getDataStore: Call<operations["getDataStore"]>;
    /** List the webhooks and mailhooks of a team. `GET /api/v2/hooks` */
    listHooks: Paged<operations["listHooks"]>;
    /** Turn a hook back on so it accepts incoming data. `POST /api/v2/hooks/{hookId}/enable` */
    enableHook: Call<operations["enableHook"]>;
    /** Turn a hook off so it stops accepting incoming data. `POST /api/v2/hooks/{hookId}/disable` */
    disableHook: Call<operations["disableHook"]>;
    /** List the scenario templates of a team. `GET /api/v2/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** Read the blueprint and scheduling of a template. `GET /api/v2/templates/{templateId}/blueprint` */
    getTemplateBlueprint: Call<operations["getTemplateBlueprint"]>;
    /** List a scenario's incomplete executions waiting to be resolved or retried. `GET /api/v2/dlqs` */
    listIncompleteExecutions: Paged<operations["listIncompleteExecutions"]>;
    /** Retry one incomplete execution. `POST /api/v2/dlqs/{dlqId}/retry` */
    retryIncompleteExecution: Call<operations["retryIncompleteExecution"]>;
}

const routes: Routes<MakeClient> = {
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
};

/**
 * The Make client: `const api = make(new Switchboard({ baseUrl, apiKey }))`.
 */
export const make = (sb: Switchboard): MakeClient => bindClient<MakeClient>(sb, "make", routes);
