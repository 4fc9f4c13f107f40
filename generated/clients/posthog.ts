// Generated from providers/posthog.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/posthog.js';

/**
 * PostHog through the Switchboard gateway: Product analytics in PostHog: HogQL queries, persons, dashboards, insights, feature flags, recordings, cohorts, experiments and surveys.
 */
export interface PosthogClient {
    /** Read the user the API key belongs to, with its current organization and project. `GET /api/users/@me/` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Read an organization with its projects and membership level. `GET /api/organizations/{organization_id}/` */
    getOrganization: Call<operations["getOrganization"]>;
    /** List the projects of the key's current organization. `GET /api/projects/` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project (or the current one with @current) and its settings. `GET /api/projects/{project_id}/` */
    getProject: Call<operations["getProject"]>;
    /** Run a HogQL (SQL) query or another query kind over the project's events, persons and sessions. `POST /api/projects/{project_id}/query/` */
    runQuery: Call<operations["runQuery"]>;
    /** List identified people, searchable by email, distinct id or properties. `GET /api/projects/{project_id}/persons/` */
    listPersons: Paged<operations["listPersons"]>;
    /** Read one person with all their properties and distinct ids. `GET /api/projects/{project_id}/persons/{person_uuid}/` */
    getPerson: Call<operations["getPerson"]>;
    /** List the project's dashboards. `GET /api/projects/{project_id}/dashboards/` */
    listDashboards: Paged<operations["listDashboards"]>;
    /** Read one dashboard with its tiles. `GET /api/projects/{project_id}/dashboards/{dashboard_id}/` */
    getDashboard: Call<operations["getDashboard"]>;
    /** Create a dashboard, empty or from a template. `POST /api/projects/{project_id}/dashboards/` */
    createDashboard: Call<operations["createDashboard"]>;
    /** List saved insights (charts), newest first. `GET /api/projects/{project_id}/insights/` */
    listInsights: Paged<operations["listInsights"]>;
    /** List the project's feature flags with their release conditions. `GET /api/projects/{project_id}/feature_flags/` */
    listFeatureFlags: Paged<operations["listFeatureFlags"]>;
    /** Create a feature flag with rollout groups and optional variants. `POST /api/projects/{project_id}/feature_flags/` */
    createFeatureFlag: Call<operations["createFeatureFlag"]>;
    /** Change some fields of a feature flag; deleted true soft-deletes it. `PATCH /api/projects/{project_id}/feature_flags/{flag_id}/` */
    updateFeatureFlag: Call<operations["updateFeatureFlag"]>;
    /** List session recordings with their duration, activity counts and person. `GET /api/projects/{project_id}/session_recordings/` */
    listSessionRecordings: Paged<operations["listSessionRecordings"]>;
    /** List the project's cohorts with their size and calculation state. `GET /api/projects/{project_id}/cohorts/` */
    listCohorts: Paged<operations["listCohorts"]>;
    /** List the project's actions (named combinations of events, URLs and selectors). `GET /api/projects/{project_id}/actions/` */
    listActions: Paged<operations["listActions"]>;
    /** List the event names seen in the project with their volume and last sighting. `GET /api/projects/{project_id}/event_definitions/` */
    listEventDefinitions: Paged<operations["listEventDefinitions"]>;
    /** List the event, person, group or session properties known to the project. `GET /api/projects/{project_id}/property_definitions/` */
    listPropertyDefinitions: Paged<operations["listPropertyDefinitions"]>;
    /** List A/B experiments with their flag, dates and metrics. `GET /api/projects/{project_id}/experiments/` */
    listExperiments: Paged<operations["listExperiments"]>;
    /** List in-app surveys with their questions, targeting and schedule. `GET /api/projects/{project_id}/surveys/` */
    listSurveys: Paged<operations["listSurveys"]>;
}

const routes: Routes<PosthogClient> = {
    getCurrentUser: {"method":"GET","path":"/api/users/@me/"},
    getOrganization: {"method":"GET","path":"/api/organizations/{organization_id}/"},
    listProjects: {"method":"GET","path":"/api/projects/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    getProject: {"method":"GET","path":"/api/projects/{project_id}/"},
    runQuery: {"method":"POST","path":"/api/projects/{project_id}/query/","body":"application/json"},
    listPersons: {"method":"GET","path":"/api/projects/{project_id}/persons/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    getPerson: {"method":"GET","path":"/api/projects/{project_id}/persons/{person_uuid}/"},
    listDashboards: {"method":"GET","path":"/api/projects/{project_id}/dashboards/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    getDashboard: {"method":"GET","path":"/api/projects/{project_id}/dashboards/{dashboard_id}/"},
    createDashboard: {"method":"POST","path":"/api/projects/{project_id}/dashboards/","body":"application/json"},
    listInsights: {"method":"GET","path":"/api/projects/{project_id}/insights/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listFeatureFlags: {"method":"GET","path":"/api/projects/{project_id}/feature_flags/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    createFeatureFlag: {"method":"POST","path":"/api/projects/{project_id}/feature_flags/","body":"application/json"},
    updateFeatureFlag: {"method":"PATCH","path":"/api/projects/{project_id}/feature_flags/{flag_id}/","body":"application/json"},
    listSessionRecordings: {"method":"GET","path":"/api/projects/{project_id}/session_recordings/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results"}},
    listCohorts: {"method":"GET","path":"/api/projects/{project_id}/cohorts/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listActions: {"method":"GET","path":"/api/projects/{project_id}/actions/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listEventDefinitions: {"method":"GET","path":"/api/projects/{project_id}/event_definitions/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listPropertyDefinitions: {"method":"GET","path":"/api/projects/{project_id}/property_definitions/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listExperiments: {"method":"GET","path":"/api/projects/{project_id}/experiments/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
    listSurveys: {"method":"GET","path":"/api/projects/{project_id}/surveys/","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"results","total":"count"}},
};

/**
 * The PostHog client: `const api = posthog(new Switchboard({ baseUrl, apiKey }))`.
 */
export const posthog = (sb: Switchboard): PosthogClient => bindClient<PosthogClient>(sb, "posthog", routes);
