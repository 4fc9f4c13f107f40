// Generated from providers/manus.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/manus.js';

/**
 * Manus through the Switchboard gateway: The Manus autonomous agent over its v1 API, covering tasks, projects with shared instructions, file attachments and completion webhooks.
 */
export interface ManusClient {
    /**
     * List the account's projects.
     *
     * `GET /v1/projects`
     */
    listProjects(args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
    /**
     * Create a project whose instructions apply to every task run in it.
     *
     * `POST /v1/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * List tasks a page at a time, with search and status filters.
     *
     * `GET /v1/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read a task's status, messages and output files.
     *
     * `GET /v1/tasks/{task_id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Hand Manus a prompt to work on as a new task.
     *
     * `POST /v1/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /v1/tasks/{task_id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the ten most recently uploaded files.
     *
     * `GET /v1/files`
     */
    listFiles(args?: Args<operations["listFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listFiles"]>>>;
    /**
     * Read a file's name and upload status.
     *
     * `GET /v1/files/{file_id}`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
    /**
     * Register a file and get a short-lived URL to PUT its content to.
     *
     * `POST /v1/files`
     */
    createFile(args: Args<operations["createFile"]>, options?: CallOptions): Promise<Result<Data<operations["createFile"]>>>;
    /**
     * Delete an uploaded file.
     *
     * `DELETE /v1/files/{file_id}`
     */
    deleteFile(args: Args<operations["deleteFile"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFile"]>>>;
    /**
     * Register a URL that Manus calls when tasks are created, progress or stop.
     *
     * `POST /v1/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Remove a webhook.
     *
     * `DELETE /v1/webhooks/{webhook_id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
    listProjects: {"method":"GET","path":"/v1/projects"},
    createProject: {"method":"POST","path":"/v1/projects","body":"application/json"},
    listTasks: {"method":"GET","path":"/v1/tasks","paging":{"style":"cursor","cursorParam":"after","nextCursor":"last_id","hasMore":"has_more"}},
    getTask: {"method":"GET","path":"/v1/tasks/{task_id}"},
    createTask: {"method":"POST","path":"/v1/tasks","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/v1/tasks/{task_id}"},
    listFiles: {"method":"GET","path":"/v1/files"},
    getFile: {"method":"GET","path":"/v1/files/{file_id}"},
    createFile: {"method":"POST","path":"/v1/files","body":"application/json"},
    deleteFile: {"method":"DELETE","path":"/v1/files/{file_id}"},
    createWebhook: {"method":"POST","path":"/v1/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/v1/webhooks/{webhook_id}"},
} satisfies Record<string, Route>;

/**
 * The Manus client: `const api = manus(new Switchboard({ baseUrl, apiKey }))`.
 */
export function manus(client: Switchboard): ManusClient {
    const app = "manus";
    return {
        listProjects: (args, options) => client.call(app, routes.listProjects, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as ManusClient["listTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listFiles: (args, options) => client.call(app, routes.listFiles, args, options),
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
        createFile: (args, options) => client.call(app, routes.createFile, args, options),
        deleteFile: (args, options) => client.call(app, routes.deleteFile, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}