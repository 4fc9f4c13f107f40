// Generated from providers/google-apps-script.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-apps-script.js';

/**
 * Google Apps Script through the Switchboard gateway: Create and edit Apps Script projects, manage their versions and deployments, inspect runs and metrics, and call script functions.
 */
export interface GoogleAppsScriptClient {
    /**
     * Create an empty script project with only a default manifest, standalone or bound to a Drive file.
     *
     * `POST /v1/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Read a script project's title, owner and timestamps.
     *
     * `GET /v1/projects/{scriptId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Read the source files of a project, at HEAD or at a given version.
     *
     * `GET /v1/projects/{scriptId}/content`
     */
    getProjectContent(args: Args<operations["getProjectContent"]>, options?: CallOptions): Promise<Result<Data<operations["getProjectContent"]>>>;
    /**
     * Replace all source files of a project with the files sent.
     *
     * `PUT /v1/projects/{scriptId}/content`
     */
    updateProjectContent(args: Args<operations["updateProjectContent"]>, options?: CallOptions): Promise<Result<Data<operations["updateProjectContent"]>>>;
    /**
     * Read execution counts, failure counts and active users of a script over time.
     *
     * `GET /v1/projects/{scriptId}/metrics`
     */
    getProjectMetrics(args: Args<operations["getProjectMetrics"]>, options?: CallOptions): Promise<Result<Data<operations["getProjectMetrics"]>>>;
    /**
     * Snapshot the current code as a new immutable version.
     *
     * `POST /v1/projects/{scriptId}/versions`
     */
    createVersion(args: Args<operations["createVersion"]>, options?: CallOptions): Promise<Result<Data<operations["createVersion"]>>>;
    /**
     * List the versions of a project.
     *
     * `GET /v1/projects/{scriptId}/versions`
     */
    listVersions: {
        (args: Args<operations["listVersions"]>, options?: CallOptions): Promise<Result<Data<operations["listVersions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listVersions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVersions"]>, void, undefined>;
    };
    /**
     * Read one version of a project.
     *
     * `GET /v1/projects/{scriptId}/versions/{versionNumber}`
     */
    getVersion(args: Args<operations["getVersion"]>, options?: CallOptions): Promise<Result<Data<operations["getVersion"]>>>;
    /**
     * Deploy a version of the project.
     *
     * `POST /v1/projects/{scriptId}/deployments`
     */
    createDeployment(args: Args<operations["createDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["createDeployment"]>>>;
    /**
     * List the deployments of a project.
     *
     * `GET /v1/projects/{scriptId}/deployments`
     */
    listDeployments: {
        (args: Args<operations["listDeployments"]>, options?: CallOptions): Promise<Result<Data<operations["listDeployments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDeployments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDeployments"]>, void, undefined>;
    };
    /**
     * Read one deployment with its entry points.
     *
     * `GET /v1/projects/{scriptId}/deployments/{deploymentId}`
     */
    getDeployment(args: Args<operations["getDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["getDeployment"]>>>;
    /**
     * Point a deployment at another version or change its description.
     *
     * `PUT /v1/projects/{scriptId}/deployments/{deploymentId}`
     */
    updateDeployment(args: Args<operations["updateDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["updateDeployment"]>>>;
    /**
     * Delete a deployment.
     *
     * `DELETE /v1/projects/{scriptId}/deployments/{deploymentId}`
     */
    deleteDeployment(args: Args<operations["deleteDeployment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDeployment"]>>>;
    /**
     * List recent script runs started by or for the user, across scripts.
     *
     * `GET /v1/processes`
     */
    listProcesses: {
        (args?: Args<operations["listProcesses"]>, options?: CallOptions): Promise<Result<Data<operations["listProcesses"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProcesses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProcesses"]>, void, undefined>;
    };
    /**
     * List recent runs of one script.
     *
     * `GET /v1/processes:listScriptProcesses`
     */
    listScriptProcesses: {
        (args: Args<operations["listScriptProcesses"]>, options?: CallOptions): Promise<Result<Data<operations["listScriptProcesses"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listScriptProcesses"]>, options?: CallOptions): AsyncGenerator<Data<operations["listScriptProcesses"]>, void, undefined>;
    };
    /**
     * Call a top-level function of a script deployed as an API Executable and get its return value.
     *
     * `POST /v1/scripts/{scriptId}:run`
     */
    runScript(args: Args<operations["runScript"]>, options?: CallOptions): Promise<Result<Data<operations["runScript"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Google Apps Script client: `const api = googleAppsScript(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleAppsScript(client: Switchboard): GoogleAppsScriptClient {
    const app = "google-apps-script";
    return {
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        getProjectContent: (args, options) => client.call(app, routes.getProjectContent, args, options),
        updateProjectContent: (args, options) => client.call(app, routes.updateProjectContent, args, options),
        getProjectMetrics: (args, options) => client.call(app, routes.getProjectMetrics, args, options),
        createVersion: (args, options) => client.call(app, routes.createVersion, args, options),
        listVersions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVersions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVersions, args, options) }) as GoogleAppsScriptClient["listVersions"],
        getVersion: (args, options) => client.call(app, routes.getVersion, args, options),
        createDeployment: (args, options) => client.call(app, routes.createDeployment, args, options),
        listDeployments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDeployments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDeployments, args, options) }) as GoogleAppsScriptClient["listDeployments"],
        getDeployment: (args, options) => client.call(app, routes.getDeployment, args, options),
        updateDeployment: (args, options) => client.call(app, routes.updateDeployment, args, options),
        deleteDeployment: (args, options) => client.call(app, routes.deleteDeployment, args, options),
        listProcesses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProcesses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProcesses, args, options) }) as GoogleAppsScriptClient["listProcesses"],
        listScriptProcesses: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listScriptProcesses, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listScriptProcesses, args, options) }) as GoogleAppsScriptClient["listScriptProcesses"],
        runScript: (args, options) => client.call(app, routes.runScript, args, options),
    };
}