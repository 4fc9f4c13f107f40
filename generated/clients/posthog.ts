// Generated from providers/posthog.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/posthog.js';

/**
 * PostHog through the Switchboard gateway: Product analytics in PostHog: HogQL queries, persons, dashboards, insights, feature flags, recordings, cohorts, experiments and surveys.
 */
export interface PosthogClient {
    /**
     * Read the user the API key belongs to, with its current organization and project.
     *
     * `GET /api/users/@me/`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Read an organization with its projects and membership level.
     *
     * `GET /api/organizations/{organization_id}/`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * List the projects of the key's current organization.
     *
     * `GET /api/projects/`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project (or the current one with @current) and its settings.
     *
     * `GET /api/projects/{project_id}/`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Run a HogQL (SQL) query or another query kind over the project's events, persons and sessions.
     *
     * `POST /api/projects/{project_id}/query/`
     */
    runQuery(args: Args<operations["runQuery"]>, options?: CallOptions): Promise<Result<Data<operations["runQuery"]>>>;
    /**
     * List identified people, searchable by email, distinct id or properties.
     *
     * `GET /api/projects/{project_id}/persons/`
     */
    listPersons: {
        (args: Args<operations["listPersons"]>, options?: CallOptions): Promise<Result<Data<operations["listPersons"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPersons"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPersons"]>, void, undefined>;
    };
    /**
     * Read one person with all their properties and distinct ids.
     *
     * `GET /api/projects/{project_id}/persons/{person_uuid}/`
     */
    getPerson(args: Args<operations["getPerson"]>, options?: CallOptions): Promise<Result<Data<operations["getPerson"]>>>;
    /**
     * List the project's dashboards.
     *
     * `GET /api/projects/{project_id}/dashboards/`
     */
    listDashboards: {
        (args: Args<operations["listDashboards"]>, options?: CallOptions): Promise<Result<Data<operations["listDashboards"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDashboards"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDashboards"]>, void, undefined>;
    };
    /**
     * Read one dashboard with its tiles.
     *
     * `GET /api/projects/{project_id}/dashboards/{dashboard_id}/`
     */
    getDashboard(args: Args<operations["getDashboard"]>, options?: CallOptions): Promise<Result<Data<operations["getDashboard"]>>>;
    /**
     * Create a dashboard, empty or from a template.
     *
     * `POST /api/projects/{project_id}/dashboards/`
     */
    createDashboard(args: Args<operations["createDashboard"]>, options?: CallOptions): Promise<Result<Data<operations["createDashboard"]>>>;
    /**
     * List saved insights (charts), newest first.
     *
     * `GET /api/projects/{project_id}/insights/`
     */
    listInsights: {
        (args: Args<operations["listInsights"]>, options?: CallOptions): Promise<Result<Data<operations["listInsights"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listInsights"]>, options?: CallOptions): AsyncGenerator<Data<operations["listInsights"]>, void, undefined>;
    };
    /**
     * List the project's feature flags with their release conditions.
     *
     * `GET /api/projects/{project_id}/feature_flags/`
     */
    listFeatureFlags: {
        (args: Args<operations["listFeatureFlags"]>, options?: CallOptions): Promise<Result<Data<operations["listFeatureFlags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFeatureFlags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFeatureFlags"]>, void, undefined>;
    };
    /**
     * Create a feature flag with rollout groups and optional variants.
     *
     * `POST /api/projects/{project_id}/feature_flags/`
     */
    createFeatureFlag(args: Args<operations["createFeatureFlag"]>, options?: CallOptions): Promise<Result<Data<operations["createFeatureFlag"]>>>;
    /**
     * Change some fields of a feature flag; deleted true soft-deletes it.
     *
     * `PATCH /api/projects/{project_id}/feature_flags/{flag_id}/`
     */
    updateFeatureFlag(args: Args<operations["updateFeatureFlag"]>, options?: CallOptions): Promise<Result<Data<operations["updateFeatureFlag"]>>>;
    /**
     * List session recordings with their duration, activity counts and person.
     *
     * `GET /api/projects/{project_id}/session_recordings/`
     */
    listSessionRecordings: {
        (args: Args<operations["listSessionRecordings"]>, options?: CallOptions): Promise<Result<Data<operations["listSessionRecordings"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSessionRecordings"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSessionRecordings"]>, void, undefined>;
    };
    /**
     * List the project's cohorts with their size and calculation state.
     *
     * `GET /api/projects/{project_id}/cohorts/`
     */
    listCohorts: {
        (args: Args<operations["listCohorts"]>, options?: CallOptions): Promise<Result<Data<operations["listCohorts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCohorts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCohorts"]>, void, undefined>;
    };
    /**
     * List the project's actions (named combinations of events, URLs and selectors).
     *
     * `GET /api/projects/{project_id}/actions/`
     */
    listActions: {
        (args: Args<operations["listActions"]>, options?: CallOptions): Promise<Result<Data<operations["listActions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listActions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActions"]>, void, undefined>;
    };
    /**
     * List the event names seen in the project with their volume and last sighting.
     *
     * `GET /api/projects/{project_id}/event_definitions/`
     */
    listEventDefinitions: {
        (args: Args<operations["listEventDefinitions"]>, options?: CallOptions): Promise<Result<Data<operations["listEventDefinitions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEventDefinitions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEventDefinitions"]>, void, undefined>;
    };
    /**
     * List the event, person, group or session properties known to the project.
     *
     * `GET /api/projects/{project_id}/property_definitions/`
     */
    listPropertyDefinitions: {
        (args: Args<operations["listPropertyDefinitions"]>, options?: CallOptions): Promise<Result<Data<operations["listPropertyDefinitions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPropertyDefinitions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPropertyDefinitions"]>, void, undefined>;
    };
    /**
     * List A/B experiments with their flag, dates and metrics.
     *
     * `GET /api/projects/{project_id}/experiments/`
     */
    listExperiments: {
        (args: Args<operations["listExperiments"]>, options?: CallOptions): Promise<Result<Data<operations["listExperiments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listExperiments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listExperiments"]>, void, undefined>;
    };
    /**
     * List in-app surveys with their questions, targeting and schedule.
     *
     * `GET /api/projects/{project_id}/surveys/`
     */
    listSurveys: {
        (args: Args<operations["listSurveys"]>, options?: CallOptions): Promise<Result<Data<operations["listSurveys"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSurveys"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSurveys"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The PostHog client: `const api = posthog(new Switchboard({ baseUrl, apiKey }))`.
 */
export function posthog(client: Switchboard): PosthogClient {
    const app = "posthog";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as PosthogClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        runQuery: (args, options) => client.call(app, routes.runQuery, args, options),
        listPersons: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPersons, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPersons, args, options) }) as PosthogClient["listPersons"],
        getPerson: (args, options) => client.call(app, routes.getPerson, args, options),
        listDashboards: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDashboards, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDashboards, args, options) }) as PosthogClient["listDashboards"],
        getDashboard: (args, options) => client.call(app, routes.getDashboard, args, options),
        createDashboard: (args, options) => client.call(app, routes.createDashboard, args, options),
        listInsights: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listInsights, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listInsights, args, options) }) as PosthogClient["listInsights"],
        listFeatureFlags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFeatureFlags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFeatureFlags, args, options) }) as PosthogClient["listFeatureFlags"],
        createFeatureFlag: (args, options) => client.call(app, routes.createFeatureFlag, args, options),
        updateFeatureFlag: (args, options) => client.call(app, routes.updateFeatureFlag, args, options),
        listSessionRecordings: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSessionRecordings, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSessionRecordings, args, options) }) as PosthogClient["listSessionRecordings"],
        listCohorts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCohorts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCohorts, args, options) }) as PosthogClient["listCohorts"],
        listActions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActions, args, options) }) as PosthogClient["listActions"],
        listEventDefinitions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEventDefinitions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEventDefinitions, args, options) }) as PosthogClient["listEventDefinitions"],
        listPropertyDefinitions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPropertyDefinitions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPropertyDefinitions, args, options) }) as PosthogClient["listPropertyDefinitions"],
        listExperiments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listExperiments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listExperiments, args, options) }) as PosthogClient["listExperiments"],
        listSurveys: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSurveys, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSurveys, args, options) }) as PosthogClient["listSurveys"],
    };
}