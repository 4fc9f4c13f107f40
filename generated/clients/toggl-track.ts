// Generated from providers/toggl-track.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/toggl-track.js';

/**
 * Toggl Track through the Switchboard gateway: The user's profile, workspaces and members, time entries and running timer, projects, clients and tags in Toggl Track (API v9).
 */
export interface TogglTrackClient {
    /**
     * Read the connected user's profile, time zone and default workspace.
     *
     * `GET /api/v9/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * List the workspaces the user belongs to.
     *
     * `GET /api/v9/me/workspaces`
     */
    listMyWorkspaces(args?: Args<operations["listMyWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listMyWorkspaces"]>>>;
    /**
     * Read one workspace and its settings.
     *
     * `GET /api/v9/workspaces/{workspace_id}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * List the members of a workspace.
     *
     * `GET /api/v9/workspaces/{workspace_id}/users`
     */
    listWorkspaceUsers(args: Args<operations["listWorkspaceUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceUsers"]>>>;
    /**
     * List the user's recent time entries, or those in a date range or changed since a moment.
     *
     * `GET /api/v9/me/time_entries`
     */
    listMyTimeEntries(args?: Args<operations["listMyTimeEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listMyTimeEntries"]>>>;
    /**
     * Read the running time entry, or null when no timer runs.
     *
     * `GET /api/v9/me/time_entries/current`
     */
    getCurrentTimeEntry(args?: Args<operations["getCurrentTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentTimeEntry"]>>>;
    /**
     * Log a time entry in a workspace, or start a timer with duration -1.
     *
     * `POST /api/v9/workspaces/{workspace_id}/time_entries`
     */
    createTimeEntry(args: Args<operations["createTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createTimeEntry"]>>>;
    /**
     * Stop a running time entry now.
     *
     * `PATCH /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop`
     */
    stopTimeEntry(args: Args<operations["stopTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["stopTimeEntry"]>>>;
    /**
     * Change a time entry's description, times, project, tags or billing flag.
     *
     * `PUT /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}`
     */
    updateTimeEntry(args: Args<operations["updateTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["updateTimeEntry"]>>>;
    /**
     * Delete a time entry.
     *
     * `DELETE /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}`
     */
    deleteTimeEntry(args: Args<operations["deleteTimeEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTimeEntry"]>>>;
    /**
     * List a workspace's projects, filtered by state, client, name or members.
     *
     * `GET /api/v9/workspaces/{workspace_id}/projects`
     */
    listProjects: {
        (args: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Create a project in a workspace.
     *
     * `POST /api/v9/workspaces/{workspace_id}/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change a project's name, state, color, client, privacy or billing settings.
     *
     * `PUT /api/v9/workspaces/{workspace_id}/projects/{project_id}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project, choosing whether its time entries are deleted or kept without a project.
     *
     * `DELETE /api/v9/workspaces/{workspace_id}/projects/{project_id}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * List a workspace's clients.
     *
     * `GET /api/v9/workspaces/{workspace_id}/clients`
     */
    listClients(args: Args<operations["listClients"]>, options?: CallOptions): Promise<Result<Data<operations["listClients"]>>>;
    /**
     * Create a client in a workspace.
     *
     * `POST /api/v9/workspaces/{workspace_id}/clients`
     */
    createClient(args: Args<operations["createClient"]>, options?: CallOptions): Promise<Result<Data<operations["createClient"]>>>;
    /**
     * Rename a client or change its notes.
     *
     * `PUT /api/v9/workspaces/{workspace_id}/clients/{client_id}`
     */
    updateClient(args: Args<operations["updateClient"]>, options?: CallOptions): Promise<Result<Data<operations["updateClient"]>>>;
    /**
     * Delete a client.
     *
     * `DELETE /api/v9/workspaces/{workspace_id}/clients/{client_id}`
     */
    deleteClient(args: Args<operations["deleteClient"]>, options?: CallOptions): Promise<Result<Data<operations["deleteClient"]>>>;
    /**
     * List a workspace's tags.
     *
     * `GET /api/v9/workspaces/{workspace_id}/tags`
     */
    listTags: {
        (args: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag in a workspace.
     *
     * `POST /api/v9/workspaces/{workspace_id}/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename a tag.
     *
     * `PUT /api/v9/workspaces/{workspace_id}/tags/{tag_id}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag (it is removed from all time entries).
     *
     * `DELETE /api/v9/workspaces/{workspace_id}/tags/{tag_id}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
}

const routes = {
    getMe: {"method":"GET","path":"/api/v9/me"},
    listMyWorkspaces: {"method":"GET","path":"/api/v9/me/workspaces"},
    getWorkspace: {"method":"GET","path":"/api/v9/workspaces/{workspace_id}"},
    listWorkspaceUsers: {"method":"GET","path":"/api/v9/workspaces/{workspace_id}/users"},
    listMyTimeEntries: {"method":"GET","path":"/api/v9/me/time_entries"},
    getCurrentTimeEntry: {"method":"GET","path":"/api/v9/me/time_entries/current"},
    createTimeEntry: {"method":"POST","path":"/api/v9/workspaces/{workspace_id}/time_entries","body":"application/json"},
    stopTimeEntry: {"method":"PATCH","path":"/api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop"},
    updateTimeEntry: {"method":"PUT","path":"/api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}","body":"application/json"},
    deleteTimeEntry: {"method":"DELETE","path":"/api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}"},
    listProjects: {"method":"GET","path":"/api/v9/workspaces/{workspace_id}/projects","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createProject: {"method":"POST","path":"/api/v9/workspaces/{workspace_id}/projects","body":"application/json"},
    updateProject: {"method":"PUT","path":"/api/v9/workspaces/{workspace_id}/projects/{project_id}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/v9/workspaces/{workspace_id}/projects/{project_id}"},
    listClients: {"method":"GET","path":"/api/v9/workspaces/{workspace_id}/clients"},
    createClient: {"method":"POST","path":"/api/v9/workspaces/{workspace_id}/clients","body":"application/json"},
    updateClient: {"method":"PUT","path":"/api/v9/workspaces/{workspace_id}/clients/{client_id}","body":"application/json"},
    deleteClient: {"method":"DELETE","path":"/api/v9/workspaces/{workspace_id}/clients/{client_id}"},
    listTags: {"method":"GET","path":"/api/v9/workspaces/{workspace_id}/tags","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTag: {"method":"POST","path":"/api/v9/workspaces/{workspace_id}/tags","body":"application/json"},
    updateTag: {"method":"PUT","path":"/api/v9/workspaces/{workspace_id}/tags/{tag_id}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/api/v9/workspaces/{workspace_id}/tags/{tag_id}"},
} satisfies Record<string, Route>;

/**
 * The Toggl Track client: `const api = togglTrack(new Switchboard({ baseUrl, apiKey }))`.
 */
export function togglTrack(client: Switchboard): TogglTrackClient {
    const app = "toggl-track";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        listMyWorkspaces: (args, options) => client.call(app, routes.listMyWorkspaces, args, options),
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        listWorkspaceUsers: (args, options) => client.call(app, routes.listWorkspaceUsers, args, options),
        listMyTimeEntries: (args, options) => client.call(app, routes.listMyTimeEntries, args, options),
        getCurrentTimeEntry: (args, options) => client.call(app, routes.getCurrentTimeEntry, args, options),
        createTimeEntry: (args, options) => client.call(app, routes.createTimeEntry, args, options),
        stopTimeEntry: (args, options) => client.call(app, routes.stopTimeEntry, args, options),
        updateTimeEntry: (args, options) => client.call(app, routes.updateTimeEntry, args, options),
        deleteTimeEntry: (args, options) => client.call(app, routes.deleteTimeEntry, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as TogglTrackClient["listProjects"],
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        listClients: (args, options) => client.call(app, routes.listClients, args, options),
        createClient: (args, options) => client.call(app, routes.createClient, args, options),
        updateClient: (args, options) => client.call(app, routes.updateClient, args, options),
        deleteClient: (args, options) => client.call(app, routes.deleteClient, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as TogglTrackClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
    };
}