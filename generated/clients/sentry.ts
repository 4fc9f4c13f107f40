// Generated from providers/sentry.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sentry.js';

/**
 * Sentry through the Switchboard gateway: Organizations, projects, issues, events, teams, members, releases and deploys in Sentry.
 */
export interface SentryClient {
    /**
     * List the organizations the token can reach.
     *
     * `GET /api/0/organizations/`
     */
    listOrganizations: {
        (args?: Args<operations["listOrganizations"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listOrganizations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizations"]>, void, undefined>;
    };
    /**
     * Read an organization with its settings and feature flags.
     *
     * `GET /api/0/organizations/{organization_slug}/`
     */
    getOrganization(args: Args<operations["getOrganization"]>, options?: CallOptions): Promise<Result<Data<operations["getOrganization"]>>>;
    /**
     * List the projects of an organization.
     *
     * `GET /api/0/organizations/{organization_slug}/projects/`
     */
    listOrganizationProjects: {
        (args: Args<operations["listOrganizationProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationProjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationProjects"]>, void, undefined>;
    };
    /**
     * List the members of an organization with their roles and teams.
     *
     * `GET /api/0/organizations/{organization_slug}/members/`
     */
    listOrganizationMembers: {
        (args: Args<operations["listOrganizationMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationMembers"]>, void, undefined>;
    };
    /**
     * Search issues across all projects of an organization.
     *
     * `GET /api/0/organizations/{organization_slug}/issues/`
     */
    listOrganizationIssues: {
        (args: Args<operations["listOrganizationIssues"]>, options?: CallOptions): Promise<Result<Data<operations["listOrganizationIssues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrganizationIssues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrganizationIssues"]>, void, undefined>;
    };
    /**
     * Read a project with its platform, teams and settings.
     *
     * `GET /api/0/projects/{organization_slug}/{project_slug}/`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * List the issues of one project, by default the unresolved ones.
     *
     * `GET /api/0/projects/{organization_slug}/{project_slug}/issues/`
     */
    listProjectIssues: {
        (args: Args<operations["listProjectIssues"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectIssues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectIssues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectIssues"]>, void, undefined>;
    };
    /**
     * List a project's most recent error events.
     *
     * `GET /api/0/projects/{organization_slug}/{project_slug}/events/`
     */
    listProjectEvents: {
        (args: Args<operations["listProjectEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectEvents"]>, void, undefined>;
    };
    /**
     * Read one issue with its status, counts, assignee and first and last sighting.
     *
     * `GET /api/0/issues/{issue_id}/`
     */
    getIssue(args: Args<operations["getIssue"]>, options?: CallOptions): Promise<Result<Data<operations["getIssue"]>>>;
    /**
     * Resolve, reopen, ignore, assign, bookmark or publish an issue.
     *
     * `PUT /api/0/issues/{issue_id}/`
     */
    updateIssue(args: Args<operations["updateIssue"]>, options?: CallOptions): Promise<Result<Data<operations["updateIssue"]>>>;
    /**
     * Delete an issue and its events; the removal runs in the background.
     *
     * `DELETE /api/0/issues/{issue_id}/`
     */
    deleteIssue(args: Args<operations["deleteIssue"]>, options?: CallOptions): Promise<Result<Data<operations["deleteIssue"]>>>;
    /**
     * List the events grouped into one issue.
     *
     * `GET /api/0/issues/{issue_id}/events/`
     */
    listIssueEvents: {
        (args: Args<operations["listIssueEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listIssueEvents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIssueEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIssueEvents"]>, void, undefined>;
    };
    /**
     * List the teams of an organization.
     *
     * `GET /api/0/organizations/{organization_slug}/teams/`
     */
    listTeams: {
        (args: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeams"]>, void, undefined>;
    };
    /**
     * Create a team in an organization.
     *
     * `POST /api/0/organizations/{organization_slug}/teams/`
     */
    createTeam(args: Args<operations["createTeam"]>, options?: CallOptions): Promise<Result<Data<operations["createTeam"]>>>;
    /**
     * Read one team.
     *
     * `GET /api/0/teams/{organization_slug}/{team_slug}/`
     */
    getTeam(args: Args<operations["getTeam"]>, options?: CallOptions): Promise<Result<Data<operations["getTeam"]>>>;
    /**
     * List an organization's releases, newest first.
     *
     * `GET /api/0/organizations/{organization_slug}/releases/`
     */
    listReleases: {
        (args: Args<operations["listReleases"]>, options?: CallOptions): Promise<Result<Data<operations["listReleases"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listReleases"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReleases"]>, void, undefined>;
    };
    /**
     * Create a release for one or more projects, optionally with its commits.
     *
     * `POST /api/0/organizations/{organization_slug}/releases/`
     */
    createRelease(args: Args<operations["createRelease"]>, options?: CallOptions): Promise<Result<Data<operations["createRelease"]>>>;
    /**
     * Read one release with its commits, deploys and new issue count.
     *
     * `GET /api/0/organizations/{organization_slug}/releases/{version}/`
     */
    getRelease(args: Args<operations["getRelease"]>, options?: CallOptions): Promise<Result<Data<operations["getRelease"]>>>;
    /**
     * Record that a release was deployed to an environment.
     *
     * `POST /api/0/organizations/{organization_slug}/releases/{version}/deploys/`
     */
    createDeploy(args: Args<operations["createDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["createDeploy"]>>>;
}

const routes = {
    listOrganizations: {"method":"GET","path":"/api/0/organizations/","paging":{"style":"link"}},
    getOrganization: {"method":"GET","path":"/api/0/organizations/{organization_slug}/"},
    listOrganizationProjects: {"method":"GET","path":"/api/0/organizations/{organization_slug}/projects/","paging":{"style":"link"}},
    listOrganizationMembers: {"method":"GET","path":"/api/0/organizations/{organization_slug}/members/","paging":{"style":"link"}},
    listOrganizationIssues: {"method":"GET","path":"/api/0/organizations/{organization_slug}/issues/","paging":{"style":"link"}},
    getProject: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/"},
    listProjectIssues: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/issues/","paging":{"style":"link"}},
    listProjectEvents: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/events/","paging":{"style":"link"}},
    getIssue: {"method":"GET","path":"/api/0/issues/{issue_id}/"},
    updateIssue: {"method":"PUT","path":"/api/0/issues/{issue_id}/","body":"application/json"},
    deleteIssue: {"method":"DELETE","path":"/api/0/issues/{issue_id}/"},
    listIssueEvents: {"method":"GET","path":"/api/0/issues/{issue_id}/events/","paging":{"style":"link"}},
    listTeams: {"method":"GET","path":"/api/0/organizations/{organization_slug}/teams/","paging":{"style":"link"}},
    createTeam: {"method":"POST","path":"/api/0/organizations/{organization_slug}/teams/","body":"application/json"},
    getTeam: {"method":"GET","path":"/api/0/teams/{organization_slug}/{team_slug}/"},
    listReleases: {"method":"GET","path":"/api/0/organizations/{organization_slug}/releases/","paging":{"style":"link"}},
    createRelease: {"method":"POST","path":"/api/0/organizations/{organization_slug}/releases/","body":"application/json"},
    getRelease: {"method":"GET","path":"/api/0/organizations/{organization_slug}/releases/{version}/"},
    createDeploy: {"method":"POST","path":"/api/0/organizations/{organization_slug}/releases/{version}/deploys/","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Sentry client: `const api = sentry(new Switchboard({ baseUrl, apiKey }))`.
 */
export function sentry(client: Switchboard): SentryClient {
    const app = "sentry";
    return {
        listOrganizations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizations, args, options) }) as SentryClient["listOrganizations"],
        getOrganization: (args, options) => client.call(app, routes.getOrganization, args, options),
        listOrganizationProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationProjects, args, options) }) as SentryClient["listOrganizationProjects"],
        listOrganizationMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationMembers, args, options) }) as SentryClient["listOrganizationMembers"],
        listOrganizationIssues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrganizationIssues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrganizationIssues, args, options) }) as SentryClient["listOrganizationIssues"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        listProjectIssues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectIssues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectIssues, args, options) }) as SentryClient["listProjectIssues"],
        listProjectEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectEvents, args, options) }) as SentryClient["listProjectEvents"],
        getIssue: (args, options) => client.call(app, routes.getIssue, args, options),
        updateIssue: (args, options) => client.call(app, routes.updateIssue, args, options),
        deleteIssue: (args, options) => client.call(app, routes.deleteIssue, args, options),
        listIssueEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIssueEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIssueEvents, args, options) }) as SentryClient["listIssueEvents"],
        listTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeams, args, options) }) as SentryClient["listTeams"],
        createTeam: (args, options) => client.call(app, routes.createTeam, args, options),
        getTeam: (args, options) => client.call(app, routes.getTeam, args, options),
        listReleases: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReleases, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReleases, args, options) }) as SentryClient["listReleases"],
        createRelease: (args, options) => client.call(app, routes.createRelease, args, options),
        getRelease: (args, options) => client.call(app, routes.getRelease, args, options),
        createDeploy: (args, options) => client.call(app, routes.createDeploy, args, options),
    };
}