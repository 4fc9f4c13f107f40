// Generated from providers/asana.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/asana.js';

/**
 * Asana through the Switchboard gateway: Workspaces, projects, tasks, subtasks, workspace members and webhooks in Asana.
 */
export interface AsanaClient {
    /** Read the user the token belongs to, with the workspaces they can reach. `GET /api/1.0/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the workspaces and organizations the user belongs to. `GET /api/1.0/workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** Read one workspace, including whether it is an organization and its email domains. `GET /api/1.0/workspaces/{workspace_gid}` */
    getWorkspace: Call<operations["getWorkspace"]>;
    /** List the users of a workspace or organization. `GET /api/1.0/workspaces/{workspace_gid}/users` */
    listWorkspaceUsers: Paged<operations["listWorkspaceUsers"]>;
    /** List tasks of a project, section, tag or user task list, or those assigned to a user in a workspace. `GET /api/1.0/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task with its assignee, dates, notes, projects and custom fields. `GET /api/1.0/tasks/{task_gid}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task in one or more projects, or in a workspace when no project is given. `POST /api/1.0/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change fields of a task; only the fields sent are changed. `PUT /api/1.0/tasks/{task_gid}` */
    updateTask: Call<operations["updateTask"]>;
    /** Move a task to the trash, where it can be restored for 30 days. `DELETE /api/1.0/tasks/{task_gid}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the subtasks directly under a task. `GET /api/1.0/tasks/{task_gid}/subtasks` */
    listSubtasks: Paged<operations["listSubtasks"]>;
    /** Create a subtask under a task. `POST /api/1.0/tasks/{task_gid}/subtasks` */
    createSubtask: Call<operations["createSubtask"]>;
    /** Search a workspace's tasks by text and many filters (paid workspaces only). `GET /api/1.0/workspaces/{workspace_gid}/tasks/search` */
    searchTasks: Call<operations["searchTasks"]>;
    /** List projects, filtered by workspace or team and by archived state. `GET /api/1.0/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project with its owner, team, dates, status and members. `GET /api/1.0/projects/{project_gid}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project in a workspace; organizations also need a team. `POST /api/1.0/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change fields of a project such as its name, notes, dates or archived state. `PUT /api/1.0/projects/{project_gid}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project; its tasks stay in the workspace. `DELETE /api/1.0/projects/{project_gid}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** Subscribe a URL to changes of a project, task or other resource, optionally filtered by event. `POST /api/1.0/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Stop a webhook; no further events are sent. `DELETE /api/1.0/webhooks/{webhook_gid}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<AsanaClient> = {
    getCurrentUser: {"method":"GET","path":"/api/1.0/users/me"},
    listWorkspaces: {"method":"GET","path":"/api/1.0/workspaces","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_page.offset"}},
    getWorkspace: {"method":"GET","path":"/api/1.0/workspaces/{workspace_gid}"},
    listWorkspaceUsers: {"method":"GET","path":"/api/1.0/workspaces/{workspace_gid}/users","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_page.offset"}},
    listTasks: {"method":"GET","path":"/api/1.0/tasks","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_page.offset"}},
    getTask: {"method":"GET","path":"/api/1.0/tasks/{task_gid}"},
    createTask: {"method":"POST","path":"/api/1.0/tasks","body":"application/json"},
    updateTask: {"method":"PUT","path":"/api/1.0/tasks/{task_gid}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/1.0/tasks/{task_gid}"},
    listSubtasks: {"method":"GET","path":"/api/1.0/tasks/{task_gid}/subtasks","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_page.offset"}},
    createSubtask: {"method":"POST","path":"/api/1.0/tasks/{task_gid}/subtasks","body":"application/json"},
    searchTasks: {"method":"GET","path":"/api/1.0/workspaces/{workspace_gid}/tasks/search"},
    listProjects: {"method":"GET","path":"/api/1.0/projects","paging":{"style":"cursor","cursorParam":"offset","nextCursor":"next_page.offset"}},
    getProject: {"method":"GET","path":"/api/1.0/projects/{project_gid}"},
    createProject: {"method":"POST","path":"/api/1.0/projects","body":"application/json"},
    updateProject: {"method":"PUT","path":"/api/1.0/projects/{project_gid}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/1.0/projects/{project_gid}"},
    createWebhook: {"method":"POST","path":"/api/1.0/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/api/1.0/webhooks/{webhook_gid}"},
};

/**
 * The Asana client: `const api = asana(new Switchboard({ baseUrl, apiKey }))`.
 */
export const asana = (sb: Switchboard): AsanaClient => bindClient<AsanaClient>(sb, "asana", routes);
