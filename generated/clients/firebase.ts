// Generated from providers/firebase.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/firebase.js';

/**
 * Firebase through the Switchboard gateway: Firebase Management API - Firebase projects, the Google Cloud projects that can become one, and their web, Android and iOS apps and configs.
 */
export interface FirebaseClient {
    /** List the Firebase projects the user can reach. `GET /v1beta1/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one Firebase project and its default resources. `GET /v1beta1/projects/{projectId}` */
    getProject: Call<operations["getProject"]>;
    /** Rename a Firebase project or change its annotations. `PATCH /v1beta1/projects/{projectId}` */
    updateProject: Call<operations["updateProject"]>;
    /** List Google Cloud projects the user could add Firebase to. `GET /v1beta1/availableProjects` */
    listAvailableProjects: Paged<operations["listAvailableProjects"]>;
    /** Turn an existing Google Cloud project into a Firebase project (runs as an operation). `POST /v1beta1/projects/{projectId}:addFirebase` */
    addFirebase: Call<operations["addFirebase"]>;
    /** Read the settings a server needs to initialise the Firebase Admin SDK for the project. `GET /v1beta1/projects/{projectId}/adminSdkConfig` */
    getAdminSdkConfig: Call<operations["getAdminSdkConfig"]>;
    /** List the web apps of a Firebase project. `GET /v1beta1/projects/{projectId}/webApps` */
    listWebApps: Paged<operations["listWebApps"]>;
    /** Read one web app. `GET /v1beta1/projects/{projectId}/webApps/{appId}` */
    getWebApp: Call<operations["getWebApp"]>;
    /** Register a new web app in a project (runs as an operation). `POST /v1beta1/projects/{projectId}/webApps` */
    createWebApp: Call<operations["createWebApp"]>;
    /** Read the firebaseConfig values a web page needs to initialise Firebase. `GET /v1beta1/projects/{projectId}/webApps/{appId}/config` */
    getWebAppConfig: Call<operations["getWebAppConfig"]>;
    /** List the Android apps of a Firebase project. `GET /v1beta1/projects/{projectId}/androidApps` */
    listAndroidApps: Paged<operations["listAndroidApps"]>;
    /** Register a new Android app in a project by package name (runs as an operation). `POST /v1beta1/projects/{projectId}/androidApps` */
    createAndroidApp: Call<operations["createAndroidApp"]>;
    /** Download the app's google-services.json configuration file. `GET /v1beta1/projects/{projectId}/androidApps/{appId}/config` */
    getAndroidAppConfig: Call<operations["getAndroidAppConfig"]>;
    /** List the iOS apps of a Firebase project. `GET /v1beta1/projects/{projectId}/iosApps` */
    listIosApps: Paged<operations["listIosApps"]>;
    /** Register a new iOS app in a project by bundle id (runs as an operation). `POST /v1beta1/projects/{projectId}/iosApps` */
    createIosApp: Call<operations["createIosApp"]>;
    /** Download the app's GoogleService-Info.plist configuration file. `GET /v1beta1/projects/{projectId}/iosApps/{appId}/config` */
    getIosAppConfig: Call<operations["getIosAppConfig"]>;
    /** Poll a long-running operation until it is done and read its result or error. `GET /v1beta1/operations/{operationId}` */
    getOperation: Call<operations["getOperation"]>;
}

const routes: Routes<FirebaseClient> = {
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
};

/**
 * The Firebase client: `const api = firebase(new Switchboard({ baseUrl, apiKey }))`.
 */
export const firebase = (sb: Switchboard): FirebaseClient => bindClient<FirebaseClient>(sb, "firebase", routes);
