// Generated from providers/vercel.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vercel.js';

/**
 * Vercel through the Switchboard gateway: Projects, deployments and their build logs, environment variables, domains, teams and remote-cache status on Vercel.
 */
export interface VercelClient {
    /**
     * Read the profile of the account the token belongs to.
     *
     * `GET /v2/user`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the teams the account belongs to.
     *
     * `GET /v2/teams`
     */
    listTeams: {
        (args?: Args<operations["listTeams"]>, options?: CallOptions): Promise<Result<Data<operations["listTeams"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTeams"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeams"]>, void, undefined>;
    };
    /**
     * List projects, optionally searched by name or filtered by linked repository.
     *
     * `GET /v9/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project by id or name.
     *
     * `GET /v9/projects/{projectId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project, optionally connected to a Git repository and with initial variables.
     *
     * `POST /v9/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change a project's name, framework preset, build settings or root directory.
     *
     * `PATCH /v9/projects/{projectId}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project with all its deployments and domains.
     *
     * `DELETE /v9/projects/{projectId}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * List deployments newest first, filtered by project, target, state, branch or commit.
     *
     * `GET /v6/deployments`
     */
    listDeployments: {
        (args?: Args<operations["listDeployments"]>, options?: CallOptions): Promise<Result<Data<operations["listDeployments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDeployments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDeployments"]>, void, undefined>;
    };
    /**
     * Read one deployment with its state, aliases, Git source and creator.
     *
     * `GET /v13/deployments/{deploymentId}`
     */
    getDeployment(args: Args<operations["getDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["getDeployment"]>>>;
    /**
     * Read a deployment's build log as a list of events, or stream it live with follow=1.
     *
     * `GET /v3/deployments/{deploymentId}/events`
     */
    getDeploymentEvents(args: Args<operations["getDeploymentEvents"]>, options?: CallOptions): Promise<Result<Data<operations["getDeploymentEvents"]>>>;
    /**
     * Stop a deployment that is queued or building.
     *
     * `PATCH /v12/deployments/{deploymentId}/cancel`
     */
    cancelDeployment(args: Args<operations["cancelDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["cancelDeployment"]>>>;
    /**
     * List a project's environment variables with their targets and types.
     *
     * `GET /v10/projects/{projectId}/env`
     */
    listProjectEnv(args: Args<operations["listProjectEnv"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectEnv"]>>>;
    /**
     * Add one or more environment variables to a project (or overwrite them with upsert=true).
     *
     * `POST /v10/projects/{projectId}/env`
     */
    createProjectEnv(args: Args<operations["createProjectEnv"]>, options?: CallOptions): Promise<Result<Data<operations["createProjectEnv"]>>>;
    /**
     * Change an environment variable's value, key, type, targets or branch.
     *
     * `PATCH /v10/projects/{projectId}/env/{envId}`
     */
    updateProjectEnv(args: Args<operations["updateProjectEnv"]>, options?: CallOptions): Promise<Result<Data<operations["updateProjectEnv"]>>>;
    /**
     * Remove an environment variable from a project.
     *
     * `DELETE /v10/projects/{projectId}/env/{envId}`
     */
    deleteProjectEnv(args: Args<operations["deleteProjectEnv"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProjectEnv"]>>>;
    /**
     * List the domains registered to or added by the account.
     *
     * `GET /v5/domains`
     */
    listDomains: {
        (args?: Args<operations["listDomains"]>, options?: CallOptions): Promise<Result<Data<operations["listDomains"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listDomains"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDomains"]>, void, undefined>;
    };
    /**
     * Read one domain with its name servers and verification state.
     *
     * `GET /v5/domains/{domain}`
     */
    getDomain(args: Args<operations["getDomain"]>, options?: CallOptions): Promise<Result<Data<operations["getDomain"]>>>;
    /**
     * Add an external domain to the account, or move one in from another account.
     *
     * `POST /v5/domains`
     */
    addDomain(args: Args<operations["addDomain"]>, options?: CallOptions): Promise<Result<Data<operations["addDomain"]>>>;
    /**
     * Remove a domain from the account, with its aliases and DNS records.
     *
     * `DELETE /v6/domains/{domain}`
     */
    deleteDomain(args: Args<operations["deleteDomain"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDomain"]>>>;
    /**
     * Check whether remote caching (Turborepo artifacts) is enabled for the account or team.
     *
     * `GET /v8/artifacts/status`
     */
    getArtifactsStatus(args?: Args<operations["getArtifactsStatus"]>, options?: CallOptions): Promise<Result<Data<operations["getArtifactsStatus"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/v2/user"},
    listTeams: {"method":"GET","path":"/v2/teams","paging":{"style":"cursor","cursorParam":"until","nextCursor":"pagination.next"}},
    listProjects: {"method":"GET","path":"/v9/projects","paging":{"style":"cursor","cursorParam":"from","nextCursor":"pagination.next"}},
    getProject: {"method":"GET","path":"/v9/projects/{projectId}"},
    createProject: {"method":"POST","path":"/v9/projects","body":"application/json"},
    updateProject: {"method":"PATCH","path":"/v9/projects/{projectId}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/v9/projects/{projectId}"},
    listDeployments: {"method":"GET","path":"/v6/deployments","paging":{"style":"cursor","cursorParam":"until","nextCursor":"pagination.next"}},
    getDeployment: {"method":"GET","path":"/v13/deployments/{deploymentId}"},
    getDeploymentEvents: {"method":"GET","path":"/v3/deployments/{deploymentId}/events"},
    cancelDeployment: {"method":"PATCH","path":"/v12/deployments/{deploymentId}/cancel"},
    listProjectEnv: {"method":"GET","path":"/v10/projects/{projectId}/env"},
    createProjectEnv: {"method":"POST","path":"/v10/projects/{projectId}/env","body":"application/json"},
    updateProjectEnv: {"method":"PATCH","path":"/v10/projects/{projectId}/env/{envId}","body":"application/json"},
    deleteProjectEnv: {"method":"DELETE","path":"/v10/projects/{projectId}/env/{envId}"},
    listDomains: {"method":"GET","path":"/v5/domains","paging":{"style":"cursor","cursorParam":"until","nextCursor":"pagination.next"}},
    getDomain: {"method":"GET","path":"/v5/domains/{domain}"},
    addDomain: {"method":"POST","path":"/v5/domains","body":"application/json"},
    deleteDomain: {"method":"DELETE","path":"/v6/domains/{domain}"},
    getArtifactsStatus: {"method":"GET","path":"/v8/artifacts/status"},
} satisfies Record<string, Route>;

/**
 * The Vercel client: `const api = vercel(new Switchboard({ baseUrl, apiKey }))`.
 */
export function vercel(client: Switchboard): VercelClient {
    const app = "vercel";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listTeams: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeams, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeams, args, options) }) as VercelClient["listTeams"],
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as VercelClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        listDeployments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDeployments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDeployments, args, options) }) as VercelClient["listDeployments"],
        getDeployment: (args, options) => client.call(app, routes.getDeployment, args, options),
        getDeploymentEvents: (args, options) => client.call(app, routes.getDeploymentEvents, args, options),
        cancelDeployment: (args, options) => client.call(app, routes.cancelDeployment, args, options),
        listProjectEnv: (args, options) => client.call(app, routes.listProjectEnv, args, options),
        createProjectEnv: (args, options) => client.call(app, routes.createProjectEnv, args, options),
        updateProjectEnv: (args, options) => client.call(app, routes.updateProjectEnv, args, options),
        deleteProjectEnv: (args, options) => client.call(app, routes.deleteProjectEnv, args, options),
        listDomains: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDomains, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDomains, args, options) }) as VercelClient["listDomains"],
        getDomain: (args, options) => client.call(app, routes.getDomain, args, options),
        addDomain: (args, options) => client.call(app, routes.addDomain, args, options),
        deleteDomain: (args, options) => client.call(app, routes.deleteDomain, args, options),
        getArtifactsStatus: (args, options) => client.call(app, routes.getArtifactsStatus, args, options),
    };
}