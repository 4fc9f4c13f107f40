// Generated from providers/ticktick.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/ticktick.js';

/**
 * TickTick through the Switchboard gateway: Projects (lists) and tasks of a TickTick account through the TickTick Open API.
 */
export interface TicktickClient {
    /** List the user's projects (lists). `GET /open/v1/project` */
    listProjects: Call<operations["listProjects"]>;
    /** Read a project together with its open tasks and kanban columns. `GET /open/v1/project/{projectId}/data` */
    getProjectData: Call<operations["getProjectData"]>;
    /** Create a project. `POST /open/v1/project` */
    createProject: Call<operations["createProject"]>;
    /** Delete a project and its tasks. `DELETE /open/v1/project/{projectId}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** Read one task of a project. `GET /open/v1/project/{projectId}/task/{taskId}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task, in the Inbox unless a project id is given. `POST /open/v1/task` */
    createTask: Call<operations["createTask"]>;
    /** Change a task; the body repeats the task id and its project id. `POST /open/v1/task/{taskId}` */
    updateTask: Call<operations["updateTask"]>;
    /** Mark a task completed. `POST /open/v1/project/{projectId}/task/{taskId}/complete` */
    completeTask: Call<operations["completeTask"]>;
    /** Delete a task. `DELETE /open/v1/project/{projectId}/task/{taskId}` */
    deleteTask: Call<operations["deleteTask"]>;
}

const routes: Routes<TicktickClient> = {
    listProjects: {"method":"GET","path":"/open/v1/project"},
    getProjectData: {"method":"GET","path":"/open/v1/project/{projectId}/data"},
    createProject: {"method":"POST","path":"/open/v1/project","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/open/v1/project/{projectId}"},
    getTask: {"method":"GET","path":"/open/v1/project/{projectId}/task/{taskId}"},
    createTask: {"method":"POST","path":"/open/v1/task","body":"application/json"},
    updateTask: {"method":"POST","path":"/open/v1/task/{taskId}","body":"application/json"},
    completeTask: {"method":"POST","path":"/open/v1/project/{projectId}/task/{taskId}/complete"},
    deleteTask: {"method":"DELETE","path":"/open/v1/project/{projectId}/task/{taskId}"},
};

/**
 * The TickTick client: `const api = ticktick(new Switchboard({ baseUrl, apiKey }))`.
 */
export const ticktick = (sb: Switchboard): TicktickClient => bindClient<TicktickClient>(sb, "ticktick", routes);
