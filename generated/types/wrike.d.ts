// Generated from providers/wrike.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v4/access_roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the access roles that can be granted on spaces, folders and tasks (admin). */
        get: operations["listAccessRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List approval requests across the account. */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List attachments across the account created in a date range. */
        get: operations["listAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/attachments/{attachmentId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the content of an attachment. */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/audit_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the account's audit log of user and data events (admin). */
        get: operations["getAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List recent comments across the account. */
        get: operations["listComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users and user groups of the account. */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/customfields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields defined in the account. */
        get: operations["listCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/data_export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the latest data export of the account with download links for its CSV files (admin). */
        get: operations["getDataExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the whole folder and project tree the user can see, with child ids. */
        get: operations["getFolderTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/folders/{folderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read folders or projects in full; several ids may be joined with commas. */
        get: operations["getFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/folders/{folderId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a folder or project. */
        get: operations["listFolderComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/folders/{folderId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks of a folder or project, with the same filters as the account-wide search. */
        get: operations["listFolderTasks"];
        put?: never;
        /** Create a task in a folder or project. */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/folders/{parentFolderId}/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a folder, or a project when a project block is given, inside a parent folder. */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List user groups with their members. */
        get: operations["listGroups"];
        put?: never;
        /** Create a user group. */
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pending and resolved invitations to the account. */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the spaces the user can see. */
        get: operations["listSpaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/spaces/{spaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one space. */
        get: operations["getSpace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/spaces/{spaceId}/customfields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom fields defined in one space. */
        get: operations["listSpaceCustomFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/spaces/{spaceId}/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the folder and project tree of one space. */
        get: operations["listSpaceFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/spaces/{spaceId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tasks of a space, with the same filters as the account-wide search. */
        get: operations["listSpaceTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search tasks across the account by status, importance, dates, people and custom fields. */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one task, or up to 100 tasks whose ids are joined with commas. */
        get: operations["getTasks"];
        /** Change a task's fields, assignees, folders and parent tasks. */
        put: operations["updateTask"];
        post?: never;
        /** Move a task to the recycle bin; the answer is the deleted task. */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the approval requests on a task. */
        get: operations["listTaskApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files attached to a task. */
        get: operations["listTaskAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on a task. */
        get: operations["listTaskComments"];
        put?: never;
        /** Add a comment to a task. */
        post: operations["createTaskComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the predecessor and successor links of a task. */
        get: operations["listTaskDependencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/tasks/{taskId}/timelogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the time entries recorded on a task. */
        get: operations["listTaskTimelogs"];
        put?: never;
        /** Record time spent on a task for a given day. */
        post: operations["createTimelog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/timelogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List time entries across the account, filtered by dates, user and category. */
        get: operations["listTimelogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user's profile and account roles (admin). */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List workflows with their custom statuses. */
        get: operations["listWorkflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v4/workschedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the work schedules (working days and hours) of the account. */
        get: operations["listWorkSchedules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateFolderRequest: {
            title: string;
            description?: string;
            /** @description Contact ids to share with. */
            shareds?: string[];
            metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
            customFields?: components["schemas"]["GetFoldersResponseDataItemCustomFieldsItem"][];
            customColumns?: string[];
            /** @description Makes the new folder a project. */
            project?: {
                ownerIds?: string[];
                customStatusId?: string;
                /** Format: date */
                startDate?: string;
                /** Format: date */
                endDate?: string;
            };
        };
        CreateFolderResponse: components["schemas"]["GetFoldersResponse"];
        CreateGroupRequest: {
            title: string;
            /** @description Contact ids of the members. */
            members?: string[];
            /** @description Id of a parent group. */
            parent?: string;
            metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
        };
        CreateGroupResponse: components["schemas"]["ListGroupsResponse"];
        CreateTaskCommentRequest: {
            /** @description Comment text; HTML unless plainText is true. */
            text: string;
            plainText?: boolean;
        };
        CreateTaskCommentResponse: components["schemas"]["ListCommentsResponse"];
        CreateTaskRequest: {
            title: string;
            /** @description HTML description. */
            description?: string;
            /** @enum {string} */
            status?: "Active" | "Completed" | "Deferred" | "Cancelled";
            /** @enum {string} */
            importance?: "High" | "Normal" | "Low";
            /** @description Id of a workflow status; overrides status. */
            customStatus?: string;
            dates?: {
                /** @enum {string} */
                type?: "Backlog" | "Milestone" | "Planned";
                duration?: number;
                /** Format: date */
                start?: string;
                /** Format: date */
                due?: string;
                workOnWeekends?: boolean;
            };
            shareds?: string[];
            /** @description Further folders to place the task in. */
            parents?: string[];
            /** @description Contact ids to assign. */
            responsibles?: string[];
            followers?: string[];
            follow?: boolean;
            priorityBefore?: string;
            priorityAfter?: string;
            /** @description Parent tasks to make this a subtask of. */
            superTasks?: string[];
            metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
            customFields?: components["schemas"]["GetFoldersResponseDataItemCustomFieldsItem"][];
            customItemTypeId?: string;
            /** @enum {string} */
            billingType?: "Billable" | "NonBillable";
        };
        CreateTaskResponse: components["schemas"]["ListTasksResponse"];
        CreateTimelogRequest: {
            hours: number;
            /**
             * Format: date
             * @description Day the time belongs to (YYYY-MM-DD).
             */
            trackedDate: string;
            comment?: string;
            plainText?: boolean;
            categoryId?: string;
            /** @enum {string} */
            billingType?: "Billable" | "NonBillable";
        };
        CreateTimelogResponse: components["schemas"]["ListTimelogsResponse"];
        DeleteTaskResponse: components["schemas"]["ListTasksResponse"];
        /** Format: binary */
        DownloadAttachmentResponse: string;
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        GetAuditLogResponse: {
            /** @enum {string} */
            kind?: "auditLog";
            nextPageToken?: string;
            responseSize?: number;
            data?: {
                id?: string;
                operation?: string;
                userId?: string;
                userEmail?: string;
                /** Format: date-time */
                eventDate?: string;
                ipAddress?: string;
                objectType?: string;
                objectName?: string;
                objectId?: string;
                details?: Record<string, unknown>;
            }[];
        };
        GetDataExportResponse: {
            /** @enum {string} */
            kind?: "dataExport";
            data?: {
                id?: string;
                /** Format: date-time */
                completedDate?: string;
                /** @enum {string} */
                status?: "Ready" | "InProgress" | "Failed";
                resources?: {
                    name?: string;
                    url?: string;
                }[];
            }[];
        };
        GetFolderTreeResponse: {
            /** @enum {string} */
            kind?: "folderTree";
            nextPageToken?: string;
            responseSize?: number;
            data?: {
                id?: string;
                title?: string;
                childIds?: string[];
                /** @enum {string} */
                scope?: "WsRoot" | "RbRoot" | "WsFolder" | "RbFolder";
                project?: Record<string, unknown>;
            }[];
        };
        GetFoldersResponse: {
            /** @enum {string} */
            kind?: "folders";
            data?: {
                id?: string;
                accountId?: string;
                title?: string;
                /** Format: date-time */
                createdDate?: string;
                /** Format: date-time */
                updatedDate?: string;
                description?: string;
                sharedIds?: string[];
                parentIds?: string[];
                childIds?: string[];
                superParentIds?: string[];
                scope?: string;
                hasAttachments?: boolean;
                permalink?: string;
                workflowId?: string;
                metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
                customFields?: components["schemas"]["GetFoldersResponseDataItemCustomFieldsItem"][];
                project?: {
                    authorId?: string;
                    ownerIds?: string[];
                    customStatusId?: string;
                    startDate?: string;
                    endDate?: string;
                    createdDate?: string;
                };
            }[];
        };
        GetFoldersResponseDataItemCustomFieldsItem: {
            id?: string;
            value?: string;
        };
        GetFoldersResponseDataItemMetadataItem: {
            key?: string;
            value?: string;
        };
        GetSpaceResponse: components["schemas"]["ListSpacesResponse"];
        GetTasksResponse: components["schemas"]["ListTasksResponse"];
        GetUserResponse: components["schemas"]["ListContactsResponse"];
        ListAccessRolesResponse: {
            /** @enum {string} */
            kind?: "accessRoles";
            data?: {
                id?: string;
                title?: string;
                description?: string;
            }[];
        };
        ListApprovalsResponse: {
            /** @enum {string} */
            kind?: "approvals";
            nextPageToken?: string;
            data?: {
                id?: string;
                authorId?: string;
                title?: string;
                description?: string;
                /** @enum {string} */
                status?: "Pending" | "Approved" | "Rejected" | "Cancelled";
                dueDate?: string;
                finishedDate?: string;
                taskIds?: string[];
                folderIds?: string[];
                decisions?: {
                    approverId?: string;
                    status?: string;
                    comment?: string;
                }[];
            }[];
        };
        ListAttachmentsResponse: {
            /** @enum {string} */
            kind?: "attachments";
            data?: {
                id?: string;
                authorId?: string;
                name?: string;
                /** Format: date-time */
                createdDate?: string;
                version?: number;
                /** @enum {string} */
                type?: "Wrike" | "Google" | "DropBox" | "Box" | "OneDrive" | "External";
                contentType?: string;
                size?: number;
                taskId?: string;
                folderId?: string;
                url?: string;
            }[];
        };
        ListCommentsResponse: {
            /** @enum {string} */
            kind?: "comments";
            data?: {
                id?: string;
                authorId?: string;
                text?: string;
                type?: string;
                /** Format: date-time */
                createdDate?: string;
                /** Format: date-time */
                updatedDate?: string;
                taskId?: string;
                folderId?: string;
            }[];
        };
        ListContactsResponse: {
            /** @enum {string} */
            kind?: "contacts";
            data?: {
                id?: string;
                firstName?: string;
                lastName?: string;
                /** @enum {string} */
                type?: "Person" | "Group";
                profiles?: {
                    accountId?: string;
                    email?: string;
                    /** @enum {string} */
                    role?: "User" | "Collaborator";
                    external?: boolean;
                    admin?: boolean;
                    owner?: boolean;
                }[];
                avatarUrl?: string;
                timezone?: string;
                locale?: string;
                deleted?: boolean;
                me?: boolean;
                title?: string;
                primaryEmail?: string;
            }[];
        };
        ListCustomFieldsResponse: {
            /** @enum {string} */
            kind?: "customfields";
            data?: {
                id?: string;
                accountId?: string;
                title?: string;
                /** @description Text, Numeric, Currency, Percentage, Date, Duration, DropDown, Multiple, Checkbox, Contacts, LinkToDatabase and others. */
                type?: string;
                spaceId?: string;
                sharedIds?: string[];
                settings?: Record<string, unknown>;
            }[];
        };
        ListFolderCommentsResponse: components["schemas"]["ListCommentsResponse"];
        ListFolderTasksResponse: components["schemas"]["ListTasksResponse"];
        ListGroupsResponse: {
            /** @enum {string} */
            kind?: "groups";
            nextPageToken?: string;
            data?: {
                id?: string;
                accountId?: string;
                title?: string;
                memberIds?: string[];
                childIds?: string[];
                parentIds?: string[];
                avatarUrl?: string;
                myTeam?: boolean;
                metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
            }[];
        };
        ListInvitationsResponse: {
            /** @enum {string} */
            kind?: "invitations";
            data?: {
                id?: string;
                accountId?: string;
                firstName?: string;
                lastName?: string;
                email?: string;
                /** @enum {string} */
                status?: "Pending" | "Accepted" | "Declined" | "Cancelled";
                inviterUserId?: string;
                /** Format: date-time */
                invitationDate?: string;
                /** Format: date-time */
                resolvedDate?: string;
                role?: string;
                external?: boolean;
            }[];
        };
        ListSpaceCustomFieldsResponse: components["schemas"]["ListCustomFieldsResponse"];
        ListSpaceFoldersResponse: components["schemas"]["GetFolderTreeResponse"];
        ListSpaceTasksResponse: components["schemas"]["ListTasksResponse"];
        ListSpacesResponse: {
            /** @enum {string} */
            kind?: "spaces";
            data?: {
                id?: string;
                title?: string;
                avatarUrl?: string;
                /** @enum {string} */
                accessType?: "Personal" | "Private" | "Public";
                archived?: boolean;
                description?: string;
                guestRoleId?: string;
                defaultProjectWorkflowId?: string;
                defaultTaskWorkflowId?: string;
            }[];
        };
        ListTaskApprovalsResponse: components["schemas"]["ListApprovalsResponse"];
        ListTaskAttachmentsResponse: components["schemas"]["ListAttachmentsResponse"];
        ListTaskCommentsResponse: components["schemas"]["ListCommentsResponse"];
        ListTaskDependenciesResponse: {
            /** @enum {string} */
            kind?: "dependencies";
            data?: {
                id?: string;
                predecessorId?: string;
                successorId?: string;
                /** @enum {string} */
                relationType?: "StartToStart" | "StartToFinish" | "FinishToStart" | "FinishToFinish";
            }[];
        };
        ListTaskTimelogsResponse: components["schemas"]["ListTimelogsResponse"];
        ListTasksResponse: {
            /** @enum {string} */
            kind?: "tasks";
            nextPageToken?: string;
            responseSize?: number;
            data?: {
                id?: string;
                accountId?: string;
                title?: string;
                description?: string;
                briefDescription?: string;
                /** @enum {string} */
                status?: "Active" | "Completed" | "Deferred" | "Cancelled";
                /** @enum {string} */
                importance?: "High" | "Normal" | "Low";
                customStatusId?: string;
                /** Format: date-time */
                createdDate?: string;
                /** Format: date-time */
                updatedDate?: string;
                /** Format: date-time */
                completedDate?: string;
                dates?: components["schemas"]["ListTasksResponseDataItemDates"];
                scope?: string;
                parentIds?: string[];
                superParentIds?: string[];
                responsibleIds?: string[];
                authorIds?: string[];
                followerIds?: string[];
                subTaskIds?: string[];
                dependencyIds?: string[];
                hasAttachments?: boolean;
                permalink?: string;
                priority?: string;
                customFields?: components["schemas"]["GetFoldersResponseDataItemCustomFieldsItem"][];
                metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
            }[];
        };
        ListTasksResponseDataItemDates: {
            /** @enum {string} */
            type?: "Backlog" | "Milestone" | "Planned";
            /** @description Minutes. */
            duration?: number;
            start?: string;
            due?: string;
            workOnWeekends?: boolean;
        };
        ListTimelogsResponse: {
            /** @enum {string} */
            kind?: "timelogs";
            data?: {
                id?: string;
                taskId?: string;
                userId?: string;
                categoryId?: string;
                billingType?: string;
                hours?: number;
                /** Format: date-time */
                createdDate?: string;
                /** Format: date-time */
                updatedDate?: string;
                /** Format: date */
                trackedDate?: string;
                comment?: string;
            }[];
        };
        ListWorkSchedulesResponse: {
            /** @enum {string} */
            kind?: "workschedules";
            data?: {
                id?: string;
                scheduleType?: string;
                title?: string;
                workweek?: Record<string, unknown>[];
            }[];
        };
        ListWorkflowsResponse: {
            /** @enum {string} */
            kind?: "workflows";
            data?: {
                id?: string;
                name?: string;
                standard?: boolean;
                hidden?: boolean;
                customStatuses?: {
                    id?: string;
                    name?: string;
                    standardName?: boolean;
                    color?: string;
                    standard?: boolean;
                    /** @enum {string} */
                    group?: "Active" | "Completed" | "Deferred" | "Cancelled";
                    hidden?: boolean;
                }[];
            }[];
        };
        UpdateTaskRequest: {
            title?: string;
            description?: string;
            /** @enum {string} */
            status?: "Active" | "Completed" | "Deferred" | "Cancelled";
            /** @enum {string} */
            importance?: "High" | "Normal" | "Low";
            customStatus?: string;
            dates?: components["schemas"]["ListTasksResponseDataItemDates"];
            addParents?: string[];
            removeParents?: string[];
            addShareds?: string[];
            removeShareds?: string[];
            addResponsibles?: string[];
            removeResponsibles?: string[];
            addFollowers?: string[];
            follow?: boolean;
            addSuperTasks?: string[];
            removeSuperTasks?: string[];
            priorityBefore?: string;
            priorityAfter?: string;
            metadata?: components["schemas"]["GetFoldersResponseDataItemMetadataItem"][];
            customFields?: components["schemas"]["GetFoldersResponseDataItemCustomFieldsItem"][];
            /** @description Bring the task back from the recycle bin. */
            restore?: boolean;
            /** @enum {string} */
            billingType?: "Billable" | "NonBillable";
        };
        UpdateTaskResponse: components["schemas"]["ListTasksResponse"];
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccessRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAccessRolesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description JSON array of contact ids. */
                approvers?: string;
                /** @description JSON array of Pending, Approved, Rejected, Cancelled. */
                statuses?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                dueDate?: string;
                /** @description Return a short form of each approval. */
                summary?: boolean;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApprovalsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAttachments: {
        parameters: {
            query?: {
                /** @description Include earlier versions. */
                versions?: boolean;
                /** @description JSON date range, at most 31 days. */
                createdDate?: string;
                /** @description Include temporary download URLs. */
                withUrls?: boolean;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAttachmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: {
                /** @description Version to download (the latest when omitted). */
                version?: number;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the attachment. */
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with its own Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["DownloadAttachmentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAuditLog: {
        parameters: {
            query?: {
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                eventDate?: string;
                /** @description JSON array of operation names to keep. */
                operations?: string;
                /** @description JSON array of object types to keep. */
                objectTypes?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAuditLogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description Return comment text without HTML. */
                plainText?: boolean;
                /** @description JSON date range, at most 7 days. */
                createdDate?: string;
                limit?: number;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Only the current user. */
                me?: boolean;
                /** @description Include deactivated users. */
                deleted?: boolean;
                /** @description JSON metadata filter. */
                metadata?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListContactsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCustomFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDataExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataExportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFolderTree: {
        parameters: {
            query?: {
                /** @description Find the folder with this permalink. */
                permalink?: string;
                /** @description Include folders below the top level. */
                descendants?: boolean;
                /** @description Only projects (true) or only plain folders (false). */
                project?: boolean;
                /** @description Folders in the recycle bin instead of live ones. */
                deleted?: boolean;
                /** @description JSON date range, e.g. {"start":"2026-01-01T00:00:00Z"}. */
                updatedDate?: string;
                /** @description JSON metadata filter, e.g. {"key":"k","value":"v"}. */
                metadata?: string;
                /** @description JSON custom field filter. */
                customField?: string;
                /** @description JSON array of contract types (Billable, NonBillable). */
                contractTypes?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFolderTreeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getFolders: {
        parameters: {
            query?: {
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder or project.
                 * @example IEAAAAAQI4AB5BGV
                 */
                folderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderComments: {
        parameters: {
            query?: {
                /** @description Return comment text without HTML. */
                plainText?: boolean;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder or project.
                 * @example IEAAAAAQI4AB5BGV
                 */
                folderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFolderCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFolderTasks: {
        parameters: {
            query?: {
                /** @description Include tasks of subfolders (folder and space lists). */
                descendants?: boolean;
                /** @description Only tasks whose title contains this text. */
                title?: string;
                status?: "Active" | "Completed" | "Deferred" | "Cancelled";
                importance?: "High" | "Normal" | "Low";
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                startDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                dueDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                scheduledDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                createdDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                updatedDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                completedDate?: string;
                /** @description JSON array of contact ids. */
                authors?: string;
                /** @description JSON array of contact ids. */
                responsibles?: string;
                /** @description JSON array of custom status ids. */
                customStatuses?: string;
                permalink?: string;
                type?: "Backlog" | "Milestone" | "Planned";
                /** @description Most tasks to return. */
                limit?: number;
                sortField?: "CreatedDate" | "UpdatedDate" | "CompletedDate" | "DueDate" | "Status" | "Importance" | "Title" | "LastAccessDate";
                sortOrder?: "Asc" | "Desc";
                /** @description Include subtasks. */
                subTasks?: boolean;
                /** @description JSON metadata filter. */
                metadata?: string;
                /** @description JSON custom field filter. */
                customField?: string;
                /** @description JSON array of custom field filters. */
                customFields?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder or project.
                 * @example IEAAAAAQI4AB5BGV
                 */
                folderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFolderTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the folder or project.
                 * @example IEAAAAAQI4AB5BGV
                 */
                folderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Task",
                 *       "description": "Task description",
                 *       "importance": "Normal"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the folder, project or space root to create in. */
                parentFolderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Folder"
                 *     }
                 */
                "application/json": components["schemas"]["CreateFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listGroups: {
        parameters: {
            query?: {
                /** @description JSON metadata filter. */
                metadata?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description Token of the next page from the previous answer. */
                pageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New Group",
                 *       "members": [
                 *         "contactId"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateGroupResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInvitationsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /** @description Include archived spaces. */
                withArchived?: boolean;
                /** @description Only spaces the user is a member of. */
                userIsMember?: boolean;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpace: {
        parameters: {
            query?: {
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space.
                 * @example IEAAAAAQI4AB5BGU
                 */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaceCustomFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space.
                 * @example IEAAAAAQI4AB5BGU
                 */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpaceCustomFieldsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaceFolders: {
        parameters: {
            query?: {
                /** @description Find the folder with this permalink. */
                permalink?: string;
                /** @description Include folders below the top level. */
                descendants?: boolean;
                /** @description Only projects (true) or only plain folders (false). */
                project?: boolean;
                /** @description Folders in the recycle bin instead of live ones. */
                deleted?: boolean;
                /** @description JSON date range, e.g. {"start":"2026-01-01T00:00:00Z"}. */
                updatedDate?: string;
                /** @description JSON metadata filter, e.g. {"key":"k","value":"v"}. */
                metadata?: string;
                /** @description JSON custom field filter. */
                customField?: string;
                /** @description JSON array of contract types (Billable, NonBillable). */
                contractTypes?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space.
                 * @example IEAAAAAQI4AB5BGU
                 */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpaceFoldersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaceTasks: {
        parameters: {
            query?: {
                /** @description Include tasks of subfolders (folder and space lists). */
                descendants?: boolean;
                /** @description Only tasks whose title contains this text. */
                title?: string;
                status?: "Active" | "Completed" | "Deferred" | "Cancelled";
                importance?: "High" | "Normal" | "Low";
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                startDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                dueDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                scheduledDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                createdDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                updatedDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                completedDate?: string;
                /** @description JSON array of contact ids. */
                authors?: string;
                /** @description JSON array of contact ids. */
                responsibles?: string;
                /** @description JSON array of custom status ids. */
                customStatuses?: string;
                permalink?: string;
                type?: "Backlog" | "Milestone" | "Planned";
                /** @description Most tasks to return. */
                limit?: number;
                sortField?: "CreatedDate" | "UpdatedDate" | "CompletedDate" | "DueDate" | "Status" | "Importance" | "Title" | "LastAccessDate";
                sortOrder?: "Asc" | "Desc";
                /** @description Include subtasks. */
                subTasks?: boolean;
                /** @description JSON metadata filter. */
                metadata?: string;
                /** @description JSON custom field filter. */
                customField?: string;
                /** @description JSON array of custom field filters. */
                customFields?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the space.
                 * @example IEAAAAAQI4AB5BGU
                 */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpaceTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Include tasks of subfolders (folder and space lists). */
                descendants?: boolean;
                /** @description Only tasks whose title contains this text. */
                title?: string;
                status?: "Active" | "Completed" | "Deferred" | "Cancelled";
                importance?: "High" | "Normal" | "Low";
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                startDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                dueDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                scheduledDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                createdDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                updatedDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                completedDate?: string;
                /** @description JSON array of contact ids. */
                authors?: string;
                /** @description JSON array of contact ids. */
                responsibles?: string;
                /** @description JSON array of custom status ids. */
                customStatuses?: string;
                permalink?: string;
                type?: "Backlog" | "Milestone" | "Planned";
                /** @description Most tasks to return. */
                limit?: number;
                sortField?: "CreatedDate" | "UpdatedDate" | "CompletedDate" | "DueDate" | "Status" | "Importance" | "Title" | "LastAccessDate";
                sortOrder?: "Asc" | "Desc";
                /** @description Include subtasks. */
                subTasks?: boolean;
                /** @description JSON metadata filter. */
                metadata?: string;
                /** @description JSON custom field filter. */
                customField?: string;
                /** @description JSON array of custom field filters. */
                customFields?: string;
                /** @description Objects per page. */
                pageSize?: number;
                /** @description nextPageToken of the previous answer. */
                nextPageToken?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getTasks: {
        parameters: {
            query?: {
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description One task id or up to 100 joined with commas.
                 * @example IEAAAAAQKQAAAAAB,IEAAAAAQKQAAAAAC
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Updated Title",
                 *       "importance": "High"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTaskResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskApprovals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskApprovalsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskAttachments: {
        parameters: {
            query?: {
                /** @description Include earlier versions. */
                versions?: boolean;
                /** @description Include temporary download URLs. */
                withUrls?: boolean;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskAttachmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskComments: {
        parameters: {
            query?: {
                /** @description Return comment text without HTML. */
                plainText?: boolean;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTaskComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Comment text"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskDependencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskDependenciesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTaskTimelogs: {
        parameters: {
            query?: {
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                createdDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                updatedDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                trackedDate?: string;
                /** @description Only entries of the current user. */
                me?: boolean;
                descendants?: boolean;
                subTasks?: boolean;
                /** @description Return comment text without HTML. */
                plainText?: boolean;
                /** @description JSON array of category ids. */
                timelogCategories?: string;
                /** @description JSON array of Billable, NonBillable. */
                billingTypes?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTaskTimelogsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createTimelog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the task.
                 * @example IEAAAAAQKQAAAAAB
                 */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hours": 2,
                 *       "trackedDate": "2026-03-10",
                 *       "comment": "Work description"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTimelogRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTimelogResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTimelogs: {
        parameters: {
            query?: {
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                createdDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                updatedDate?: string;
                /** @description JSON date range, e.g. {"start":"2026-03-01","end":"2026-03-31"}. */
                trackedDate?: string;
                /** @description Only entries of the current user. */
                me?: boolean;
                descendants?: boolean;
                subTasks?: boolean;
                /** @description Return comment text without HTML. */
                plainText?: boolean;
                /** @description JSON array of category ids. */
                timelogCategories?: string;
                /** @description JSON array of Billable, NonBillable. */
                billingTypes?: string;
                /** @description JSON array of optional fields to add, e.g. ["description"]. */
                fields?: string;
            };
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTimelogsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the user. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkflowsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listWorkSchedules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Wrike connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkSchedulesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
