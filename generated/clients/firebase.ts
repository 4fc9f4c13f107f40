// Generated from providers/firebase.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/firebase.js';

/**
 * Firebase through the Switchboard gateway: Firebase Management API - Firebase projects, the Google Cloud projects that can become one, and their web, Android and iOS apps and configs.
 */
export interface FirebaseClient {
    /**
     * List the Firebase projects the user can reach.
     *
     * `GET /v1beta1/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one Firebase project and its default resources.
     *
     * `GET /v1beta1/projects/{projectId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Rename a Firebase project or change its annotations.
     *
     * `PATCH /v1beta1/projects/{projectId}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * List Google Cloud projects the user could add Firebase to.
     *
     * `GET /v1beta1/availableProjects`
     */
    listAvailableProjects: {
        (args?: Args<operations["listAvailableProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listAvailableProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAvailableProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAvailableProjects"]>, void, undefined>;
    };
    /**
     * Turn an existing Google Cloud project into a Firebase project (runs as an operation).
     *
     * `POST /v1beta1/projects/{projectId}:addFirebase`
     */
    addFirebase(args: Args<operations["addFirebase"]>, options?: CallOptions): Promise<Result<Data<operations["addFirebase"]>>>;
    /**
     * Read the settings a server needs to initialise the Firebase Admin SDK for the project.
     *
     * `GET /v1beta1/projects/{projectId}/adminSdkConfig`
     */
    getAdminSdkConfig(args: Args<operations["getAdminSdkConfig"]>, options?: CallOptions): Promise<Result<Data<operations["getAdminSdkConfig"]>>>;
    /**
     * List the web apps of a Firebase project.
     *
     * `GET /v1beta1/projects/{projectId}/webApps`
     */
    listWebApps: {
        (args: Args<operations["listWebApps"]>, options?: CallOptions): Promise<Result<Data<operations["listWebApps"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWebApps"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebApps"]>, void, undefined>;
    };
    /**
     * Read one web app.
     *
     * `GET /v1beta1/projects/{projectId}/webApps/{appId}`
     */
    getWebApp(args: Args<operations["getWebApp"]>, options?: CallOptions): Promise<Result<Data<operations["getWebApp"]>>>;
    /**
     * Register a new web app in a project (runs as an operation).
     *
     * `POST /v1beta1/projects/{projectId}/webApps`
     */
    createWebApp(args: Args<operations["createWebApp"]>, options?: CallOptions): Promise<Result<Data<operations["createWebApp"]>>>;
    /**
     * Read the firebaseConfig values a web page needs to initialise Firebase.
     *
     * `GET /v1beta1/projects/{projectId}/webApps/{appId}/config`
     */
    getWebAppConfig(args: Args<operations["getWebAppConfig"]>, options?: CallOptions): Promise<Result<Data<operations["getWebAppConfig"]>>>;
    /**
     * List the Android apps of a Firebase project.
     *
     * `GET /v1beta1/projects/{projectId}/androidApps`
     */
    listAndroidApps: {
        (args: Args<operations["listAndroidApps"]>, options?: CallOptions): Promise<Result<Data<operations["listAndroidApps"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAndroidApps"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAndroidApps"]>, void, undefined>;
    };
    /**
     * Register a new Android app in a project by package name (runs as an operation).
     *
     * `POST /v1beta1/projects/{projectId}/androidApps`
     */
    createAndroidApp(args: Args<operations["createAndroidApp"]>, options?: CallOptions): Promise<Result<Data<operations["createAndroidApp"]>>>;
    /**
     * Download the app's google-services.json configuration file.
     *
     * `GET /v1beta1/projects/{projectId}/androidApps/{appId}/config`
     */
    getAndroidAppConfig(args: Args<operations["getAndroidAppConfig"]>, options?: CallOptions): Promise<Result<Data<operations["getAndroidAppConfig"]>>>;
    /**
     * List the iOS apps of a Firebase project.
     *
     * `GET /v1beta1/projects/{projectId}/iosApps`
     */
    listIosApps: {
        (args: Args<operations["listIosApps"]>, options?: CallOptions): Promise<Result<Data<operations["listIosApps"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIosApps"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIosApps"]>, void, undefined>;
    };
    /**
     * Register a new iOS app in a project by bundle id (runs as an operation).
     *
     * `POST /v1beta1/projects/{projectId}/iosApps`
     */
    createIosApp(args: Args<operations["createIosApp"]>, options?: CallOptions): Promise<Result<Data<operations["createIosApp"]>>>;
    /**
     * Download the app's GoogleService-Info.plist configuration file.
     *
     * `GET /v1beta1/projects/{projectId}/iosApps/{appId}/config`
     */
    getIosAppConfig(args: Args<operations["getIosAppConfig"]>, options?: CallOptions): Promise<Result<Data<operations["getIosAppConfig"]>>>;
    /**
     * Poll a long-running operation until it is done and read its result or error.
     *
     * `GET /v1beta1/operations/{operationId}`
     */
    getOperation(args: Args<operations["getOperation"]>, options?: CallOptions): Promise<Result<Data<operations["getOperation"]>>>;
}

const routes = {
    listProjects: {"method":"GET","path":"/v1beta1/projects","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getProject: {"method":"GET","path":"/v1beta1/projects/{projectId}"},
    updateProject: {"method":"PATCH","path":"/v1beta1/projects/{projectId}","body":"application/json"},
    listAvailableProjects: {"method":"GET","path":"/v1beta1/availableProjects","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    addFirebase: {"method":"POST","path":"/v1beta1/projects/{projectId}:addFirebase","body":"application/json"},
    getAdminSdkConfig: {"method":"GET","path":"/v1beta1/projects/{projectId}/adminSdkConfig"},
    listWebApps: {"method":"GET","path":"/v1beta1/projects/{projectId}/webApps","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getWebApp: {"method":"GET","path":"/v1beta1/projects/{projectId}/webApps/{appId}"},
    createWebApp: {"method":"POST","path":"/v1beta1/projects/{projectId}/webApps","body":"application/json"},
    getWebAppConfig: {"method":"GET","path":"/v1beta1/projects/{projectId}/webApps/{appId}/config"},
    listAndroidApps: {"method":"GET","path":"/v1beta1/projects/{projectId}/androidApps","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createAndroidApp: {"method":"POST","path":"/v1beta1/projects/{projectId}/androidApps","body":"application/json"},
    getAndroidAppConfig: {"method":"GET","path":"/v1beta1/projects/{projectId}/androidApps/{appId}/config"},
    listIosApps: {"method":"GET","path":"/v1beta1/projects/{projectId}/iosApps","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createIosApp: {"method":"POST","path":"/v1beta1/projects/{projectId}/iosApps","body":"application/json"},
    getIosAppConfig: {"method":"GET","path":"/v1beta1/projects/{projectId}/iosApps/{appId}/config"},
    getOperation: {"method":"GET","path":"/v1beta1/operations/{operationId}"},
} satisfies Record<string, Route>;

/**
 * The Firebase client: `const api = firebase(new Switchboard({ baseUrl, apiKey }))`.
 */
export function firebase(client: Switchboard): FirebaseClient {
    const app = "firebase";
    return {
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as FirebaseClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        listAvailableProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAvailableProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAvailableProjects, args, options) }) as FirebaseClient["listAvailableProjects"],
        addFirebase: (args, options) => client.call(app, routes.addFirebase, args, options),
        getAdminSdkConfig: (args, options) => client.call(app, routes.getAdminSdkConfig, args, options),
        listWebApps: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebApps, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebApps, args, options) }) as FirebaseClient["listWebApps"],
        getWebApp: (args, options) => client.call(app, routes.getWebApp, args, options),
        createWebApp: (args, options) => client.call(app, routes.createWebApp, args, options),
        getWebAppConfig: (args, options) => client.call(app, routes.getWebAppConfig, args, options),
        listAndroidApps: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAndroidApps, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAndroidApps, args, options) }) as FirebaseClient["listAndroidApps"],
        createAndroidApp: (args, options) => client.call(app, routes.createAndroidApp, args, options),
        getAndroidAppConfig: (args, options) => client.call(app, routes.getAndroidAppConfig, args, options),
        listIosApps: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIosApps, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIosApps, args, options) }) as FirebaseClient["listIosApps"],
        createIosApp: (args, options) => client.call(app, routes.createIosApp, args, options),
        getIosAppConfig: (args, options) => client.call(app, routes.getIosAppConfig, args, options),
        getOperation: (args, options) => client.call(app, routes.getOperation, args, options),
    };
}