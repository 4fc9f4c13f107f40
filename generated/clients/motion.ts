// Generated from providers/motion.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/motion.js';

/**
 * Motion through the Switchboard gateway: Workspaces, tasks, recurring tasks, projects, comments, users, statuses and schedules in Motion.
 */
export interface MotionClient {
    /** Read the user the API key belongs to. `GET /v1/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the users of a workspace or team. `GET /v1/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** List the workspaces the user belongs to, with their labels and statuses. `GET /v1/workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** List the task statuses defined in a workspace. `GET /v1/statuses` */
    listStatuses: Call<operations["listStatuses"]>;
    /** List the user's work schedules with their weekly hours and time zone. `GET /v1/schedules` */
    listSchedules: Call<operations["listSchedules"]>;
    /** List tasks, filtered by workspace, project, assignee, status, label or name. `GET /v1/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task with its schedule, status, labels and assignees. `GET /v1/tasks/{taskId}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task in a workspace, optionally auto-scheduled onto the assignee's calendar. `POST /v1/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change a task's fields; only the fields sent are changed. `PATCH /v1/tasks/{taskId}` */
    updateTask: Call<operations["updateTask"]>;
    /** Delete a task. `DELETE /v1/tasks/{taskId}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** Move a task to another workspace, optionally assigning it to someone there. `PATCH /v1/tasks/{taskId}/move` */
    moveTask: Call<operations["moveTask"]>;
    /**
     * Move a task to another workspace, in the POST form the reference page shows. `POST /v1/tasks/{taskId}/move`
     * @deprecated
     */
    moveTaskPost: Call<operations["moveTaskPost"]>;
    /** Remove the assignee from a task. `DELETE /v1/tasks/{taskId}/assignee` */
    unassignTask: Call<operations["unassignTask"]>;
    /**
     * Remove the assignee from a task, in the form the reference page shows. `POST /v1/tasks/{taskId}/unassign`
     * @deprecated
     */
    unassignTaskPost: Call<operations["unassignTaskPost"]>;
    /** List the recurring task templates of a workspace. `GET /v1/recurring-tasks` */
    listRecurringTasks: Paged<operations["listRecurringTasks"]>;
    /** Create a recurring task that Motion instantiates on the given frequency. `POST /v1/recurring-tasks` */
    createRecurringTask: Call<operations["createRecurringTask"]>;
    /** Delete a recurring task template. `DELETE /v1/recurring-tasks/{recurringTaskId}` */
    deleteRecurringTask: Call<operations["deleteRecurringTask"]>;
    /** List the projects of a workspace. `GET /v1/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project. `GET /v1/projects/{projectId}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project in a workspace. `POST /v1/projects` */
    createProject: Call<operations["createProject"]>;
    /** List the comments on a task. `GET /v1/comments` */
    listComments: Paged<operations["listComments"]>;
    /** Add a comment to a task. `POST /v1/comments` */
    createComment: Call<operations["createComment"]>;
}

const routes: Routes<MotionClient> = {
    getCurrentUser: {"method":"GET","path":"/v1/users/me"},
    listUsers: {"method":"GET","path":"/v1/users","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    listWorkspaces: {"method":"GET","path":"/v1/workspaces","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    listStatuses: {"method":"GET","path":"/v1/statuses"},
    listSchedules: {"method":"GET","path":"/v1/schedules"},
    listTasks: {"method":"GET","path":"/v1/tasks","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    getTask: {"method":"GET","path":"/v1/tasks/{taskId}"},
    createTask: {"method":"POST","path":"/v1/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/v1/tasks/{taskId}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/v1/tasks/{taskId}"},
    moveTask: {"method":"PATCH","path":"/v1/tasks/{taskId}/move","body":"application/json"},
    moveTaskPost: {"method":"POST","path":"/v1/tasks/{taskId}/move","body":"application/json"},
    unassignTask: {"method":"DELETE","path":"/v1/tasks/{taskId}/assignee"},
    unassignTaskPost: {"method":"POST","path":"/v1/tasks/{taskId}/unassign"},
    listRecurringTasks: {"method":"GET","path":"/v1/recurring-tasks","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    createRecurringTask: {"method":"POST","path":"/v1/recurring-tasks","body":"application/json"},
    deleteRecurringTask: {"method":"DELETE","path":"/v1/recurring-tasks/{recurringTaskId}"},
    listProjects: {"method":"GET","path":"/v1/projects","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    getProject: {"method":"GET","path":"/v1/projects/{projectId}"},
    createProject: {"method":"POST","path":"/v1/projects","body":"application/json"},
    listComments: {"method":"GET","path":"/v1/comments","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.nextCursor"}},
    createComment: {"method":"POST","path":"/v1/comments","body":"application/json"},
};

/**
 * The Motion client: `const api = motion(new Switchboard({ baseUrl, apiKey }))`.
 */
export const motion = (sb: Switchboard): MotionClient => bindClient<MotionClient>(sb, "motion", routes);
