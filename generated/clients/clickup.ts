// Generated from providers/clickup.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/clickup.js';

/**
 * ClickUp through the Switchboard gateway: Workspaces, spaces, folders, lists, tasks and webhooks in ClickUp.
 */
export interface ClickupClient {
    /**
     * Read the user the token belongs to.
     *
     * `GET /api/v2/user`
     */
    getAuthorizedUser(args?: Args<operations["getAuthorizedUser"]>, options?: CallOptions): Promise<Result<Data<operations["getAuthorizedUser"]>>>;
    /**
     * List the Workspaces the token may reach, with their members.
     *
     * `GET /api/v2/team`
     */
    listWorkspaces(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
    /**
     * List the spaces of a Workspace.
     *
     * `GET /api/v2/team/{team_id}/space`
     */
    listSpaces(args: Args<operations["listSpaces"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaces"]>>>;
    /**
     * Create a space in a Workspace.
     *
     * `POST /api/v2/team/{team_id}/space`
     */
    createSpace(args: Args<operations["createSpace"]>, options?: CallOptions): Promise<Result<Data<operations["createSpace"]>>>;
    /**
     * List the folders of a space with the lists inside them.
     *
     * `GET /api/v2/space/{space_id}/folder`
     */
    listFolders(args: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
    /**
     * Create a folder in a space.
     *
     * `POST /api/v2/space/{space_id}/folder`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * List the lists inside a folder.
     *
     * `GET /api/v2/folder/{folder_id}/list`
     */
    listLists(args: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
    /**
     * List the lists that sit directly in a space, outside any folder.
     *
     * `GET /api/v2/space/{space_id}/list`
     */
    listFolderlessLists(args: Args<operations["listFolderlessLists"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderlessLists"]>>>;
    /**
     * Create a list inside a folder.
     *
     * `POST /api/v2/folder/{folder_id}/list`
     */
    createList(args: Args<operations["createList"]>, options?: CallOptions): Promise<Result<Data<operations["createList"]>>>;
    /**
     * List the tasks of a list, 100 a page, filtered by status, assignee, tag and dates.
     *
     * `GET /api/v2/list/{list_id}/task`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Search tasks across a whole Workspace, filtered by location, status, assignee, tag and dates.
     *
     * `GET /api/v2/team/{team_id}/task`
     */
    listWorkspaceTasks: {
        (args: Args<operations["listWorkspaceTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWorkspaceTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaceTasks"]>, void, undefined>;
    };
    /**
     * Read one task with its status, assignees, dates and custom fields.
     *
     * `GET /api/v2/task/{task_id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task in a list.
     *
     * `POST /api/v2/list/{list_id}/task`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task's fields; assignees are added and removed through add/rem lists.
     *
     * `PUT /api/v2/task/{task_id}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /api/v2/task/{task_id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * Subscribe a URL to task, list, folder, space or goal events of a Workspace, optionally narrowed to one location.
     *
     * `POST /api/v2/team/{team_id}/webhook`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Delete a webhook.
     *
     * `DELETE /api/v2/webhook/{webhook_id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The ClickUp client: `const api = clickup(new Switchboard({ baseUrl, apiKey }))`.
 */
export function clickup(client: Switchboard): ClickupClient {
    const app = "clickup";
    return {
        getAuthorizedUser: (args, options) => client.call(app, routes.getAuthorizedUser, args, options),
        listWorkspaces: (args, options) => client.call(app, routes.listWorkspaces, args, options),
        listSpaces: (args, options) => client.call(app, routes.listSpaces, args, options),
        createSpace: (args, options) => client.call(app, routes.createSpace, args, options),
        listFolders: (args, options) => client.call(app, routes.listFolders, args, options),
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        listLists: (args, options) => client.call(app, routes.listLists, args, options),
        listFolderlessLists: (args, options) => client.call(app, routes.listFolderlessLists, args, options),
        createList: (args, options) => client.call(app, routes.createList, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as ClickupClient["listTasks"],
        listWorkspaceTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaceTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaceTasks, args, options) }) as ClickupClient["listWorkspaceTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}