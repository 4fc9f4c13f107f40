// Generated from providers/zoho-projects.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-projects.js';

/**
 * Zoho Projects through the Switchboard gateway: Portals, projects, tasks, task lists, milestones, task comments and users of Zoho Projects (API v3).
 */
export interface ZohoProjectsClient {
    /**
     * List the portals the user belongs to, with their ids.
     *
     * `GET /api/v3/portals`
     */
    listPortals(args?: Args<operations["listPortals"]>, options?: CallOptions): Promise<Result<Data<operations["listPortals"]>>>;
    /**
     * List the projects of a portal a page at a time.
     *
     * `GET /api/v3/portal/{portal_id}/projects`
     */
    listProjects: {
        (args: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project's details, owner, dates and status.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project in a portal.
     *
     * `POST /api/v3/portal/{portal_id}/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change a project's name, description, dates or status.
     *
     * `PATCH /api/v3/portal/{portal_id}/projects/{project_id}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project (it moves to the portal's trash).
     *
     * `DELETE /api/v3/portal/{portal_id}/projects/{project_id}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * List the tasks of a project a page at a time.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task with status, owners, dates and task list.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task in a project.
     *
     * `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task's name, priority, dates or status.
     *
     * `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the comments on a task.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments`
     */
    listTaskComments: {
        (args: Args<operations["listTaskComments"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTaskComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTaskComments"]>, void, undefined>;
    };
    /**
     * Add a comment to a task (the text goes in `comment`, not `content`).
     *
     * `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments`
     */
    addTaskComment(args: Args<operations["addTaskComment"]>, options?: CallOptions): Promise<Result<Data<operations["addTaskComment"]>>>;
    /**
     * Delete a comment from a task.
     *
     * `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments/{comment_id}`
     */
    deleteTaskComment(args: Args<operations["deleteTaskComment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTaskComment"]>>>;
    /**
     * List the task lists of a project.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasklists`
     */
    listTasklists: {
        (args: Args<operations["listTasklists"]>, options?: CallOptions): Promise<Result<Data<operations["listTasklists"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasklists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasklists"]>, void, undefined>;
    };
    /**
     * Create a task list, internal or visible to clients.
     *
     * `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasklists`
     */
    createTasklist(args: Args<operations["createTasklist"]>, options?: CallOptions): Promise<Result<Data<operations["createTasklist"]>>>;
    /**
     * Rename a task list or change its visibility.
     *
     * `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}`
     */
    updateTasklist(args: Args<operations["updateTasklist"]>, options?: CallOptions): Promise<Result<Data<operations["updateTasklist"]>>>;
    /**
     * Delete a task list.
     *
     * `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}`
     */
    deleteTasklist(args: Args<operations["deleteTasklist"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTasklist"]>>>;
    /**
     * List the milestones of a project.
     *
     * `GET /api/v3/portal/{portal_id}/projects/{project_id}/milestones`
     */
    listMilestones: {
        (args: Args<operations["listMilestones"]>, options?: CallOptions): Promise<Result<Data<operations["listMilestones"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMilestones"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMilestones"]>, void, undefined>;
    };
    /**
     * Create a milestone with dates, visibility and owner.
     *
     * `POST /api/v3/portal/{portal_id}/projects/{project_id}/milestones`
     */
    createMilestone(args: Args<operations["createMilestone"]>, options?: CallOptions): Promise<Result<Data<operations["createMilestone"]>>>;
    /**
     * Change a milestone's name, dates, visibility or owner.
     *
     * `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}`
     */
    updateMilestone(args: Args<operations["updateMilestone"]>, options?: CallOptions): Promise<Result<Data<operations["updateMilestone"]>>>;
    /**
     * Delete a milestone.
     *
     * `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}`
     */
    deleteMilestone(args: Args<operations["deleteMilestone"]>, options?: CallOptions): Promise<Result<Data<operations["deleteMilestone"]>>>;
    /**
     * List the users of a portal with their zpuids and roles.
     *
     * `GET /api/v3/portal/{portal_id}/users`
     */
    listUsers: {
        (args: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
}

const routes = {
    listPortals: {"method":"GET","path":"/api/v3/portals"},
    listProjects: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getProject: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}"},
    createProject: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects","body":"application/json"},
    updateProject: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}"},
    listTasks: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"tasks"}},
    getTask: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}"},
    createTask: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}"},
    listTaskComments: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments","paging":{"style":"page","pageParam":"page","firstPage":1}},
    addTaskComment: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments","body":"application/json"},
    deleteTaskComment: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments/{comment_id}"},
    listTasklists: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTasklist: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists","body":"application/json"},
    updateTasklist: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}","body":"application/json"},
    deleteTasklist: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}"},
    listMilestones: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createMilestone: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones","body":"application/json"},
    updateMilestone: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}","body":"application/json"},
    deleteMilestone: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}"},
    listUsers: {"method":"GET","path":"/api/v3/portal/{portal_id}/users","paging":{"style":"page","pageParam":"page","firstPage":1}},
} satisfies Record<string, Route>;

/**
 * The Zoho Projects client: `const api = zohoProjects(new Switchboard({ baseUrl, apiKey }))`.
 */
export function zohoProjects(client: Switchboard): ZohoProjectsClient {
    const app = "zoho-projects";
    return {
        listPortals: (args, options) => client.call(app, routes.listPortals, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as ZohoProjectsClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as ZohoProjectsClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listTaskComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTaskComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTaskComments, args, options) }) as ZohoProjectsClient["listTaskComments"],
        addTaskComment: (args, options) => client.call(app, routes.addTaskComment, args, options),
        deleteTaskComment: (args, options) => client.call(app, routes.deleteTaskComment, args, options),
        listTasklists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasklists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasklists, args, options) }) as ZohoProjectsClient["listTasklists"],
        createTasklist: (args, options) => client.call(app, routes.createTasklist, args, options),
        updateTasklist: (args, options) => client.call(app, routes.updateTasklist, args, options),
        deleteTasklist: (args, options) => client.call(app, routes.deleteTasklist, args, options),
        listMilestones: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMilestones, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMilestones, args, options) }) as ZohoProjectsClient["listMilestones"],
        createMilestone: (args, options) => client.call(app, routes.createMilestone, args, options),
        updateMilestone: (args, options) => client.call(app, routes.updateMilestone, args, options),
        deleteMilestone: (args, options) => client.call(app, routes.deleteMilestone, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as ZohoProjectsClient["listUsers"],
    };
}