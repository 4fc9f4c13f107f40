// Generated from providers/clickup.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clickup.js';

/**
 * ClickUp through the Switchboard gateway: Workspaces, spaces, folders, lists, tasks and webhooks in ClickUp.
 */
export interface ClickupClient {
    /** Read the user the token belongs to. `GET /api/v2/user` */
    getAuthorizedUser: Call<operations["getAuthorizedUser"]>;
    /** List the Workspaces the token may reach, with their members. `GET /api/v2/team` */
    listWorkspaces: Call<operations["listWorkspaces"]>;
    /** List the spaces of a Workspace. `GET /api/v2/team/{team_id}/space` */
    listSpaces: Call<operations["listSpaces"]>;
    /** Create a space in a Workspace. `POST /api/v2/team/{team_id}/space` */
    createSpace: Call<operations["createSpace"]>;
    /** List the folders of a space with the lists inside them. `GET /api/v2/space/{space_id}/folder` */
    listFolders: Call<operations["listFolders"]>;
    /** Create a folder in a space. `POST /api/v2/space/{space_id}/folder` */
    createFolder: Call<operations["createFolder"]>;
    /** List the lists inside a folder. `GET /api/v2/folder/{folder_id}/list` */
    listLists: Call<operations["listLists"]>;
    /** List the lists that sit directly in a space, outside any folder. `GET /api/v2/space/{space_id}/list` */
    listFolderlessLists: Call<operations["listFolderlessLists"]>;
    /** Create a list inside a folder. `POST /api/v2/folder/{folder_id}/list` */
    createList: Call<operations["createList"]>;
    /** List the tasks of a list, 100 a page, filtered by status, assignee, tag and dates. `GET /api/v2/list/{list_id}/task` */
    listTasks: Paged<operations["listTasks"]>;
    /** Search tasks across a whole Workspace, filtered by location, status, assignee, tag and dates. `GET /api/v2/team/{team_id}/task` */
    listWorkspaceTasks: Paged<operations["listWorkspaceTasks"]>;
    /** Read one task with its status, assignees, dates and custom fields. `GET /api/v2/task/{task_id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task in a list. `POST /api/v2/list/{list_id}/task` */
    createTask: Call<operations["createTask"]>;
    /** Change a task's fields; assignees are added and removed through add/rem lists. `PUT /api/v2/task/{task_id}` */
    updateTask: Call<operations["updateTask"]>;
    /** Delete a task. `DELETE /api/v2/task/{task_id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** Subscribe a URL to task, list, folder, space or goal events of a Workspace, optionally narrowed to one location. `POST /api/v2/team/{team_id}/webhook` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Delete a webhook. `DELETE /api/v2/webhook/{webhook_id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<ClickupClient> = {
    getAuthorizedUser: {"method":"GET","path":"/api/v2/user"},
    listWorkspaces: {"method":"GET","path":"/api/v2/team"},
    listSpaces: {"method":"GET","path":"/api/v2/team/{team_id}/space"},
    createSpace: {"method":"POST","path":"/api/v2/team/{team_id}/space","body":"application/json"},
    listFolders: {"method":"GET","path":"/api/v2/space/{space_id}/folder"},
    createFolder: {"method":"POST","path":"/api/v2/space/{space_id}/folder","body":"application/json"},
    listLists: {"method":"GET","path":"/api/v2/folder/{folder_id}/list"},
    listFolderlessLists: {"method":"GET","path":"/api/v2/space/{space_id}/list"},
    createList: {"method":"POST","path":"/api/v2/folder/{folder_id}/list","body":"application/json"},
    listTasks: {"method":"GET","path":"/api/v2/list/{list_id}/task","paging":{"style":"page","pageParam":"page","firstPage":0,"items":"tasks"}},
    listWorkspaceTasks: {"method":"GET","path":"/api/v2/team/{team_id}/task","paging":{"style":"page","pageParam":"page","firstPage":0,"items":"tasks"}},
    getTask: {"method":"GET","path":"/api/v2/task/{task_id}"},
    createTask: {"method":"POST","path":"/api/v2/list/{list_id}/task","body":"application/json"},
    updateTask: {"method":"PUT","path":"/api/v2/task/{task_id}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/v2/task/{task_id}"},
    createWebhook: {"method":"POST","path":"/api/v2/team/{team_id}/webhook","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/api/v2/webhook/{webhook_id}"},
};

/**
 * The ClickUp client: `const api = clickup(new Switchboard({ baseUrl, apiKey }))`.
 */
export const clickup = (sb: Switchboard): ClickupClient => bindClient<ClickupClient>(sb, "clickup", routes);
