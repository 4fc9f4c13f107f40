// Generated from providers/unbounce.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/unbounce.js';

/**
 * Unbounce through the Switchboard gateway: Accounts, sub-accounts (clients), domains, page groups, landing pages, form fields and leads of Unbounce.
 */
export interface UnbounceClient {
    /** List the accounts the credentials can reach. `GET /accounts` */
    listAccounts: Call<operations["listAccounts"]>;
    /** Read one account. `GET /accounts/{account_id}` */
    getAccount: Call<operations["getAccount"]>;
    /** List an account's sub-accounts (clients), a page at a time. `GET /accounts/{account_id}/sub_accounts` */
    listSubAccounts: Paged<operations["listSubAccounts"]>;
    /** List the pages of every sub-account of an account (older form of GET /pages). `GET /accounts/{account_id}/pages` */
    listAccountPages: Paged<operations["listAccountPages"]>;
    /** Read one sub-account (client). `GET /sub_accounts/{sub_account_id}` */
    getSubAccount: Call<operations["getSubAccount"]>;
    /** List a sub-account's pages (older form of GET /pages). `GET /sub_accounts/{sub_account_id}/pages` */
    listSubAccountPages: Paged<operations["listSubAccountPages"]>;
    /** List the custom domains of a sub-account. `GET /sub_accounts/{sub_account_id}/domains` */
    listDomains: Paged<operations["listDomains"]>;
    /** List the page groups of a sub-account. `GET /sub_accounts/{sub_account_id}/page_groups` */
    listPageGroups: Paged<operations["listPageGroups"]>;
    /** Read one custom domain. `GET /domains/{domain_id}` */
    getDomain: Call<operations["getDomain"]>;
    /** List the pages published on a custom domain. `GET /domains/{domain_id}/pages` */
    listDomainPages: Paged<operations["listDomainPages"]>;
    /** List the pages in a page group. `GET /page_groups/{page_group_id}/pages` */
    listPageGroupPages: Paged<operations["listPageGroupPages"]>;
    /** List every page the credentials can reach, including pages shared from other clients. `GET /pages` */
    listPages: Paged<operations["listPages"]>;
    /** Read one page with its URL, state and test figures. `GET /pages/{page_id}` */
    getPage: Call<operations["getPage"]>;
    /** List the form fields used across all variants of a page. `GET /pages/{page_id}/form_fields` */
    listPageFormFields: Call<operations["listPageFormFields"]>;
    /** List the leads collected by a page, pop-up or sticky bar, a page at a time. `GET /pages/{page_id}/leads` */
    listPageLeads: Paged<operations["listPageLeads"]>;
    /** Record a lead for a page as if its form had been submitted; such leads are marked as created by the API. `POST /pages/{page_id}/leads` */
    createLead: Call<operations["createLead"]>;
    /** Read one lead with its form data. `GET /leads/{lead_id}` */
    getLead: Call<operations["getLead"]>;
    /** Read the user behind the OAuth connection. `GET /users/self` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Read one user (OAuth connections only). `GET /users/{user_id}` */
    getUser: Call<operations["getUser"]>;
}

const routes: Routes<UnbounceClient> = {
    listAccounts: {"method":"GET","path":"/accounts"},
    getAccount: {"method":"GET","path":"/accounts/{account_id}"},
    listSubAccounts: {"method":"GET","path":"/accounts/{account_id}/sub_accounts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"sub_accounts"}},
    listAccountPages: {"method":"GET","path":"/accounts/{account_id}/pages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"pages"}},
    getSubAccount: {"method":"GET","path":"/sub_accounts/{sub_account_id}"},
    listSubAccountPages: {"method":"GET","path":"/sub_accounts/{sub_account_id}/pages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"pages"}},
    listDomains: {"method":"GET","path":"/sub_accounts/{sub_account_id}/domains","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"domains"}},
    listPageGroups: {"method":"GET","path":"/sub_accounts/{sub_account_id}/page_groups","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"page_groups"}},
    getDomain: {"method":"GET","path":"/domains/{domain_id}"},
    listDomainPages: {"method":"GET","path":"/domains/{domain_id}/pages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"pages"}},
    listPageGroupPages: {"method":"GET","path":"/page_groups/{page_group_id}/pages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"pages"}},
    listPages: {"method":"GET","path":"/pages","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"pages"}},
    getPage: {"method":"GET","path":"/pages/{page_id}"},
    listPageFormFields: {"method":"GET","path":"/pages/{page_id}/form_fields"},
    listPageLeads: {"method":"GET","path":"/pages/{page_id}/leads","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"leads"}},
    createLead: {"method":"POST","path":"/pages/{page_id}/leads","body":"application/json"},
    getLead: {"method":"GET","path":"/leads/{lead_id}"},
    getCurrentUser: {"method":"GET","path":"/users/self"},
    getUser: {"method":"GET","path":"/users/{user_id}"},
};

/**
 * The Unbounce client: `const api = unbounce(new Switchboard({ baseUrl, apiKey }))`.
 */
export const unbounce = (sb: Switchboard): UnbounceClient => bindClient<UnbounceClient>(sb, "unbounce", routes);
