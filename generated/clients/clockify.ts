// Generated from providers/clockify.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clockify.js';

/**
 * Clockify through the Switchboard gateway: Workspaces, users, projects, clients, tags, tasks and time entries of Clockify time tracking.
 */
export interface ClockifyClient {
    /** Read the connected user with their id, active and default workspace and settings. `GET /api/v1/user` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the members of a workspace, filtered by email, name, status or project. `GET /api/v1/workspaces/{workspaceId}/users` */
    listWorkspaceUsers: Paged<operations["listWorkspaceUsers"]>;
    /** List the workspaces the user belongs to. `GET /api/v1/workspaces` */
    listWorkspaces: Call<operations["listWorkspaces"]>;
    /** Read one workspace with its settings. `GET /api/v1/workspaces/{workspaceId}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** List a workspace's projects, filtered by name, client, archived or billable state. `GET /api/v1/workspaces/{workspaceId}/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project. `GET /api/v1/workspaces/{workspaceId}/projects/{projectId}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project, optionally for a client and visible to the whole workspace. `POST /api/v1/workspaces/{workspaceId}/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change a project's name, client, visibility, color, billing or archived state. `PUT /api/v1/workspaces/{workspaceId}/projects/{projectId}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete an archived project. `DELETE /api/v1/workspaces/{workspaceId}/projects/{projectId}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** List the tasks of a project. `GET /api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Add a task to a project, with assignees, estimate and billing flag. `POST /api/v1/workspaces/{workspaceId}/projects/{projectId}/tasks` */
    createTask: Call<operations["createTask"]>;
    /** List a workspace's clients. `GET /api/v1/workspaces/{workspaceId}/clients` */
    listClients: Paged<operations["listClients"]>;
    /** Add a client to a workspace. `POST /api/v1/workspaces/{workspaceId}/clients` */
    createClient: Call<operations["createClient"]>;
    /** List a workspace's tags. `GET /api/v1/workspaces/{workspaceId}/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag in a workspace. `POST /api/v1/workspaces/{workspaceId}/tags` */
    createTag: Call<operations["createTag"]>;
    /** List a user's time entries in a workspace, newest first, filtered by time, project, task or tags. `GET /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries` */
    listUserTimeEntries: Paged<operations["listUserTimeEntries"]>;
    /** Stop the user's running timer at the given end time. `PATCH /api/v1/workspaces/{workspaceId}/user/{userId}/time-entries` */
    stopRunningTimer: Call<operations["stopRunningTimer"]>;
    /** Log a time entry for the connected user, or start a timer by leaving out the end. `POST /api/v1/workspaces/{workspaceId}/time-entries` */
    createTimeEntry: Call<operations["createTimeEntry"]>;
    /** Read one time entry. `GET /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}` */
    getTimeEntry: Call<operations["getTimeEntry"]>;
    /** Replace a time entry's times, description, project, task, tags or billing flag. `PUT /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}` */
    updateTimeEntry: Call<operations["updateTimeEntry"]>;
    /** Delete a time entry. `DELETE /api/v1/workspaces/{workspaceId}/time-entries/{timeEntryId}` */
    deleteTimeEntry: Call<operations["deleteTimeEntry"]>;
}

const routes: Routes<ClockifyClient> = {
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
};

/**
 * The Clockify client: `const api = clockify(new Switchboard({ baseUrl, apiKey }))`.
 */
export const clockify = (sb: Switchboard): ClockifyClient => bindClient<ClockifyClient>(sb, "clockify", routes);
