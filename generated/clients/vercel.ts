// Generated from providers/vercel.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vercel.js';

/**
 * Vercel through the Switchboard gateway: Projects, deployments and their build logs, environment variables, domains, teams and remote-cache status on Vercel.
 */
export interface VercelClient {
    /** Read the profile of the account the token belongs to. `GET /v2/user` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the teams the account belongs to. `GET /v2/teams` */
    listTeams: Paged<operations["listTeams"]>;
    /** List projects, optionally searched by name or filtered by linked repository. `GET /v9/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project by id or name. `GET /v9/projects/{projectId}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project, optionally connected to a Git repository and with initial variables. `POST /v9/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change a project's name, framework preset, build settings or root directory. `PATCH /v9/projects/{projectId}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project with all its deployments and domains. `DELETE /v9/projects/{projectId}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** List deployments newest first, filtered by project, target, state, branch or commit. `GET /v6/deployments` */
    listDeployments: Paged<operations["listDeployments"]>;
    /** Read one deployment with its state, aliases, Git source and creator. `GET /v13/deployments/{deploymentId}` */
    getDeployment: Call<operations["getDeployment"]>;
    /** Read a deployment's build log as a list of events, or stream it live with follow=1. `GET /v3/deployments/{deploymentId}/events` */
    getDeploymentEvents: Call<operations["getDeploymentEvents"]>;
    /** Stop a deployment that is queued or building. `PATCH /v12/deployments/{deploymentId}/cancel` */
    cancelDeployment: Call<operations["cancelDeployment"]>;
    /** List a project's environment variables with their targets and types. `GET /v10/projects/{projectId}/env` */
    listProjectEnv: Call<operations["listProjectEnv"]>;
    /** Add one or more environment variables to a project (or overwrite them with upsert=true). `POST /v10/projects/{projectId}/env` */
    createProjectEnv: Call<operations["createProjectEnv"]>;
    /** Change an environment variable's value, key, type, targets or branch. `PATCH /v9/projects/{projectId}/env/{envId}` */
    updateProjectEnv: Call<operations["updateProjectEnv"]>;
    /** Remove an environment variable from a project. `DELETE /v9/projects/{projectId}/env/{envId}` */
    deleteProjectEnv: Call<operations["deleteProjectEnv"]>;
    /** List the domains registered to or added by the account. `GET /v5/domains` */
    listDomains: Paged<operations["listDomains"]>;
    /** Read one domain with its name servers and verification state. `GET /v5/domains/{domain}` */
    getDomain: Call<operations["getDomain"]>;
    /** Add an external domain to the account, or move one in from another account. `POST /v5/domains` */
    addDomain: Call<operations["addDomain"]>;
    /** Remove a domain from the account, with its aliases and DNS records. `DELETE /v6/domains/{domain}` */
    deleteDomain: Call<operations["deleteDomain"]>;
    /** Check whether remote caching (Turborepo artifacts) is enabled for the account or team. `GET /v8/artifacts/status` */
    getArtifactsStatus: Call<operations["getArtifactsStatus"]>;
}

const routes: Routes<VercelClient> = {
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
    updateProjectEnv: {"method":"PATCH","path":"/v9/projects/{projectId}/env/{envId}","body":"application/json"},
    deleteProjectEnv: {"method":"DELETE","path":"/v9/projects/{projectId}/env/{envId}"},
    listDomains: {"method":"GET","path":"/v5/domains","paging":{"style":"cursor","cursorParam":"until","nextCursor":"pagination.next"}},
    getDomain: {"method":"GET","path":"/v5/domains/{domain}"},
    addDomain: {"method":"POST","path":"/v5/domains","body":"application/json"},
    deleteDomain: {"method":"DELETE","path":"/v6/domains/{domain}"},
    getArtifactsStatus: {"method":"GET","path":"/v8/artifacts/status"},
};

/**
 * The Vercel client: `const api = vercel(new Switchboard({ baseUrl, apiKey }))`.
 */
export const vercel = (sb: Switchboard): VercelClient => bindClient<VercelClient>(sb, "vercel", routes);
