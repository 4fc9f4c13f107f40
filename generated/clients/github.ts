// Generated from providers/github.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/github.js';

/**
 * GitHub through the Switchboard gateway: Repositories, file contents, branches, commits, issues, pull requests, labels and search on GitHub.
 */
export interface GithubClient {
    /**
     * Read the profile of the account the connection acts as.
     *
     * `GET /user`
     */
    getAuthenticatedUser(args?: Args<operations["getAuthenticatedUser"]>, options?: CallOptions): Promise<Result<Data<operations["getAuthenticatedUser"]>>>;
    /**
     * Read the public profile of any user or organization by login.
     *
     * `GET /users/{username}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List the organizations the authenticated account belongs to (needs read:org).
     *
     * `GET /user/orgs`
     */
    listMyOrgs: {
        (args?: Args<operations["listMyOrgs"]>, options?: CallOptions): Promise<Result<Data<operations["listMyOrgs"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyOrgs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyOrgs"]>, void, undefined>;
    };
    /**
     * Show how much of each rate-limit budget is left; this call is not counted.
     *
     * `GET /rate_limit`
     */
    getRateLimit(args?: Args<operations["getRateLimit"]>, options?: CallOptions): Promise<Result<Data<operations["getRateLimit"]>>>;
    /**
     * List repositories the authenticated account owns, collaborates on or reaches through its organizations.
     *
     * `GET /user/repos`
     */
    listMyRepos: {
        (args?: Args<operations["listMyRepos"]>, options?: CallOptions): Promise<Result<Data<operations["listMyRepos"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyRepos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyRepos"]>, void, undefined>;
    };
    /**
     * List the repositories of an organization.
     *
     * `GET /orgs/{org}/repos`
     */
    listOrgRepos: {
        (args: Args<operations["listOrgRepos"]>, options?: CallOptions): Promise<Result<Data<operations["listOrgRepos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listOrgRepos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listOrgRepos"]>, void, undefined>;
    };
    /**
     * Read a repository's settings, default branch, counts and owner.
     *
     * `GET /repos/{owner}/{repo}`
     */
    getRepo(args: Args<operations["getRepo"]>, options?: CallOptions): Promise<Result<Data<operations["getRepo"]>>>;
    /**
     * Create a repository owned by the authenticated account.
     *
     * `POST /user/repos`
     */
    createMyRepo(args: Args<operations["createMyRepo"]>, options?: CallOptions): Promise<Result<Data<operations["createMyRepo"]>>>;
    /**
     * Create a repository in an organization.
     *
     * `POST /orgs/{org}/repos`
     */
    createOrgRepo(args: Args<operations["createOrgRepo"]>, options?: CallOptions): Promise<Result<Data<operations["createOrgRepo"]>>>;
    /**
     * Change a repository's name, description, visibility, features, default branch or archive state.
     *
     * `PATCH /repos/{owner}/{repo}`
     */
    updateRepo(args: Args<operations["updateRepo"]>, options?: CallOptions): Promise<Result<Data<operations["updateRepo"]>>>;
    /**
     * Read a file (Base64 content) or list a directory at a path, on the default branch or a given ref.
     *
     * `GET /repos/{owner}/{repo}/contents/{path}`
     */
    getContent(args: Args<operations["getContent"]>, options?: CallOptions): Promise<Result<Data<operations["getContent"]>>>;
    /**
     * Create a file, or replace it when the body names its current sha, as one commit.
     *
     * `PUT /repos/{owner}/{repo}/contents/{path}`
     */
    putContent(args: Args<operations["putContent"]>, options?: CallOptions): Promise<Result<Data<operations["putContent"]>>>;
    /**
     * List a repository's branches.
     *
     * `GET /repos/{owner}/{repo}/branches`
     */
    listBranches: {
        (args: Args<operations["listBranches"]>, options?: CallOptions): Promise<Result<Data<operations["listBranches"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listBranches"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBranches"]>, void, undefined>;
    };
    /**
     * Read a branch with its head commit and protection state.
     *
     * `GET /repos/{owner}/{repo}/branches/{branch}`
     */
    getBranch(args: Args<operations["getBranch"]>, options?: CallOptions): Promise<Result<Data<operations["getBranch"]>>>;
    /**
     * Merge one branch or commit into another branch directly, without a pull request.
     *
     * `POST /repos/{owner}/{repo}/merges`
     */
    mergeBranch(args: Args<operations["mergeBranch"]>, options?: CallOptions): Promise<Result<Data<operations["mergeBranch"]>>>;
    /**
     * List commits newest first, filtered by branch, path, author, committer or date range.
     *
     * `GET /repos/{owner}/{repo}/commits`
     */
    listCommits: {
        (args: Args<operations["listCommits"]>, options?: CallOptions): Promise<Result<Data<operations["listCommits"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCommits"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCommits"]>, void, undefined>;
    };
    /**
     * Read one commit with its stats and changed files.
     *
     * `GET /repos/{owner}/{repo}/commits/{ref}`
     */
    getCommit(args: Args<operations["getCommit"]>, options?: CallOptions): Promise<Result<Data<operations["getCommit"]>>>;
    /**
     * Compare two branches, tags or commits and list the commits and files between them.
     *
     * `GET /repos/{owner}/{repo}/compare/{base}...{head}`
     */
    compareCommits(args: Args<operations["compareCommits"]>, options?: CallOptions): Promise<Result<Data<operations["compareCommits"]>>>;
    /**
     * List a repository's issues (pull requests included), filtered by state, labels or people.
     *
     * `GET /repos/{owner}/{repo}/issues`
     */
    listIssues: {
        (args: Args<operations["listIssues"]>, options?: CallOptions): Promise<Result<Data<operations["listIssues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIssues"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIssues"]>, void, undefined>;
    };
    /**
     * Read one issue or pull request by number.
     *
     * `GET /repos/{owner}/{repo}/issues/{issue_number}`
     */
    getIssue(args: Args<operations["getIssue"]>, options?: CallOptions): Promise<Result<Data<operations["getIssue"]>>>;
    /**
     * Open an issue, optionally with labels, assignees and a milestone.
     *
     * `POST /repos/{owner}/{repo}/issues`
     */
    createIssue(args: Args<operations["createIssue"]>, options?: CallOptions): Promise<Result<Data<operations["createIssue"]>>>;
    /**
     * Edit an issue's text, labels or assignees, or close and reopen it.
     *
     * `PATCH /repos/{owner}/{repo}/issues/{issue_number}`
     */
    updateIssue(args: Args<operations["updateIssue"]>, options?: CallOptions): Promise<Result<Data<operations["updateIssue"]>>>;
    /**
     * List the comments on an issue or pull request, oldest first.
     *
     * `GET /repos/{owner}/{repo}/issues/{issue_number}/comments`
     */
    listIssueComments: {
        (args: Args<operations["listIssueComments"]>, options?: CallOptions): Promise<Result<Data<operations["listIssueComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIssueComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIssueComments"]>, void, undefined>;
    };
    /**
     * Add a comment to an issue or pull request.
     *
     * `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`
     */
    createIssueComment(args: Args<operations["createIssueComment"]>, options?: CallOptions): Promise<Result<Data<operations["createIssueComment"]>>>;
    /**
     * List the labels defined in a repository.
     *
     * `GET /repos/{owner}/{repo}/labels`
     */
    listLabels: {
        (args: Args<operations["listLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listLabels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listLabels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLabels"]>, void, undefined>;
    };
    /**
     * Define a new label in a repository.
     *
     * `POST /repos/{owner}/{repo}/labels`
     */
    createLabel(args: Args<operations["createLabel"]>, options?: CallOptions): Promise<Result<Data<operations["createLabel"]>>>;
    /**
     * List a repository's pull requests, filtered by state or branches.
     *
     * `GET /repos/{owner}/{repo}/pulls`
     */
    listPulls: {
        (args: Args<operations["listPulls"]>, options?: CallOptions): Promise<Result<Data<operations["listPulls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPulls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPulls"]>, void, undefined>;
    };
    /**
     * Read one pull request with its branches, merge state and reviewers.
     *
     * `GET /repos/{owner}/{repo}/pulls/{pull_number}`
     */
    getPull(args: Args<operations["getPull"]>, options?: CallOptions): Promise<Result<Data<operations["getPull"]>>>;
    /**
     * Open a pull request from a head branch into a base branch, optionally as a draft.
     *
     * `POST /repos/{owner}/{repo}/pulls`
     */
    createPull(args: Args<operations["createPull"]>, options?: CallOptions): Promise<Result<Data<operations["createPull"]>>>;
    /**
     * List the files a pull request changes, with their patches (at most 3,000 files).
     *
     * `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`
     */
    listPullFiles: {
        (args: Args<operations["listPullFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listPullFiles"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPullFiles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPullFiles"]>, void, undefined>;
    };
    /**
     * Merge a pull request by merge commit, squash or rebase.
     *
     * `PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge`
     */
    mergePull(args: Args<operations["mergePull"]>, options?: CallOptions): Promise<Result<Data<operations["mergePull"]>>>;
    /**
     * Submit a review that approves, requests changes or comments, optionally with line comments.
     *
     * `POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews`
     */
    createPullReview(args: Args<operations["createPullReview"]>, options?: CallOptions): Promise<Result<Data<operations["createPullReview"]>>>;
    /**
     * Search repositories with GitHub search syntax (qualifiers such as language, stars and topic).
     *
     * `GET /search/repositories`
     */
    searchRepos: {
        (args: Args<operations["searchRepos"]>, options?: CallOptions): Promise<Result<Data<operations["searchRepos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchRepos"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchRepos"]>, void, undefined>;
    };
    /**
     * Search issues and pull requests across repositories with GitHub search syntax.
     *
     * `GET /search/issues`
     */
    searchIssues: {
        (args: Args<operations["searchIssues"]>, options?: CallOptions): Promise<Result<Data<operations["searchIssues"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchIssues"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchIssues"]>, void, undefined>;
    };
    /**
     * Search file contents on default branches; scope the query to a repo, org or user.
     *
     * `GET /search/code`
     */
    searchCode: {
        (args: Args<operations["searchCode"]>, options?: CallOptions): Promise<Result<Data<operations["searchCode"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchCode"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchCode"]>, void, undefined>;
    };
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The GitHub client: `const api = github(new Switchboard({ baseUrl, apiKey }))`.
 */
export function github(client: Switchboard): GithubClient {
    const app = "github";
    return {
        getAuthenticatedUser: (args, options) => client.call(app, routes.getAuthenticatedUser, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listMyOrgs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyOrgs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyOrgs, args, options) }) as GithubClient["listMyOrgs"],
        getRateLimit: (args, options) => client.call(app, routes.getRateLimit, args, options),
        listMyRepos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyRepos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyRepos, args, options) }) as GithubClient["listMyRepos"],
        listOrgRepos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listOrgRepos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listOrgRepos, args, options) }) as GithubClient["listOrgRepos"],
        getRepo: (args, options) => client.call(app, routes.getRepo, args, options),
        createMyRepo: (args, options) => client.call(app, routes.createMyRepo, args, options),
        createOrgRepo: (args, options) => client.call(app, routes.createOrgRepo, args, options),
        updateRepo: (args, options) => client.call(app, routes.updateRepo, args, options),
        getContent: (args, options) => client.call(app, routes.getContent, args, options),
        putContent: (args, options) => client.call(app, routes.putContent, args, options),
        listBranches: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBranches, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBranches, args, options) }) as GithubClient["listBranches"],
        getBranch: (args, options) => client.call(app, routes.getBranch, args, options),
        mergeBranch: (args, options) => client.call(app, routes.mergeBranch, args, options),
        listCommits: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCommits, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCommits, args, options) }) as GithubClient["listCommits"],
        getCommit: (args, options) => client.call(app, routes.getCommit, args, options),
        compareCommits: (args, options) => client.call(app, routes.compareCommits, args, options),
        listIssues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIssues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIssues, args, options) }) as GithubClient["listIssues"],
        getIssue: (args, options) => client.call(app, routes.getIssue, args, options),
        createIssue: (args, options) => client.call(app, routes.createIssue, args, options),
        updateIssue: (args, options) => client.call(app, routes.updateIssue, args, options),
        listIssueComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIssueComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIssueComments, args, options) }) as GithubClient["listIssueComments"],
        createIssueComment: (args, options) => client.call(app, routes.createIssueComment, args, options),
        listLabels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLabels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLabels, args, options) }) as GithubClient["listLabels"],
        createLabel: (args, options) => client.call(app, routes.createLabel, args, options),
        listPulls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPulls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPulls, args, options) }) as GithubClient["listPulls"],
        getPull: (args, options) => client.call(app, routes.getPull, args, options),
        createPull: (args, options) => client.call(app, routes.createPull, args, options),
        listPullFiles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPullFiles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPullFiles, args, options) }) as GithubClient["listPullFiles"],
        mergePull: (args, options) => client.call(app, routes.mergePull, args, options),
        createPullReview: (args, options) => client.call(app, routes.createPullReview, args, options),
        searchRepos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchRepos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchRepos, args, options) }) as GithubClient["searchRepos"],
        searchIssues: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchIssues, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchIssues, args, options) }) as GithubClient["searchIssues"],
        searchCode: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchCode, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchCode, args, options) }) as GithubClient["searchCode"],
    };
}