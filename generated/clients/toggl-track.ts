// Generated from providers/toggl-track.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/toggl-track.js';

/**
 * Toggl Track through the Switchboard gateway: The user's profile, workspaces and members, time entries and running timer, projects, clients and tags in Toggl Track (API v9).
 */
export interface TogglTrackClient {
    /** Read the connected user's profile, time zone and default workspace. `GET /api/v9/me` */
    getMe: Call<operations["getMe"]>;
    /** List the workspaces the user belongs to. `GET /api/v9/me/workspaces` */
    listMyWorkspaces: Call<operations["listMyWorkspaces"]>;
    /** Read one workspace and its settings. `GET /api/v9/workspaces/{workspace_id}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** List the members of a workspace. `GET /api/v9/workspaces/{workspace_id}/users` */
    listWorkspaceUsers: Call<operations["listWorkspaceUsers"]>;
    /** List the user's recent time entries, or those in a date range or changed since a moment. `GET /api/v9/me/time_entries` */
    listMyTimeEntries: Call<operations["listMyTimeEntries"]>;
    /** Read the running time entry, or null when no timer runs. `GET /api/v9/me/time_entries/current` */
    getCurrentTimeEntry: Call<operations["getCurrentTimeEntry"]>;
    /** Log a time entry in a workspace, or start a timer with duration -1. `POST /api/v9/workspaces/{workspace_id}/time_entries` */
    createTimeEntry: Call<operations["createTimeEntry"]>;
    /** Stop a running time entry now. `PATCH /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop` */
    stopTimeEntry: Call<operations["stopTimeEntry"]>;
    /** Change a time entry's description, times, project, tags or billing flag. `PUT /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}` */
    updateTimeEntry: Call<operations["updateTimeEntry"]>;
    /** Delete a time entry. `DELETE /api/v9/workspaces/{workspace_id}/time_entries/{time_entry_id}` */
    deleteTimeEntry: Call<operations["deleteTimeEntry"]>;
    /** List a workspace's projects, filtered by state, client, name or members. `GET /api/v9/workspaces/{workspace_id}/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Create a project in a workspace. `POST /api/v9/workspaces/{workspace_id}/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change a project's name, state, color, client, privacy or billing settings. `PUT /api/v9/workspaces/{workspace_id}/projects/{project_id}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project, choosing whether its time entries are deleted or kept without a project. `DELETE /api/v9/workspaces/{workspace_id}/projects/{project_id}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** List a workspace's clients. `GET /api/v9/workspaces/{workspace_id}/clients` */
    listClients: Call<operations["listClients"]>;
    /** Create a client in a workspace. `POST /api/v9/workspaces/{workspace_id}/clients` */
    createClient: Call<operations["createClient"]>;
    /** Rename a client or change its notes. `PUT /api/v9/workspaces/{workspace_id}/clients/{client_id}` */
    updateClient: Call<operations["updateClient"]>;
    /** Delete a client. `DELETE /api/v9/workspaces/{workspace_id}/clients/{client_id}` */
    deleteClient: Call<operations["deleteClient"]>;
    /** List a workspace's tags. `GET /api/v9/workspaces/{workspace_id}/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag in a workspace. `POST /api/v9/workspaces/{workspace_id}/tags` */
    createTag: Call<operations["createTag"]>;
    /** Rename a tag. `PUT /api/v9/workspaces/{workspace_id}/tags/{tag_id}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag (it is removed from all time entries). `DELETE /api/v9/workspaces/{workspace_id}/tags/{tag_id}` */
    deleteTag: Call<operations["deleteTag"]>;
}

const routes: Routes<TogglTrackClient> = {
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
};

/**
 * The Toggl Track client: `const api = togglTrack(new Switchboard({ baseUrl, apiKey }))`.
 */
export const togglTrack = (sb: Switchboard): TogglTrackClient => bindClient<TogglTrackClient>(sb, "toggl-track", routes);
