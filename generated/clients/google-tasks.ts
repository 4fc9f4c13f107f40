// Generated from providers/google-tasks.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-tasks.js';

/**
 * Google Tasks through the Switchboard gateway: Task lists and tasks of a Google account, including subtasks, due dates, completion and ordering.
 */
export interface GoogleTasksClient {
    /** List the user's task lists a page at a time. `GET /tasks/v1/users/@me/lists` */
    listTaskLists: Paged<operations["listTaskLists"]>;
    /** Read one task list. `GET /tasks/v1/users/@me/lists/{tasklistId}` */
    getTaskList: Call<operations["getTaskList"]>;
    /** Create a task list with a title. `POST /tasks/v1/users/@me/lists` */
    createTaskList: Call<operations["createTaskList"]>;
    /** Rename a task list. `PATCH /tasks/v1/users/@me/lists/{tasklistId}` */
    updateTaskList: Call<operations["updateTaskList"]>;
    /** Delete a task list together with all its tasks. `DELETE /tasks/v1/users/@me/lists/{tasklistId}` */
    deleteTaskList: Call<operations["deleteTaskList"]>;
    /** List the tasks of a list, optionally within due, completion or update date windows. `GET /tasks/v1/lists/{tasklistId}/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task. `GET /tasks/v1/lists/{tasklistId}/tasks/{taskId}` */
    getTask: Call<operations["getTask"]>;
    /** Add a task to a list, optionally as a subtask or after a given sibling. `POST /tasks/v1/lists/{tasklistId}/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change some fields of a task, such as its title or status. `PATCH /tasks/v1/lists/{tasklistId}/tasks/{taskId}` */
    updateTask: Call<operations["updateTask"]>;
    /** Overwrite a task as a whole; fields left out are cleared. `PUT /tasks/v1/lists/{tasklistId}/tasks/{taskId}` */
    replaceTask: Call<operations["replaceTask"]>;
    /** Delete a task. `DELETE /tasks/v1/lists/{tasklistId}/tasks/{taskId}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** Reorder a task, nest it under another task, or move it to a different list. `POST /tasks/v1/lists/{tasklistId}/tasks/{taskId}/move` */
    moveTask: Call<operations["moveTask"]>;
    /** Hide every completed task of a list from the default view. `POST /tasks/v1/lists/{tasklistId}/clear` */
    clearTasks: Call<operations["clearTasks"]>;
}

const routes: Routes<GoogleTasksClient> = {
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
};

/**
 * The Google Tasks client: `const api = googleTasks(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleTasks = (sb: Switchboard): GoogleTasksClient => bindClient<GoogleTasksClient>(sb, "google-tasks", routes);
