// Generated from providers/manus.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/manus.js';

/**
 * Manus through the Switchboard gateway: The Manus autonomous agent over its v1 API, covering tasks, projects with shared instructions, file attachments and completion webhooks.
 */
export interface ManusClient {
    /** List the account's projects. `GET /v1/projects` */
    listProjects: Call<operations["listProjects"]>;
    /** Create a project whose instructions apply to every task run in it. `POST /v1/projects` */
    createProject: Call<operations["createProject"]>;
    /** List tasks a page at a time, with search and status filters. `GET /v1/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read a task's status, messages and output files. `GET /v1/tasks/{task_id}` */
    getTask: Call<operations["getTask"]>;
    /** Hand Manus a prompt to work on as a new task. `POST /v1/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Delete a task. `DELETE /v1/tasks/{task_id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the ten most recently uploaded files. `GET /v1/files` */
    listFiles: Call<operations["listFiles"]>;
    /** Read a file's name and upload status. `GET /v1/files/{file_id}` */
    getFile: Call<operations["getFile"]>;
    /** Register a file and get a short-lived URL to PUT its content to. `POST /v1/files` */
    createFile: Call<operations["createFile"]>;
    /** Delete an uploaded file. `DELETE /v1/files/{file_id}` */
    deleteFile: Call<operations["deleteFile"]>;
    /** Register a URL that Manus calls when tasks are created, progress or stop. `POST /v1/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Remove a webhook. `DELETE /v1/webhooks/{webhook_id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<ManusClient> = {
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
};

/**
 * The Manus client: `const api = manus(new Switchboard({ baseUrl, apiKey }))`.
 */
export const manus = (sb: Switchboard): ManusClient => bindClient<ManusClient>(sb, "manus", routes);
