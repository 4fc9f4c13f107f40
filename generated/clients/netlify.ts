// Generated from providers/netlify.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/netlify.js';

/**
 * Netlify through the Switchboard gateway: Sites, deploys, builds, environment variables, DNS, hooks, forms and team members on Netlify.
 */
export interface NetlifyClient {
    /** Read the profile of the account the token belongs to. `GET /api/v1/user` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** List the team accounts the user is a member of. `GET /api/v1/accounts` */
    listAccounts: Call<operations["listAccounts"]>;
    /** Read one team account with its plan and billing details. `GET /api/v1/accounts/{account_id}` */
    getAccount: Call<operations["getAccount"]>;
    /** Create a new team account on a given plan. `POST /api/v1/accounts` */
    createAccount: Call<operations["createAccount"]>;
    /** Change a team account's name, slug, plan or billing contact. `PUT /api/v1/accounts/{account_id}` */
    updateAccount: Call<operations["updateAccount"]>;
    /** List the account's environment variables, or one site's when site_id is given. `GET /api/v1/accounts/{account_id}/env` */
    listEnvVars: Call<operations["listEnvVars"]>;
    /** Create one or more environment variables on the account or, with site_id, on one site. `POST /api/v1/accounts/{account_id}/env` */
    createEnvVars: Call<operations["createEnvVars"]>;
    /** Replace all scopes and values of one environment variable. `PUT /api/v1/accounts/{account_id}/env/{key}` */
    updateEnvVar: Call<operations["updateEnvVar"]>;
    /** Delete an environment variable with all its values. `DELETE /api/v1/accounts/{account_id}/env/{key}` */
    deleteEnvVar: Call<operations["deleteEnvVar"]>;
    /** List the sites the user can reach, optionally by name. `GET /api/v1/sites` */
    listSites: Paged<operations["listSites"]>;
    /** Read one site with its domains, build settings and published deploy. `GET /api/v1/sites/{site_id}` */
    getSite: Call<operations["getSite"]>;
    /** Create a site in the user's default team, optionally linked to a Git repository. `POST /api/v1/sites` */
    createSite: Call<operations["createSite"]>;
    /** Change a site's name, domains, password, HTTPS enforcement or build settings. `PATCH /api/v1/sites/{site_id}` */
    updateSite: Call<operations["updateSite"]>;
    /** Delete a site with all its deploys. `DELETE /api/v1/sites/{site_id}` */
    deleteSite: Call<operations["deleteSite"]>;
    /** Take a site offline without deleting it. `PUT /api/v1/sites/{site_id}/disable` */
    disableSite: Call<operations["disableSite"]>;
    /** Bring a disabled site back online. `PUT /api/v1/sites/{site_id}/enable` */
    enableSite: Call<operations["enableSite"]>;
    /** List the sites of one team. `GET /api/v1/{account_slug}/sites` */
    listAccountSites: Paged<operations["listAccountSites"]>;
    /** Create a site in a given team. `POST /api/v1/{account_slug}/sites` */
    createAccountSite: Call<operations["createAccountSite"]>;
    /** List a site's deploys, newest first, filtered by branch, state or context. `GET /api/v1/sites/{site_id}/deploys` */
    listSiteDeploys: Paged<operations["listSiteDeploys"]>;
    /** Read one deploy with its state, URLs and commit. `GET /api/v1/deploys/{deploy_id}` */
    getDeploy: Call<operations["getDeploy"]>;
    /** Start a file-digest deploy; the answer lists the files still to upload. `POST /api/v1/sites/{site_id}/deploys` */
    createSiteDeploy: Call<operations["createSiteDeploy"]>;
    /** Cancel a deploy that is still building (the form in Netlify's API description). `POST /api/v1/deploys/{deploy_id}/cancel` */
    cancelDeploy: Call<operations["cancelDeploy"]>;
    /** Publish an earlier deploy again (roll back). `POST /api/v1/sites/{site_id}/deploys/{deploy_id}/restore` */
    restoreSiteDeploy: Call<operations["restoreSiteDeploy"]>;
    /** Pin the site to this deploy so later builds are not published automatically. `POST /api/v1/deploys/{deploy_id}/lock` */
    lockDeploy: Call<operations["lockDeploy"]>;
    /** Release the pin so new builds publish automatically again. `POST /api/v1/deploys/{deploy_id}/unlock` */
    unlockDeploy: Call<operations["unlockDeploy"]>;
    /** List a site's builds, newest first. `GET /api/v1/sites/{site_id}/builds` */
    listSiteBuilds: Paged<operations["listSiteBuilds"]>;
    /** Read one build and whether it has finished. `GET /api/v1/builds/{build_id}` */
    getBuild: Call<operations["getBuild"]>;
    /** Start a new build of the site from its linked repository. `POST /api/v1/sites/{site_id}/builds` */
    createSiteBuild: Call<operations["createSiteBuild"]>;
    /** List the DNS zones Netlify hosts for the user, optionally for one team. `GET /api/v1/dns_zones` */
    listDnsZones: Call<operations["listDnsZones"]>;
    /** Read one DNS zone with its name servers. `GET /api/v1/dns_zones/{zone_id}` */
    getDnsZone: Call<operations["getDnsZone"]>;
    /** Start hosting DNS for a domain on Netlify. `POST /api/v1/dns_zones` */
    createDnsZone: Call<operations["createDnsZone"]>;
    /** Stop hosting DNS for a domain and delete its records. `DELETE /api/v1/dns_zones/{zone_id}` */
    deleteDnsZone: Call<operations["deleteDnsZone"]>;
    /** List the records of a DNS zone. `GET /api/v1/dns_zones/{zone_id}/dns_records` */
    listDnsRecords: Call<operations["listDnsRecords"]>;
    /** Add a record (A, AAAA, CNAME, MX, TXT, NS, SRV, CAA …) to a DNS zone. `POST /api/v1/dns_zones/{zone_id}/dns_records` */
    createDnsRecord: Call<operations["createDnsRecord"]>;
    /** Remove a record from a DNS zone. `DELETE /api/v1/dns_zones/{zone_id}/dns_records/{record_id}` */
    deleteDnsRecord: Call<operations["deleteDnsRecord"]>;
    /** List a site's build hooks with their trigger URLs. `GET /api/v1/sites/{site_id}/build_hooks` */
    listSiteBuildHooks: Call<operations["listSiteBuildHooks"]>;
    /** Create a build hook that builds a given branch when its URL is POSTed to. `POST /api/v1/sites/{site_id}/build_hooks` */
    createSiteBuildHook: Call<operations["createSiteBuildHook"]>;
    /** Delete a build hook; its URL stops working. `DELETE /api/v1/sites/{site_id}/build_hooks/{build_hook_id}` */
    deleteSiteBuildHook: Call<operations["deleteSiteBuildHook"]>;
    /** List a site's notification hooks (outgoing webhooks, email and Slack notices). `GET /api/v1/hooks` */
    listHooks: Call<operations["listHooks"]>;
    /** Add a notification hook that fires on a site event. `POST /api/v1/hooks` */
    createHook: Call<operations["createHook"]>;
    /** Change a notification hook's event or settings. `PUT /api/v1/hooks/{hook_id}` */
    updateHook: Call<operations["updateHook"]>;
    /** Delete a notification hook. `DELETE /api/v1/hooks/{hook_id}` */
    deleteHook: Call<operations["deleteHook"]>;
    /** List the forms Netlify detected on a site. `GET /api/v1/sites/{site_id}/forms` */
    listSiteForms: Call<operations["listSiteForms"]>;
    /** List the submissions of one form, newest first. `GET /api/v1/forms/{form_id}/submissions` */
    listFormSubmissions: Paged<operations["listFormSubmissions"]>;
    /** Delete one form submission. `DELETE /api/v1/submissions/{submission_id}` */
    deleteSubmission: Call<operations["deleteSubmission"]>;
    /** List the members of a team. `GET /api/v1/{account_slug}/members` */
    listMembers: Call<operations["listMembers"]>;
    /** Invite someone to a team by email with a role. `POST /api/v1/{account_slug}/members` */
    addMember: Call<operations["addMember"]>;
    /** Read one team member. `GET /api/v1/{account_slug}/members/{member_id}` */
    getMember: Call<operations["getMember"]>;
    /** Change a member's role or which sites they can reach. `PUT /api/v1/{account_slug}/members/{member_id}` */
    updateMember: Call<operations["updateMember"]>;
    /** Remove someone from a team. `DELETE /api/v1/{account_slug}/members/{member_id}` */
    removeMember: Call<operations["removeMember"]>;
    /** Show the state, domains and expiry of the site's TLS certificate. `GET /api/v1/sites/{site_id}/ssl` */
    getSiteSsl: Call<operations["getSiteSsl"]>;
    /** Provision a Let's Encrypt certificate, or install your own by passing it in the query. `POST /api/v1/sites/{site_id}/ssl` */
    provisionSiteSsl: Call<operations["provisionSiteSsl"]>;
    /** List the serverless functions deployed with the site's current deploy. `GET /api/v1/sites/{site_id}/functions` */
    listSiteFunctions: Call<operations["listSiteFunctions"]>;
    /** List the add-on services that can be attached to sites. `GET /api/v1/services/` */
    listServices: Call<operations["listServices"]>;
    /** Read one add-on service by its slug. `GET /api/v1/services/{service_id}` */
    getService: Call<operations["getService"]>;
}

const routes: Routes<NetlifyClient> = {
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
    updateSite: {"method":"PATCH","path":"/api/v1/sites/{site_id}","body":"application/json"},
    deleteSite: {"method":"DELETE","path":"/api/v1/sites/{site_id}"},
    disableSite: {"method":"PUT","path":"/api/v1/sites/{site_id}/disable"},
    enableSite: {"method":"PUT","path":"/api/v1/sites/{site_id}/enable"},
    listAccountSites: {"method":"GET","path":"/api/v1/{account_slug}/sites","paging":{"style":"page","pageParam":"page","firstPage":1}},
    createAccountSite: {"method":"POST","path":"/api/v1/{account_slug}/sites","body":"application/json"},
    listSiteDeploys: {"method":"GET","path":"/api/v1/sites/{site_id}/deploys","paging":{"style":"page","pageParam":"page","firstPage":1}},
    getDeploy: {"method":"GET","path":"/api/v1/deploys/{deploy_id}"},
    createSiteDeploy: {"method":"POST","path":"/api/v1/sites/{site_id}/deploys","body":"application/json"},
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
    listServices: {"method":"GET","path":"/api/v1/services/"},
    getService: {"method":"GET","path":"/api/v1/services/{service_id}"},
};

/**
 * The Netlify client: `const api = netlify(new Switchboard({ baseUrl, apiKey }))`.
 */
export const netlify = (sb: Switchboard): NetlifyClient => bindClient<NetlifyClient>(sb, "netlify", routes);
