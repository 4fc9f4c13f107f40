// Generated from providers/todoist.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/todoist.js';

/**
 * Todoist through the Switchboard gateway: Projects, tasks, sections, labels and comments of a Todoist account through the unified API v1.
 */
export interface TodoistClient {
    /**
     * List the user's active projects.
     *
     * `GET /api/v1/projects`
     */
    listProjects: {
        (args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listProjects"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProjects"]>, void, undefined>;
    };
    /**
     * Read one project.
     *
     * `GET /api/v1/projects/{id}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Create a project, optionally under a parent project.
     *
     * `POST /api/v1/projects`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Change a project's name, description, colour, favourite flag or view style.
     *
     * `POST /api/v1/projects/{id}`
     */
    updateProject(args: Args<operations["updateProject"]>, options?: CallOptions): Promise<Result<Data<operations["updateProject"]>>>;
    /**
     * Delete a project with its sections and tasks.
     *
     * `DELETE /api/v1/projects/{id}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * List active tasks, optionally those of one project, section, parent task or label.
     *
     * `GET /api/v1/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * List active tasks matching a Todoist filter query such as today | overdue.
     *
     * `GET /api/v1/tasks/filter`
     */
    filterTasks: {
        (args: Args<operations["filterTasks"]>, options?: CallOptions): Promise<Result<Data<operations["filterTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["filterTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["filterTasks"]>, void, undefined>;
    };
    /**
     * Read one task.
     *
     * `GET /api/v1/tasks/{id}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task, in the Inbox unless a project, section or parent task is given.
     *
     * `POST /api/v1/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task's text, labels, priority, due date or assignee.
     *
     * `POST /api/v1/tasks/{id}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Complete a task; a recurring task moves to its next date instead.
     *
     * `POST /api/v1/tasks/{id}/close`
     */
    closeTask(args: Args<operations["closeTask"]>, options?: CallOptions): Promise<Result<Data<operations["closeTask"]>>>;
    /**
     * Mark a completed task as active again.
     *
     * `POST /api/v1/tasks/{id}/reopen`
     */
    reopenTask(args: Args<operations["reopenTask"]>, options?: CallOptions): Promise<Result<Data<operations["reopenTask"]>>>;
    /**
     * Delete a task and its subtasks.
     *
     * `DELETE /api/v1/tasks/{id}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List sections, optionally only those of one project.
     *
     * `GET /api/v1/sections`
     */
    listSections: {
        (args?: Args<operations["listSections"]>, options?: CallOptions): Promise<Result<Data<operations["listSections"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSections"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSections"]>, void, undefined>;
    };
    /**
     * Create a section in a project.
     *
     * `POST /api/v1/sections`
     */
    createSection(args: Args<operations["createSection"]>, options?: CallOptions): Promise<Result<Data<operations["createSection"]>>>;
    /**
     * Delete a section and the tasks in it.
     *
     * `DELETE /api/v1/sections/{id}`
     */
    deleteSection(args: Args<operations["deleteSection"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSection"]>>>;
    /**
     * List the user's personal labels.
     *
     * `GET /api/v1/labels`
     */
    listLabels: {
        (args?: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLabels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLabels"]>, void, undefined>;
    };
    /**
     * Create a personal label.
     *
     * `POST /api/v1/labels`
     */
    createLabel(args: Args<operations["createLabel"]>, options?: CallOptions): Promise<Result<Data<operations["createLabel"]>>>;
    /**
     * Delete a personal label and remove it from all tasks.
     *
     * `DELETE /api/v1/labels/{id}`
     */
    deleteLabel(args: Args<operations["deleteLabel"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLabel"]>>>;
    /**
     * List the comments of one task or one project.
     *
     * `GET /api/v1/comments`
     */
    listComments: {
        (args?: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComments"]>, void, undefined>;
    };
    /**
     * Add a comment to a task or a project.
     *
     * `POST /api/v1/comments`
     */
    createComment(args: Args<operations["createComment"]>, options?: CallOptions): Promise<Result<Data<operations["createComment"]>>>;
    /**
     * Delete a comment.
     *
     * `DELETE /api/v1/comments/{id}`
     */
    deleteComment(args: Args<operations["deleteComment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteComment"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Todoist client: `const api = todoist(new Switchboard({ baseUrl, apiKey }))`.
 */
export function todoist(client: Switchboard): TodoistClient {
    const app = "todoist";
    return {
        listProjects: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProjects, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProjects, args, options) }) as TodoistClient["listProjects"],
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        updateProject: (args, options) => client.call(app, routes.updateProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as TodoistClient["listTasks"],
        filterTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.filterTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.filterTasks, args, options) }) as TodoistClient["filterTasks"],
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        closeTask: (args, options) => client.call(app, routes.closeTask, args, options),
        reopenTask: (args, options) => client.call(app, routes.reopenTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listSections: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSections, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSections, args, options) }) as TodoistClient["listSections"],
        createSection: (args, options) => client.call(app, routes.createSection, args, options),
        deleteSection: (args, options) => client.call(app, routes.deleteSection, args, options),
        listLabels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLabels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLabels, args, options) }) as TodoistClient["listLabels"],
        createLabel: (args, options) => client.call(app, routes.createLabel, args, options),
        deleteLabel: (args, options) => client.call(app, routes.deleteLabel, args, options),
        listComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComments, args, options) }) as TodoistClient["listComments"],
        createComment: (args, options) => client.call(app, routes.createComment, args, options),
        deleteComment: (args, options) => client.call(app, routes.deleteComment, args, options),
    };
}