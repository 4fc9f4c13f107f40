// Generated from providers/linear.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Operation, type Routes, type Switchboard } from '@switchboard/sdk';
import type { components, operations } from '../types/linear.js';

/**
 * Linear through the Switchboard gateway: Issues, projects, teams, cycles, labels, workflow states, users and comments through Linear's GraphQL API.
 */
export interface LinearClient {
    /** Send any GraphQL query or mutation with its variables. `POST /graphql` */
    graphql: Call<operations["graphql"]>;
    /** Read the user the connection acts for. `POST /graphql` */
    getViewer: Operation<Record<string, unknown>, components["schemas"]["GetViewerResponse"]>;
    /** Read the workspace's id, name and URL key. `POST /graphql` */
    getOrganization: Operation<Record<string, unknown>, components["schemas"]["GetOrganizationResponse"]>;
    /** List the teams of the workspace with their keys. `POST /graphql` */
    listTeams: Operation<components["schemas"]["ListTeamsVariables"], components["schemas"]["ListTeamsResponse"]>;
    /** List issues with identifier, title, state and priority, a page at a time. `POST /graphql` */
    listIssues: Operation<components["schemas"]["ListIssuesVariables"], components["schemas"]["ListIssuesResponse"]>;
    /** Read one issue by id or identifier, with state, assignee and team. `POST /graphql` */
    getIssue: Operation<components["schemas"]["GetIssueVariables"], components["schemas"]["GetIssueResponse"]>;
    /** List issues whose workflow state has a given type, such as started. `POST /graphql` */
    listIssuesByStateType: Operation<components["schemas"]["ListIssuesByStateTypeVariables"], components["schemas"]["ListIssuesByStateTypeResponse"]>;
    /** Full-text search over issues. `POST /graphql` */
    searchIssues: Operation<components["schemas"]["SearchIssuesVariables"], components["schemas"]["SearchIssuesResponse"]>;
    /** Create an issue in a team. `POST /graphql` */
    createIssue: Operation<components["schemas"]["CreateIssueVariables"], components["schemas"]["CreateIssueResponse"]>;
    /** Change an issue's title, description, priority, state, assignee or other fields. `POST /graphql` */
    updateIssue: Operation<components["schemas"]["UpdateIssueVariables"], components["schemas"]["UpdateIssueResponse"]>;
    /** Add a comment to an issue. `POST /graphql` */
    createComment: Operation<components["schemas"]["CreateCommentVariables"], components["schemas"]["CreateCommentResponse"]>;
    /** List projects with their state and creation date. `POST /graphql` */
    listProjects: Operation<components["schemas"]["ListProjectsVariables"], components["schemas"]["ListProjectsResponse"]>;
    /** List issue labels with their colours. `POST /graphql` */
    listLabels: Operation<components["schemas"]["ListLabelsVariables"], components["schemas"]["ListLabelsResponse"]>;
    /** List workflow states with their type and team. `POST /graphql` */
    listWorkflowStates: Operation<components["schemas"]["ListWorkflowStatesVariables"], components["schemas"]["ListWorkflowStatesResponse"]>;
    /** List the workspace's users and whether they are active. `POST /graphql` */
    listUsers: Operation<components["schemas"]["ListUsersVariables"], components["schemas"]["ListUsersResponse"]>;
    /** List cycles with their number and start and end dates. `POST /graphql` */
    listCycles: Operation<components["schemas"]["ListCyclesVariables"], components["schemas"]["ListCyclesResponse"]>;
}

const routes: Routes<LinearClient> = {
    graphql: {"method":"POST","path":"/graphql","body":"application/json"},
    getViewer: {"method":"POST","path":"/graphql","graphql":{"document":"query Viewer { viewer { id name email } }","operationName":"Viewer"}},
    getOrganization: {"method":"POST","path":"/graphql","graphql":{"document":"query Organization { organization { id name urlKey } }","operationName":"Organization"}},
    listTeams: {"method":"POST","path":"/graphql","graphql":{"document":"query Teams($first: Int, $after: String) { teams(first: $first, after: $after) { nodes { id name key } pageInfo { hasNextPage endCursor } } }","operationName":"Teams"}},
    listIssues: {"method":"POST","path":"/graphql","graphql":{"document":"query Issues($first: Int, $after: String) { issues(first: $first, after: $after) { nodes { id identifier title state { name } priority } pageInfo { hasNextPage endCursor } } }","operationName":"Issues"}},
    getIssue: {"method":"POST","path":"/graphql","graphql":{"document":"query Issue($id: String!) { issue(id: $id) { id identifier title description state { name } priority assignee { name } team { key } createdAt } }","operationName":"Issue"}},
    listIssuesByStateType: {"method":"POST","path":"/graphql","graphql":{"document":"query IssuesByStateType($stateType: String!, $first: Int, $after: String) { issues(first: $first, after: $after, filter: { state: { type: { eq: $stateType } } }) { nodes { id identifier title state { name } } pageInfo { hasNextPage endCursor } } }","operationName":"IssuesByStateType"}},
    searchIssues: {"method":"POST","path":"/graphql","graphql":{"document":"query SearchIssues($term: String!, $first: Int, $after: String) { searchIssues(term: $term, first: $first, after: $after) { nodes { id identifier title } pageInfo { hasNextPage endCursor } } }","operationName":"SearchIssues"}},
    createIssue: {"method":"POST","path":"/graphql","graphql":{"document":"mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier title } } }","operationName":"IssueCreate"}},
    updateIssue: {"method":"POST","path":"/graphql","graphql":{"document":"mutation IssueUpdate($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { id identifier title priority } } }","operationName":"IssueUpdate"}},
    createComment: {"method":"POST","path":"/graphql","graphql":{"document":"mutation CommentCreate($input: CommentCreateInput!) { commentCreate(input: $input) { success comment { id body } } }","operationName":"CommentCreate"}},
    listProjects: {"method":"POST","path":"/graphql","graphql":{"document":"query Projects($first: Int, $after: String) { projects(first: $first, after: $after) { nodes { id name state createdAt } pageInfo { hasNextPage endCursor } } }","operationName":"Projects"}},
    listLabels: {"method":"POST","path":"/graphql","graphql":{"document":"query IssueLabels($first: Int, $after: String) { issueLabels(first: $first, after: $after) { nodes { id name color } pageInfo { hasNextPage endCursor } } }","operationName":"IssueLabels"}},
    listWorkflowStates: {"method":"POST","path":"/graphql","graphql":{"document":"query WorkflowStates($first: Int, $after: String) { workflowStates(first: $first, after: $after) { nodes { id name type team { key } } pageInfo { hasNextPage endCursor } } }","operationName":"WorkflowStates"}},
    listUsers: {"method":"POST","path":"/graphql","graphql":{"document":"query Users($first: Int, $after: String) { users(first: $first, after: $after) { nodes { id name email active } pageInfo { hasNextPage endCursor } } }","operationName":"Users"}},
    listCycles: {"method":"POST","path":"/graphql","graphql":{"document":"query Cycles($first: Int, $after: String) { cycles(first: $first, after: $after) { nodes { id name number startsAt endsAt } pageInfo { hasNextPage endCursor } } }","operationName":"Cycles"}},
};

/**
 * The Linear client: `const api = linear(new Switchboard({ baseUrl, apiKey }))`.
 */
export const linear = (sb: Switchboard): LinearClient => bindClient<LinearClient>(sb, "linear", routes);
