// Generated from providers/google-apps-script.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-apps-script.js';

/**
 * Google Apps Script through the Switchboard gateway: Create and edit Apps Script projects, manage their versions and deployments, inspect runs and metrics, and call script functions.
 */
export interface GoogleAppsScriptClient {
    /** Create an empty script project with only a default manifest, standalone or bound to a Drive file. `POST /v1/projects` */
    createProject: Call<operations["createProject"]>;
    /** Read a script project's title, owner and timestamps. `GET /v1/projects/{scriptId}` */
    getProject: Call<operations["getProject"]>;
    /** Read the source files of a project, at HEAD or at a given version. `GET /v1/projects/{scriptId}/content` */
    getProjectContent: Call<operations["getProjectContent"]>;
    /** Replace all source files of a project with the files sent. `PUT /v1/projects/{scriptId}/content` */
    updateProjectContent: Call<operations["updateProjectContent"]>;
    /** Read execution counts, failure counts and active users of a script over time. `GET /v1/projects/{scriptId}/metrics` */
    getProjectMetrics: Call<operations["getProjectMetrics"]>;
    /** Snapshot the current code as a new immutable version. `POST /v1/projects/{scriptId}/versions` */
    createVersion: Call<operations["createVersion"]>;
    /** List the versions of a project. `GET /v1/projects/{scriptId}/versions` */
    listVersions: Paged<operations["listVersions"]>;
    /** Read one version of a project. `GET /v1/projects/{scriptId}/versions/{versionNumber}` */
    getVersion: Call<operations["getVersion"]>;
    /** Deploy a version of the project. `POST /v1/projects/{scriptId}/deployments` */
    createDeployment: Call<operations["createDeployment"]>;
    /** List the deployments of a project. `GET /v1/projects/{scriptId}/deployments` */
    listDeployments: Paged<operations["listDeployments"]>;
    /** Read one deployment with its entry points. `GET /v1/projects/{scriptId}/deployments/{deploymentId}` */
    getDeployment: Call<operations["getDeployment"]>;
    /** Point a deployment at another version or change its description. `PUT /v1/projects/{scriptId}/deployments/{deploymentId}` */
    updateDeployment: Call<operations["updateDeployment"]>;
    /** Delete a deployment. `DELETE /v1/projects/{scriptId}/deployments/{deploymentId}` */
    deleteDeployment: Call<operations["deleteDeployment"]>;
    /** List recent script runs started by or for the user, across scripts. `GET /v1/processes` */
    listProcesses: Paged<operations["listProcesses"]>;
    /** List recent runs of one script. `GET /v1/processes:listScriptProcesses` */
    listScriptProcesses: Paged<operations["listScriptProcesses"]>;
    /** Call a top-level function of a script deployed as an API Executable and get its return value. `POST /v1/scripts/{scriptId}:run` */
    runScript: Call<operations["runScript"]>;
}

const routes: Routes<GoogleAppsScriptClient> = {
    createProject: {"method":"POST","path":"/v1/projects","body":"application/json"},
    getProject: {"method":"GET","path":"/v1/projects/{scriptId}"},
    getProjectContent: {"method":"GET","path":"/v1/projects/{scriptId}/content"},
    updateProjectContent: {"method":"PUT","path":"/v1/projects/{scriptId}/content","body":"application/json"},
    getProjectMetrics: {"method":"GET","path":"/v1/projects/{scriptId}/metrics"},
    createVersion: {"method":"POST","path":"/v1/projects/{scriptId}/versions","body":"application/json"},
    listVersions: {"method":"GET","path":"/v1/projects/{scriptId}/versions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getVersion: {"method":"GET","path":"/v1/projects/{scriptId}/versions/{versionNumber}"},
    createDeployment: {"method":"POST","path":"/v1/projects/{scriptId}/deployments","body":"application/json"},
    listDeployments: {"method":"GET","path":"/v1/projects/{scriptId}/deployments","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getDeployment: {"method":"GET","path":"/v1/projects/{scriptId}/deployments/{deploymentId}"},
    updateDeployment: {"method":"PUT","path":"/v1/projects/{scriptId}/deployments/{deploymentId}","body":"application/json"},
    deleteDeployment: {"method":"DELETE","path":"/v1/projects/{scriptId}/deployments/{deploymentId}"},
    listProcesses: {"method":"GET","path":"/v1/processes","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listScriptProcesses: {"method":"GET","path":"/v1/processes:listScriptProcesses","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    runScript: {"method":"POST","path":"/v1/scripts/{scriptId}:run","body":"application/json"},
};

/**
 * The Google Apps Script client: `const api = googleAppsScript(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleAppsScript = (sb: Switchboard): GoogleAppsScriptClient => bindClient<GoogleAppsScriptClient>(sb, "google-apps-script", routes);
