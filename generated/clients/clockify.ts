// Generated from providers/clockify.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clockify.js';

/**
 * Clockify through the Switchboard gateway: Workspaces, users, projects, clients, tags, tasks and time entries of Clockify time tracking.
 */
export interface ClockifyClient {
    /**
     * Read the connected user with their id, active and default workspace and settings.
     *
     * `GET /api/v1/user`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the members of a workspace, filtered by email, name, status or project.
     *
     * `GET /api/v1/workspaces/{workspaceId}/users`
     */
    listWorkspaceUsers: {
        (args: Args<operations["listWorkspaceUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceUsers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWorkspaceUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaceUsers"]>, void, undefined>;
    };
    /**
     * List the workspaces the user belongs to.
     *
     * `GET /api/v1/workspaces`
     */
    listWorkspaces(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
    /**
     * Read one workspace with its settings.
     *
     * `GET /api/v1/workspaces/{workspaceId}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * List a workspace's projects, filtered by name, client, archived or billable state.
     *
     * `GET /api/v1/workspaces/{workspaceId}/projects`
     */
    listProjects: {
        (args: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project.
     *
     * `GET /api/v1/workspaces/{workspaceId}/projects/{projectId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project, optionally for a client and visible to the whole workspace.
     *
     * `POST /api/v1/workspaces/{workspaceId}/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change a project's name, client, visibility, color, billing or archived state.
     *
     * `PUT /api/v1/workspaces/{workspaceId}/projects/{projectId}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete an archived project.
     *
     * `DELETE /api/v1/workspaces/{workspaceId}/projects/{projectId}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * List the tasks of a project.
     *
     * `GET /api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Add a task to a project, with assignees, estimate and billing flag.
     *
     * `POST /api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * List a workspace's clients.
     *
     * `GET /api/v1/workspaces/{workspaceId}/clients`
     */
    listClients: {
        (args: Args<operations["listClients"]>, options?: CallOptions): Promise<Result<Data<operations["listClients"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listClients"]>, options?: CallOptions): AsyncGenerator<Data<operations["listClients"]>, void, undefined>;
    };
    /**
     * Add a client to a workspace.
     *
     * `POST /api/v1/workspaces/{workspaceId}/clients`
     */
    createClient(args: Args<operations["createClient"]>, options?: CallOptions): Promise<Result<Data<operations["createClient"]>>>;
    /**
     * List a workspace's tags.
     *
     * `GET /api/v1/workspaces/{workspaceId}/tags`
     */
    listTags: {
        (args: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag in a workspace.
     *
     * `POST /api/v1/workspaces/{workspaceId}/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * List a user's time entries in a workspace, newest first, filtered by time, project, task or tags.
     *
     * `GET /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries`
     */
    listUserTimeEntries: {
        (args: Args<operations["listUserTimeEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listUserTimeEntries"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUserTimeEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserTimeEntries"]>, void, undefined>;
    };
    /**
     * Stop the user's running timer at the given end time.
     *
     * `PATCH /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries`
     */
    stopRunningTimer(args: Args<operations["stopRunningTimer"]>, options?: CallOptions): Promise<Result<Data<operations["stopRunningTimer"]>>>;
    /**
     * Log a time entry for the connected user, or start a timer by leaving out the end.
     *
     * `POST /api/v1/workspaces/{workspaceId}/time-entries`
     */
    createTimeEntry(args: Args<operations["createTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createTimeEntry"]>>>;
    /**
     * Read one time entry.
     *
     * `GET /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}`
     */
    getTimeEntry(args: Args<operations["getTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["getTimeEntry"]>>>;
    /**
     * Replace a time entry's times, description, project, task, tags or billing flag.
     *
     * `PUT /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}`
     */
    updateTimeEntry(args: Args<operations["updateTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["updateTimeEntry"]>>>;
    /**
     * Delete a time entry.
     *
     * `DELETE /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}`
     */
    deleteTimeEntry(args: Args<operations["deleteTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTimeEntry"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/api/v1/user"},
    listWorkspaceUsers: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/users","paging":{"style":"page","pageParam":"page","firstPage":1}},
    listWorkspaces: {"method":"GET","path":"/api/v1/workspaces"},
    getWorkspace: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}"},
    listProjects: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/projects","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getProject: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/projects/{projectId}"},
    createProject: {"method":"POST","path":"/api/v1/workspaces/{workspaceId}/projects","body":"application/json"},
    updateProject: {"method":"PUT","path":"/api/v1/workspaces/{workspaceId}/projects/{projectId}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/v1/workspaces/{workspaceId}/projects/{projectId}"},
    listTasks: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTask: {"method":"POST","path":"/api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks","body":"application/json"},
    listClients: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/clients","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createClient: {"method":"POST","path":"/api/v1/workspaces/{workspaceId}/clients","body":"application/json"},
    listTags: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/tags","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTag: {"method":"POST","path":"/api/v1/workspaces/{workspaceId}/tags","body":"application/json"},
    listUserTimeEntries: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries","paging":{"style":"page","pageParam":"page","firstPage":1}},
    stopRunningTimer: {"method":"PATCH","path":"/api/v1/workspaces/{workspaceId}/user/{userId}/time-entries","body":"application/json"},
    createTimeEntry: {"method":"POST","path":"/api/v1/workspaces/{workspaceId}/time-entries","body":"application/json"},
    getTimeEntry: {"method":"GET","path":"/api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}"},
    updateTimeEntry: {"method":"PUT","path":"/api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}","body":"application/json"},
    deleteTimeEntry: {"method":"DELETE","path":"/api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}"},
} satisfies Record<string, Route>;

/**
 * The Clockify client: `const api = clockify(new Switchboard({ baseUrl, apiKey }))`.
 */
export function clockify(client: Switchboard): ClockifyClient {
    const app = "clockify";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listWorkspaceUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaceUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaceUsers, args, options) }) as ClockifyClient["listWorkspaceUsers"],
        listWorkspaces: (args, options) => client.call(app, routes.listWorkspaces, args, options),
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as ClockifyClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as ClockifyClient["listTasks"],
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        listClients: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listClients, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listClients, args, options) }) as ClockifyClient["listClients"],
        createClient: (args, options) => client.call(app, routes.createClient, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as ClockifyClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        listUserTimeEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserTimeEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserTimeEntries, args, options) }) as ClockifyClient["listUserTimeEntries"],
        stopRunningTimer: (args, options) => client.call(app, routes.stopRunningTimer, args, options),
        createTimeEntry: (args, options) => client.call(app, routes.createTimeEntry, args, options),
        getTimeEntry: (args, options) => client.call(app, routes.getTimeEntry, args, options),
        updateTimeEntry: (args, options) => client.call(app, routes.updateTimeEntry, args, options),
        deleteTimeEntry: (args, options) => client.call(app, routes.deleteTimeEntry, args, options),
    };
}