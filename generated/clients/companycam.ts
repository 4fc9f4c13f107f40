// Generated from providers/companycam.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/companycam.js';

/**
 * CompanyCam through the Switchboard gateway: Job-site projects with their photos, comments, labels and documents, plus users, groups, tags, checklists and webhooks.
 */
export interface CompanycamClient {
    /**
     * Read the company the token belongs to.
     *
     * `GET /v2/company`
     */
    getCompany(args?: Args<operations["getCompany"]>, options?: CallOptions): Promise<Result<Data<operations["getCompany"]>>>;
    /**
     * Read the user the token acts for.
     *
     * `GET /v2/users/current`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the company's users in alphabetical order.
     *
     * `GET /v2/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Add a user to the company.
     *
     * `POST /v2/users`
     */
    createUser(args: Args<operations["createUser"]>, options?: CallOptions): Promise<Result<Data<operations["createUser"]>>>;
    /**
     * Read one user.
     *
     * `GET /v2/users/{id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Change a user's name, email, phone number or password.
     *
     * `PUT /v2/users/{id}`
     */
    updateUser(args: Args<operations["updateUser"]>, options?: CallOptions): Promise<Result<Data<operations["updateUser"]>>>;
    /**
     * Remove a user from the company.
     *
     * `DELETE /v2/users/{id}`
     */
    deleteUser(args: Args<operations["deleteUser"]>, options?: CallOptions): Promise<Result<Data<operations["deleteUser"]>>>;
    /**
     * List projects, most recently active first, optionally searched by name or address.
     *
     * `GET /v2/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Create a project at an address or coordinates, optionally with a geofence and primary contact.
     *
     * `POST /v2/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Read one project.
     *
     * `GET /v2/projects/{id}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Change a project's name, address, coordinates or geofence.
     *
     * `PUT /v2/projects/{id}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project.
     *
     * `DELETE /v2/projects/{id}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * Archive a project, hiding it from active lists without deleting it.
     *
     * `PATCH /v2/projects/{id}/archive`
     */
    archiveProject(args: Args<operations["archiveProject"]>, options?: CallOptions): Promise<Result<Data<operations["archiveProject"]>>>;
    /**
     * Bring an archived or deleted project back.
     *
     * `PUT /v2/projects/{id}/restore`
     */
    restoreProject(args: Args<operations["restoreProject"]>, options?: CallOptions): Promise<Result<Data<operations["restoreProject"]>>>;
    /**
     * List the photos taken at a project, newest capture first, with optional date, user, group and tag filters.
     *
     * `GET /v2/projects/{project_id}/photos`
     */
    listProjectPhotos: {
        (args: Args<operations["listProjectPhotos"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectPhotos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectPhotos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectPhotos"]>, void, undefined>;
    };
    /**
     * Add a photo to a project from a publicly reachable image URL.
     *
     * `POST /v2/projects/{project_id}/photos`
     */
    createProjectPhoto(args: Args<operations["createProjectPhoto"]>, options?: CallOptions): Promise<Result<Data<operations["createProjectPhoto"]>>>;
    /**
     * List a project's comments, newest first.
     *
     * `GET /v2/projects/{project_id}/comments`
     */
    listProjectComments: {
        (args: Args<operations["listProjectComments"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectComments"]>, void, undefined>;
    };
    /**
     * Post a comment on a project.
     *
     * `POST /v2/projects/{project_id}/comments`
     */
    createProjectComment(args: Args<operations["createProjectComment"]>, options?: CallOptions): Promise<Result<Data<operations["createProjectComment"]>>>;
    /**
     * List the labels on a project in alphabetical order.
     *
     * `GET /v2/projects/{project_id}/labels`
     */
    listProjectLabels: {
        (args: Args<operations["listProjectLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectLabels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectLabels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectLabels"]>, void, undefined>;
    };
    /**
     * Attach labels to a project by name, creating labels that do not exist yet.
     *
     * `POST /v2/projects/{project_id}/labels`
     */
    addProjectLabels(args: Args<operations["addProjectLabels"]>, options?: CallOptions): Promise<Result<Data<operations["addProjectLabels"]>>>;
    /**
     * List the documents attached to a project.
     *
     * `GET /v2/projects/{project_id}/documents`
     */
    listProjectDocuments: {
        (args: Args<operations["listProjectDocuments"]>, options?: CallOptions): Promise<Result<Data<operations["listProjectDocuments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjectDocuments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjectDocuments"]>, void, undefined>;
    };
    /**
     * Attach a document to a project, sent as base64 in JSON (30 MB at most).
     *
     * `POST /v2/projects/{project_id}/documents`
     */
    uploadProjectDocument(args: Args<operations["uploadProjectDocument"]>, options?: CallOptions): Promise<Result<Data<operations["uploadProjectDocument"]>>>;
    /**
     * List photos across all projects, newest capture first, with optional project, user, group, tag and date filters.
     *
     * `GET /v2/photos`
     */
    listPhotos: {
        (args?: Args<operations["listPhotos"]>, options?: CallOptions): Promise<Result<Data<operations["listPhotos"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPhotos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPhotos"]>, void, undefined>;
    };
    /**
     * Read one photo with its image URLs.
     *
     * `GET /v2/photos/{id}`
     */
    getPhoto(args: Args<operations["getPhoto"]>, options?: CallOptions): Promise<Result<Data<operations["getPhoto"]>>>;
    /**
     * Mark a photo as internal (kept out of marketing use) or not.
     *
     * `PUT /v2/photos/{id}`
     */
    updatePhoto(args: Args<operations["updatePhoto"]>, options?: CallOptions): Promise<Result<Data<operations["updatePhoto"]>>>;
    /**
     * Delete a photo.
     *
     * `DELETE /v2/photos/{id}`
     */
    deletePhoto(args: Args<operations["deletePhoto"]>, options?: CallOptions): Promise<Result<Data<operations["deletePhoto"]>>>;
    /**
     * List the company's tags in alphabetical order.
     *
     * `GET /v2/tags`
     */
    listTags: {
        (args?: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag.
     *
     * `POST /v2/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Read one tag.
     *
     * `GET /v2/tags/{id}`
     */
    getTag(args: Args<operations["getTag"]>, options?: CallOptions): Promise<Result<Data<operations["getTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /v2/tags/{id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag.
     *
     * `DELETE /v2/tags/{id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the company's user groups in alphabetical order.
     *
     * `GET /v2/groups`
     */
    listGroups: {
        (args?: Args<operations["listGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroups"]>, void, undefined>;
    };
    /**
     * Create a user group, optionally with its members.
     *
     * `POST /v2/groups`
     */
    createGroup(args: Args<operations["createGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createGroup"]>>>;
    /**
     * Read one group with its members.
     *
     * `GET /v2/groups/{id}`
     */
    getGroup(args: Args<operations["getGroup"]>, options?: CallOptions): Promise<Result<Data<operations["getGroup"]>>>;
    /**
     * Rename a group or replace its members.
     *
     * `PUT /v2/groups/{id}`
     */
    updateGroup(args: Args<operations["updateGroup"]>, options?: CallOptions): Promise<Result<Data<operations["updateGroup"]>>>;
    /**
     * Delete a group.
     *
     * `DELETE /v2/groups/{id}`
     */
    deleteGroup(args: Args<operations["deleteGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteGroup"]>>>;
    /**
     * List checklists across projects, most recently updated first.
     *
     * `GET /v2/checklists`
     */
    listChecklists: {
        (args?: Args<operations["listChecklists"]>, options?: CallOptions): Promise<Result<Data<operations["listChecklists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listChecklists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChecklists"]>, void, undefined>;
    };
    /**
     * List the webhooks registered for the company.
     *
     * `GET /v2/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register a URL to receive events of the given scopes.
     *
     * `POST /v2/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Read one webhook.
     *
     * `GET /v2/webhooks/{id}`
     */
    getWebhook(args: Args<operations["getWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["getWebhook"]>>>;
    /**
     * Change a webhook's URL, scopes, secret or enabled state.
     *
     * `PUT /v2/webhooks/{id}`
     */
    updateWebhook(args: Args<operations["updateWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["updateWebhook"]>>>;
    /**
     * Remove a webhook.
     *
     * `DELETE /v2/webhooks/{id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The CompanyCam client: `const api = companycam(new Switchboard({ baseUrl, apiKey }))`.
 */
export function companycam(client: Switchboard): CompanycamClient {
    const app = "companycam";
    return {
        getCompany: (args, options) => client.call(app, routes.getCompany, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as CompanycamClient["listUsers"],
        createUser: (args, options) => client.call(app, routes.createUser, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        updateUser: (args, options) => client.call(app, routes.updateUser, args, options),
        deleteUser: (args, options) => client.call(app, routes.deleteUser, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as CompanycamClient["listProjects"],
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        archiveProject: (args, options) => client.call(app, routes.archiveProject, args, options),
        restoreProject: (args, options) => client.call(app, routes.restoreProject, args, options),
        listProjectPhotos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectPhotos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectPhotos, args, options) }) as CompanycamClient["listProjectPhotos"],
        createProjectPhoto: (args, options) => client.call(app, routes.createProjectPhoto, args, options),
        listProjectComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectComments, args, options) }) as CompanycamClient["listProjectComments"],
        createProjectComment: (args, options) => client.call(app, routes.createProjectComment, args, options),
        listProjectLabels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectLabels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectLabels, args, options) }) as CompanycamClient["listProjectLabels"],
        addProjectLabels: (args, options) => client.call(app, routes.addProjectLabels, args, options),
        listProjectDocuments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjectDocuments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjectDocuments, args, options) }) as CompanycamClient["listProjectDocuments"],
        uploadProjectDocument: (args, options) => client.call(app, routes.uploadProjectDocument, args, options),
        listPhotos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPhotos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPhotos, args, options) }) as CompanycamClient["listPhotos"],
        getPhoto: (args, options) => client.call(app, routes.getPhoto, args, options),
        updatePhoto: (args, options) => client.call(app, routes.updatePhoto, args, options),
        deletePhoto: (args, options) => client.call(app, routes.deletePhoto, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as CompanycamClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        getTag: (args, options) => client.call(app, routes.getTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroups, args, options) }) as CompanycamClient["listGroups"],
        createGroup: (args, options) => client.call(app, routes.createGroup, args, options),
        getGroup: (args, options) => client.call(app, routes.getGroup, args, options),
        updateGroup: (args, options) => client.call(app, routes.updateGroup, args, options),
        deleteGroup: (args, options) => client.call(app, routes.deleteGroup, args, options),
        listChecklists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChecklists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChecklists, args, options) }) as CompanycamClient["listChecklists"],
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as CompanycamClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        getWebhook: (args, options) => client.call(app, routes.getWebhook, args, options),
        updateWebhook: (args, options) => client.call(app, routes.updateWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}