// Generated from providers/google-tasks.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-tasks.js';

/**
 * Google Tasks through the Switchboard gateway: Task lists and tasks of a Google account, including subtasks, due dates, completion and ordering.
 */
export interface GoogleTasksClient {
    /**
     * List the user's task lists a page at a time.
     *
     * `GET /tasks/v1/users/@me/lists`
     */
    listTaskLists: {
        (args?: Args<operations["listTaskLists"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTaskLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTaskLists"]>, void, undefined>;
    };
    /**
     * Read one task list.
     *
     * `GET /tasks/v1/users/@me/lists/{tasklistId}`
     */
    getTaskList(args: Args<operations["getTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["getTaskList"]>>>;
    /**
     * Create a task list with a title.
     *
     * `POST /tasks/v1/users/@me/lists`
     */
    createTaskList(args: Args<operations["createTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["createTaskList"]>>>;
    /**
     * Rename a task list.
     *
     * `PATCH /tasks/v1/users/@me/lists/{tasklistId}`
     */
    updateTaskList(args: Args<operations["updateTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["updateTaskList"]>>>;
    /**
     * Delete a task list together with all its tasks.
     *
     * `DELETE /tasks/v1/users/@me/lists/{tasklistId}`
     */
    deleteTaskList(args: Args<operations["deleteTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTaskList"]>>>;
    /**
     * List the tasks of a list, optionally within due, completion or update date windows.
     *
     * `GET /tasks/v1/lists/{tasklistId}/tasks`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task.
     *
     * `GET /tasks/v1/lists/{tasklistId}/tasks/{taskId}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Add a task to a list, optionally as a subtask or after a given sibling.
     *
     * `POST /tasks/v1/lists/{tasklistId}/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change some fields of a task, such as its title or status.
     *
     * `PATCH /tasks/v1/lists/{tasklistId}/tasks/{taskId}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Overwrite a task as a whole; fields left out are cleared.
     *
     * `PUT /tasks/v1/lists/{tasklistId}/tasks/{taskId}`
     */
    replaceTask(args: Args<operations["replaceTask"]>, options?: CallOptions): Promise<Result<Data<operations["replaceTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /tasks/v1/lists/{tasklistId}/tasks/{taskId}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * Reorder a task, nest it under another task, or move it to a different list.
     *
     * `POST /tasks/v1/lists/{tasklistId}/tasks/{taskId}/move`
     */
    moveTask(args: Args<operations["moveTask"]>, options?: CallOptions): Promise<Result<Data<operations["moveTask"]>>>;
    /**
     * Hide every completed task of a list from the default view.
     *
     * `POST /tasks/v1/lists/{tasklistId}/clear`
     */
    clearTasks(args: Args<operations["clearTasks"]>, options?: CallOptions): Promise<Result<Data<operations["clearTasks"]>>>;
}

const routes = {
    listTaskLists: {"method":"GET","path":"/tasks/v1/users/@me/lists","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getTaskList: {"method":"GET","path":"/tasks/v1/users/@me/lists/{tasklistId}"},
    createTaskList: {"method":"POST","path":"/tasks/v1/users/@me/lists","body":"application/json"},
    updateTaskList: {"method":"PATCH","path":"/tasks/v1/users/@me/lists/{tasklistId}","body":"application/json"},
    deleteTaskList: {"method":"DELETE","path":"/tasks/v1/users/@me/lists/{tasklistId}"},
    listTasks: {"method":"GET","path":"/tasks/v1/lists/{tasklistId}/tasks","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getTask: {"method":"GET","path":"/tasks/v1/lists/{tasklistId}/tasks/{taskId}"},
    createTask: {"method":"POST","path":"/tasks/v1/lists/{tasklistId}/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/tasks/v1/lists/{tasklistId}/tasks/{taskId}","body":"application/json"},
    replaceTask: {"method":"PUT","path":"/tasks/v1/lists/{tasklistId}/tasks/{taskId}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/tasks/v1/lists/{tasklistId}/tasks/{taskId}"},
    moveTask: {"method":"POST","path":"/tasks/v1/lists/{tasklistId}/tasks/{taskId}/move"},
    clearTasks: {"method":"POST","path":"/tasks/v1/lists/{tasklistId}/clear"},
} satisfies Record<string, Route>;

/**
 * The Google Tasks client: `const api = googleTasks(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleTasks(client: Switchboard): GoogleTasksClient {
    const app = "google-tasks";
    return {
        listTaskLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTaskLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTaskLists, args, options) }) as GoogleTasksClient["listTaskLists"],
        getTaskList: (args, options) => client.call(app, routes.getTaskList, args, options),
        createTaskList: (args, options) => client.call(app, routes.createTaskList, args, options),
        updateTaskList: (args, options) => client.call(app, routes.updateTaskList, args, options),
        deleteTaskList: (args, options) => client.call(app, routes.deleteTaskList, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as GoogleTasksClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        replaceTask: (args, options) => client.call(app, routes.replaceTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        moveTask: (args, options) => client.call(app, routes.moveTask, args, options),
        clearTasks: (args, options) => client.call(app, routes.clearTasks, args, options),
    };
}