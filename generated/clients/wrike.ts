// Generated from providers/wrike.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wrike.js';

/**
 * Wrike through the Switchboard gateway: Spaces, folders, projects, tasks, comments, attachments, timelogs, workflows and account administration in Wrike.
 */
export interface WrikeClient {
    /** List the spaces the user can see. `GET /api/v4/spaces` */
    listSpaces: Call<operations["listSpaces"]>;
    /** Read one space. `GET /api/v4/spaces/{spaceId}` */
    getSpace: Call<operations["getSpace"]>;
    /** List the whole folder and project tree the user can see, with child ids. `GET /api/v4/folders` */
    getFolderTree: Paged<operations["getFolderTree"]>;
    /** List the folder and project tree of one space. `GET /api/v4/spaces/{spaceId}/folders` */
    listSpaceFolders: Paged<operations["listSpaceFolders"]>;
    /** Read folders or projects in full; several ids may be joined with commas. `GET /api/v4/folders/{folderId}` */
    getFolders: Call<operations["getFolders"]>;
    /** Create a folder, or a project when a project block is given, inside a parent folder. `POST /api/v4/folders/{parentFolderId}/folders` */
    createFolder: Call<operations["createFolder"]>;
    /** Search tasks across the account by status, importance, dates, people and custom fields. `GET /api/v4/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** List the tasks of a folder or project, with the same filters as the account-wide search. `GET /api/v4/folders/{folderId}/tasks` */
    listFolderTasks: Paged<operations["listFolderTasks"]>;
    /** List the tasks of a space, with the same filters as the account-wide search. `GET /api/v4/spaces/{spaceId}/tasks` */
    listSpaceTasks: Paged<operations["listSpaceTasks"]>;
    /** Read one task, or up to 100 tasks whose ids are joined with commas. `GET /api/v4/tasks/{taskId}` */
    getTasks: Call<operations["getTasks"]>;
    /** Create a task in a folder or project. `POST /api/v4/folders/{folderId}/tasks` */
    createTask: Call<operations["createTask"]>;
    /** Change a task's fields, assignees, folders and parent tasks. `PUT /api/v4/tasks/{taskId}` */
    updateTask: Call<operations["updateTask"]>;
    /** Move a task to the recycle bin; the answer is the deleted task. `DELETE /api/v4/tasks/{taskId}` */
    deleteTask: Call<operations["deleteTask"]>;
    /** List the predecessor and successor links of a task. `GET /api/v4/tasks/{taskId}/dependencies` */
    listTaskDependencies: Call<operations["listTaskDependencies"]>;
    /** List recent comments across the account. `GET /api/v4/comments` */
    listComments: Call<operations["listComments"]>;
    /** List the comments on a task. `GET /api/v4/tasks/{taskId}/comments` */
    listTaskComments: Call<operations["listTaskComments"]>;
    /** List the comments on a folder or project. `GET /api/v4/folders/{folderId}/comments` */
    listFolderComments: Call<operations["listFolderComments"]>;
    /** Add a comment to a task. `POST /api/v4/tasks/{taskId}/comments` */
    createTaskComment: Call<operations["createTaskComment"]>;
    /** List attachments across the account created in a date range. `GET /api/v4/attachments` */
    listAttachments: Call<operations["listAttachments"]>;
    /** List the files attached to a task. `GET /api/v4/tasks/{taskId}/attachments` */
    listTaskAttachments: Call<operations["listTaskAttachments"]>;
    /** Download the content of an attachment. `GET /api/v4/attachments/{attachmentId}/download` */
    downloadAttachment: Call<operations["downloadAttachment"]>;
    /** List the users and user groups of the account. `GET /api/v4/contacts` */
    listContacts: Call<operations["listContacts"]>;
    /** Read one user's profile and account roles (admin). `GET /api/v4/users/{userId}` */
    getUser: Call<operations["getUser"]>;
    /** List user groups with their members. `GET /api/v4/groups` */
    listGroups: Paged<operations["listGroups"]>;
    /** Create a user group. `POST /api/v4/groups` */
    createGroup: Call<operations["createGroup"]>;
    /** List pending and resolved invitations to the account. `GET /api/v4/invitations` */
    listInvitations: Call<operations["listInvitations"]>;
    /** List the access roles that can be granted on spaces, folders and tasks (admin). `GET /api/v4/access_roles` */
    listAccessRoles: Call<operations["listAccessRoles"]>;
    /** List workflows with their custom statuses. `GET /api/v4/workflows` */
    listWorkflows: Call<operations["listWorkflows"]>;
    /** List the custom fields defined in the account. `GET /api/v4/customfields` */
    listCustomFields: Call<operations["listCustomFields"]>;
    /** List the custom fields defined in one space. `GET /api/v4/spaces/{spaceId}/customfields` */
    listSpaceCustomFields: Call<operations["listSpaceCustomFields"]>;
    /** List time entries across the account, filtered by dates, user and category. `GET /api/v4/timelogs` */
    listTimelogs: Call<operations["listTimelogs"]>;
    /** List the time entries recorded on a task. `GET /api/v4/tasks/{taskId}/timelogs` */
    listTaskTimelogs: Call<operations["listTaskTimelogs"]>;
    /** Record time spent on a task for a given day. `POST /api/v4/tasks/{taskId}/timelogs` */
    createTimelog: Call<operations["createTimelog"]>;
    /** List the work schedules (working days and hours) of the account. `GET /api/v4/workschedules` */
    listWorkSchedules: Call<operations["listWorkSchedules"]>;
    /** List approval requests across the account. `GET /api/v4/approvals` */
    listApprovals: Paged<operations["listApprovals"]>;
    /** List the approval requests on a task. `GET /api/v4/tasks/{taskId}/approvals` */
    listTaskApprovals: Call<operations["listTaskApprovals"]>;
    /** Read the account's audit log of user and data events (admin). `GET /api/v4/audit_log` */
    getAuditLog: Paged<operations["getAuditLog"]>;
    /** Read the latest data export of the account with download links for its CSV files (admin). `GET /api/v4/data_export` */
    getDataExport: Call<operations["getDataExport"]>;
}

const routes: Routes<WrikeClient> = {
    listSpaces: {"method":"GET","path":"/api/v4/spaces"},
    getSpace: {"method":"GET","path":"/api/v4/spaces/{spaceId}"},
    getFolderTree: {"method":"GET","path":"/api/v4/folders","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    listSpaceFolders: {"method":"GET","path":"/api/v4/spaces/{spaceId}/folders","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    getFolders: {"method":"GET","path":"/api/v4/folders/{folderId}"},
    createFolder: {"method":"POST","path":"/api/v4/folders/{parentFolderId}/folders","body":"application/json"},
    listTasks: {"method":"GET","path":"/api/v4/tasks","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    listFolderTasks: {"method":"GET","path":"/api/v4/folders/{folderId}/tasks","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    listSpaceTasks: {"method":"GET","path":"/api/v4/spaces/{spaceId}/tasks","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    getTasks: {"method":"GET","path":"/api/v4/tasks/{taskId}"},
    createTask: {"method":"POST","path":"/api/v4/folders/{folderId}/tasks","body":"application/json"},
    updateTask: {"method":"PUT","path":"/api/v4/tasks/{taskId}","body":"application/json"},
    deleteTask: {"method":"DELETE","path":"/api/v4/tasks/{taskId}"},
    listTaskDependencies: {"method":"GET","path":"/api/v4/tasks/{taskId}/dependencies"},
    listComments: {"method":"GET","path":"/api/v4/comments"},
    listTaskComments: {"method":"GET","path":"/api/v4/tasks/{taskId}/comments"},
    listFolderComments: {"method":"GET","path":"/api/v4/folders/{folderId}/comments"},
    createTaskComment: {"method":"POST","path":"/api/v4/tasks/{taskId}/comments","body":"application/json"},
    listAttachments: {"method":"GET","path":"/api/v4/attachments"},
    listTaskAttachments: {"method":"GET","path":"/api/v4/tasks/{taskId}/attachments"},
    downloadAttachment: {"method":"GET","path":"/api/v4/attachments/{attachmentId}/download","binary":true},
    listContacts: {"method":"GET","path":"/api/v4/contacts"},
    getUser: {"method":"GET","path":"/api/v4/users/{userId}"},
    listGroups: {"method":"GET","path":"/api/v4/groups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createGroup: {"method":"POST","path":"/api/v4/groups","body":"application/json"},
    listInvitations: {"method":"GET","path":"/api/v4/invitations"},
    listAccessRoles: {"method":"GET","path":"/api/v4/access_roles"},
    listWorkflows: {"method":"GET","path":"/api/v4/workflows"},
    listCustomFields: {"method":"GET","path":"/api/v4/customfields"},
    listSpaceCustomFields: {"method":"GET","path":"/api/v4/spaces/{spaceId}/customfields"},
    listTimelogs: {"method":"GET","path":"/api/v4/timelogs"},
    listTaskTimelogs: {"method":"GET","path":"/api/v4/tasks/{taskId}/timelogs"},
    createTimelog: {"method":"POST","path":"/api/v4/tasks/{taskId}/timelogs","body":"application/json"},
    listWorkSchedules: {"method":"GET","path":"/api/v4/workschedules"},
    listApprovals: {"method":"GET","path":"/api/v4/approvals","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    listTaskApprovals: {"method":"GET","path":"/api/v4/tasks/{taskId}/approvals"},
    getAuditLog: {"method":"GET","path":"/api/v4/audit_log","paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    getDataExport: {"method":"GET","path":"/api/v4/data_export"},
};

/**
 * The Wrike client: `const api = wrike(new Switchboard({ baseUrl, apiKey }))`.
 */
export const wrike = (sb: Switchboard): WrikeClient => bindClient<WrikeClient>(sb, "wrike", routes);
