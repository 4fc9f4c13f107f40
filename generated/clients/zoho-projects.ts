// Generated from providers/zoho-projects.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/zoho-projects.js';

/**
 * Zoho Projects through the Switchboard gateway: Portals, projects, tasks, task lists, milestones, task comments and users of Zoho Projects (API v3).
 */
export interface ZohoProjectsClient {
    /** List the portals the user belongs to, with their ids. `GET /api/v3/portals` */
    listPortals: Call<operations["listPortals"]>;
    /** List the projects of a portal a page at a time. `GET /api/v3/portal/{portal_id}/projects` */
    listProjects: Paged<operations["listProjects"]>;
    /** Read one project's details, owner, dates and status. `GET /api/v3/portal/{portal_id}/projects/{project_id}` */
    getProject: Call<operations["getProject"]>;
    /** Create a project in a portal. `POST /api/v3/portal/{portal_id}/projects` */
    createProject: Call<operations["createProject"]>;
    /** Change a project's name, description, dates or status. `PATCH /api/v3/portal/{portal_id}/projects/{project_id}` */
    updateProject: Call<operations["updateProject"]>;
    /** Delete a project (it moves to the portal's trash). `DELETE /api/v3/portal/{portal_id}/projects/{project_id}` */
    deleteProject: Call<operations["deleteProject"]>;
    /** List the tasks of a project a page at a time. `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read one task with status, owners, dates and task list. `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}` */
    getTask: Call<operations["getTask"]>;
    /** Create a task in a project. `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change a task's name, priority, dates or status. `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}` */
    updateTask: Call<operations["updateTask"]>;
    /** Delete a task. `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the comments on a task. `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments` */
    listTaskComments: Paged<operations["listTaskComments"]>;
    /** Add a comment to a task (the text goes in `comment`, not `content`). `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments` */
    addTaskComment: Call<operations["addTaskComment"]>;
    /** Delete a comment from a task. `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments/{comment_id}` */
    deleteTaskComment: Call<operations["deleteTaskComment"]>;
    /** List the task lists of a project. `GET /api/v3/portal/{portal_id}/projects/{project_id}/tasklists` */
    listTasklists: Paged<operations["listTasklists"]>;
    /** Create a task list, internal or visible to clients. `POST /api/v3/portal/{portal_id}/projects/{project_id}/tasklists` */
    createTasklist: Call<operations["createTasklist"]>;
    /** Rename a task list or change its visibility. `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}` */
    updateTasklist: Call<operations["updateTasklist"]>;
    /** Delete a task list. `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}` */
    deleteTasklist: Call<operations["deleteTasklist"]>;
    /** List the milestones of a project. `GET /api/v3/portal/{portal_id}/projects/{project_id}/milestones` */
    listMilestones: Paged<operations["listMilestones"]>;
    /** Create a milestone with dates, visibility and owner. `POST /api/v3/portal/{portal_id}/projects/{project_id}/milestones` */
    createMilestone: Call<operations["createMilestone"]>;
    /** Change a milestone's name, dates, visibility or owner. `PATCH /api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}` */
    updateMilestone: Call<operations["updateMilestone"]>;
    /** Delete a milestone. `DELETE /api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}` */
    deleteMilestone: Call<operations["deleteMilestone"]>;
    /** List the users of a portal with their zpuids and roles. `GET /api/v3/portal/{portal_id}/users` */
    listUsers: Paged<operations["listUsers"]>;
}

const routes: Routes<ZohoProjectsClient> = {
    listPortals: {"method":"GET","path":"/api/v3/portals"},
    listProjects: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getProject: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}"},
    createProject: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects","body":"application/json"},
    updateProject: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}","body":"application/json"},
    deleteProject: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}"},
    listTasks: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"tasks"}},
    getTask: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}"},
    createTask: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks","body":"application/json"},
    updateTask: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}"},
    listTaskComments: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments","paging":{"style":"page","pageParam":"page","firstPage":1}},
    addTaskComment: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments","body":"application/json"},
    deleteTaskComment: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasks/{task_id}/comments/{comment_id}"},
    listTasklists: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createTasklist: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists","body":"application/json"},
    updateTasklist: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}","body":"application/json"},
    deleteTasklist: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/tasklists/{tasklist_id}"},
    listMilestones: {"method":"GET","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createMilestone: {"method":"POST","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones","body":"application/json"},
    updateMilestone: {"method":"PATCH","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}","body":"application/json"},
    deleteMilestone: {"method":"DELETE","path":"/api/v3/portal/{portal_id}/projects/{project_id}/milestones/{milestone_id}"},
    listUsers: {"method":"GET","path":"/api/v3/portal/{portal_id}/users","paging":{"style":"page","pageParam":"page","firstPage":1}},
};

/**
 * The Zoho Projects client: `const api = zohoProjects(new Switchboard({ baseUrl, apiKey }))`.
 */
export const zohoProjects = (sb: Switchboard): ZohoProjectsClient => bindClient<ZohoProjectsClient>(sb, "zoho-projects", routes);
