// Generated from providers/github.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/github.js';

/**
 * GitHub through the Switchboard gateway: Repositories, file contents, branches, commits, issues, pull requests, labels and search on GitHub.
 */
export interface GithubClient {
    /** Read the profile of the account the connection acts as. `GET /user` */
    getAuthenticatedUser: Call<operations["getAuthenticatedUser"]>;
    /** Read the public profile of any user or organization by login. `GET /users/{username}` */
    getUser: Call<operations["getUser"]>;
    /** List the organizations the authenticated account belongs to (needs read:org). `GET /user/orgs` */
    listMyOrgs: Paged<operations["listMyOrgs"]>;
    /** Show how much of each rate-limit budget is left; this call is not counted. `GET /rate_limit` */
    getRateLimit: Call<operations["getRateLimit"]>;
    /** List repositories the authenticated account owns, collaborates on or reaches through its organizations. `GET /user/repos` */
    listMyRepos: Paged<operations["listMyRepos"]>;
    /** List the repositories of an organization. `GET /orgs/{org}/repos` */
    listOrgRepos: Paged<operations["listOrgRepos"]>;
    /** Read a repository's settings, default branch, counts and owner. `GET /repos/{owner}/{repo}` */
    getRepo: Call<operations["getRepo"]>;
    /** Create a repository owned by the authenticated account. `POST /user/repos` */
    createMyRepo: Call<operations["createMyRepo"]>;
    /** Create a repository in an organization. `POST /orgs/{org}/repos` */
    createOrgRepo: Call<operations["createOrgRepo"]>;
    /** Change a repository's name, description, visibility, features, default branch or archive state. `PATCH /repos/{owner}/{repo}` */
    updateRepo: Call<operations["updateRepo"]>;
    /** Read a file (Base64 content) or list a directory at a path, on the default branch or a given ref. `GET /repos/{owner}/{repo}/contents/{path}` */
    getContent: Call<operations["getContent"]>;
    /** Create a file, or replace it when the body names its current sha, as one commit. `PUT /repos/{owner}/{repo}/contents/{path}` */
    putContent: Call<operations["putContent"]>;
    /** List a repository's branches. `GET /repos/{owner}/{repo}/branches` */
    listBranches: Paged<operations["listBranches"]>;
    /** Read a branch with its head commit and protection state. `GET /repos/{owner}/{repo}/branches/{branch}` */
    getBranch: Call<operations["getBranch"]>;
    /** Merge one branch or commit into another branch directly, without a pull request. `POST /repos/{owner}/{repo}/merges` */
    mergeBranch: Call<operations["mergeBranch"]>;
    /** List commits newest first, filtered by branch, path, author, committer or date range. `GET /repos/{owner}/{repo}/commits` */
    listCommits: Paged<operations["listCommits"]>;
    /** Read one commit with its stats and changed files. `GET /repos/{owner}/{repo}/commits/{ref}` */
    getCommit: Call<operations["getCommit"]>;
    /** Compare two branches, tags or commits and list the commits and files between them. `GET /repos/{owner}/{repo}/compare/{base}...{head}` */
    compareCommits: Call<operations["compareCommits"]>;
    /** List a repository's issues (pull requests included), filtered by state, labels or people. `GET /repos/{owner}/{repo}/issues` */
    listIssues: Paged<operations["listIssues"]>;
    /** Read one issue or pull request by number. `GET /repos/{owner}/{repo}/issues/{issue_number}` */
    getIssue: Call<operations["getIssue"]>;
    /** Open an issue, optionally with labels, assignees and a milestone. `POST /repos/{owner}/{repo}/issues` */
    createIssue: Call<operations["createIssue"]>;
    /** Edit an issue's text, labels or assignees, or close and reopen it. `PATCH /repos/{owner}/{repo}/issues/{issue_number}` */
    updateIssue: Call<operations["updateIssue"]>;
    /** List the comments on an issue or pull request, oldest first. `GET /repos/{owner}/{repo}/issues/{issue_number}/comments` */
    listIssueComments: Paged<operations["listIssueComments"]>;
    /** Add a comment to an issue or pull request. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` */
    createIssueComment: Call<operations["createIssueComment"]>;
    /** List the labels defined in a repository. `GET /repos/{owner}/{repo}/labels` */
    listLabels: Paged<operations["listLabels"]>;
    /** Define a new label in a repository. `POST /repos/{owner}/{repo}/labels` */
    createLabel: Call<operations["createLabel"]>;
    /** List a repository's pull requests, filtered by state or branches. `GET /repos/{owner}/{repo}/pulls` */
    listPulls: Paged<operations["listPulls"]>;
    /** Read one pull request with its branches, merge state and reviewers. `GET /repos/{owner}/{repo}/pulls/{pull_number}` */
    getPull: Call<operations["getPull"]>;
    /** Open a pull request from a head branch into a base branch, optionally as a draft. `POST /repos/{owner}/{repo}/pulls` */
    createPull: Call<operations["createPull"]>;
    /** List the files a pull request changes, with their patches (at most 3,000 files). `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` */
    listPullFiles: Paged<operations["listPullFiles"]>;
    /** Merge a pull request by merge commit, squash or rebase. `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge` */
    mergePull: Call<operations["mergePull"]>;
    /** Submit a review that approves, requests changes or comments, optionally with line comments. `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews` */
    createPullReview: Call<operations["createPullReview"]>;
    /** Search repositories with GitHub search syntax (qualifiers such as language, stars and topic). `GET /search/repositories` */
    searchRepos: Paged<operations["searchRepos"]>;
    /** Search issues and pull requests across repositories with GitHub search syntax. `GET /search/issues` */
    searchIssues: Paged<operations["searchIssues"]>;
    /** Search file contents on default branches; scope the query to a repo, org or user. `GET /search/code` */
    searchCode: Paged<operations["searchCode"]>;
}

const routes: Routes<GithubClient> = {
    getAuthenticatedUser: {"method":"GET","path":"/user"},
    getUser: {"method":"GET","path":"/users/{username}"},
    listMyOrgs: {"method":"GET","path":"/user/orgs","paging":{"style":"link"}},
    getRateLimit: {"method":"GET","path":"/rate_limit"},
    listMyRepos: {"method":"GET","path":"/user/repos","paging":{"style":"link"}},
    listOrgRepos: {"method":"GET","path":"/orgs/{org}/repos","paging":{"style":"link"}},
    getRepo: {"method":"GET","path":"/repos/{owner}/{repo}"},
    createMyRepo: {"method":"POST","path":"/user/repos","body":"application/json"},
    createOrgRepo: {"method":"POST","path":"/orgs/{org}/repos","body":"application/json"},
    updateRepo: {"method":"PATCH","path":"/repos/{owner}/{repo}","body":"application/json"},
    getContent: {"method":"GET","path":"/repos/{owner}/{repo}/contents/{path}"},
    putContent: {"method":"PUT","path":"/repos/{owner}/{repo}/contents/{path}","body":"application/json"},
    listBranches: {"method":"GET","path":"/repos/{owner}/{repo}/branches","paging":{"style":"link"}},
    getBranch: {"method":"GET","path":"/repos/{owner}/{repo}/branches/{branch}"},
    mergeBranch: {"method":"POST","path":"/repos/{owner}/{repo}/merges","body":"application/json"},
    listCommits: {"method":"GET","path":"/repos/{owner}/{repo}/commits","paging":{"style":"link"}},
    getCommit: {"method":"GET","path":"/repos/{owner}/{repo}/commits/{ref}"},
    compareCommits: {"method":"GET","path":"/repos/{owner}/{repo}/compare/{base}...{head}"},
    listIssues: {"method":"GET","path":"/repos/{owner}/{repo}/issues","paging":{"style":"link"}},
    getIssue: {"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}"},
    createIssue: {"method":"POST","path":"/repos/{owner}/{repo}/issues","body":"application/json"},
    updateIssue: {"method":"PATCH","path":"/repos/{owner}/{repo}/issues/{issue_number}","body":"application/json"},
    listIssueComments: {"method":"GET","path":"/repos/{owner}/{repo}/issues/{issue_number}/comments","paging":{"style":"link"}},
    createIssueComment: {"method":"POST","path":"/repos/{owner}/{repo}/issues/{issue_number}/comments","body":"application/json"},
    listLabels: {"method":"GET","path":"/repos/{owner}/{repo}/labels","paging":{"style":"link"}},
    createLabel: {"method":"POST","path":"/repos/{owner}/{repo}/labels","body":"application/json"},
    listPulls: {"method":"GET","path":"/repos/{owner}/{repo}/pulls","paging":{"style":"link"}},
    getPull: {"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}"},
    createPull: {"method":"POST","path":"/repos/{owner}/{repo}/pulls","body":"application/json"},
    listPullFiles: {"method":"GET","path":"/repos/{owner}/{repo}/pulls/{pull_number}/files","paging":{"style":"link"}},
    mergePull: {"method":"PUT","path":"/repos/{owner}/{repo}/pulls/{pull_number}/merge","body":"application/json"},
    createPullReview: {"method":"POST","path":"/repos/{owner}/{repo}/pulls/{pull_number}/reviews","body":"application/json"},
    searchRepos: {"method":"GET","path":"/search/repositories","paging":{"style":"link"}},
    searchIssues: {"method":"GET","path":"/search/issues","paging":{"style":"link"}},
    searchCode: {"method":"GET","path":"/search/code","paging":{"style":"link"}},
};

/**
 * The GitHub client: `const api = github(new Switchboard({ baseUrl, apiKey }))`.
 */
export const github = (sb: Switchboard): GithubClient => bindClient<GithubClient>(sb, "github", routes);
