// Generated from providers/microsoft-to-do.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-to-do.js';

/**
 * Microsoft To Do through the Switchboard gateway: Task lists, tasks, checklist steps and linked resources of the signed-in user's Microsoft To Do, through Microsoft Graph.
 */
export interface MicrosoftToDoClient {
    /**
     * List the signed-in user's task lists, including the built-in ones.
     *
     * `GET /v1.0/me/todo/lists`
     */
    listTaskLists: {
        (args?: Args<operations["listTaskLists"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTaskLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTaskLists"]>, void, undefined>;
    };
    /**
     * Read one task list.
     *
     * `GET /v1.0/me/todo/lists/{todoTaskListId}`
     */
    getTaskList(args: Args<operations["getTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["getTaskList"]>>>;
    /**
     * Create a new task list.
     *
     * `POST /v1.0/me/todo/lists`
     */
    createTaskList(args: Args<operations["createTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["createTaskList"]>>>;
    /**
     * Rename a task list.
     *
     * `PATCH /v1.0/me/todo/lists/{todoTaskListId}`
     */
    updateTaskList(args: Args<operations["updateTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["updateTaskList"]>>>;
    /**
     * Delete a task list together with its tasks.
     *
     * `DELETE /v1.0/me/todo/lists/{todoTaskListId}`
     */
    deleteTaskList(args: Args<operations["deleteTaskList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTaskList"]>>>;
    /**
     * List the tasks in a task list, optionally filtered and sorted.
     *
     * `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read one task with its dates, status and notes.
     *
     * `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Add a task to a list, with optional due date, reminder, importance and notes.
     *
     * `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change some fields of a task, for example to mark it completed.
     *
     * `PATCH /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the steps (checklist items) of a task.
     *
     * `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems`
     */
    listChecklistItems(args: Args<operations["listChecklistItems"]>, options?: CallOptions): Promise<Result<Data<operations["listChecklistItems"]>>>;
    /**
     * Add a step to a task.
     *
     * `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems`
     */
    createChecklistItem(args: Args<operations["createChecklistItem"]>, options?: CallOptions): Promise<Result<Data<operations["createChecklistItem"]>>>;
    /**
     * Tick, untick or rename a step of a task.
     *
     * `PATCH /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}`
     */
    updateChecklistItem(args: Args<operations["updateChecklistItem"]>, options?: CallOptions): Promise<Result<Data<operations["updateChecklistItem"]>>>;
    /**
     * Remove a step from a task.
     *
     * `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}`
     */
    deleteChecklistItem(args: Args<operations["deleteChecklistItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteChecklistItem"]>>>;
    /**
     * List the links from a task back to items in other apps.
     *
     * `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources`
     */
    listLinkedResources(args: Args<operations["listLinkedResources"]>, options?: CallOptions): Promise<Result<Data<operations["listLinkedResources"]>>>;
    /**
     * Attach a link to an item in another app (the task's origin) to a task.
     *
     * `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources`
     */
    createLinkedResource(args: Args<operations["createLinkedResource"]>, options?: CallOptions): Promise<Result<Data<operations["createLinkedResource"]>>>;
    /**
     * Remove a linked resource from a task.
     *
     * `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources/{linkedResourceId}`
     */
    deleteLinkedResource(args: Args<operations["deleteLinkedResource"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLinkedResource"]>>>;
}

const routes = {
    listTaskLists: {"method":"GET","path":"/v1.0/me/todo/lists","paging":{"style":"link"}},
    getTaskList: {"method":"GET","path":"/v1.0/me/todo/lists/{todoTaskListId}"},
    createTaskList: {"method":"POST","path":"/v1.0/me/todo/lists","body":"application/json"},
    updateTaskList: {"method":"PATCH","path":"/v1.0/me/todo/lists/{todoTaskListId}","body":"application/json"},
    deleteTaskList: {"method":"DELETE","path":"/v1.0/me/todo/lists/{todoTaskListId}"},
    listTasks: {"method":"GET","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks","paging":{"style":"link"}},
    getTask: {"method":"GET","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}"},
    createTask: {"method":"POST","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}"},
    listChecklistItems: {"method":"GET","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems"},
    createChecklistItem: {"method":"POST","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems","body":"application/json"},
    updateChecklistItem: {"method":"PATCH","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}","body":"application/json"},
    deleteChecklistItem: {"method":"DELETE","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}"},
    listLinkedResources: {"method":"GET","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources"},
    createLinkedResource: {"method":"POST","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources","body":"application/json"},
    deleteLinkedResource: {"method":"DELETE","path":"/v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources/{linkedResourceId}"},
} satisfies Record<string, Route>;

/**
 * The Microsoft To Do client: `const api = microsoftToDo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function microsoftToDo(client: Switchboard): MicrosoftToDoClient {
    const app = "microsoft-to-do";
    return {
        listTaskLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTaskLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTaskLists, args, options) }) as MicrosoftToDoClient["listTaskLists"],
        getTaskList: (args, options) => client.call(app, routes.getTaskList, args, options),
        createTaskList: (args, options) => client.call(app, routes.createTaskList, args, options),
        updateTaskList: (args, options) => client.call(app, routes.updateTaskList, args, options),
        deleteTaskList: (args, options) => client.call(app, routes.deleteTaskList, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as MicrosoftToDoClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listChecklistItems: (args, options) => client.call(app, routes.listChecklistItems, args, options),
        createChecklistItem: (args, options) => client.call(app, routes.createChecklistItem, args, options),
        updateChecklistItem: (args, options) => client.call(app, routes.updateChecklistItem, args, options),
        deleteChecklistItem: (args, options) => client.call(app, routes.deleteChecklistItem, args, options),
        listLinkedResources: (args, options) => client.call(app, routes.listLinkedResources, args, options),
        createLinkedResource: (args, options) => client.call(app, routes.createLinkedResource, args, options),
        deleteLinkedResource: (args, options) => client.call(app, routes.deleteLinkedResource, args, options),
    };
}