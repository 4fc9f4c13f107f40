// Generated from providers/wrike.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wrike.js';

/**
 * Wrike through the Switchboard gateway: Spaces, folders, projects, tasks, comments, attachments, timelogs, workflows and account administration in Wrike.
 */
export interface WrikeClient {
    /**
     * List the spaces the user can see.
     *
     * `GET /api/v4/spaces`
     */
    listSpaces(args?: Args<operations["listSpaces"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaces"]>>>;
    /**
     * Read one space.
     *
     * `GET /api/v4/spaces/{spaceId}`
     */
    getSpace(args: Args<operations["getSpace"]>, options?: CallOptions): Promise<Result<Data<operations["getSpace"]>>>;
    /**
     * List the whole folder and project tree the user can see, with child ids.
     *
     * `GET /api/v4/folders`
     */
    getFolderTree: {
        (args?: Args<operations["getFolderTree"]>, options?: CallOptions): Promise<Result<Data<operations["getFolderTree"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getFolderTree"]>, options?: CallOptions): AsyncGenerator<Data<operations["getFolderTree"]>, void, undefined>;
    };
    /**
     * List the folder and project tree of one space.
     *
     * `GET /api/v4/spaces/{spaceId}/folders`
     */
    listSpaceFolders: {
        (args: Args<operations["listSpaceFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaceFolders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSpaceFolders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSpaceFolders"]>, void, undefined>;
    };
    /**
     * Read folders or projects in full; several ids may be joined with commas.
     *
     * `GET /api/v4/folders/{folderId}`
     */
    getFolders(args: Args<operations["getFolders"]>, options?: CallOptions): Promise<Result<Data<operations["getFolders"]>>>;
    /**
     * Create a folder, or a project when a project block is given, inside a parent folder.
     *
     * `POST /api/v4/folders/{parentFolderId}/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Search tasks across the account by status, importance, dates, people and custom fields.
     *
     * `GET /api/v4/tasks`
     */
    listTasks: {
        (args?: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * List the tasks of a folder or project, with the same filters as the account-wide search.
     *
     * `GET /api/v4/folders/{folderId}/tasks`
     */
    listFolderTasks: {
        (args: Args<operations["listFolderTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderTasks"]>, void, undefined>;
    };
    /**
     * List the tasks of a space, with the same filters as the account-wide search.
     *
     * `GET /api/v4/spaces/{spaceId}/tasks`
     */
    listSpaceTasks: {
        (args: Args<operations["listSpaceTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaceTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSpaceTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSpaceTasks"]>, void, undefined>;
    };
    /**
     * Read one task, or up to 100 tasks whose ids are joined with commas.
     *
     * `GET /api/v4/tasks/{taskId}`
     */
    getTasks(args: Args<operations["getTasks"]>, options?: CallOptions): Promise<Result<Data<operations["getTasks"]>>>;
    /**
     * Create a task in a folder or project.
     *
     * `POST /api/v4/folders/{folderId}/tasks`
     */
    createTask(args: Args<operations["createTask"]>, options?: CallOptions): Promise<Result<Data<operations["createTask"]>>>;
    /**
     * Change a task's fields, assignees, folders and parent tasks.
     *
     * `PUT /api/v4/tasks/{taskId}`
     */
    updateTask(args: Args<operations["updateTask"]>, options?: CallOptions): Promise<Result<Data<operations["updateTask"]>>>;
    /**
     * Move a task to the recycle bin; the answer is the deleted task.
     *
     * `DELETE /api/v4/tasks/{taskId}`
     */
    deleteTask(args: Args<operations["deleteTask"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTask"]>>>;
    /**
     * List the predecessor and successor links of a task.
     *
     * `GET /api/v4/tasks/{taskId}/dependencies`
     */
    listTaskDependencies(args: Args<operations["listTaskDependencies"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskDependencies"]>>>;
    /**
     * List recent comments across the account.
     *
     * `GET /api/v4/comments`
     */
    listComments(args?: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
    /**
     * List the comments on a task.
     *
     * `GET /api/v4/tasks/{taskId}/comments`
     */
    listTaskComments(args: Args<operations["listTaskComments"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskComments"]>>>;
    /**
     * List the comments on a folder or project.
     *
     * `GET /api/v4/folders/{folderId}/comments`
     */
    listFolderComments(args: Args<operations["listFolderComments"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderComments"]>>>;
    /**
     * Add a comment to a task.
     *
     * `POST /api/v4/tasks/{taskId}/comments`
     */
    createTaskComment(args: Args<operations["createTaskComment"]>, options?: CallOptions): Promise<Result<Data<operations["createTaskComment"]>>>;
    /**
     * List attachments across the account created in a date range.
     *
     * `GET /api/v4/attachments`
     */
    listAttachments(args?: Args<operations["listAttachments"]>, options?: CallOptions): Promise<Result<Data<operations["listAttachments"]>>>;
    /**
     * List the files attached to a task.
     *
     * `GET /api/v4/tasks/{taskId}/attachments`
     */
    listTaskAttachments(args: Args<operations["listTaskAttachments"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskAttachments"]>>>;
    /**
     * Download the content of an attachment.
     *
     * `GET /api/v4/attachments/{attachmentId}/download`
     */
    downloadAttachment(args: Args<operations["downloadAttachment"]>, options?: CallOptions): Promise<Result<Data<operations["downloadAttachment"]>>>;
    /**
     * List the users and user groups of the account.
     *
     * `GET /api/v4/contacts`
     */
    listContacts(args?: Args<operations["listContacts"]>, options?: CallOptions): Promise<Result<Data<operations["listContacts"]>>>;
    /**
     * Read one user's profile and account roles (admin).
     *
     * `GET /api/v4/users/{userId}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List user groups with their members.
     *
     * `GET /api/v4/groups`
     */
    listGroups: {
        (args?: Args<operations["listGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroups"]>, void, undefined>;
    };
    /**
     * Create a user group.
     *
     * `POST /api/v4/groups`
     */
    createGroup(args: Args<operations["createGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createGroup"]>>>;
    /**
     * List pending and resolved invitations to the account.
     *
     * `GET /api/v4/invitations`
     */
    listInvitations(args?: Args<operations["listInvitations"]>, options?: CallOptions): Promise<Result<Data<operations["listInvitations"]>>>;
    /**
     * List the access roles that can be granted on spaces, folders and tasks (admin).
     *
     * `GET /api/v4/access_roles`
     */
    listAccessRoles(args?: Args<operations["listAccessRoles"]>, options?: CallOptions): Promise<Result<Data<operations["listAccessRoles"]>>>;
    /**
     * List workflows with their custom statuses.
     *
     * `GET /api/v4/workflows`
     */
    listWorkflows(args?: Args<operations["listWorkflows"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkflows"]>>>;
    /**
     * List the custom fields defined in the account.
     *
     * `GET /api/v4/customfields`
     */
    listCustomFields(args?: Args<operations["listCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listCustomFields"]>>>;
    /**
     * List the custom fields defined in one space.
     *
     * `GET /api/v4/spaces/{spaceId}/customfields`
     */
    listSpaceCustomFields(args: Args<operations["listSpaceCustomFields"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaceCustomFields"]>>>;
    /**
     * List time entries across the account, filtered by dates, user and category.
     *
     * `GET /api/v4/timelogs`
     */
    listTimelogs(args?: Args<operations["listTimelogs"]>, options?: CallOptions): Promise<Result<Data<operations["listTimelogs"]>>>;
    /**
     * List the time entries recorded on a task.
     *
     * `GET /api/v4/tasks/{taskId}/timelogs`
     */
    listTaskTimelogs(args: Args<operations["listTaskTimelogs"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskTimelogs"]>>>;
    /**
     * Record time spent on a task for a given day.
     *
     * `POST /api/v4/tasks/{taskId}/timelogs`
     */
    createTimelog(args: Args<operations["createTimelog"]>, options?: CallOptions): Promise<Result<Data<operations["createTimelog"]>>>;
    /**
     * List the work schedules (working days and hours) of the account.
     *
     * `GET /api/v4/workschedules`
     */
    listWorkSchedules(args?: Args<operations["listWorkSchedules"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkSchedules"]>>>;
    /**
     * List approval requests across the account.
     *
     * `GET /api/v4/approvals`
     */
    listApprovals: {
        (args?: Args<operations["listApprovals"]>, options?: CallOptions): Promise<Result<Data<operations["listApprovals"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listApprovals"]>, options?: CallOptions): AsyncGenerator<Data<operations["listApprovals"]>, void, undefined>;
    };
    /**
     * List the approval requests on a task.
     *
     * `GET /api/v4/tasks/{taskId}/approvals`
     */
    listTaskApprovals(args: Args<operations["listTaskApprovals"]>, options?: CallOptions): Promise<Result<Data<operations["listTaskApprovals"]>>>;
    /**
     * Read the account's audit log of user and data events (admin).
     *
     * `GET /api/v4/audit_log`
     */
    getAuditLog: {
        (args?: Args<operations["getAuditLog"]>, options?: CallOptions): Promise<Result<Data<operations["getAuditLog"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getAuditLog"]>, options?: CallOptions): AsyncGenerator<Data<operations["getAuditLog"]>, void, undefined>;
    };
    /**
     * Read the latest data export of the account with download links for its CSV files (admin).
     *
     * `GET /api/v4/data_export`
     */
    getDataExport(args?: Args<operations["getDataExport"]>, options?: CallOptions): Promise<Result<Data<operations["getDataExport"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Wrike client: `const api = wrike(new Switchboard({ baseUrl, apiKey }))`.
 */
export function wrike(client: Switchboard): WrikeClient {
    const app = "wrike";
    return {
        listSpaces: (args, options) => client.call(app, routes.listSpaces, args, options),
        getSpace: (args, options) => client.call(app, routes.getSpace, args, options),
        getFolderTree: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getFolderTree, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getFolderTree, args, options) }) as WrikeClient["getFolderTree"],
        listSpaceFolders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSpaceFolders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSpaceFolders, args, options) }) as WrikeClient["listSpaceFolders"],
        getFolders: (args, options) => client.call(app, routes.getFolders, args, options),
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as WrikeClient["listTasks"],
        listFolderTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderTasks, args, options) }) as WrikeClient["listFolderTasks"],
        listSpaceTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSpaceTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSpaceTasks, args, options) }) as WrikeClient["listSpaceTasks"],
        getTasks: (args, options) => client.call(app, routes.getTasks, args, options),
        createTask: (args, options) => client.call(app, routes.createTask, args, options),
        updateTask: (args, options) => client.call(app, routes.updateTask, args, options),
        deleteTask: (args, options) => client.call(app, routes.deleteTask, args, options),
        listTaskDependencies: (args, options) => client.call(app, routes.listTaskDependencies, args, options),
        listComments: (args, options) => client.call(app, routes.listComments, args, options),
        listTaskComments: (args, options) => client.call(app, routes.listTaskComments, args, options),
        listFolderComments: (args, options) => client.call(app, routes.listFolderComments, args, options),
        createTaskComment: (args, options) => client.call(app, routes.createTaskComment, args, options),
        listAttachments: (args, options) => client.call(app, routes.listAttachments, args, options),
        listTaskAttachments: (args, options) => client.call(app, routes.listTaskAttachments, args, options),
        downloadAttachment: (args, options) => client.call(app, routes.downloadAttachment, args, options),
        listContacts: (args, options) => client.call(app, routes.listContacts, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroups, args, options) }) as WrikeClient["listGroups"],
        createGroup: (args, options) => client.call(app, routes.createGroup, args, options),
        listInvitations: (args, options) => client.call(app, routes.listInvitations, args, options),
        listAccessRoles: (args, options) => client.call(app, routes.listAccessRoles, args, options),
        listWorkflows: (args, options) => client.call(app, routes.listWorkflows, args, options),
        listCustomFields: (args, options) => client.call(app, routes.listCustomFields, args, options),
        listSpaceCustomFields: (args, options) => client.call(app, routes.listSpaceCustomFields, args, options),
        listTimelogs: (args, options) => client.call(app, routes.listTimelogs, args, options),
        listTaskTimelogs: (args, options) => client.call(app, routes.listTaskTimelogs, args, options),
        createTimelog: (args, options) => client.call(app, routes.createTimelog, args, options),
        listWorkSchedules: (args, options) => client.call(app, routes.listWorkSchedules, args, options),
        listApprovals: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listApprovals, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listApprovals, args, options) }) as WrikeClient["listApprovals"],
        listTaskApprovals: (args, options) => client.call(app, routes.listTaskApprovals, args, options),
        getAuditLog: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getAuditLog, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getAuditLog, args, options) }) as WrikeClient["getAuditLog"],
        getDataExport: (args, options) => client.call(app, routes.getDataExport, args, options),
    };
}