// Generated from providers/netlify.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/netlify.js';

/**
 * Netlify through the Switchboard gateway: Sites, deploys, builds, environment variables, DNS, hooks, forms and team members on Netlify.
 */
export interface NetlifyClient {
    /**
     * Read the profile of the account the token belongs to.
     *
     * `GET /api/v1/user`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * List the team accounts the user is a member of.
     *
     * `GET /api/v1/accounts`
     */
    listAccounts(args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
    /**
     * Read one team account with its plan and billing details.
     *
     * `GET /api/v1/accounts/{account_id}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * Create a new team account on a given plan.
     *
     * `POST /api/v1/accounts`
     */
    createAccount(args: Args<operations["createAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createAccount"]>>>;
    /**
     * Change a team account's name, slug, plan or billing contact.
     *
     * `PUT /api/v1/accounts/{account_id}`
     */
    updateAccount(args: Args<operations["updateAccount"]>, options?: CallOptions): Promise<Result<Data<operations["updateAccount"]>>>;
    /**
     * List the account's environment variables, or one site's when site_id is given.
     *
     * `GET /api/v1/accounts/{account_id}/env`
     */
    listEnvVars(args: Args<operations["listEnvVars"]>, options?: CallOptions): Promise<Result<Data<operations["listEnvVars"]>>>;
    /**
     * Create one or more environment variables on the account or, with site_id, on one site.
     *
     * `POST /api/v1/accounts/{account_id}/env`
     */
    createEnvVars(args: Args<operations["createEnvVars"]>, options?: CallOptions): Promise<Result<Data<operations["createEnvVars"]>>>;
    /**
     * Replace all scopes and values of one environment variable.
     *
     * `PUT /api/v1/accounts/{account_id}/env/{key}`
     */
    updateEnvVar(args: Args<operations["updateEnvVar"]>, options?: CallOptions): Promise<Result<Data<operations["updateEnvVar"]>>>;
    /**
     * Delete an environment variable with all its values.
     *
     * `DELETE /api/v1/accounts/{account_id}/env/{key}`
     */
    deleteEnvVar(args: Args<operations["deleteEnvVar"]>, options?: CallOptions): Promise<Result<Data<operations["deleteEnvVar"]>>>;
    /**
     * List the sites the user can reach, optionally by name.
     *
     * `GET /api/v1/sites`
     */
    listSites: {
        (args?: Args<operations["listSites"]>, options?: CallOptions): Promise<Result<Data<operations["listSites"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSites"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSites"]>, void, undefined>;
    };
    /**
     * Read one site with its domains, build settings and published deploy.
     *
     * `GET /api/v1/sites/{site_id}`
     */
    getSite(args: Args<operations["getSite"]>, options?: CallOptions): Promise<Result<Data<operations["getSite"]>>>;
    /**
     * Create a site in the user's default team, optionally linked to a Git repository.
     *
     * `POST /api/v1/sites`
     */
    createSite(args: Args<operations["createSite"]>, options?: CallOptions): Promise<Result<Data<operations["createSite"]>>>;
    /**
     * Change a site's name, domains, password, HTTPS enforcement or build settings.
     *
     * `PUT /api/v1/sites/{site_id}`
     */
    updateSite(args: Args<operations["updateSite"]>, options?: CallOptions): Promise<Result<Data<operations["updateSite"]>>>;
    /**
     * Delete a site with all its deploys.
     *
     * `DELETE /api/v1/sites/{site_id}`
     */
    deleteSite(args: Args<operations["deleteSite"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSite"]>>>;
    /**
     * Take a site offline without deleting it.
     *
     * `PUT /api/v1/sites/{site_id}/disable`
     */
    disableSite(args: Args<operations["disableSite"]>, options?: CallOptions): Promise<Result<Data<operations["disableSite"]>>>;
    /**
     * Bring a disabled site back online.
     *
     * `PUT /api/v1/sites/{site_id}/enable`
     */
    enableSite(args: Args<operations["enableSite"]>, options?: CallOptions): Promise<Result<Data<operations["enableSite"]>>>;
    /**
     * List the sites of one team.
     *
     * `GET /api/v1/{account_slug}/sites`
     */
    listAccountSites: {
        (args: Args<operations["listAccountSites"]>, options?: CallOptions): Promise<Result<Data<operations["listAccountSites"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAccountSites"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccountSites"]>, void, undefined>;
    };
    /**
     * Create a site in a given team.
     *
     * `POST /api/v1/{account_slug}/sites`
     */
    createAccountSite(args: Args<operations["createAccountSite"]>, options?: CallOptions): Promise<Result<Data<operations["createAccountSite"]>>>;
    /**
     * List a site's deploys, newest first, filtered by branch, state or context.
     *
     * `GET /api/v1/sites/{site_id}/deploys`
     */
    listSiteDeploys: {
        (args: Args<operations["listSiteDeploys"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteDeploys"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSiteDeploys"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSiteDeploys"]>, void, undefined>;
    };
    /**
     * Read one deploy with its state, URLs and commit.
     *
     * `GET /api/v1/deploys/{deploy_id}`
     */
    getDeploy(args: Args<operations["getDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["getDeploy"]>>>;
    /**
     * Start a file-digest deploy; the answer lists the files still to upload.
     *
     * `POST /api/v1/sites/{site_id}/deploys`
     */
    createSiteDeploy(args: Args<operations["createSiteDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["createSiteDeploy"]>>>;
    /**
     * Cancel a deploy that is still building (site-scoped form).
     *
     * `POST /api/v1/sites/{site_id}/deploys/{deploy_id}/cancel`
     */
    cancelSiteDeploy(args: Args<operations["cancelSiteDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["cancelSiteDeploy"]>>>;
    /**
     * Cancel a deploy that is still building (the form in Netlify's API description).
     *
     * `POST /api/v1/deploys/{deploy_id}/cancel`
     */
    cancelDeploy(args: Args<operations["cancelDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["cancelDeploy"]>>>;
    /**
     * Publish an earlier deploy again (roll back).
     *
     * `POST /api/v1/sites/{site_id}/deploys/{deploy_id}/restore`
     */
    restoreSiteDeploy(args: Args<operations["restoreSiteDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["restoreSiteDeploy"]>>>;
    /**
     * Pin the site to this deploy so later builds are not published automatically.
     *
     * `POST /api/v1/deploys/{deploy_id}/lock`
     */
    lockDeploy(args: Args<operations["lockDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["lockDeploy"]>>>;
    /**
     * Release the pin so new builds publish automatically again.
     *
     * `POST /api/v1/deploys/{deploy_id}/unlock`
     */
    unlockDeploy(args: Args<operations["unlockDeploy"]>, options?: CallOptions): Promise<Result<Data<operations["unlockDeploy"]>>>;
    /**
     * List a site's builds, newest first.
     *
     * `GET /api/v1/sites/{site_id}/builds`
     */
    listSiteBuilds: {
        (args: Args<operations["listSiteBuilds"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteBuilds"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSiteBuilds"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSiteBuilds"]>, void, undefined>;
    };
    /**
     * Read one build and whether it has finished.
     *
     * `GET /api/v1/builds/{build_id}`
     */
    getBuild(args: Args<operations["getBuild"]>, options?: CallOptions): Promise<Result<Data<operations["getBuild"]>>>;
    /**
     * Start a new build of the site from its linked repository.
     *
     * `POST /api/v1/sites/{site_id}/builds`
     */
    createSiteBuild(args: Args<operations["createSiteBuild"]>, options?: CallOptions): Promise<Result<Data<operations["createSiteBuild"]>>>;
    /**
     * List the DNS zones Netlify hosts for the user, optionally for one team.
     *
     * `GET /api/v1/dns_zones`
     */
    listDnsZones(args?: Args<operations["listDnsZones"]>, options?: CallOptions): Promise<Result<Data<operations["listDnsZones"]>>>;
    /**
     * Read one DNS zone with its name servers.
     *
     * `GET /api/v1/dns_zones/{zone_id}`
     */
    getDnsZone(args: Args<operations["getDnsZone"]>, options?: CallOptions): Promise<Result<Data<operations["getDnsZone"]>>>;
    /**
     * Start hosting DNS for a domain on Netlify.
     *
     * `POST /api/v1/dns_zones`
     */
    createDnsZone(args: Args<operations["createDnsZone"]>, options?: CallOptions): Promise<Result<Data<operations["createDnsZone"]>>>;
    /**
     * Stop hosting DNS for a domain and delete its records.
     *
     * `DELETE /api/v1/dns_zones/{zone_id}`
     */
    deleteDnsZone(args: Args<operations["deleteDnsZone"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDnsZone"]>>>;
    /**
     * List the records of a DNS zone.
     *
     * `GET /api/v1/dns_zones/{zone_id}/dns_records`
     */
    listDnsRecords(args: Args<operations["listDnsRecords"]>, options?: CallOptions): Promise<Result<Data<operations["listDnsRecords"]>>>;
    /**
     * Add a record (A, AAAA, CNAME, MX, TXT, NS, SRV, CAA …) to a DNS zone.
     *
     * `POST /api/v1/dns_zones/{zone_id}/dns_records`
     */
    createDnsRecord(args: Args<operations["createDnsRecord"]>, options?: CallOptions): Promise<Result<Data<operations["createDnsRecord"]>>>;
    /**
     * Remove a record from a DNS zone.
     *
     * `DELETE /api/v1/dns_zones/{zone_id}/dns_records/{record_id}`
     */
    deleteDnsRecord(args: Args<operations["deleteDnsRecord"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDnsRecord"]>>>;
    /**
     * List a site's build hooks with their trigger URLs.
     *
     * `GET /api/v1/sites/{site_id}/build_hooks`
     */
    listSiteBuildHooks(args: Args<operations["listSiteBuildHooks"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteBuildHooks"]>>>;
    /**
     * Create a build hook that builds a given branch when its URL is POSTed to.
     *
     * `POST /api/v1/sites/{site_id}/build_hooks`
     */
    createSiteBuildHook(args: Args<operations["createSiteBuildHook"]>, options?: CallOptions): Promise<Result<Data<operations["createSiteBuildHook"]>>>;
    /**
     * Delete a build hook; its URL stops working.
     *
     * `DELETE /api/v1/sites/{site_id}/build_hooks/{build_hook_id}`
     */
    deleteSiteBuildHook(args: Args<operations["deleteSiteBuildHook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSiteBuildHook"]>>>;
    /**
     * List a site's notification hooks (outgoing webhooks, email and Slack notices).
     *
     * `GET /api/v1/hooks`
     */
    listHooks(args: Args<operations["listHooks"]>, options?: CallOptions): Promise<Result<Data<operations["listHooks"]>>>;
    /**
     * Add a notification hook that fires on a site event.
     *
     * `POST /api/v1/hooks`
     */
    createHook(args: Args<operations["createHook"]>, options?: CallOptions): Promise<Result<Data<operations["createHook"]>>>;
    /**
     * Change a notification hook's event or settings.
     *
     * `PUT /api/v1/hooks/{hook_id}`
     */
    updateHook(args: Args<operations["updateHook"]>, options?: CallOptions): Promise<Result<Data<operations["updateHook"]>>>;
    /**
     * Delete a notification hook.
     *
     * `DELETE /api/v1/hooks/{hook_id}`
     */
    deleteHook(args: Args<operations["deleteHook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteHook"]>>>;
    /**
     * List the forms Netlify detected on a site.
     *
     * `GET /api/v1/sites/{site_id}/forms`
     */
    listSiteForms(args: Args<operations["listSiteForms"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteForms"]>>>;
    /**
     * List the submissions of one form, newest first.
     *
     * `GET /api/v1/forms/{form_id}/submissions`
     */
    listFormSubmissions: {
        (args: Args<operations["listFormSubmissions"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubmissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubmissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubmissions"]>, void, undefined>;
    };
    /**
     * Delete one form submission.
     *
     * `DELETE /api/v1/submissions/{submission_id}`
     */
    deleteSubmission(args: Args<operations["deleteSubmission"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSubmission"]>>>;
    /**
     * List the members of a team.
     *
     * `GET /api/v1/{account_slug}/members`
     */
    listMembers(args: Args<operations["listMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listMembers"]>>>;
    /**
     * Invite someone to a team by email with a role.
     *
     * `POST /api/v1/{account_slug}/members`
     */
    addMember(args: Args<operations["addMember"]>, options?: CallOptions): Promise<Result<Data<operations["addMember"]>>>;
    /**
     * Read one team member.
     *
     * `GET /api/v1/{account_slug}/members/{member_id}`
     */
    getMember(args: Args<operations["getMember"]>, options?: CallOptions): Promise<Result<Data<operations["getMember"]>>>;
    /**
     * Change a member's role or which sites they can reach.
     *
     * `PUT /api/v1/{account_slug}/members/{member_id}`
     */
    updateMember(args: Args<operations["updateMember"]>, options?: CallOptions): Promise<Result<Data<operations["updateMember"]>>>;
    /**
     * Remove someone from a team.
     *
     * `DELETE /api/v1/{account_slug}/members/{member_id}`
     */
    removeMember(args: Args<operations["removeMember"]>, options?: CallOptions): Promise<Result<Data<operations["removeMember"]>>>;
    /**
     * Show the state, domains and expiry of the site's TLS certificate.
     *
     * `GET /api/v1/sites/{site_id}/ssl`
     */
    getSiteSsl(args: Args<operations["getSiteSsl"]>, options?: CallOptions): Promise<Result<Data<operations["getSiteSsl"]>>>;
    /**
     * Provision a Let's Encrypt certificate, or install your own by passing it in the query.
     *
     * `POST /api/v1/sites/{site_id}/ssl`
     */
    provisionSiteSsl(args: Args<operations["provisionSiteSsl"]>, options?: CallOptions): Promise<Result<Data<operations["provisionSiteSsl"]>>>;
    /**
     * List the serverless functions deployed with the site's current deploy.
     *
     * `GET /api/v1/sites/{site_id}/functions`
     */
    listSiteFunctions(args: Args<operations["listSiteFunctions"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteFunctions"]>>>;
    /**
     * List the add-on services that can be attached to sites.
     *
     * `GET /api/v1/services`
     */
    listServices(args?: Args<operations["listServices"]>, options?: CallOptions): Promise<Result<Data<operations["listServices"]>>>;
    /**
     * Read one add-on service by its slug.
     *
     * `GET /api/v1/services/{service_id}`
     */
    getService(args: Args<operations["getService"]>, options?: CallOptions): Promise<Result<Data<operations["getService"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/api/v1/user"},
    listAccounts: {"method":"GET","path":"/api/v1/accounts"},
    getAccount: {"method":"GET","path":"/api/v1/accounts/{account_id}"},
    createAccount: {"method":"POST","path":"/api/v1/accounts","body":"application/json"},
    updateAccount: {"method":"PUT","path":"/api/v1/accounts/{account_id}","body":"application/json"},
    listEnvVars: {"method":"GET","path":"/api/v1/accounts/{account_id}/env"},
    createEnvVars: {"method":"POST","path":"/api/v1/accounts/{account_id}/env","body":"application/json"},
    updateEnvVar: {"method":"PUT","path":"/api/v1/accounts/{account_id}/env/{key}","body":"application/json"},
    deleteEnvVar: {"method":"DELETE","path":"/api/v1/accounts/{account_id}/env/{key}"},
    listSites: {"method":"GET","path":"/api/v1/sites","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getSite: {"method":"GET","path":"/api/v1/sites/{site_id}"},
    createSite: {"method":"POST","path":"/api/v1/sites","body":"application/json"},
    updateSite: {"method":"PUT","path":"/api/v1/sites/{site_id}","body":"application/json"},
    deleteSite: {"method":"DELETE","path":"/api/v1/sites/{site_id}"},
    disableSite: {"method":"PUT","path":"/api/v1/sites/{site_id}/disable"},
    enableSite: {"method":"PUT","path":"/api/v1/sites/{site_id}/enable"},
    listAccountSites: {"method":"GET","path":"/api/v1/{account_slug}/sites","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createAccountSite: {"method":"POST","path":"/api/v1/{account_slug}/sites","body":"application/json"},
    listSiteDeploys: {"method":"GET","path":"/api/v1/sites/{site_id}/deploys","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getDeploy: {"method":"GET","path":"/api/v1/deploys/{deploy_id}"},
    createSiteDeploy: {"method":"POST","path":"/api/v1/sites/{site_id}/deploys","body":"application/json"},
    cancelSiteDeploy: {"method":"POST","path":"/api/v1/sites/{site_id}/deploys/{deploy_id}/cancel"},
    cancelDeploy: {"method":"POST","path":"/api/v1/deploys/{deploy_id}/cancel"},
    restoreSiteDeploy: {"method":"POST","path":"/api/v1/sites/{site_id}/deploys/{deploy_id}/restore"},
    lockDeploy: {"method":"POST","path":"/api/v1/deploys/{deploy_id}/lock"},
    unlockDeploy: {"method":"POST","path":"/api/v1/deploys/{deploy_id}/unlock"},
    listSiteBuilds: {"method":"GET","path":"/api/v1/sites/{site_id}/builds","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getBuild: {"method":"GET","path":"/api/v1/builds/{build_id}"},
    createSiteBuild: {"method":"POST","path":"/api/v1/sites/{site_id}/builds","body":"application/json"},
    listDnsZones: {"method":"GET","path":"/api/v1/dns_zones"},
    getDnsZone: {"method":"GET","path":"/api/v1/dns_zones/{zone_id}"},
    createDnsZone: {"method":"POST","path":"/api/v1/dns_zones","body":"application/json"},
    deleteDnsZone: {"method":"DELETE","path":"/api/v1/dns_zones/{zone_id}"},
    listDnsRecords: {"method":"GET","path":"/api/v1/dns_zones/{zone_id}/dns_records"},
    createDnsRecord: {"method":"POST","path":"/api/v1/dns_zones/{zone_id}/dns_records","body":"application/json"},
    deleteDnsRecord: {"method":"DELETE","path":"/api/v1/dns_zones/{zone_id}/dns_records/{record_id}"},
    listSiteBuildHooks: {"method":"GET","path":"/api/v1/sites/{site_id}/build_hooks"},
    createSiteBuildHook: {"method":"POST","path":"/api/v1/sites/{site_id}/build_hooks","body":"application/json"},
    deleteSiteBuildHook: {"method":"DELETE","path":"/api/v1/sites/{site_id}/build_hooks/{build_hook_id}"},
    listHooks: {"method":"GET","path":"/api/v1/hooks"},
    createHook: {"method":"POST","path":"/api/v1/hooks","body":"application/json"},
    updateHook: {"method":"PUT","path":"/api/v1/hooks/{hook_id}","body":"application/json"},
    deleteHook: {"method":"DELETE","path":"/api/v1/hooks/{hook_id}"},
    listSiteForms: {"method":"GET","path":"/api/v1/sites/{site_id}/forms"},
    listFormSubmissions: {"method":"GET","path":"/api/v1/forms/{form_id}/submissions","paging":{"style":"page","pageParam":"page","firstPage":1}},
    deleteSubmission: {"method":"DELETE","path":"/api/v1/submissions/{submission_id}"},
    listMembers: {"method":"GET","path":"/api/v1/{account_slug}/members"},
    addMember: {"method":"POST","path":"/api/v1/{account_slug}/members","body":"application/json"},
    getMember: {"method":"GET","path":"/api/v1/{account_slug}/members/{member_id}"},
    updateMember: {"method":"PUT","path":"/api/v1/{account_slug}/members/{member_id}","body":"application/json"},
    removeMember: {"method":"DELETE","path":"/api/v1/{account_slug}/members/{member_id}"},
    getSiteSsl: {"method":"GET","path":"/api/v1/sites/{site_id}/ssl"},
    provisionSiteSsl: {"method":"POST","path":"/api/v1/sites/{site_id}/ssl"},
    listSiteFunctions: {"method":"GET","path":"/api/v1/sites/{site_id}/functions"},
    listServices: {"method":"GET","path":"/api/v1/services"},
    getService: {"method":"GET","path":"/api/v1/services/{service_id}"},
} satisfies Record<string, Route>;

/**
 * The Netlify client: `const api = netlify(new Switchboard({ baseUrl, apiKey }))`.
 */
export function netlify(client: Switchboard): NetlifyClient {
    const app = "netlify";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        listAccounts: (args, options) => client.call(app, routes.listAccounts, args, options),
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        createAccount: (args, options) => client.call(app, routes.createAccount, args, options),
        updateAccount: (args, options) => client.call(app, routes.updateAccount, args, options),
        listEnvVars: (args, options) => client.call(app, routes.listEnvVars, args, options),
        createEnvVars: (args, options) => client.call(app, routes.createEnvVars, args, options),
        updateEnvVar: (args, options) => client.call(app, routes.updateEnvVar, args, options),
        deleteEnvVar: (args, options) => client.call(app, routes.deleteEnvVar, args, options),
        listSites: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSites, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSites, args, options) }) as NetlifyClient["listSites"],
        getSite: (args, options) => client.call(app, routes.getSite, args, options),
        createSite: (args, options) => client.call(app, routes.createSite, args, options),
        updateSite: (args, options) => client.call(app, routes.updateSite, args, options),
        deleteSite: (args, options) => client.call(app, routes.deleteSite, args, options),
        disableSite: (args, options) => client.call(app, routes.disableSite, args, options),
        enableSite: (args, options) => client.call(app, routes.enableSite, args, options),
        listAccountSites: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccountSites, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccountSites, args, options) }) as NetlifyClient["listAccountSites"],
        createAccountSite: (args, options) => client.call(app, routes.createAccountSite, args, options),
        listSiteDeploys: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSiteDeploys, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSiteDeploys, args, options) }) as NetlifyClient["listSiteDeploys"],
        getDeploy: (args, options) => client.call(app, routes.getDeploy, args, options),
        createSiteDeploy: (args, options) => client.call(app, routes.createSiteDeploy, args, options),
        cancelSiteDeploy: (args, options) => client.call(app, routes.cancelSiteDeploy, args, options),
        cancelDeploy: (args, options) => client.call(app, routes.cancelDeploy, args, options),
        restoreSiteDeploy: (args, options) => client.call(app, routes.restoreSiteDeploy, args, options),
        lockDeploy: (args, options) => client.call(app, routes.lockDeploy, args, options),
        unlockDeploy: (args, options) => client.call(app, routes.unlockDeploy, args, options),
        listSiteBuilds: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSiteBuilds, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSiteBuilds, args, options) }) as NetlifyClient["listSiteBuilds"],
        getBuild: (args, options) => client.call(app, routes.getBuild, args, options),
        createSiteBuild: (args, options) => client.call(app, routes.createSiteBuild, args, options),
        listDnsZones: (args, options) => client.call(app, routes.listDnsZones, args, options),
        getDnsZone: (args, options) => client.call(app, routes.getDnsZone, args, options),
        createDnsZone: (args, options) => client.call(app, routes.createDnsZone, args, options),
        deleteDnsZone: (args, options) => client.call(app, routes.deleteDnsZone, args, options),
        listDnsRecords: (args, options) => client.call(app, routes.listDnsRecords, args, options),
        createDnsRecord: (args, options) => client.call(app, routes.createDnsRecord, args, options),
        deleteDnsRecord: (args, options) => client.call(app, routes.deleteDnsRecord, args, options),
        listSiteBuildHooks: (args, options) => client.call(app, routes.listSiteBuildHooks, args, options),
        createSiteBuildHook: (args, options) => client.call(app, routes.createSiteBuildHook, args, options),
        deleteSiteBuildHook: (args, options) => client.call(app, routes.deleteSiteBuildHook, args, options),
        listHooks: (args, options) => client.call(app, routes.listHooks, args, options),
        createHook: (args, options) => client.call(app, routes.createHook, args, options),
        updateHook: (args, options) => client.call(app, routes.updateHook, args, options),
        deleteHook: (args, options) => client.call(app, routes.deleteHook, args, options),
        listSiteForms: (args, options) => client.call(app, routes.listSiteForms, args, options),
        listFormSubmissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubmissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubmissions, args, options) }) as NetlifyClient["listFormSubmissions"],
        deleteSubmission: (args, options) => client.call(app, routes.deleteSubmission, args, options),
        listMembers: (args, options) => client.call(app, routes.listMembers, args, options),
        addMember: (args, options) => client.call(app, routes.addMember, args, options),
        getMember: (args, options) => client.call(app, routes.getMember, args, options),
        updateMember: (args, options) => client.call(app, routes.updateMember, args, options),
        removeMember: (args, options) => client.call(app, routes.removeMember, args, options),
        getSiteSsl: (args, options) => client.call(app, routes.getSiteSsl, args, options),
        provisionSiteSsl: (args, options) => client.call(app, routes.provisionSiteSsl, args, options),
        listSiteFunctions: (args, options) => client.call(app, routes.listSiteFunctions, args, options),
        listServices: (args, options) => client.call(app, routes.listServices, args, options),
        getService: (args, options) => client.call(app, routes.getService, args, options),
    };
}