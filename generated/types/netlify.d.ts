// Generated from providers/netlify.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the team accounts the user is a member of. */
        get: operations["listAccounts"];
        put?: never;
        /** Create a new team account on a given plan. */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one team account with its plan and billing details. */
        get: operations["getAccount"];
        /** Change a team account's name, slug, plan or billing contact. */
        put: operations["updateAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/env": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's environment variables, or one site's when site_id is given. */
        get: operations["listEnvVars"];
        put?: never;
        /** Create one or more environment variables on the account or, with site_id, on one site. */
        post: operations["createEnvVars"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{account_id}/env/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace all scopes and values of one environment variable. */
        put: operations["updateEnvVar"];
        post?: never;
        /** Delete an environment variable with all its values. */
        delete: operations["deleteEnvVar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/builds/{build_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one build and whether it has finished. */
        get: operations["getBuild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deploys/{deploy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one deploy with its state, URLs and commit. */
        get: operations["getDeploy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deploys/{deploy_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a deploy that is still building (the form in Netlify's API description). */
        post: operations["cancelDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deploys/{deploy_id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin the site to this deploy so later builds are not published automatically. */
        post: operations["lockDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deploys/{deploy_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the pin so new builds publish automatically again. */
        post: operations["unlockDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dns_zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the DNS zones Netlify hosts for the user, optionally for one team. */
        get: operations["listDnsZones"];
        put?: never;
        /** Start hosting DNS for a domain on Netlify. */
        post: operations["createDnsZone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dns_zones/{zone_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one DNS zone with its name servers. */
        get: operations["getDnsZone"];
        put?: never;
        post?: never;
        /** Stop hosting DNS for a domain and delete its records. */
        delete: operations["deleteDnsZone"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dns_zones/{zone_id}/dns_records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the records of a DNS zone. */
        get: operations["listDnsRecords"];
        put?: never;
        /** Add a record (A, AAAA, CNAME, MX, TXT, NS, SRV, CAA …) to a DNS zone. */
        post: operations["createDnsRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dns_zones/{zone_id}/dns_records/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a record from a DNS zone. */
        delete: operations["deleteDnsRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forms/{form_id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the submissions of one form, newest first. */
        get: operations["listFormSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's notification hooks (outgoing webhooks, email and Slack notices). */
        get: operations["listHooks"];
        put?: never;
        /** Add a notification hook that fires on a site event. */
        post: operations["createHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hooks/{hook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a notification hook's event or settings. */
        put: operations["updateHook"];
        post?: never;
        /** Delete a notification hook. */
        delete: operations["deleteHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the add-on services that can be attached to sites. */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{service_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one add-on service by its slug. */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sites the user can reach, optionally by name. */
        get: operations["listSites"];
        put?: never;
        /** Create a site in the user's default team, optionally linked to a Git repository. */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one site with its domains, build settings and published deploy. */
        get: operations["getSite"];
        put?: never;
        post?: never;
        /** Delete a site with all its deploys. */
        delete: operations["deleteSite"];
        options?: never;
        head?: never;
        /** Change a site's name, domains, password, HTTPS enforcement or build settings. */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/api/v1/sites/{site_id}/build_hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's build hooks with their trigger URLs. */
        get: operations["listSiteBuildHooks"];
        put?: never;
        /** Create a build hook that builds a given branch when its URL is POSTed to. */
        post: operations["createSiteBuildHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/build_hooks/{build_hook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a build hook; its URL stops working. */
        delete: operations["deleteSiteBuildHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/builds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's builds, newest first. */
        get: operations["listSiteBuilds"];
        put?: never;
        /** Start a new build of the site from its linked repository. */
        post: operations["createSiteBuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/deploys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a site's deploys, newest first, filtered by branch, state or context. */
        get: operations["listSiteDeploys"];
        put?: never;
        /**
         * Start a file-digest deploy; the answer lists the files still to upload.
         * @description Send the SHA1 of every file by path (and the SHA256 of every function); then upload each digest the answer lists under required with PUT /api/v1/deploys/{deploy_id}/files/{path}.
         */
        post: operations["createSiteDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/deploys/{deploy_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an earlier deploy again (roll back). */
        post: operations["restoreSiteDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Take a site offline without deleting it. */
        put: operations["disableSite"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bring a disabled site back online. */
        put: operations["enableSite"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the forms Netlify detected on a site. */
        get: operations["listSiteForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/functions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the serverless functions deployed with the site's current deploy. */
        get: operations["listSiteFunctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/ssl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show the state, domains and expiry of the site's TLS certificate. */
        get: operations["getSiteSsl"];
        put?: never;
        /** Provision a Let's Encrypt certificate, or install your own by passing it in the query. */
        post: operations["provisionSiteSsl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{submission_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one form submission. */
        delete: operations["deleteSubmission"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the account the token belongs to. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{account_slug}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a team. */
        get: operations["listMembers"];
        put?: never;
        /** Invite someone to a team by email with a role. */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{account_slug}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one team member. */
        get: operations["getMember"];
        /** Change a member's role or which sites they can reach. */
        put: operations["updateMember"];
        post?: never;
        /** Remove someone from a team. */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/{account_slug}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the sites of one team. */
        get: operations["listAccountSites"];
        put?: never;
        /** Create a site in a given team. */
        post: operations["createAccountSite"];
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
        AddMemberRequest: {
            /** Format: email */
            email: string;
            /** @description Role on the team such as Owner or Developer (the roles offered depend on the plan). */
            role?: string;
        };
        AddMemberResponse: components["schemas"]["ListMembersResponseItem"][];
        CancelDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        CreateAccountRequest: {
            name: string;
            /** @description Id of the plan (account type). */
            type_id: string;
            payment_method_id?: string;
            /** @enum {string} */
            period?: "monthly" | "yearly";
            extra_seats_block?: number;
        };
        CreateAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        CreateAccountSiteRequest: components["schemas"]["CreateSiteRequest"];
        CreateAccountSiteResponse: components["schemas"]["ListSitesResponseSite"];
        CreateDnsRecordRequest: {
            /** @enum {string} */
            type: "A" | "AAAA" | "ALIAS" | "CAA" | "CNAME" | "MX" | "NS" | "SPF" | "SRV" | "TXT";
            /** @description Full host name, e.g. www.example.com. */
            hostname: string;
            value: string;
            /** @description Seconds. */
            ttl?: number;
            /** @description For MX and SRV records. */
            priority?: number;
            /** @description For SRV records. */
            weight?: number;
            /** @description For SRV records. */
            port?: number;
            /** @description For CAA records. */
            flag?: number;
            /** @description For CAA records. */
            tag?: string;
        };
        CreateDnsRecordResponse: components["schemas"]["ListDnsRecordsResponseItem"];
        CreateDnsZoneRequest: {
            /** @description The domain, e.g. example.com. */
            name: string;
            /** @description Team that owns the zone. */
            account_slug?: string;
            /** @description Site to connect the domain to. */
            site_id?: string;
        };
        CreateDnsZoneResponse: components["schemas"]["ListDnsZonesResponseZone"];
        CreateEnvVarsRequest: components["schemas"]["CreateEnvVarsRequestItem"][];
        CreateEnvVarsRequestItem: {
            key: string;
            /** @description Where the value is available (all scopes when omitted). */
            scopes?: ("builds" | "functions" | "runtime" | "post-processing")[];
            values: {
                value: string;
                /** @enum {string} */
                context: "all" | "dev" | "branch-deploy" | "deploy-preview" | "production" | "branch";
                /** @description Branch name when context is branch. */
                context_parameter?: string;
            }[];
            /** @description Hide the value after it is saved. */
            is_secret?: boolean;
        };
        CreateEnvVarsResponse: components["schemas"]["ListEnvVarsResponseEnvVar"][];
        CreateHookRequest: {
            site_id?: string;
            /** @description url for an outgoing webhook, email or slack. */
            type: string;
            /** @enum {string} */
            event: "deploy_building" | "deploy_created" | "deploy_failed" | "deploy_locked" | "deploy_unlocked" | "deploy_request_pending" | "deploy_request_accepted" | "deploy_request_rejected" | "submission_created" | "split_test_activated" | "split_test_deactivated" | "split_test_modified";
            /** @description Type-specific settings, e.g. { "url": "https://example.com/hook" }. */
            data: Record<string, unknown>;
        };
        CreateHookResponse: components["schemas"]["ListHooksResponseItem"];
        CreateSiteBuildHookRequest: {
            title?: string;
            /** @description Branch to build (the production branch when omitted). */
            branch?: string;
        };
        CreateSiteBuildHookResponse: components["schemas"]["ListSiteBuildHooksResponseItem"];
        CreateSiteBuildRequest: {
            /** @description Build without the dependency cache. */
            clear_cache?: boolean;
            /** @description Build image to use. */
            image?: string;
        };
        CreateSiteBuildResponse: components["schemas"]["ListSiteBuildsResponseItem"];
        CreateSiteDeployRequest: {
            /** @description Map of file path to SHA1 digest. */
            files?: {
                [key: string]: string;
            };
            /** @description Map of function name to SHA256 digest of its zip. */
            functions?: {
                [key: string]: string;
            };
            /** @description Deploy without publishing. */
            draft?: boolean;
            /** @description Compute the required files in the background. */
            async?: boolean;
            branch?: string;
            framework?: string;
            framework_version?: string;
        };
        CreateSiteDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        CreateSiteRequest: {
            /** @description Subdomain under netlify.app; must be unique. */
            name?: string;
            custom_domain?: string;
            domain_aliases?: string[];
            /** @description Protect the site with this password. */
            password?: string;
            force_ssl?: boolean;
            /** @description Git repository to build from. */
            repo?: {
                /** @enum {string} */
                provider?: "github" | "gitlab" | "bitbucket" | "azure_devops";
                /** @description owner/name of the repository. */
                repo_path?: string;
                repo_branch?: string;
                /** @description Build command. */
                cmd?: string;
                /** @description Publish directory. */
                dir?: string;
                functions_dir?: string;
                installation_id?: number;
                deploy_key_id?: string;
                private_logs?: boolean;
                env?: {
                    [key: string]: string;
                };
            };
        };
        CreateSiteResponse: components["schemas"]["ListSitesResponseSite"];
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
        GetAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        GetBuildResponse: components["schemas"]["ListSiteBuildsResponseItem"];
        GetCurrentUserResponse: {
            id?: string;
            uid?: string;
            full_name?: string;
            email?: string;
            avatar_url?: string;
            affiliate_id?: string;
            site_count?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            last_login?: string;
            login_providers?: string[];
        };
        GetDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        GetDnsZoneResponse: components["schemas"]["ListDnsZonesResponseZone"];
        GetMemberResponse: components["schemas"]["ListMembersResponseItem"];
        GetServiceResponse: components["schemas"]["ListServicesResponseItem"];
        GetSiteResponse: components["schemas"]["ListSitesResponseSite"];
        GetSiteSslResponse: {
            state?: string;
            domains?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        ListAccountSitesResponse: components["schemas"]["ListSitesResponseSite"][];
        ListAccountsResponse: components["schemas"]["ListAccountsResponseAccount"][];
        ListAccountsResponseAccount: {
            id?: string;
            name?: string;
            slug?: string;
            type?: string;
            type_name?: string;
            type_id?: string;
            capabilities?: Record<string, unknown>;
            billing_name?: string;
            billing_email?: string;
            billing_details?: string;
            billing_period?: string;
            payment_method_id?: string;
            owner_ids?: string[];
            roles_allowed?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListDnsRecordsResponse: components["schemas"]["ListDnsRecordsResponseItem"][];
        ListDnsRecordsResponseItem: {
            id?: string;
            hostname?: string;
            type?: string;
            value?: string;
            ttl?: number;
            priority?: number | null;
            dns_zone_id?: string;
            site_id?: string;
            flag?: number;
            tag?: string;
            /** @description true for records Netlify maintains itself. */
            managed?: boolean;
        };
        ListDnsZonesResponse: components["schemas"]["ListDnsZonesResponseZone"][];
        ListDnsZonesResponseZone: {
            id?: string;
            name?: string;
            domain?: string;
            account_id?: string;
            account_slug?: string;
            account_name?: string;
            site_id?: string;
            user_id?: string;
            dns_servers?: string[];
            supported_record_types?: string[];
            errors?: string[];
            ipv6_enabled?: boolean;
            dedicated?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListEnvVarsResponse: components["schemas"]["ListEnvVarsResponseEnvVar"][];
        ListEnvVarsResponseEnvVar: {
            key?: string;
            scopes?: ("builds" | "functions" | "runtime" | "post-processing")[];
            values?: {
                id?: string;
                value?: string;
                /** @enum {string} */
                context?: "all" | "dev" | "branch-deploy" | "deploy-preview" | "production" | "branch";
                /** @description Branch name when context is branch. */
                context_parameter?: string;
            }[];
            is_secret?: boolean;
            /** Format: date-time */
            updated_at?: string;
            updated_by?: Record<string, unknown>;
        };
        ListFormSubmissionsResponse: {
            id?: string;
            number?: number;
            email?: string;
            name?: string;
            first_name?: string;
            last_name?: string;
            company?: string;
            summary?: string;
            body?: string;
            /** @description All submitted fields by name. */
            data?: Record<string, unknown>;
            site_url?: string;
            /** Format: date-time */
            created_at?: string;
        }[];
        ListHooksResponse: components["schemas"]["ListHooksResponseItem"][];
        ListHooksResponseItem: {
            id?: string;
            site_id?: string;
            /** @description url, email, slack and so on. */
            type?: string;
            /** @description Event that fires the hook, e.g. deploy_created. */
            event?: string;
            /** @description Settings of the hook type, e.g. url. */
            data?: Record<string, unknown>;
            disabled?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListMembersResponse: components["schemas"]["ListMembersResponseItem"][];
        ListMembersResponseItem: {
            id?: string;
            full_name?: string;
            email?: string;
            avatar?: string;
            role?: string;
        };
        ListServicesResponse: components["schemas"]["ListServicesResponseItem"][];
        ListServicesResponseItem: {
            id?: string;
            name?: string;
            slug?: string;
            service_path?: string;
            description?: string;
            long_description?: string;
            tags?: string[];
            icon?: string;
            events?: Record<string, unknown>[];
            environments?: string[];
            manifest_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        ListSiteBuildHooksResponse: components["schemas"]["ListSiteBuildHooksResponseItem"][];
        ListSiteBuildHooksResponseItem: {
            id?: string;
            title?: string;
            branch?: string;
            /** @description POST to this URL to start a build. */
            url?: string;
            site_id?: string;
            /** Format: date-time */
            created_at?: string;
        };
        ListSiteBuildsResponse: components["schemas"]["ListSiteBuildsResponseItem"][];
        ListSiteBuildsResponseItem: {
            id?: string;
            deploy_id?: string;
            sha?: string;
            done?: boolean;
            error?: string | null;
            /** Format: date-time */
            created_at?: string;
        };
        ListSiteDeploysResponse: components["schemas"]["ListSiteDeploysResponseDeploy"][];
        ListSiteDeploysResponseDeploy: {
            id?: string;
            site_id?: string;
            build_id?: string;
            user_id?: string;
            state?: string;
            name?: string;
            title?: string;
            /** @description production, deploy-preview or branch-deploy. */
            context?: string;
            branch?: string;
            commit_ref?: string;
            commit_url?: string;
            url?: string;
            ssl_url?: string;
            deploy_url?: string;
            deploy_ssl_url?: string;
            admin_url?: string;
            screenshot_url?: string;
            draft?: boolean;
            locked?: boolean;
            skipped?: boolean;
            error_message?: string;
            /** @description SHA1 digests of files still to upload. */
            required?: string[];
            required_functions?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            /** Format: date-time */
            published_at?: string;
        };
        ListSiteFormsResponse: {
            id?: string;
            site_id?: string;
            name?: string;
            paths?: string[];
            submission_count?: number;
            fields?: {
                name?: string;
                type?: string;
            }[];
            /** Format: date-time */
            created_at?: string;
        }[];
        ListSiteFunctionsResponse: Record<string, unknown> | unknown[];
        ListSitesResponse: components["schemas"]["ListSitesResponseSite"][];
        ListSitesResponseSite: {
            id?: string;
            site_id?: string;
            name?: string;
            state?: string;
            plan?: string;
            custom_domain?: string | null;
            domain_aliases?: string[];
            url?: string;
            ssl_url?: string;
            admin_url?: string;
            deploy_url?: string;
            screenshot_url?: string;
            ssl?: boolean;
            force_ssl?: boolean;
            managed_dns?: boolean;
            account_name?: string;
            account_slug?: string;
            user_id?: string;
            git_provider?: string;
            build_settings?: {
                repo_url?: string;
                repo_branch?: string;
                cmd?: string;
                dir?: string;
                functions_dir?: string;
            };
            published_deploy?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        LockDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        ProvisionSiteSslResponse: components["schemas"]["GetSiteSslResponse"];
        RestoreSiteDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        UnlockDeployResponse: components["schemas"]["ListSiteDeploysResponseDeploy"];
        UpdateAccountRequest: {
            name?: string;
            slug?: string;
            type_id?: string;
            extra_seats_block?: number;
            billing_name?: string;
            billing_email?: string;
            billing_details?: string;
        };
        UpdateAccountResponse: components["schemas"]["ListAccountsResponseAccount"];
        UpdateEnvVarRequest: components["schemas"]["CreateEnvVarsRequestItem"];
        UpdateEnvVarResponse: components["schemas"]["ListEnvVarsResponseEnvVar"];
        UpdateHookRequest: components["schemas"]["CreateHookRequest"];
        UpdateHookResponse: components["schemas"]["ListHooksResponseItem"];
        UpdateMemberRequest: {
            /** @description New role such as Owner or Developer. */
            role?: string;
            /** @enum {string} */
            site_access?: "all" | "none" | "selected";
            /** @description Sites reachable when site_access is selected. */
            site_ids?: string[];
        };
        UpdateMemberResponse: components["schemas"]["ListMembersResponseItem"];
        UpdateSiteRequest: components["schemas"]["CreateSiteRequest"];
        UpdateSiteResponse: components["schemas"]["ListSitesResponseSite"];
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
        /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListAccountsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My Team",
                 *       "type_id": "starter"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
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
                    "application/json": components["schemas"]["GetAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Renamed Team",
                 *       "billing_email": "billing@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listEnvVars: {
        parameters: {
            query?: {
                /** @description Return the variables of this site instead of the account-wide ones. */
                site_id?: string;
                /** @description Only values for this deploy context. */
                context_name?: "all" | "dev" | "branch-deploy" | "deploy-preview" | "production";
                /** @description Only variables available in this scope. */
                scope?: "builds" | "functions" | "runtime" | "post-processing";
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
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
                    "application/json": components["schemas"]["ListEnvVarsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createEnvVars: {
        parameters: {
            query?: {
                /** @description Create the variables on this site. */
                site_id?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "key": "API_URL",
                 *         "scopes": [
                 *           "builds",
                 *           "functions"
                 *         ],
                 *         "values": [
                 *           {
                 *             "value": "https://api.example.com",
                 *             "context": "all"
                 *           }
                 *         ]
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["CreateEnvVarsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEnvVarsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateEnvVar: {
        parameters: {
            query?: {
                /** @description The site that owns the variable. */
                site_id?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
                /** @description Name of the environment variable, e.g. API_URL. */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "API_URL",
                 *       "values": [
                 *         {
                 *           "value": "https://staging.example.com",
                 *           "context": "deploy-preview"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateEnvVarRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateEnvVarResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteEnvVar: {
        parameters: {
            query?: {
                /** @description The site that owns the variable. */
                site_id?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the team account. */
                account_id: string;
                /** @description Name of the environment variable, e.g. API_URL. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the build. */
                build_id: string;
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
                    "application/json": components["schemas"]["GetBuildResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deploy. */
                deploy_id: string;
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
                    "application/json": components["schemas"]["GetDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancelDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deploy. */
                deploy_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    lockDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deploy. */
                deploy_id: string;
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
                    "application/json": components["schemas"]["LockDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    unlockDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the deploy. */
                deploy_id: string;
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
                    "application/json": components["schemas"]["UnlockDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDnsZones: {
        parameters: {
            query?: {
                /** @description Only zones of this team. */
                account_slug?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListDnsZonesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDnsZone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "example.com",
                 *       "account_slug": "my-team-slug"
                 *     }
                 */
                "application/json": components["schemas"]["CreateDnsZoneRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDnsZoneResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getDnsZone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the DNS zone. */
                zone_id: string;
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
                    "application/json": components["schemas"]["GetDnsZoneResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDnsZone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the DNS zone. */
                zone_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listDnsRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the DNS zone. */
                zone_id: string;
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
                    "application/json": components["schemas"]["ListDnsRecordsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createDnsRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the DNS zone. */
                zone_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "CNAME",
                 *       "hostname": "www.example.com",
                 *       "value": "my-site.netlify.app",
                 *       "ttl": 3600
                 *     }
                 */
                "application/json": components["schemas"]["CreateDnsRecordRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateDnsRecordResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteDnsRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the DNS zone. */
                zone_id: string;
                /** @description Id of the DNS record. */
                record_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFormSubmissions: {
        parameters: {
            query?: {
                /** @description Page number. */
                page?: number;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the form. */
                form_id: string;
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
                    "application/json": components["schemas"]["ListFormSubmissionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listHooks: {
        parameters: {
            query: {
                /** @description Site whose hooks to list. */
                site_id: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListHooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createHook: {
        parameters: {
            query: {
                /** @description Site the hook belongs to. */
                site_id: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "url",
                 *       "event": "deploy_created",
                 *       "data": {
                 *         "url": "https://example.com/hook"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateHookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateHookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notification or build hook. */
                hook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "url",
                 *       "event": "deploy_failed",
                 *       "data": {
                 *         "url": "https://example.com/hook"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateHookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateHookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the notification or build hook. */
                hook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Only services matching this text. */
                search?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListServicesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Slug (add-on name) of the service. */
                service_id: string;
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
                    "application/json": components["schemas"]["GetServiceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSites: {
        parameters: {
            query?: {
                /** @description Only sites whose name contains this text. */
                name?: string;
                filter?: "all" | "owner" | "guest";
                /** @description Page number. */
                page?: number;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["ListSitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSite: {
        parameters: {
            query?: {
                /** @description Also set up Netlify DNS for the custom domain. */
                configure_dns?: boolean;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my-site",
                 *       "repo": {
                 *         "provider": "github",
                 *         "repo_path": "username/repo",
                 *         "repo_branch": "main",
                 *         "cmd": "npm run build",
                 *         "dir": "dist"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateSiteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["GetSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "my-renamed-site",
                 *       "force_ssl": true
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSiteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateSiteResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteBuildHooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["ListSiteBuildHooksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSiteBuildHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "CMS publish",
                 *       "branch": "main"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSiteBuildHookRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSiteBuildHookResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSiteBuildHook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
                /** @description Id of the build hook. */
                build_hook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteBuilds: {
        parameters: {
            query?: {
                /** @description Page number. */
                page?: number;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["ListSiteBuildsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSiteBuild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "clear_cache": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateSiteBuildRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSiteBuildResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteDeploys: {
        parameters: {
            query?: {
                /** @description Only deploy previews. */
                "deploy-previews"?: boolean;
                /** @description Only production deploys. */
                production?: boolean;
                /** @description Only deploys in this state. */
                state?: "new" | "pending_review" | "accepted" | "rejected" | "enqueued" | "building" | "uploading" | "uploaded" | "preparing" | "prepared" | "processing" | "processed" | "ready" | "error" | "retrying";
                /** @description Only deploys of this branch. */
                branch?: string;
                /** @description Only the currently published deploy. */
                "latest-published"?: boolean;
                /** @description Page number. */
                page?: number;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["ListSiteDeploysResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createSiteDeploy: {
        parameters: {
            query?: {
                /** @description Label shown for the deploy. */
                title?: string;
                branch?: string;
                "deploy-previews"?: boolean;
                production?: boolean;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "files": {
                 *         "/index.html": "907d14fb3af2b0d4f18c2d46abe8aedce17367bd"
                 *       },
                 *       "draft": false
                 *     }
                 */
                "application/json": components["schemas"]["CreateSiteDeployRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSiteDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    restoreSiteDeploy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
                /** @description Id of the deploy. */
                deploy_id: string;
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
                    "application/json": components["schemas"]["RestoreSiteDeployResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    disableSite: {
        parameters: {
            query: {
                /** @description Why the site is disabled. */
                reason: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    enableSite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteForms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["ListSiteFormsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSiteFunctions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The functions of the published deploy with their names and runtimes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSiteFunctionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSiteSsl: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["GetSiteSslResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    provisionSiteSsl: {
        parameters: {
            query?: {
                /** @description PEM certificate of a custom certificate. */
                certificate?: string;
                /** @description PEM private key of the custom certificate. */
                key?: string;
                /** @description PEM intermediate chain of the custom certificate. */
                ca_certificates?: string;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Site UUID or the site's domain. */
                site_id: string;
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
                    "application/json": components["schemas"]["ProvisionSiteSslResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deleteSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description Id of the submission. */
                submission_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
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
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
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
                    "application/json": components["schemas"]["ListMembersResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dev@example.com",
                 *       "role": "Developer"
                 *     }
                 */
                "application/json": components["schemas"]["AddMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
                /** @description Id of the team member. */
                member_id: string;
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
                    "application/json": components["schemas"]["GetMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
                /** @description Id of the team member. */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "Collaborator",
                 *       "site_access": "selected",
                 *       "site_ids": [
                 *         "d37d1ce4-5444-40f5-a4ca-a2c40a8b6835"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateMemberRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMemberResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
                /** @description Id of the team member. */
                member_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccountSites: {
        parameters: {
            query?: {
                /** @description Only sites whose name contains this text. */
                name?: string;
                /** @description Page number. */
                page?: number;
                /** @description Results per page. */
                per_page?: number;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
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
                    "application/json": components["schemas"]["ListAccountSitesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createAccountSite: {
        parameters: {
            query?: {
                /** @description Also set up Netlify DNS for the custom domain. */
                configure_dns?: boolean;
            };
            header?: {
                /** @description Id of the Netlify connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /** @description URL slug of the team account, e.g. my-team-slug. */
                account_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "team-site"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountSiteRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountSiteResponse"];
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
