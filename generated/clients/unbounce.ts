// Generated from providers/unbounce.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/unbounce.js';

/**
 * Unbounce through the Switchboard gateway: Accounts, sub-accounts (clients), domains, page groups, landing pages, form fields and leads of Unbounce.
 */
export interface UnbounceClient {
    /**
     * List the accounts the credentials can reach.
     *
     * `GET /accounts`
     */
    listAccounts(args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
    /**
     * Read one account.
     *
     * `GET /accounts/{account_id}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List an account's sub-accounts (clients), a page at a time.
     *
     * `GET /accounts/{account_id}/sub_accounts`
     */
    listSubAccounts: {
        (args: Args<operations["listSubAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listSubAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubAccounts"]>, void, undefined>;
    };
    /**
     * List the pages of every sub-account of an account (older form of GET /pages).
     *
     * `GET /accounts/{account_id}/pages`
     */
    listAccountPages: {
        (args: Args<operations["listAccountPages"]>, options?: CallOptions): Promise<Result<Data<operations["listAccountPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAccountPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccountPages"]>, void, undefined>;
    };
    /**
     * Read one sub-account (client).
     *
     * `GET /sub_accounts/{sub_account_id}`
     */
    getSubAccount(args: Args<operations["getSubAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getSubAccount"]>>>;
    /**
     * List a sub-account's pages (older form of GET /pages).
     *
     * `GET /sub_accounts/{sub_account_id}/pages`
     */
    listSubAccountPages: {
        (args: Args<operations["listSubAccountPages"]>, options?: CallOptions): Promise<Result<Data<operations["listSubAccountPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubAccountPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubAccountPages"]>, void, undefined>;
    };
    /**
     * List the custom domains of a sub-account.
     *
     * `GET /sub_accounts/{sub_account_id}/domains`
     */
    listDomains: {
        (args: Args<operations["listDomains"]>, options?: CallOptions): Promise<Result<Data<operations["listDomains"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDomains"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDomains"]>, void, undefined>;
    };
    /**
     * List the page groups of a sub-account.
     *
     * `GET /sub_accounts/{sub_account_id}/page_groups`
     */
    listPageGroups: {
        (args: Args<operations["listPageGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listPageGroups"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageGroups"]>, void, undefined>;
    };
    /**
     * Read one custom domain.
     *
     * `GET /domains/{domain_id}`
     */
    getDomain(args: Args<operations["getDomain"]>, options?: CallOptions): Promise<Result<Data<operations["getDomain"]>>>;
    /**
     * List the pages published on a custom domain.
     *
     * `GET /domains/{domain_id}/pages`
     */
    listDomainPages: {
        (args: Args<operations["listDomainPages"]>, options?: CallOptions): Promise<Result<Data<operations["listDomainPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listDomainPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listDomainPages"]>, void, undefined>;
    };
    /**
     * List the pages in a page group.
     *
     * `GET /page_groups/{page_group_id}/pages`
     */
    listPageGroupPages: {
        (args: Args<operations["listPageGroupPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPageGroupPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageGroupPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageGroupPages"]>, void, undefined>;
    };
    /**
     * List every page the credentials can reach, including pages shared from other clients.
     *
     * `GET /pages`
     */
    listPages: {
        (args?: Args<operations["listPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPages"]>, void, undefined>;
    };
    /**
     * Read one page with its URL, state and test figures.
     *
     * `GET /pages/{page_id}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * List the form fields used across all variants of a page.
     *
     * `GET /pages/{page_id}/form_fields`
     */
    listPageFormFields(args: Args<operations["listPageFormFields"]>, options?: CallOptions): Promise<Result<Data<operations["listPageFormFields"]>>>;
    /**
     * List the leads collected by a page, pop-up or sticky bar, a page at a time.
     *
     * `GET /pages/{page_id}/leads`
     */
    listPageLeads: {
        (args: Args<operations["listPageLeads"]>, options?: CallOptions): Promise<Result<Data<operations["listPageLeads"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageLeads"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageLeads"]>, void, undefined>;
    };
    /**
     * Record a lead for a page as if its form had been submitted; such leads are marked as created by the API.
     *
     * `POST /pages/{page_id}/leads`
     */
    createLead(args: Args<operations["createLead"]>, options?: CallOptions): Promise<Result<Data<operations["createLead"]>>>;
    /**
     * Read one lead with its form data.
     *
     * `GET /leads/{lead_id}`
     */
    getLead(args: Args<operations["getLead"]>, options?: CallOptions): Promise<Result<Data<operations["getLead"]>>>;
    /**
     * Read the user behind the OAuth connection.
     *
     * `GET /users/self`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Read one user (OAuth connections only).
     *
     * `GET /users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Unbounce client: `const api = unbounce(new Switchboard({ baseUrl, apiKey }))`.
 */
export function unbounce(client: Switchboard): UnbounceClient {
    const app = "unbounce";
    return {
        listAccounts: (args, options) => client.call(app, routes.listAccounts, args, options),
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listSubAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubAccounts, args, options) }) as UnbounceClient["listSubAccounts"],
        listAccountPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccountPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccountPages, args, options) }) as UnbounceClient["listAccountPages"],
        getSubAccount: (args, options) => client.call(app, routes.getSubAccount, args, options),
        listSubAccountPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubAccountPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubAccountPages, args, options) }) as UnbounceClient["listSubAccountPages"],
        listDomains: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDomains, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDomains, args, options) }) as UnbounceClient["listDomains"],
        listPageGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageGroups, args, options) }) as UnbounceClient["listPageGroups"],
        getDomain: (args, options) => client.call(app, routes.getDomain, args, options),
        listDomainPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listDomainPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listDomainPages, args, options) }) as UnbounceClient["listDomainPages"],
        listPageGroupPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageGroupPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageGroupPages, args, options) }) as UnbounceClient["listPageGroupPages"],
        listPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPages, args, options) }) as UnbounceClient["listPages"],
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        listPageFormFields: (args, options) => client.call(app, routes.listPageFormFields, args, options),
        listPageLeads: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageLeads, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageLeads, args, options) }) as UnbounceClient["listPageLeads"],
        createLead: (args, options) => client.call(app, routes.createLead, args, options),
        getLead: (args, options) => client.call(app, routes.getLead, args, options),
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
    };
}