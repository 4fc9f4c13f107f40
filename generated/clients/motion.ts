// Generated from providers/motion.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/motion.js';

/**
 * Motion through the Switchboard gateway: Workspaces, tasks, recurring tasks, projects, comments, users, statuses and schedules in Motion.
 */
export interface MotionClient {
    /**
     * Read the user the API key belongs to.
     *
     * `GET /v1/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the users of a workspace or team.
     *
     * `GET /v1/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * List the workspaces the user belongs to, with their labels and statuses.
     *
     * `GET /v1/workspaces`
     */
    listWorkspaces: {
        (args?: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * List the task statuses defined in a workspace.
     *
     * `GET /v1/statuses`
     */
    listStatuses(args: Args<operations["listStatuses"]>, options?: CallOptions): Promise<Result<Data<operations["listStatuses"]>>>;
    /**
     * List the user's work schedules with their weekly hours and time zone.
     *
     * `GET /v1/schedules`
     */
    listSchedules(args?: Args<operations["listSchedules"]>, options?: CallOptions): Promise<Result<Data<operations["listSchedules"]>>>;
    /**
     * List tasks, filtered by workspace, project, assignee, status, label or name.
     *
     * `GET /v1/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task with its schedule, status, labels and assignees.
     *
     * `GET /v1/tasks/{taskId}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task in a workspace, optionally auto-scheduled onto the assignee's calendar.
     *
     * `POST /v1/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task's fields; only the fields sent are changed.
     *
     * `PATCH /v1/tasks/{taskId}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /v1/tasks/{taskId}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * Move a task to another workspace, optionally assigning it to someone there.
     *
     * `PATCH /v1/tasks/{taskId}/move`
     */
    moveTask(args: Args<operations["moveTask"]>, options?: CallOptions): Promise<Result<Data<operations["moveTask"]>>>;
    /**
     * Move a task to another workspace, in the POST form the reference page shows.
     *
     * `POST /v1/tasks/{taskId}/move`
     * @deprecated
     */
    moveTaskPost(args: Args<operations["moveTaskPost"]>, options?: CallOptions): Promise<Result<Data<operations["moveTaskPost"]>>>;
    /**
     * Remove the assignee from a task.
     *
     * `DELETE /v1/tasks/{taskId}/assignee`
     */
    unassignTask(args: Args<operations["unassignTask"]>, options?: CallOptions): Promise<Result<Data<operations["unassignTask"]>>>;
    /**
     * Remove the assignee from a task, in the form the reference page shows.
     *
     * `POST /v1/tasks/{taskId}/unassign`
     * @deprecated
     */
    unassignTaskPost(args: Args<operations["unassignTaskPost"]>, options?: CallOptions): Promise<Result<Data<operations["unassignTaskPost"]>>>;
    /**
     * List the recurring task templates of a workspace.
     *
     * `GET /v1/recurring-tasks`
     */
    listRecurringTasks: {
        (args: Args<operations["listRecurringTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listRecurringTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRecurringTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecurringTasks"]>, void, undefined>;
    };
    /**
     * Create a recurring task that Motion instantiates on the given frequency.
     *
     * `POST /v1/recurring-tasks`
     */
    createRecurringTask(args: Args<operations["createRecurringTask"]>, options?: CallOptions): Promise<Result<Data<operations["createRecurringTask"]>>>;
    /**
     * Delete a recurring task template.
     *
     * `DELETE /v1/recurring-tasks/{recurringTaskId}`
     */
    deleteRecurringTask(args: Args<operations["deleteRecurringTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteRecurringTask"]>>>;
    /**
     * List the projects of a workspace.
     *
     * `GET /v1/projects`
     */
    listProjects: {
        (args: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project.
     *
     * `GET /v1/projects/{projectId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project in a workspace.
     *
     * `POST /v1/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * List the comments on a task.
     *
     * `GET /v1/comments`
     */
    listComments: {
        (args: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComments"]>, void, undefined>;
    };
    /**
     * Add a comment to a task.
     *
     * `POST /v1/comments`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/v1/users/me"},
    listUsers: {"method":"GET","path":"/v1/users","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    listWorkspaces: {"method":"GET","path":"/v1/workspaces","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    listStatuses: {"method":"GET","path":"/v1/statuses"},
    listSchedules: {"method":"GET","path":"/v1/schedules"},
    listTasks: {"method":"GET","path":"/v1/tasks","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    getTask: {"method":"GET","path":"/v1/tasks/{taskId}"},
    createTask: {"method":"POST","path":"/v1/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/v1/tasks/{taskId}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/v1/tasks/{taskId}"},
    moveTask: {"method":"PATCH","path":"/v1/tasks/{taskId}/move","body":"application/json"},
    moveTaskPost: {"method":"POST","path":"/v1/tasks/{taskId}/move","body":"application/json"},
    unassignTask: {"method":"DELETE","path":"/v1/tasks/{taskId}/assignee"},
    unassignTaskPost: {"method":"POST","path":"/v1/tasks/{taskId}/unassign"},
    listRecurringTasks: {"method":"GET","path":"/v1/recurring-tasks","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    createRecurringTask: {"method":"POST","path":"/v1/recurring-tasks","body":"application/json"},
    deleteRecurringTask: {"method":"DELETE","path":"/v1/recurring-tasks/{recurringTaskId}"},
    listProjects: {"method":"GET","path":"/v1/projects","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    getProject: {"method":"GET","path":"/v1/projects/{projectId}"},
    createProject: {"method":"POST","path":"/v1/projects","body":"application/json"},
    listComments: {"method":"GET","path":"/v1/comments","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    createComment: {"method":"POST","path":"/v1/comments","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Motion client: `const api = motion(new Switchboard({ baseUrl, apiKey }))`.
 */
export function motion(client: Switchboard): MotionClient {
    const app = "motion";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as MotionClient["listUsers"],
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as MotionClient["listWorkspaces"],
        listStatuses: (args, options) => client.call(app, routes.listStatuses, args, options),
        listSchedules: (args, options) => client.call(app, routes.listSchedules, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as MotionClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        moveTask: (args, options) => client.call(app, routes.moveTask, args, options),
        moveTaskPost: (args, options) => client.call(app, routes.moveTaskPost, args, options),
        unassignTask: (args, options) => client.call(app, routes.unassignTask, args, options),
        unassignTaskPost: (args, options) => client.call(app, routes.unassignTaskPost, args, options),
        listRecurringTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecurringTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecurringTasks, args, options) }) as MotionClient["listRecurringTasks"],
        createRecurringTask: (args, options) => client.call(app, routes.createRecurringTask, args, options),
        deleteRecurringTask: (args, options) => client.call(app, routes.deleteRecurringTask, args, options),
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as MotionClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        listComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComments, args, options) }) as MotionClient["listComments"],
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
    };
}