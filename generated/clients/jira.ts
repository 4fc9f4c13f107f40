// Generated from providers/jira.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/jira.js';

/**
 * Jira through the Switchboard gateway: Projects, issues, JQL search, transitions, comments, users and metadata of Jira Cloud sites.
 */
export interface JiraClient {
    /** List the Atlassian sites the token may reach, with each site's cloud id and granted scopes. `GET /oauth/token/accessible-resources` */
    listAccessibleResources: Call<operations["listAccessibleResources"]>;
    /** List every project the user can see, in one unpaged answer. `GET /ex/jira/{cloudId}/rest/api/3/project` */
    listProjects: Call<operations["listProjects"]>;
    /** Read one project by key or id. `GET /ex/jira/{cloudId}/rest/api/3/project/{projectKeyOrId}` */
    getProject: Call<operations["getProject"]>;
    /** Find issues with a bounded JQL query, a page at a time. `GET /ex/jira/{cloudId}/rest/api/3/search/jql` */
    searchIssues: Paged<operations["searchIssues"]>;
    /** Read one issue with its fields. `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}` */
    getIssue: Call<operations["getIssue"]>;
    /** Create an issue or sub-task in a project. `POST /ex/jira/{cloudId}/rest/api/3/issue` */
    createIssue: Call<operations["createIssue"]>;
    /** Change field values of an issue. `PUT /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}` */
    updateIssue: Call<operations["updateIssue"]>;
    /** Delete an issue; sub-tasks are deleted too only when deleteSubtasks is true. `DELETE /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}` */
    deleteIssue: Call<operations["deleteIssue"]>;
    /** Assign an issue to a user, or unassign it with a null accountId. `PUT /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/assignee` */
    assignIssue: Call<operations["assignIssue"]>;
    /** List the workflow transitions the user can perform on an issue now. `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions` */
    listTransitions: Call<operations["listTransitions"]>;
    /** Move an issue through a workflow transition, changing its status. `POST /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions` */
    transitionIssue: Call<operations["transitionIssue"]>;
    /** List the comments on an issue, a page at a time. `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment` */
    listComments: Paged<operations["listComments"]>;
    /** Add a comment, written in Atlassian Document Format, to an issue. `POST /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment` */
    addComment: Call<operations["addComment"]>;
    /** Read the user the connection acts for. `GET /ex/jira/{cloudId}/rest/api/3/myself` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Find active users whose name or email matches a string. `GET /ex/jira/{cloudId}/rest/api/3/user/search` */
    searchUsers: Paged<operations["searchUsers"]>;
    /** List the issue types the user can see. `GET /ex/jira/{cloudId}/rest/api/3/issuetype` */
    listIssueTypes: Call<operations["listIssueTypes"]>;
    /** List the issue priorities of the site. `GET /ex/jira/{cloudId}/rest/api/3/priority` */
    listPriorities: Call<operations["listPriorities"]>;
    /** List the workflow statuses of the site with their categories. `GET /ex/jira/{cloudId}/rest/api/3/status` */
    listStatuses: Call<operations["listStatuses"]>;
    /** List the system and custom fields, with ids to use in issue payloads. `GET /ex/jira/{cloudId}/rest/api/3/field` */
    listFields: Call<operations["listFields"]>;
}

const routes: Routes<JiraClient> = {
    listAccessibleResources: {"method":"GET","path":"/oauth/token/accessible-resources"},
    listProjects: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/project"},
    getProject: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/project/{projectKeyOrId}"},
    searchIssues: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/search/jql","comma":["reconcileIssues"],"paging":{"style":"cursor","cursorParam":"nextPageToken","nextCursor":"nextPageToken"}},
    getIssue: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}"},
    createIssue: {"method":"POST","path":"/ex/jira/{cloudId}/rest/api/3/issue","body":"application/json"},
    updateIssue: {"method":"PUT","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}","body":"application/json"},
    deleteIssue: {"method":"DELETE","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}"},
    assignIssue: {"method":"PUT","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/assignee","body":"application/json"},
    listTransitions: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions"},
    transitionIssue: {"method":"POST","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions","body":"application/json"},
    listComments: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment","paging":{"style":"offset","offsetParam":"startAt","limitParam":"maxResults","items":"comments","total":"total"}},
    addComment: {"method":"POST","path":"/ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment","body":"application/json"},
    getCurrentUser: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/myself"},
    searchUsers: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/user/search","paging":{"style":"offset","offsetParam":"startAt","limitParam":"maxResults"}},
    listIssueTypes: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/issuetype"},
    listPriorities: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/priority"},
    listStatuses: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/status"},
    listFields: {"method":"GET","path":"/ex/jira/{cloudId}/rest/api/3/field"},
};

/**
 * The Jira client: `const api = jira(new Switchboard({ baseUrl, apiKey }))`.
 */
export const jira = (sb: Switchboard): JiraClient => bindClient<JiraClient>(sb, "jira", routes);
