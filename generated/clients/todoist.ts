// Generated from providers/todoist.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/todoist.js';

/**
 * Todoist through the Switchboard gateway: Projects, tasks, sections, labels and comments of a Todoist account through the unified API v1.
 */
export interface TodoistClient {
    /** List the user's active projects. `GET /api/v1/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project. `GET /api/v1/projects/{id}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project, optionally under a parent project. `POST /api/v1/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change a project's name, description, colour, favourite flag or view style. `POST /api/v1/projects/{id}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project with its sections and tasks. `DELETE /api/v1/projects/{id}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** List active tasks, optionally those of one project, section, parent task or label. `GET /api/v1/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** List active tasks matching a Todoist filter query such as today | overdue. `GET /api/v1/tasks/filter` */
    filterTasks: Paged<operations["filterTasks"]>;
    /** Read one task. `GET /api/v1/tasks/{id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task, in the Inbox unless a project, section or parent task is given. `POST /api/v1/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change a task's text, labels, priority, due date or assignee. `POST /api/v1/tasks/{id}` */
    updateTask: Call<operations["updateTask"]>;
    /** Complete a task; a recurring task moves to its next date instead. `POST /api/v1/tasks/{id}/close` */
    closeTask: Call<operations["closeTask"]>;
    /** Mark a completed task as active again. `POST /api/v1/tasks/{id}/reopen` */
    reopenTask: Call<operations["reopenTask"]>;
    /** Delete a task and its subtasks. `DELETE /api/v1/tasks/{id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List sections, optionally only those of one project. `GET /api/v1/sections` */
    listSections: Paged<operations["listSections"]>;
    /** Create a section in a project. `POST /api/v1/sections` */
    createSection: Call<operations["createSection"]>;
    /** Delete a section and the tasks in it. `DELETE /api/v1/sections/{id}` */
    deleteSection: Call<operations["deleteSection"]>;
    /** List the user's personal labels. `GET /api/v1/labels` */
    listLabels: Paged<operations["listLabels"]>;
    /** Create a personal label. `POST /api/v1/labels` */
    createLabel: Call<operations["createLabel"]>;
    /** Delete a personal label and remove it from all tasks. `DELETE /api/v1/labels/{id}` */
    deleteLabel: Call<operations["deleteLabel"]>;
    /** List the comments of one task or one project. `GET /api/v1/comments` */
    listComments: Paged<operations["listComments"]>;
    /** Add a comment to a task or a project. `POST /api/v1/comments` */
    createComment: Call<operations["createComment"]>;
    /** Delete a comment. `DELETE /api/v1/comments/{id}` */
    deleteComment: Call<operations["deleteComment"]>;
}

const routes: Routes<TodoistClient> = {
    listProjects: {"method":"GET","path":"/api/v1/projects","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    getProject: {"method":"GET","path":"/api/v1/projects/{id}"},
    createProject: {"method":"POST","path":"/api/v1/projects","body":"application/json"},
    updateProject: {"method":"POST","path":"/api/v1/projects/{id}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/v1/projects/{id}"},
    listTasks: {"method":"GET","path":"/api/v1/tasks","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    filterTasks: {"method":"GET","path":"/api/v1/tasks/filter","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    getTask: {"method":"GET","path":"/api/v1/tasks/{id}"},
    createTask: {"method":"POST","path":"/api/v1/tasks","body":"application/json"},
    updateTask: {"method":"POST","path":"/api/v1/tasks/{id}","body":"application/json"},
    closeTask: {"method":"POST","path":"/api/v1/tasks/{id}/close"},
    reopenTask: {"method":"POST","path":"/api/v1/tasks/{id}/reopen"},
    deleteTask: {"method":"DELETE","path":"/api/v1/tasks/{id}"},
    listSections: {"method":"GET","path":"/api/v1/sections","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    createSection: {"method":"POST","path":"/api/v1/sections","body":"application/json"},
    deleteSection: {"method":"DELETE","path":"/api/v1/sections/{id}"},
    listLabels: {"method":"GET","path":"/api/v1/labels","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    createLabel: {"method":"POST","path":"/api/v1/labels","body":"application/json"},
    deleteLabel: {"method":"DELETE","path":"/api/v1/labels/{id}"},
    listComments: {"method":"GET","path":"/api/v1/comments","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"next_cursor"}},
    createComment: {"method":"POST","path":"/api/v1/comments","body":"application/json"},
    deleteComment: {"method":"DELETE","path":"/api/v1/comments/{id}"},
};

/**
 * The Todoist client: `const api = todoist(new Switchboard({ baseUrl, apiKey }))`.
 */
export const todoist = (sb: Switchboard): TodoistClient => bindClient<TodoistClient>(sb, "todoist", routes);
