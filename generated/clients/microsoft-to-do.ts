// Generated from providers/microsoft-to-do.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/microsoft-to-do.js';

/**
 * Microsoft To Do through the Switchboard gateway: Task lists, tasks, checklist steps and linked resources of the signed-in user's Microsoft To Do, through Microsoft Graph.
 */
export interface MicrosoftToDoClient {
    /** List the signed-in user's task lists, including the built-in ones. `GET /v1.0/me/todo/lists` */
    listTaskLists: Paged<operations["listTaskLists"]>;
    /** Read one task list. `GET /v1.0/me/todo/lists/{todoTaskListId}` */
    getTaskList: Call<operations["getTaskList"]>;
    /** Create a new task list. `POST /v1.0/me/todo/lists` */
    createTaskList: Call<operations["createTaskList"]>;
    /** Rename a task list. `PATCH /v1.0/me/todo/lists/{todoTaskListId}` */
    updateTaskList: Call<operations["updateTaskList"]>;
    /** Delete a task list together with its tasks. `DELETE /v1.0/me/todo/lists/{todoTaskListId}` */
    deleteTaskList: Call<operations["deleteTaskList"]>;
    /** List the tasks in a task list, optionally filtered and sorted. `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task with its dates, status and notes. `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}` */
    getTask: Call<operations["getTask"]>;
    /** Add a task to a list, with optional due date, reminder, importance and notes. `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change some fields of a task, for example to mark it completed. `PATCH /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}` */
    updateTask: Call<operations["updateTask"]>;
    /** Delete a task. `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the steps (checklist items) of a task. `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems` */
    listChecklistItems: Call<operations["listChecklistItems"]>;
    /** Add a step to a task. `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems` */
    createChecklistItem: Call<operations["createChecklistItem"]>;
    /** Tick, untick or rename a step of a task. `PATCH /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}` */
    updateChecklistItem: Call<operations["updateChecklistItem"]>;
    /** Remove a step from a task. `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/checklistItems/{checklistItemId}` */
    deleteChecklistItem: Call<operations["deleteChecklistItem"]>;
    /** List the links from a task back to items in other apps. `GET /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources` */
    listLinkedResources: Call<operations["listLinkedResources"]>;
    /** Attach a link to an item in another app (the task's origin) to a task. `POST /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources` */
    createLinkedResource: Call<operations["createLinkedResource"]>;
    /** Remove a linked resource from a task. `DELETE /v1.0/me/todo/lists/{todoTaskListId}/tasks/{taskId}/linkedResources/{linkedResourceId}` */
    deleteLinkedResource: Call<operations["deleteLinkedResource"]>;
}

const routes: Routes<MicrosoftToDoClient> = {
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
};

/**
 * The Microsoft To Do client: `const api = microsoftToDo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const microsoftToDo = (sb: Switchboard): MicrosoftToDoClient => bindClient<MicrosoftToDoClient>(sb, "microsoft-to-do", routes);
