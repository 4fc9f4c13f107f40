// Generated from providers/github.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/orgs/{org}/repos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the repositories of an organization. */
        get: operations["listOrgRepos"];
        put?: never;
        /** Create a repository in an organization. */
        post: operations["createOrgRepo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rate_limit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show how much of each rate-limit budget is left; this call is not counted. */
        get: operations["getRateLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a repository's settings, default branch, counts and owner. */
        get: operations["getRepo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a repository's name, description, visibility, features, default branch or archive state. */
        patch: operations["updateRepo"];
        trace?: never;
    };
    "/repos/{owner}/{repo}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a repository's branches. */
        get: operations["listBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/branches/{branch}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a branch with its head commit and protection state. */
        get: operations["getBranch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/commits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List commits newest first, filtered by branch, path, author, committer or date range. */
        get: operations["listCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/commits/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one commit with its stats and changed files. */
        get: operations["getCommit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/compare/{base}...{head}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two branches, tags or commits and list the commits and files between them. */
        get: operations["compareCommits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/contents/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a file (Base64 content) or list a directory at a path, on the default branch or a given ref. */
        get: operations["getContent"];
        /** Create a file, or replace it when the body names its current sha, as one commit. */
        put: operations["putContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a repository's issues (pull requests included), filtered by state, labels or people. */
        get: operations["listIssues"];
        put?: never;
        /** Open an issue, optionally with labels, assignees and a milestone. */
        post: operations["createIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/issues/{issue_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one issue or pull request by number. */
        get: operations["getIssue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an issue's text, labels or assignees, or close and reopen it. */
        patch: operations["updateIssue"];
        trace?: never;
    };
    "/repos/{owner}/{repo}/issues/{issue_number}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the comments on an issue or pull request, oldest first. */
        get: operations["listIssueComments"];
        put?: never;
        /** Add a comment to an issue or pull request. */
        post: operations["createIssueComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels defined in a repository. */
        get: operations["listLabels"];
        put?: never;
        /** Define a new label in a repository. */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge one branch or commit into another branch directly, without a pull request. */
        post: operations["mergeBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/pulls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a repository's pull requests, filtered by state or branches. */
        get: operations["listPulls"];
        put?: never;
        /** Open a pull request from a head branch into a base branch, optionally as a draft. */
        post: operations["createPull"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/pulls/{pull_number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one pull request with its branches, merge state and reviewers. */
        get: operations["getPull"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/pulls/{pull_number}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files a pull request changes, with their patches (at most 3,000 files). */
        get: operations["listPullFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/pulls/{pull_number}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Merge a pull request by merge commit, squash or rebase. */
        put: operations["mergePull"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repos/{owner}/{repo}/pulls/{pull_number}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a review that approves, requests changes or comments, optionally with line comments. */
        post: operations["createPullReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search file contents on default branches; scope the query to a repo, org or user. */
        get: operations["searchCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search issues and pull requests across repositories with GitHub search syntax. */
        get: operations["searchIssues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search repositories with GitHub search syntax (qualifiers such as language, stars and topic). */
        get: operations["searchRepos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the account the connection acts as. */
        get: operations["getAuthenticatedUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations the authenticated account belongs to (needs read:org). */
        get: operations["listMyOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/repos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List repositories the authenticated account owns, collaborates on or reaches through its organizations. */
        get: operations["listMyRepos"];
        put?: never;
        /** Create a repository owned by the authenticated account. */
        post: operations["createMyRepo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the public profile of any user or organization by login. */
        get: operations["getUser"];
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
        CompareCommitsResponse: {
            /** @enum {string} */
            status?: "diverged" | "ahead" | "behind" | "identical";
            ahead_by?: number;
            behind_by?: number;
            total_commits?: number;
            html_url?: string;
            base_commit?: components["schemas"]["MergeBranchResponse"];
            merge_base_commit?: components["schemas"]["MergeBranchResponse"];
            commits?: components["schemas"]["MergeBranchResponse"][];
            files?: components["schemas"]["MergeBranchResponseFilesItem"][];
        };
        CreateIssueCommentRequest: {
            /** @description Markdown text of the comment. */
            body: string;
        };
        CreateIssueCommentResponse: components["schemas"]["ListIssueCommentsResponseItem"];
        CreateIssueRequest: {
            title: string;
            /** @description Markdown text of the issue. */
            body?: string;
            labels?: string[];
            /** @description Logins to assign. */
            assignees?: string[];
            /** @description Milestone number. */
            milestone?: number | string | null;
            /** @description Issue type name, where the organization defines types. */
            type?: string;
        };
        CreateIssueResponse: components["schemas"]["ListIssuesResponseIssue"];
        CreateLabelRequest: {
            /** @description Label name; emoji shortcodes are allowed. */
            name: string;
            /** @description Hex colour without the leading '#'. */
            color?: string;
            description?: string;
        };
        CreateLabelResponse: components["schemas"]["ListIssuesResponseIssueLabelsItem"];
        CreateMyRepoRequest: {
            name: string;
            description?: string;
            homepage?: string;
            /** @default false */
            private?: boolean;
            has_issues?: boolean;
            has_projects?: boolean;
            has_wiki?: boolean;
            has_discussions?: boolean;
            /** @description Start the repository with an initial commit holding a README. */
            auto_init?: boolean;
            /** @description Name of a .gitignore template such as Node. */
            gitignore_template?: string;
            /** @description License keyword such as mit. */
            license_template?: string;
            is_template?: boolean;
            allow_squash_merge?: boolean;
            allow_merge_commit?: boolean;
            allow_rebase_merge?: boolean;
            allow_auto_merge?: boolean;
            delete_branch_on_merge?: boolean;
        };
        CreateMyRepoResponse: components["schemas"]["ListMyReposResponseRepository"];
        CreateOrgRepoRequest: {
            name: string;
            description?: string;
            homepage?: string;
            /** @default false */
            private?: boolean;
            has_issues?: boolean;
            has_projects?: boolean;
            has_wiki?: boolean;
            /** @description Start the repository with an initial commit holding a README. */
            auto_init?: boolean;
            /** @description Name of a .gitignore template such as Node. */
            gitignore_template?: string;
            /** @description License keyword such as mit. */
            license_template?: string;
            is_template?: boolean;
            allow_squash_merge?: boolean;
            allow_merge_commit?: boolean;
            allow_rebase_merge?: boolean;
            allow_auto_merge?: boolean;
            delete_branch_on_merge?: boolean;
            /**
             * @description Overrides private; internal is for enterprise organizations.
             * @enum {string}
             */
            visibility?: "public" | "private" | "internal";
            /** @description Team to grant access to the new repository. */
            team_id?: number;
        };
        CreateOrgRepoResponse: components["schemas"]["ListMyReposResponseRepository"];
        CreatePullRequest: {
            /** @description Required unless issue is given. */
            title?: string;
            body?: string;
            /** @description Branch with the changes; username:branch for a fork. */
            head: string;
            /** @description Repository of head when it lives in another repository of the same network. */
            head_repo?: string;
            /** @description Branch to merge into. */
            base: string;
            draft?: boolean;
            maintainer_can_modify?: boolean;
            /** @description Turn this existing issue into the pull request. */
            issue?: number;
        };
        CreatePullResponse: components["schemas"]["GetPullResponse"];
        CreatePullReviewRequest: {
            /** @description Commit to review (the latest when omitted). */
            commit_id?: string;
            /** @description Review text; required for REQUEST_CHANGES and COMMENT. */
            body?: string;
            /**
             * @description Leave out to create a pending review.
             * @enum {string}
             */
            event?: "APPROVE" | "REQUEST_CHANGES" | "COMMENT";
            comments?: {
                path: string;
                body: string;
                line?: number;
                /** @enum {string} */
                side?: "LEFT" | "RIGHT";
                start_line?: number;
                /** @enum {string} */
                start_side?: "LEFT" | "RIGHT";
                position?: number;
            }[];
        };
        CreatePullReviewResponse: {
            id?: number;
            node_id?: string;
            user?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            body?: string;
            /** @enum {string} */
            state?: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
            commit_id?: string;
            html_url?: string;
            /** Format: date-time */
            submitted_at?: string;
        };
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
        GetAuthenticatedUserResponse: {
            login?: string;
            id?: number;
            node_id?: string;
            /** @enum {string} */
            type?: "User" | "Organization" | "Bot";
            name?: string;
            company?: string;
            blog?: string;
            location?: string;
            email?: string;
            bio?: string;
            avatar_url?: string;
            html_url?: string;
            public_repos?: number;
            followers?: number;
            following?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        GetBranchResponse: {
            name?: string;
            commit?: {
                sha?: string;
                commit?: Record<string, unknown>;
            };
            protected?: boolean;
            _links?: {
                html?: string;
            };
        };
        GetCommitResponse: components["schemas"]["MergeBranchResponse"];
        GetContentResponse: components["schemas"]["GetContentResponseFile"] | components["schemas"]["GetContentResponseEntry"][];
        GetContentResponseEntry: {
            /** @enum {string} */
            type?: "file" | "dir" | "symlink" | "submodule";
            name?: string;
            path?: string;
            sha?: string;
            size?: number;
            url?: string;
            html_url?: string;
            download_url?: string | null;
        };
        GetContentResponseFile: {
            /** @enum {string} */
            type?: "file" | "dir" | "symlink" | "submodule";
            name?: string;
            path?: string;
            sha?: string;
            size?: number;
            url?: string;
            html_url?: string;
            download_url?: string | null;
            /** @description base64 for files. */
            encoding?: string;
            /** @description Base64 file body, with line breaks. */
            content?: string;
        };
        GetIssueResponse: components["schemas"]["ListIssuesResponseIssue"];
        GetPullResponse: {
            id?: number;
            node_id?: string;
            number?: number;
            /** @enum {string} */
            state?: "open" | "closed";
            title?: string;
            body?: string | null;
            draft?: boolean;
            locked?: boolean;
            user?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            labels?: components["schemas"]["ListPullsResponsePullLabels"];
            requested_reviewers?: components["schemas"]["ListPullsResponsePullRequestedReviewers"];
            head?: components["schemas"]["ListPullsResponsePullHead"];
            base?: components["schemas"]["ListPullsResponsePullHead"];
            merge_commit_sha?: string | null;
            html_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            closed_at?: string | null;
            /** Format: date-time */
            merged_at?: string | null;
            merged?: boolean;
            /** @description Null while GitHub is still computing it. */
            mergeable?: boolean | null;
            mergeable_state?: string;
        };
        GetRateLimitResponse: {
            resources?: {
                [key: string]: components["schemas"]["GetRateLimitResponseBudget"];
            };
            rate?: components["schemas"]["GetRateLimitResponseBudget"];
        };
        GetRateLimitResponseBudget: {
            limit?: number;
            remaining?: number;
            used?: number;
            /** @description When the budget refills, epoch seconds. */
            reset?: number;
        };
        GetRepoResponse: components["schemas"]["ListMyReposResponseRepository"];
        GetUserResponse: components["schemas"]["GetAuthenticatedUserResponse"];
        ListBranchesResponse: {
            name?: string;
            commit?: {
                sha?: string;
                url?: string;
            };
            protected?: boolean;
        }[];
        ListCommitsResponse: components["schemas"]["MergeBranchResponse"][];
        ListIssueCommentsResponse: components["schemas"]["ListIssueCommentsResponseItem"][];
        ListIssueCommentsResponseItem: {
            id?: number;
            node_id?: string;
            body?: string;
            user?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            author_association?: string;
            html_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListIssuesResponse: components["schemas"]["ListIssuesResponseIssue"][];
        ListIssuesResponseIssue: {
            id?: number;
            node_id?: string;
            number?: number;
            title?: string;
            body?: string | null;
            /** @enum {string} */
            state?: "open" | "closed";
            state_reason?: string | null;
            locked?: boolean;
            user?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            assignees?: components["schemas"]["ListMyReposResponseRepositoryOwner"][];
            labels?: components["schemas"]["ListIssuesResponseIssueLabelsItem"][];
            milestone?: Record<string, unknown> | null;
            comments?: number;
            /** @description Present when the issue is a pull request. */
            pull_request?: Record<string, unknown>;
            html_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            closed_at?: string | null;
        };
        ListIssuesResponseIssueLabelsItem: {
            id?: number;
            node_id?: string;
            name?: string;
            color?: string;
            description?: string | null;
            default?: boolean;
        };
        ListLabelsResponse: components["schemas"]["ListIssuesResponseIssueLabelsItem"][];
        ListMyOrgsResponse: {
            login?: string;
            id?: number;
            node_id?: string;
            url?: string;
            avatar_url?: string;
            description?: string;
        }[];
        ListMyReposResponse: components["schemas"]["ListMyReposResponseRepository"][];
        ListMyReposResponseRepository: {
            id?: number;
            node_id?: string;
            name?: string;
            full_name?: string;
            private?: boolean;
            visibility?: string;
            owner?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            html_url?: string;
            description?: string | null;
            fork?: boolean;
            homepage?: string | null;
            language?: string | null;
            default_branch?: string;
            topics?: string[];
            archived?: boolean;
            disabled?: boolean;
            has_issues?: boolean;
            has_wiki?: boolean;
            stargazers_count?: number;
            watchers_count?: number;
            forks_count?: number;
            open_issues_count?: number;
            clone_url?: string;
            ssh_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            pushed_at?: string;
            permissions?: {
                admin?: boolean;
                push?: boolean;
                pull?: boolean;
            };
        };
        ListMyReposResponseRepositoryOwner: {
            login?: string;
            id?: number;
            node_id?: string;
            avatar_url?: string;
            html_url?: string;
            type?: string;
            site_admin?: boolean;
        };
        ListOrgReposResponse: components["schemas"]["ListMyReposResponseRepository"][];
        ListPullFilesResponse: components["schemas"]["MergeBranchResponseFilesItem"][];
        ListPullsResponse: components["schemas"]["ListPullsResponsePull"][];
        ListPullsResponsePull: {
            id?: number;
            node_id?: string;
            number?: number;
            /** @enum {string} */
            state?: "open" | "closed";
            title?: string;
            body?: string | null;
            draft?: boolean;
            locked?: boolean;
            user?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            labels?: components["schemas"]["ListPullsResponsePullLabels"];
            requested_reviewers?: components["schemas"]["ListPullsResponsePullRequestedReviewers"];
            head?: components["schemas"]["ListPullsResponsePullHead"];
            base?: components["schemas"]["ListPullsResponsePullHead"];
            merge_commit_sha?: string | null;
            html_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            closed_at?: string | null;
            /** Format: date-time */
            merged_at?: string | null;
        };
        ListPullsResponsePullHead: {
            label?: string;
            ref?: string;
            sha?: string;
            repo?: Record<string, unknown> | null;
        };
        ListPullsResponsePullLabels: components["schemas"]["ListIssuesResponseIssueLabelsItem"][];
        ListPullsResponsePullRequestedReviewers: components["schemas"]["ListMyReposResponseRepositoryOwner"][];
        MergeBranchRequest: {
            /** @description Branch that receives the merge. */
            base: string;
            /** @description Branch name or commit sha to merge in. */
            head: string;
            /** @description Message of the merge commit. */
            commit_message?: string;
        };
        MergeBranchResponse: {
            sha?: string;
            node_id?: string;
            html_url?: string;
            commit?: {
                message?: string;
                author?: {
                    name?: string;
                    email?: string;
                    /** Format: date-time */
                    date?: string;
                };
                committer?: {
                    name?: string;
                    email?: string;
                    /** Format: date-time */
                    date?: string;
                };
                tree?: {
                    sha?: string;
                };
            };
            author?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            committer?: components["schemas"]["ListMyReposResponseRepositoryOwner"];
            parents?: {
                sha?: string;
                url?: string;
            }[];
            stats?: {
                additions?: number;
                deletions?: number;
                total?: number;
            };
            files?: components["schemas"]["MergeBranchResponseFilesItem"][];
        };
        MergeBranchResponseFilesItem: {
            sha?: string;
            filename?: string;
            /** @enum {string} */
            status?: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
            additions?: number;
            deletions?: number;
            changes?: number;
            patch?: string;
            previous_filename?: string;
            blob_url?: string;
            raw_url?: string;
        };
        MergePullRequest: {
            commit_title?: string;
            commit_message?: string;
            /** @description Merge only if the head is still at this sha. */
            sha?: string;
            /**
             * @default merge
             * @enum {string}
             */
            merge_method?: "merge" | "squash" | "rebase";
        };
        MergePullResponse: {
            sha?: string;
            merged?: boolean;
            message?: string;
        };
        PutContentRequest: {
            /** @description Commit message. */
            message: string;
            /** @description New file body, Base64-encoded. */
            content: string;
            /** @description Blob sha of the file being replaced; required for updates. */
            sha?: string;
            /** @description Branch to commit to (default branch when omitted). */
            branch?: string;
            committer?: components["schemas"]["PutContentRequestCommitter"];
            author?: components["schemas"]["PutContentRequestCommitter"];
        };
        PutContentRequestCommitter: {
            name: string;
            email: string;
            /** Format: date-time */
            date?: string;
        };
        PutContentResponse: {
            content?: components["schemas"]["GetContentResponseEntry"];
            commit?: {
                sha?: string;
                message?: string;
                html_url?: string;
            };
        };
        SearchCodeResponse: {
            total_count?: number;
            incomplete_results?: boolean;
            items?: {
                name?: string;
                path?: string;
                sha?: string;
                html_url?: string;
                repository?: components["schemas"]["ListMyReposResponseRepository"];
                score?: number;
            }[];
        };
        SearchIssuesResponse: {
            total_count?: number;
            incomplete_results?: boolean;
            items?: components["schemas"]["ListIssuesResponseIssue"][];
        };
        SearchReposResponse: {
            total_count?: number;
            incomplete_results?: boolean;
            items?: components["schemas"]["ListMyReposResponseRepository"][];
        };
        UpdateIssueRequest: {
            title?: string;
            body?: string;
            /** @enum {string} */
            state?: "open" | "closed";
            /**
             * @description Why the state changed.
             * @enum {string|null}
             */
            state_reason?: "completed" | "not_planned" | "duplicate" | "reopened" | null;
            /** @description Replaces all labels. */
            labels?: string[];
            /** @description Replaces all assignees. */
            assignees?: string[];
            /** @description Milestone number, or null to clear it. */
            milestone?: number | string | null;
            type?: string | null;
        };
        UpdateIssueResponse: components["schemas"]["ListIssuesResponseIssue"];
        UpdateRepoRequest: {
            /** @description New name of the repository. */
            name?: string;
            description?: string;
            homepage?: string;
            private?: boolean;
            /** @enum {string} */
            visibility?: "public" | "private" | "internal";
            has_issues?: boolean;
            has_projects?: boolean;
            has_wiki?: boolean;
            is_template?: boolean;
            default_branch?: string;
            allow_squash_merge?: boolean;
            allow_merge_commit?: boolean;
            allow_rebase_merge?: boolean;
            allow_auto_merge?: boolean;
            delete_branch_on_merge?: boolean;
            /** @description true makes the repository read-only. */
            archived?: boolean;
        };
        UpdateRepoResponse: components["schemas"]["ListMyReposResponseRepository"];
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
        /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listOrgRepos: {
        parameters: {
            query?: {
                type?: "all" | "public" | "private" | "forks" | "sources" | "member";
                sort?: "created" | "updated" | "pushed" | "full_name";
                direction?: "asc" | "desc";
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Organization login. */
                org: string;
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
                    "application/json": components["schemas"]["ListOrgReposResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createOrgRepo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Organization login. */
                org: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my-new-repo",
                 *       "private": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateOrgRepoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrgRepoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRateLimit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetRateLimitResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getRepo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["GetRepoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateRepo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Updated description",
                 *       "has_issues": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRepoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRepoResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBranches: {
        parameters: {
            query?: {
                /** @description true for protected branches only, false for unprotected only. */
                protected?: boolean;
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["ListBranchesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBranch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Branch name (wildcards are not accepted). */
                branch: string;
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
                    "application/json": components["schemas"]["GetBranchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listCommits: {
        parameters: {
            query?: {
                /** @description Branch name or commit sha to start listing from (default branch when omitted). */
                sha?: string;
                /** @description Only commits touching this file path. */
                path?: string;
                /** @description Only commits by this login or email address. */
                author?: string;
                /** @description Only commits committed by this login or email address. */
                committer?: string;
                /** @description Only commits after this time. */
                since?: string;
                /** @description Only commits before this time. */
                until?: string;
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["ListCommitsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCommit: {
        parameters: {
            query?: {
                /** @description Changed files per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Commit sha, branch or tag name. */
                ref: string;
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
                    "application/json": components["schemas"]["GetCommitResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    compareCommits: {
        parameters: {
            query?: {
                /** @description Commits per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Branch, tag or sha to compare from. */
                base: string;
                /** @description Branch, tag or sha to compare to; prefix with owner: for another fork. */
                head: string;
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
                    "application/json": components["schemas"]["CompareCommitsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getContent: {
        parameters: {
            query?: {
                /** @description Branch, tag or commit sha to read from (default branch when omitted). */
                ref?: string;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description File or directory path inside the repository; may contain slashes. */
                path: string;
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
                    "application/json": components["schemas"]["GetContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    putContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description File path inside the repository; may contain slashes. */
                path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Create new file",
                 *       "content": "SGVsbG8gV29ybGQh",
                 *       "branch": "main"
                 *     }
                 */
                "application/json": components["schemas"]["PutContentRequest"];
            };
        };
        responses: {
            /** @description 201 when the file was created, 200 when it was replaced. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutContentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIssues: {
        parameters: {
            query?: {
                state?: "open" | "closed" | "all";
                /** @description Comma-separated label names that must all be present. */
                labels?: string;
                /** @description A login, none for unassigned, or * for any assignee. */
                assignee?: string;
                /** @description Login of the person who opened the issue. */
                creator?: string;
                /** @description Login mentioned in the issue. */
                mentioned?: string;
                /** @description A milestone number, none, or * for any milestone. */
                milestone?: string;
                /** @description An issue type name, none, or * for any type. */
                type?: string;
                sort?: "created" | "updated" | "comments";
                direction?: "asc" | "desc";
                /** @description Only issues updated after this time. */
                since?: string;
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["ListIssuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Found a bug",
                 *       "body": "Bug description here",
                 *       "labels": [
                 *         "bug"
                 *       ],
                 *       "assignees": [
                 *         "username"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateIssueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the issue (or pull request) within the repository. */
                issue_number: number;
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
                    "application/json": components["schemas"]["GetIssueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the issue (or pull request) within the repository. */
                issue_number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "state": "closed",
                 *       "state_reason": "completed"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIssueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIssueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listIssueComments: {
        parameters: {
            query?: {
                /** @description Only comments updated after this time. */
                since?: string;
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the issue (or pull request) within the repository. */
                issue_number: number;
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
                    "application/json": components["schemas"]["ListIssueCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createIssueComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the issue (or pull request) within the repository. */
                issue_number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "This is a comment"
                 *     }
                 */
                "application/json": components["schemas"]["CreateIssueCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listLabels: {
        parameters: {
            query?: {
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["ListLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createLabel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "priority:high",
                 *       "color": "ff0000",
                 *       "description": "High priority issues"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLabelRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateLabelResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    mergeBranch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "base": "main",
                 *       "head": "feature-branch",
                 *       "commit_message": "Merge feature branch"
                 *     }
                 */
                "application/json": components["schemas"]["MergeBranchRequest"];
            };
        };
        responses: {
            /** @description 201 with the merge commit; 204 when base already contains head; 409 on a conflict. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeBranchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPulls: {
        parameters: {
            query?: {
                state?: "open" | "closed" | "all";
                /** @description Only pull requests from this branch, written user:ref-name or organization:ref-name. */
                head?: string;
                /** @description Only pull requests into this branch. */
                base?: string;
                sort?: "created" | "updated" | "popularity" | "long-running";
                direction?: "asc" | "desc";
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
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
                    "application/json": components["schemas"]["ListPullsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPull: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "New feature",
                 *       "body": "Description of changes",
                 *       "head": "feature-branch",
                 *       "base": "main",
                 *       "draft": false
                 *     }
                 */
                "application/json": components["schemas"]["CreatePullRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePullResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPull: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the pull request within the repository. */
                pull_number: number;
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
                    "application/json": components["schemas"]["GetPullResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPullFiles: {
        parameters: {
            query?: {
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the pull request within the repository. */
                pull_number: number;
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
                    "application/json": components["schemas"]["ListPullFilesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    mergePull: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the pull request within the repository. */
                pull_number: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "commit_title": "Merge pull request",
                 *       "merge_method": "squash"
                 *     }
                 */
                "application/json": components["schemas"]["MergePullRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergePullResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPullReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Account (user or organization) that owns the repository; not case-sensitive. */
                owner: string;
                /** @description Repository name without the .git suffix; not case-sensitive. */
                repo: string;
                /** @description Number of the pull request within the repository. */
                pull_number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Looks good!",
                 *       "event": "APPROVE"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePullReviewRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePullReviewResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchCode: {
        parameters: {
            query: {
                /** @description Keywords plus qualifiers, e.g. useState repo:facebook/react extension:js. */
                q: string;
                /** @description Sort by when GitHub indexed the file (deprecated by GitHub). */
                sort?: "indexed";
                order?: "desc" | "asc";
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchCodeResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchIssues: {
        parameters: {
            query: {
                /** @description Keywords plus qualifiers, e.g. bug is:open repo:owner/name. */
                q: string;
                /** @description Best match when omitted. */
                sort?: "comments" | "reactions" | "reactions-+1" | "reactions--1" | "reactions-smile" | "reactions-thinking_face" | "reactions-heart" | "reactions-tada" | "interactions" | "created" | "updated";
                order?: "desc" | "asc";
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchIssuesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchRepos: {
        parameters: {
            query: {
                /** @description Keywords plus qualifiers, e.g. tetris language:python. */
                q: string;
                /** @description Best match when omitted. */
                sort?: "stars" | "forks" | "help-wanted-issues" | "updated";
                order?: "desc" | "asc";
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["SearchReposResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAuthenticatedUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetAuthenticatedUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyOrgs: {
        parameters: {
            query?: {
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyOrgsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMyRepos: {
        parameters: {
            query?: {
                visibility?: "all" | "public" | "private";
                /** @description Comma-separated mix of owner, collaborator and organization_member. */
                affiliation?: string;
                /** @description Shortcut filter; cannot be combined with visibility or affiliation. */
                type?: "all" | "owner" | "public" | "private" | "member";
                sort?: "created" | "updated" | "pushed" | "full_name";
                direction?: "asc" | "desc";
                /** @description Only repositories updated after this time. */
                since?: string;
                /** @description Only repositories updated before this time. */
                before?: string;
                /** @description Results per page. */
                per_page?: number;
                /** @description Page number. */
                page?: number;
            };
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListMyReposResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createMyRepo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my-new-repo",
                 *       "description": "A new repository",
                 *       "private": true,
                 *       "auto_init": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateMyRepoRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMyRepoResponse"];
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
                /** @description Id of the GitHub connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Login of the account. */
                username: string;
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
}
