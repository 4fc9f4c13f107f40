// Generated from providers/ticktick.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/ticktick.js';

/**
 * TickTick through the Switchboard gateway: Projects (lists) and tasks of a TickTick account through the TickTick Open API.
 */
export interface TicktickClient {
    /**
     * List the user's projects (lists).
     *
     * `GET /open/v1/project`
     */
    listProjects(args?: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
    /**
     * Read a project together with its open tasks and kanban columns.
     *
     * `GET /open/v1/project/{projectId}/data`
     */
    getProjectData(args: Args<operations["getProjectData"]>, options?: CallOptions): Promise<Result<Data<operations["getProjectData"]>>>;
    /**
     * Create a project.
     *
     * `POST /open/v1/project`
     */
    createProject(args: Args<operations["createProject"]>, options?: CallOptions): Promise<Result<Data<operations["createProject"]>>>;
    /**
     * Delete a project and its tasks.
     *
     * `DELETE /open/v1/project/{projectId}`
     */
    deleteProject(args: Args<operations["deleteProject"]>, options?: CallOptions): Promise<Result<Data<operations["deleteProject"]>>>;
    /**
     * Read one task of a project.
     *
     * `GET /open/v1/project/{projectId}/task/{taskId}`
     */
    getTask(args: Args<operations["getTask"]>, options?: CallOptions): Promise<Result<Data<operations["getTask"]>>>;
    /**
     * Create a task, in the Inbox unless a project id is given.
     *
     * `POST /open/v1/task`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task; the body repeats the task id and its project id.
     *
     * `POST /open/v1/task/{taskId}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Mark a task completed.
     *
     * `POST /open/v1/project/{projectId}/task/{taskId}/complete`
     */
    completeTask(args: Args<operations["completeTask"]>, options?: CallOptions): Promise<Result<Data<operations["completeTask"]>>>;
    /**
     * Delete a task.
     *
     * `DELETE /open/v1/project/{projectId}/task/{taskId}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
}

const routes = {
    listProjects: {"method":"GET","path":"/open/v1/project"},
    getProjectData: {"method":"GET","path":"/open/v1/project/{projectId}/data"},
    createProject: {"method":"POST","path":"/open/v1/project","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/open/v1/project/{projectId}"},
    getTask: {"method":"GET","path":"/open/v1/project/{projectId}/task/{taskId}"},
    createTask: {"method":"POST","path":"/open/v1/task","body":"application/json"},
    updateTask: {"method":"POST","path":"/open/v1/task/{taskId}","body":"application/json"},
    completeTask: {"method":"POST","path":"/open/v1/project/{projectId}/task/{taskId}/complete"},
    deleteTask: {"method":"DELETE","path":"/open/v1/project/{projectId}/task/{taskId}"},
} satisfies Record<string, Route>;

/**
 * The TickTick client: `const api = ticktick(new Switchboard({ baseUrl, apiKey }))`.
 */
export function ticktick(client: Switchboard): TicktickClient {
    const app = "ticktick";
    return {
        listProjects: (args, options) => client.call(app, routes.listProjects, args, options),
        getProjectData: (args, options) => client.call(app, routes.getProjectData, args, options),
        createProject: (args, options) => client.call(app, routes.createProject, args, options),
        deleteProject: (args, options) => client.call(app, routes.deleteProject, args, options),
        getTask: (args, options) => client.call(app, routes.getTask, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        completeTask: (args, options) => client.call(app, routes.completeTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
    };
}