// Generated from providers/jira.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/jira.js';

/**
 * Jira through the Switchboard gateway: Projects, issues, JQL search, transitions, comments, users and metadata of Jira Cloud sites.
 */
export interface JiraClient {
    /**
     * List the Atlassian sites the token may reach, with each site's cloud id and granted scopes.
     *
     * `GET /oauth/token/accessible-resources`
     */
    listAccessibleResources(args?: Args<operations["listAccessibleResources"]>, options?: CallOptions): Promise<Result<Data<operations["listAccessibleResources"]>>>;
    /**
     * List every project the user can see, in one unpaged answer.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/project`
     */
    listProjects(args: Args<operations["listProjects"]>, options?: CallOptions): Promise<Result<Data<operations["listProjects"]>>>;
    /**
     * Read one project by key or id.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/project/{projectKeyOrId}`
     */
    getProject(args: Args<operations["getProject"]>, options?: CallOptions): Promise<Result<Data<operations["getProject"]>>>;
    /**
     * Find issues with a bounded JQL query, a page at a time.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/search/jql`
     */
    searchIssues: {
        (args: Args<operations["searchIssues"]>, options?: CallOptions): Promise<Result<Data<operations["searchIssues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchIssues"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchIssues"]>, void, undefined>;
    };
    /**
     * Read one issue with its fields.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}`
     */
    getIssue(args: Args<operations["getIssue"]>, options?: CallOptions): Promise<Result<Data<operations["getIssue"]>>>;
    /**
     * Create an issue or sub-task in a project.
     *
     * `POST /ex/jira/{cloudId}/rest/api/3/issue`
     */
    createIssue(args: Args<operations["createIssue"]>, options?: CallOptions): Promise<Result<Data<operations["createIssue"]>>>;
    /**
     * Change field values of an issue.
     *
     * `PUT /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}`
     */
    updateIssue(args: Args<operations["updateIssue"]>, options?: CallOptions): Promise<Result<Data<operations["updateIssue"]>>>;
    /**
     * Delete an issue; sub-tasks are deleted too only when deleteSubtasks is true.
     *
     * `DELETE /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}`
     */
    deleteIssue(args: Args<operations["deleteIssue"]>, options?: CallOptions): Promise<Result<Data<operations["deleteIssue"]>>>;
    /**
     * Assign an issue to a user, or unassign it with a null accountId.
     *
     * `PUT /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/assignee`
     */
    assignIssue(args: Args<operations["assignIssue"]>, options?: CallOptions): Promise<Result<Data<operations["assignIssue"]>>>;
    /**
     * List the workflow transitions the user can perform on an issue now.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions`
     */
    listTransitions(args: Args<operations["listTransitions"]>, options?: CallOptions): Promise<Result<Data<operations["listTransitions"]>>>;
    /**
     * Move an issue through a workflow transition, changing its status.
     *
     * `POST /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/transitions`
     */
    transitionIssue(args: Args<operations["transitionIssue"]>, options?: CallOptions): Promise<Result<Data<operations["transitionIssue"]>>>;
    /**
     * List the comments on an issue, a page at a time.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment`
     */
    listComments: {
        (args: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listComments"]>, void, undefined>;
    };
    /**
     * Add a comment, written in Atlassian Document Format, to an issue.
     *
     * `POST /ex/jira/{cloudId}/rest/api/3/issue/{issueIdOrKey}/comment`
     */
    addComment(args: Args<operations["addComment"]>, options?: CallOptions): Promise<Result<Data<operations["addComment"]>>>;
    /**
     * Read the user the connection acts for.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/myself`
     */
    getCurrentUser(args: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Find active users whose name or email matches a string.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/user/search`
     */
    searchUsers: {
        (args: Args<operations["searchUsers"]>, options?: CallOptions): Promise<Result<Data<operations["searchUsers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchUsers"]>, void, undefined>;
    };
    /**
     * List the issue types the user can see.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/issuetype`
     */
    listIssueTypes(args: Args<operations["listIssueTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listIssueTypes"]>>>;
    /**
     * List the issue priorities of the site.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/priority`
     */
    listPriorities(args: Args<operations["listPriorities"]>, options?: CallOptions): Promise<Result<Data<operations["listPriorities"]>>>;
    /**
     * List the workflow statuses of the site with their categories.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/status`
     */
    listStatuses(args: Args<operations["listStatuses"]>, options?: CallOptions): Promise<Result<Data<operations["listStatuses"]>>>;
    /**
     * List the system and custom fields, with ids to use in issue payloads.
     *
     * `GET /ex/jira/{cloudId}/rest/api/3/field`
     */
    listFields(args: Args<operations["listFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFields"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Jira client: `const api = jira(new Switchboard({ baseUrl, apiKey }))`.
 */
export function jira(client: Switchboard): JiraClient {
    const app = "jira";
    return {
        listAccessibleResources: (args, options) => client.call(app, routes.listAccessibleResources, args, options),
        listProjects: (args, options) => client.call(app, routes.listProjects, args, options),
        getProject: (args, options) => client.call(app, routes.getProject, args, options),
        searchIssues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchIssues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchIssues, args, options) }) as JiraClient["searchIssues"],
        getIssue: (args, options) => client.call(app, routes.getIssue, args, options),
        createIssue: (args, options) => client.call(app, routes.createIssue, args, options),
        updateIssue: (args, options) => client.call(app, routes.updateIssue, args, options),
        deleteIssue: (args, options) => client.call(app, routes.deleteIssue, args, options),
        assignIssue: (args, options) => client.call(app, routes.assignIssue, args, options),
        listTransitions: (args, options) => client.call(app, routes.listTransitions, args, options),
        transitionIssue: (args, options) => client.call(app, routes.transitionIssue, args, options),
        listComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listComments, args, options) }) as JiraClient["listComments"],
        addComment: (args, options) => client.call(app, routes.addComment, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        searchUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchUsers, args, options) }) as JiraClient["searchUsers"],
        listIssueTypes: (args, options) => client.call(app, routes.listIssueTypes, args, options),
        listPriorities: (args, options) => client.call(app, routes.listPriorities, args, options),
        listStatuses: (args, options) => client.call(app, routes.listStatuses, args, options),
        listFields: (args, options) => client.call(app, routes.listFields, args, options),
    };
}