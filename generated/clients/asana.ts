// Generated from providers/asana.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/asana.js';

/**
 * Asana through the Switchboard gateway: Workspaces, projects, tasks, subtasks, workspace members and webhooks in Asana.
 */
export interface AsanaClient {
    /**
     * Read the user the token belongs to, with the workspaces they can reach.
     *
     * `GET /api/1.0/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the workspaces and organizations the user belongs to.
     *
     * `GET /api/1.0/workspaces`
     */
    listWorkspaces: {
        (args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * Read one workspace, including whether it is an organization and its email domains.
     *
     * `GET /api/1.0/workspaces/{workspace_gid}`
     */
    getWorkspace(args: Args<operations["getWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getWorkspace"]>>>;
    /**
     * List the users of a workspace or organization.
     *
     * `GET /api/1.0/workspaces/{workspace_gid}/users`
     */
    listWorkspaceUsers: {
        (args: Args<operations["listWorkspaceUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaceUsers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWorkspaceUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaceUsers"]>, void, undefined>;
    };
    /**
     * List tasks of a project, section, tag or user task list, or those assigned to a user in a workspace.
     *
     * `GET /api/1.0/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task with its assignee, dates, notes, projects and custom fields.
     *
     * `GET /api/1.0/tasks/{task_gid}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task in one or more projects, or in a workspace when no project is given.
     *
     * `POST /api/1.0/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change fields of a task; only the fields sent are changed.
     *
     * `PUT /api/1.0/tasks/{task_gid}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Move a task to the trash, where it can be restored for 30 days.
     *
     * `DELETE /api/1.0/tasks/{task_gid}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the subtasks directly under a task.
     *
     * `GET /api/1.0/tasks/{task_gid}/subtasks`
     */
    listSubtasks: {
        (args: Args<operations["listSubtasks"]>, options?: CallOptions): Promise<Result<Data<operations["listSubtasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubtasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubtasks"]>, void, undefined>;
    };
    /**
     * Create a subtask under a task.
     *
     * `POST /api/1.0/tasks/{task_gid}/subtasks`
     */
    createSubtask(args: Args<operations["createSubtask"]>, options?: CallOptions): Promise<Result<Data<operations["createSubtask"]>>>;
    /**
     * Search a workspace's tasks by text and many filters (paid workspaces only).
     *
     * `GET /api/1.0/workspaces/{workspace_gid}/tasks/search`
     */
    searchTasks(args: Args<operations["searchTasks"]>, options?: CallOptions): Promise<Result<Data<operations["searchTasks"]>>>;
    /**
     * List projects, filtered by workspace or team and by archived state.
     *
     * `GET /api/1.0/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project with its owner, team, dates, status and members.
     *
     * `GET /api/1.0/projects/{project_gid}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project in a workspace; organizations also need a team.
     *
     * `POST /api/1.0/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change fields of a project such as its name, notes, dates or archived state.
     *
     * `PUT /api/1.0/projects/{project_gid}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project; its tasks stay in the workspace.
     *
     * `DELETE /api/1.0/projects/{project_gid}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * Subscribe a URL to changes of a project, task or other resource, optionally filtered by event.
     *
     * `POST /api/1.0/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Stop a webhook; no further events are sent.
     *
     * `DELETE /api/1.0/webhooks/{webhook_gid}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Asana client: `const api = asana(new Switchboard({ baseUrl, apiKey }))`.
 */
export function asana(client: Switchboard): AsanaClient {
    const app = "asana";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as AsanaClient["listWorkspaces"],
        getWorkspace: (args, options) => client.call(app, routes.getWorkspace, args, options),
        listWorkspaceUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaceUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaceUsers, args, options) }) as AsanaClient["listWorkspaceUsers"],
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as AsanaClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listSubtasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubtasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubtasks, args, options) }) as AsanaClient["listSubtasks"],
        createSubtask: (args, options) => client.call(app, routes.createSubtask, args, options),
        searchTasks: (args, options) => client.call(app, routes.searchTasks, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as AsanaClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}