// Generated from providers/sentry.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sentry.js';

/**
 * Sentry through the Switchboard gateway: Organizations, projects, issues, events, teams, members, releases and deploys in Sentry.
 */
export interface SentryClient {
    /** List the organizations the token can reach. `GET /api/0/organizations/` */
    listOrganizations: Paged<operations["listOrganizations"]>;
    /** Read an organization with its settings and feature flags. `GET /api/0/organizations/{organization_slug}/` */
    getOrganization: Call<operations["getOrganization"]>;
    /** List the projects of an organization. `GET /api/0/organizations/{organization_slug}/projects/` */
    listOrganizationProjects: Paged<operations["listOrganizationProjects"]>;
    /** List the members of an organization with their roles and teams. `GET /api/0/organizations/{organization_slug}/members/` */
    listOrganizationMembers: Paged<operations["listOrganizationMembers"]>;
    /** Search issues across all projects of an organization. `GET /api/0/organizations/{organization_slug}/issues/` */
    listOrganizationIssues: Paged<operations["listOrganizationIssues"]>;
    /** Read a project with its platform, teams and settings. `GET /api/0/projects/{organization_slug}/{project_slug}/` */
    getProject: Call<operations["getProject"]>;
    /** List the issues of one project, by default the unresolved ones. `GET /api/0/projects/{organization_slug}/{project_slug}/issues/` */
    listProjectIssues: Paged<operations["listProjectIssues"]>;
    /** List a project's most recent error events. `GET /api/0/projects/{organization_slug}/{project_slug}/events/` */
    listProjectEvents: Paged<operations["listProjectEvents"]>;
    /** Read one issue with its status, counts, assignee and first and last sighting. `GET /api/0/organizations/{organization_slug}/issues/{issue_id}/` */
    getIssue: Call<operations["getIssue"]>;
    /** Resolve, reopen, ignore, assign, bookmark or publish an issue. `PUT /api/0/organizations/{organization_slug}/issues/{issue_id}/` */
    updateIssue: Call<operations["updateIssue"]>;
    /** Delete an issue and its events; the removal runs in the background. `DELETE /api/0/organizations/{organization_slug}/issues/{issue_id}/` */
    deleteIssue: Call<operations["deleteIssue"]>;
    /** List the events grouped into one issue. `GET /api/0/organizations/{organization_slug}/issues/{issue_id}/events/` */
    listIssueEvents: Paged<operations["listIssueEvents"]>;
    /** List the teams of an organization. `GET /api/0/organizations/{organization_slug}/teams/` */
    listTeams: Paged<operations["listTeams"]>;
    /** Create a team in an organization. `POST /api/0/organizations/{organization_slug}/teams/` */
    createTeam: Call<operations["createTeam"]>;
    /** Read one team. `GET /api/0/teams/{organization_slug}/{team_slug}/` */
    getTeam: Call<operations["getTeam"]>;
    /** List an organization's releases, newest first. `GET /api/0/organizations/{organization_slug}/releases/` */
    listReleases: Paged<operations["listReleases"]>;
    /** Create a release for one or more projects, optionally with its commits. `POST /api/0/organizations/{organization_slug}/releases/` */
    createRelease: Call<operations["createRelease"]>;
    /** Read one release with its commits, deploys and new issue count. `GET /api/0/organizations/{organization_slug}/releases/{version}/` */
    getRelease: Call<operations["getRelease"]>;
    /** Record that a release was deployed to an environment. `POST /api/0/organizations/{organization_slug}/releases/{version}/deploys/` */
    createDeploy: Call<operations["createDeploy"]>;
}

const routes: Routes<SentryClient> = {
    listOrganizations: {"method":"GET","path":"/api/0/organizations/","paging":{"style":"link"}},
    getOrganization: {"method":"GET","path":"/api/0/organizations/{organization_slug}/"},
    listOrganizationProjects: {"method":"GET","path":"/api/0/organizations/{organization_slug}/projects/","paging":{"style":"link"}},
    listOrganizationMembers: {"method":"GET","path":"/api/0/organizations/{organization_slug}/members/","paging":{"style":"link"}},
    listOrganizationIssues: {"method":"GET","path":"/api/0/organizations/{organization_slug}/issues/","paging":{"style":"link"}},
    getProject: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/"},
    listProjectIssues: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/issues/","paging":{"style":"link"}},
    listProjectEvents: {"method":"GET","path":"/api/0/projects/{organization_slug}/{project_slug}/events/","paging":{"style":"link"}},
    getIssue: {"method":"GET","path":"/api/0/organizations/{organization_slug}/issues/{issue_id}/"},
    updateIssue: {"method":"PUT","path":"/api/0/organizations/{organization_slug}/issues/{issue_id}/","body":"application/json"},
    deleteIssue: {"method":"DELETE","path":"/api/0/organizations/{organization_slug}/issues/{issue_id}/"},
    listIssueEvents: {"method":"GET","path":"/api/0/organizations/{organization_slug}/issues/{issue_id}/events/","paging":{"style":"link"}},
    listTeams: {"method":"GET","path":"/api/0/organizations/{organization_slug}/teams/","paging":{"style":"link"}},
    createTeam: {"method":"POST","path":"/api/0/organizations/{organization_slug}/teams/","body":"application/json"},
    getTeam: {"method":"GET","path":"/api/0/teams/{organization_slug}/{team_slug}/"},
    listReleases: {"method":"GET","path":"/api/0/organizations/{organization_slug}/releases/","paging":{"style":"link"}},
    createRelease: {"method":"POST","path":"/api/0/organizations/{organization_slug}/releases/","body":"application/json"},
    getRelease: {"method":"GET","path":"/api/0/organizations/{organization_slug}/releases/{version}/"},
    createDeploy: {"method":"POST","path":"/api/0/organizations/{organization_slug}/releases/{version}/deploys/","body":"application/json"},
};

/**
 * The Sentry client: `const api = sentry(new Switchboard({ baseUrl, apiKey }))`.
 */
export const sentry = (sb: Switchboard): SentryClient => bindClient<SentryClient>(sb, "sentry", routes);
