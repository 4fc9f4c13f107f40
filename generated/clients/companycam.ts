// Generated from providers/companycam.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/companycam.js';

/**
 * CompanyCam through the Switchboard gateway: Job-site projects with their photos, comments, labels and documents, plus users, groups, tags, checklists and webhooks.
 */
export interface CompanycamClient {
    /** Read the company the token belongs to. `GET /v2/company` */
    getCompany: Call<operations["getCompany"]>;
    /** Read the user the token acts for. `GET /v2/users/current` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the company's users in alphabetical order. `GET /v2/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Add a user to the company. `POST /v2/users` */
    createUser: Call<operations["createUser"]>;
    /** Read one user. `GET /v2/users/{id}` */
    getUser: Call<operations["getUser"]>;
    /** Change a user's name, email, phone number or password. `PUT /v2/users/{id}` */
    updateUser: Call<operations["updateUser"]>;
    /** Remove a user from the company. `DELETE /v2/users/{id}` */
    deleteUser: Call<operations["deleteUser"]>;
    /** List projects, most recently active first, optionally searched by name or address. `GET /v2/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Create a project at an address or coordinates, optionally with a geofence and primary contact. `POST /v2/projects` */
    createProject: Call<operations["createProject"]>;
    /** Read one project. `GET /v2/projects/{id}` */
    getProject: Call<operations["getProject"]>;
    /** Change a project's name, address, coordinates or geofence. `PUT /v2/projects/{id}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project. `DELETE /v2/projects/{id}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** Archive a project, hiding it from active lists without deleting it. `PATCH /v2/projects/{id}/archive` */
    archiveProject: Call<operations["archiveProject"]>;
    /** Bring an archived or deleted project back. `PUT /v2/projects/{id}/restore` */
    restoreProject: Call<operations["restoreProject"]>;
    /** List the photos taken at a project, newest capture first, with optional date, user, group and tag filters. `GET /v2/projects/{project_id}/photos` */
    listProjectPhotos: Paged<operations["listProjectPhotos"]>;
    /** Add a photo to a project from a publicly reachable image URL. `POST /v2/projects/{project_id}/photos` */
    createProjectPhoto: Call<operations["createProjectPhoto"]>;
    /** List a project's comments, newest first. `GET /v2/projects/{project_id}/comments` */
    listProjectComments: Paged<operations["listProjectComments"]>;
    /** Post a comment on a project. `POST /v2/projects/{project_id}/comments` */
    createProjectComment: Call<operations["createProjectComment"]>;
    /** List the labels on a project in alphabetical order. `GET /v2/projects/{project_id}/labels` */
    listProjectLabels: Paged<operations["listProjectLabels"]>;
    /** Attach labels to a project by name, creating labels that do not exist yet. `POST /v2/projects/{project_id}/labels` */
    addProjectLabels: Call<operations["addProjectLabels"]>;
    /** List the documents attached to a project. `GET /v2/projects/{project_id}/documents` */
    listProjectDocuments: Paged<operations["listProjectDocuments"]>;
    /** Attach a document to a project, sent as base64 in JSON (30 MB at most). `POST /v2/projects/{project_id}/documents` */
    uploadProjectDocument: Call<operations["uploadProjectDocument"]>;
    /** List photos across all projects, newest capture first, with optional project, user, group, tag and date filters. `GET /v2/photos` */
    listPhotos: Paged<operations["listPhotos"]>;
    /** Read one photo with its image URLs. `GET /v2/photos/{id}` */
    getPhoto: Call<operations["getPhoto"]>;
    /** Mark a photo as internal (kept out of marketing use) or not. `PUT /v2/photos/{id}` */
    updatePhoto: Call<operations["updatePhoto"]>;
    /** Delete a photo. `DELETE /v2/photos/{id}` */
    deletePhoto: Call<operations["deletePhoto"]>;
    /** List the company's tags in alphabetical order. `GET /v2/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag. `POST /v2/tags` */
    createTag: Call<operations["createTag"]>;
    /** Read one tag. `GET /v2/tags/{id}` */
    getTag: Call<operations["getTag"]>;
    /** Rename a tag. `PUT /v2/tags/{id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag. `DELETE /v2/tags/{id}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the company's user groups in alphabetical order. `GET /v2/groups` */
    listGroups: Paged<operations["listGroups"]>;
    /** Create a user group, optionally with its members. `POST /v2/groups` */
    createGroup: Call<operations["createGroup"]>;
    /** Read one group with its members. `GET /v2/groups/{id}` */
    getGroup: Call<operations["getGroup"]>;
    /** Rename a group or replace its members. `PUT /v2/groups/{id}` */
    updateGroup: Call<operations["updateGroup"]>;
    /** Delete a group. `DELETE /v2/groups/{id}` */
    deleteGroup: Call<operations["deleteGroup"]>;
    /** List checklists across projects, most recently updated first. `GET /v2/checklists` */
    listChecklists: Paged<operations["listChecklists"]>;
    /** List the webhooks registered for the company. `GET /v2/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register a URL to receive events of the given scopes. `POST /v2/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Read one webhook. `GET /v2/webhooks/{id}` */
    getWebhook: Call<operations["getWebhook"]>;
    /** Change a webhook's URL, scopes, secret or enabled state. `PUT /v2/webhooks/{id}` */
    updateWebhook: Call<operations["updateWebhook"]>;
    /** Remove a webhook. `DELETE /v2/webhooks/{id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<CompanycamClient> = {
    getCompany: {"method":"GET","path":"/v2/company"},
    getCurrentUser: {"method":"GET","path":"/v2/users/current"},
    listUsers: {"method":"GET","path":"/v2/users","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createUser: {"method":"POST","path":"/v2/users","body":"application/json"},
    getUser: {"method":"GET","path":"/v2/users/{id}"},
    updateUser: {"method":"PUT","path":"/v2/users/{id}","body":"application/json"},
    deleteUser: {"method":"DELETE","path":"/v2/users/{id}"},
    listProjects: {"method":"GET","path":"/v2/projects","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProject: {"method":"POST","path":"/v2/projects","body":"application/json"},
    getProject: {"method":"GET","path":"/v2/projects/{id}"},
    updateProject: {"method":"PUT","path":"/v2/projects/{id}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/v2/projects/{id}"},
    archiveProject: {"method":"PATCH","path":"/v2/projects/{id}/archive"},
    restoreProject: {"method":"PUT","path":"/v2/projects/{id}/restore"},
    listProjectPhotos: {"method":"GET","path":"/v2/projects/{project_id}/photos","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProjectPhoto: {"method":"POST","path":"/v2/projects/{project_id}/photos","body":"application/json"},
    listProjectComments: {"method":"GET","path":"/v2/projects/{project_id}/comments","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProjectComment: {"method":"POST","path":"/v2/projects/{project_id}/comments","body":"application/json"},
    listProjectLabels: {"method":"GET","path":"/v2/projects/{project_id}/labels","paging":{"style":"page","pageParam":"page","firstPage":1}},
    addProjectLabels: {"method":"POST","path":"/v2/projects/{project_id}/labels","body":"application/json"},
    listProjectDocuments: {"method":"GET","path":"/v2/projects/{project_id}/documents","paging":{"style":"page","pageParam":"page","firstPage":1}},
    uploadProjectDocument: {"method":"POST","path":"/v2/projects/{project_id}/documents","body":"application/json"},
    listPhotos: {"method":"GET","path":"/v2/photos","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getPhoto: {"method":"GET","path":"/v2/photos/{id}"},
    updatePhoto: {"method":"PUT","path":"/v2/photos/{id}","body":"application/json"},
    deletePhoto: {"method":"DELETE","path":"/v2/photos/{id}"},
    listTags: {"method":"GET","path":"/v2/tags","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTag: {"method":"POST","path":"/v2/tags","body":"application/json"},
    getTag: {"method":"GET","path":"/v2/tags/{id}"},
    updateTag: {"method":"PUT","path":"/v2/tags/{id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/v2/tags/{id}"},
    listGroups: {"method":"GET","path":"/v2/groups","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createGroup: {"method":"POST","path":"/v2/groups","body":"application/json"},
    getGroup: {"method":"GET","path":"/v2/groups/{id}"},
    updateGroup: {"method":"PUT","path":"/v2/groups/{id}","body":"application/json"},
    deleteGroup: {"method":"DELETE","path":"/v2/groups/{id}"},
    listChecklists: {"method":"GET","path":"/v2/checklists","paging":{"style":"page","pageParam":"page","firstPage":1}},
    listWebhooks: {"method":"GET","path":"/v2/webhooks","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createWebhook: {"method":"POST","path":"/v2/webhooks","body":"application/json"},
    getWebhook: {"method":"GET","path":"/v2/webhooks/{id}"},
    updateWebhook: {"method":"PUT","path":"/v2/webhooks/{id}","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v2/webhooks/{id}"},
};

/**
 * The CompanyCam client: `const api = companycam(new Switchboard({ baseUrl, apiKey }))`.
 */
export const companycam = (sb: Switchboard): CompanycamClient => bindClient<CompanycamClient>(sb, "companycam", routes);
