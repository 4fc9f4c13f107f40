// Generated from providers/instantly.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/instantly.js';

/**
 * Instantly through the Switchboard gateway: Cold email campaigns, leads and lead lists, sending accounts with warmup, the unified inbox and the block list (API v2).
 */
export interface InstantlyClient {
    /**
     * List campaigns, optionally searched by name or filtered by tag or status.
     *
     * `GET /api/v2/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Read one campaign with its schedule, sequences and settings.
     *
     * `GET /api/v2/campaigns/{campaign_id}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * Create a campaign with its sending schedule, email sequence and sending accounts.
     *
     * `POST /api/v2/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * Start or resume sending a campaign.
     *
     * `POST /api/v2/campaigns/{campaign_id}/activate`
     */
    activateCampaign(args: Args<operations["activateCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["activateCampaign"]>>>;
    /**
     * Stop a campaign from sending until it is activated again.
     *
     * `POST /api/v2/campaigns/{campaign_id}/pause`
     */
    pauseCampaign(args: Args<operations["pauseCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["pauseCampaign"]>>>;
    /**
     * Delete a campaign; the answer is the deleted campaign.
     *
     * `DELETE /api/v2/campaigns/{campaign_id}`
     */
    deleteCampaign(args: Args<operations["deleteCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCampaign"]>>>;
    /**
     * Sending, open, reply, click and opportunity totals for one, several or all campaigns.
     *
     * `GET /api/v2/campaigns/analytics`
     */
    getCampaignAnalytics(args?: Args<operations["getCampaignAnalytics"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaignAnalytics"]>>>;
    /**
     * Add a lead to a campaign or a lead list, with its personalisation variables.
     *
     * `POST /api/v2/leads`
     */
    createLead(args: Args<operations["createLead"]>, options?: CallOptions): Promise<Result<Data<operations["createLead"]>>>;
    /**
     * List leads matching filters sent in the body (campaign, list, ids, search, status filters).
     *
     * `POST /api/v2/leads/list`
     */
    listLeads: {
        (args: Args<operations["listLeads"]>, options?: CallOptions): Promise<Result<Data<operations["listLeads"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listLeads"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLeads"]>, void, undefined>;
    };
    /**
     * Read one lead.
     *
     * `GET /api/v2/leads/{lead_id}`
     */
    getLead(args: Args<operations["getLead"]>, options?: CallOptions): Promise<Result<Data<operations["getLead"]>>>;
    /**
     * Delete a lead; the answer is the deleted lead.
     *
     * `DELETE /api/v2/leads/{lead_id}`
     */
    deleteLead(args: Args<operations["deleteLead"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLead"]>>>;
    /**
     * List lead lists, optionally searched by name.
     *
     * `GET /api/v2/lead-lists`
     */
    listLeadLists: {
        (args?: Args<operations["listLeadLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLeadLists"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLeadLists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLeadLists"]>, void, undefined>;
    };
    /**
     * Create a lead list.
     *
     * `POST /api/v2/lead-lists`
     */
    createLeadList(args: Args<operations["createLeadList"]>, options?: CallOptions): Promise<Result<Data<operations["createLeadList"]>>>;
    /**
     * Read one lead list.
     *
     * `GET /api/v2/lead-lists/{list_id}`
     */
    getLeadList(args: Args<operations["getLeadList"]>, options?: CallOptions): Promise<Result<Data<operations["getLeadList"]>>>;
    /**
     * Rename a lead list or change its owner or enrichment setting.
     *
     * `PATCH /api/v2/lead-lists/{list_id}`
     */
    updateLeadList(args: Args<operations["updateLeadList"]>, options?: CallOptions): Promise<Result<Data<operations["updateLeadList"]>>>;
    /**
     * Delete a lead list; the answer is the deleted list.
     *
     * `DELETE /api/v2/lead-lists/{list_id}`
     */
    deleteLeadList(args: Args<operations["deleteLeadList"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLeadList"]>>>;
    /**
     * List the workspace's sending email accounts, filtered by status, provider or tag.
     *
     * `GET /api/v2/accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read one sending account by its address.
     *
     * `GET /api/v2/accounts/{email}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * Connect a sending account through its IMAP and SMTP settings.
     *
     * `POST /api/v2/accounts`
     */
    createAccount(args: Args<operations["createAccount"]>, options?: CallOptions): Promise<Result<Data<operations["createAccount"]>>>;
    /**
     * Change a sending account's name, limits, warmup or tracking settings.
     *
     * `PATCH /api/v2/accounts/{email}`
     */
    updateAccount(args: Args<operations["updateAccount"]>, options?: CallOptions): Promise<Result<Data<operations["updateAccount"]>>>;
    /**
     * Remove a sending account from the workspace; the answer is the removed account.
     *
     * `DELETE /api/v2/accounts/{email}`
     */
    deleteAccount(args: Args<operations["deleteAccount"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAccount"]>>>;
    /**
     * Start a background job that turns warmup on for chosen accounts or all of them.
     *
     * `POST /api/v2/accounts/warmup/enable`
     */
    enableWarmup(args: Args<operations["enableWarmup"]>, options?: CallOptions): Promise<Result<Data<operations["enableWarmup"]>>>;
    /**
     * Start a background job that turns warmup off for chosen accounts or all of them.
     *
     * `POST /api/v2/accounts/warmup/disable`
     */
    disableWarmup(args: Args<operations["disableWarmup"]>, options?: CallOptions): Promise<Result<Data<operations["disableWarmup"]>>>;
    /**
     * List emails of the unified inbox, filtered by campaign, account, lead, read state or type.
     *
     * `GET /api/v2/emails`
     */
    listEmails: {
        (args?: Args<operations["listEmails"]>, options?: CallOptions): Promise<Result<Data<operations["listEmails"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEmails"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEmails"]>, void, undefined>;
    };
    /**
     * Reply to an inbox email from one of the workspace's sending accounts.
     *
     * `POST /api/v2/emails/reply`
     */
    replyToEmail(args: Args<operations["replyToEmail"]>, options?: CallOptions): Promise<Result<Data<operations["replyToEmail"]>>>;
    /**
     * Forward an inbox email to other addresses from a sending account.
     *
     * `POST /api/v2/emails/forward`
     */
    forwardEmail(args: Args<operations["forwardEmail"]>, options?: CallOptions): Promise<Result<Data<operations["forwardEmail"]>>>;
    /**
     * List the addresses and domains the workspace never emails.
     *
     * `GET /api/v2/block-lists-entries`
     */
    listBlockListEntries: {
        (args?: Args<operations["listBlockListEntries"]>, options?: CallOptions): Promise<Result<Data<operations["listBlockListEntries"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listBlockListEntries"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBlockListEntries"]>, void, undefined>;
    };
    /**
     * Block an email address or a whole domain.
     *
     * `POST /api/v2/block-lists-entries`
     */
    createBlockListEntry(args: Args<operations["createBlockListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["createBlockListEntry"]>>>;
    /**
     * Remove an entry from the block list; the answer is the removed entry.
     *
     * `DELETE /api/v2/block-lists-entries/{entry_id}`
     */
    deleteBlockListEntry(args: Args<operations["deleteBlockListEntry"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBlockListEntry"]>>>;
    /**
     * Read the workspace the API key belongs to.
     *
     * `GET /api/v2/workspaces/current`
     */
    getCurrentWorkspace(args?: Args<operations["getCurrentWorkspace"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentWorkspace"]>>>;
}

const routes = {
    listCampaigns: {"method":"GET","path":"/api/v2/campaigns","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after"}},
    getCampaign: {"method":"GET","path":"/api/v2/campaigns/{campaign_id}"},
    createCampaign: {"method":"POST","path":"/api/v2/campaigns","body":"application/json"},
    activateCampaign: {"method":"POST","path":"/api/v2/campaigns/{campaign_id}/activate"},
    pauseCampaign: {"method":"POST","path":"/api/v2/campaigns/{campaign_id}/pause"},
    deleteCampaign: {"method":"DELETE","path":"/api/v2/campaigns/{campaign_id}"},
    getCampaignAnalytics: {"method":"GET","path":"/api/v2/campaigns/analytics"},
    createLead: {"method":"POST","path":"/api/v2/leads","body":"application/json"},
    listLeads: {"method":"POST","path":"/api/v2/leads/list","body":"application/json","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after","in":"body"}},
    getLead: {"method":"GET","path":"/api/v2/leads/{lead_id}"},
    deleteLead: {"method":"DELETE","path":"/api/v2/leads/{lead_id}"},
    listLeadLists: {"method":"GET","path":"/api/v2/lead-lists","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after"}},
    createLeadList: {"method":"POST","path":"/api/v2/lead-lists","body":"application/json"},
    getLeadList: {"method":"GET","path":"/api/v2/lead-lists/{list_id}"},
    updateLeadList: {"method":"PATCH","path":"/api/v2/lead-lists/{list_id}","body":"application/json"},
    deleteLeadList: {"method":"DELETE","path":"/api/v2/lead-lists/{list_id}"},
    listAccounts: {"method":"GET","path":"/api/v2/accounts","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after"}},
    getAccount: {"method":"GET","path":"/api/v2/accounts/{email}"},
    createAccount: {"method":"POST","path":"/api/v2/accounts","body":"application/json"},
    updateAccount: {"method":"PATCH","path":"/api/v2/accounts/{email}","body":"application/json"},
    deleteAccount: {"method":"DELETE","path":"/api/v2/accounts/{email}"},
    enableWarmup: {"method":"POST","path":"/api/v2/accounts/warmup/enable","body":"application/json"},
    disableWarmup: {"method":"POST","path":"/api/v2/accounts/warmup/disable","body":"application/json"},
    listEmails: {"method":"GET","path":"/api/v2/emails","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after"}},
    replyToEmail: {"method":"POST","path":"/api/v2/emails/reply","body":"application/json"},
    forwardEmail: {"method":"POST","path":"/api/v2/emails/forward","body":"application/json"},
    listBlockListEntries: {"method":"GET","path":"/api/v2/block-lists-entries","paging":{"style":"cursor","cursorParam":"starting_after","nextCursor":"next_starting_after"}},
    createBlockListEntry: {"method":"POST","path":"/api/v2/block-lists-entries","body":"application/json"},
    deleteBlockListEntry: {"method":"DELETE","path":"/api/v2/block-lists-entries/{entry_id}"},
    getCurrentWorkspace: {"method":"GET","path":"/api/v2/workspaces/current"},
} satisfies Record<string, Route>;

/**
 * The Instantly client: `const api = instantly(new Switchboard({ baseUrl, apiKey }))`.
 */
export function instantly(client: Switchboard): InstantlyClient {
    const app = "instantly";
    return {
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as InstantlyClient["listCampaigns"],
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        activateCampaign: (args, options) => client.call(app, routes.activateCampaign, args, options),
        pauseCampaign: (args, options) => client.call(app, routes.pauseCampaign, args, options),
        deleteCampaign: (args, options) => client.call(app, routes.deleteCampaign, args, options),
        getCampaignAnalytics: (args, options) => client.call(app, routes.getCampaignAnalytics, args, options),
        createLead: (args, options) => client.call(app, routes.createLead, args, options),
        listLeads: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLeads, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLeads, args, options) }) as InstantlyClient["listLeads"],
        getLead: (args, options) => client.call(app, routes.getLead, args, options),
        deleteLead: (args, options) => client.call(app, routes.deleteLead, args, options),
        listLeadLists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLeadLists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLeadLists, args, options) }) as InstantlyClient["listLeadLists"],
        createLeadList: (args, options) => client.call(app, routes.createLeadList, args, options),
        getLeadList: (args, options) => client.call(app, routes.getLeadList, args, options),
        updateLeadList: (args, options) => client.call(app, routes.updateLeadList, args, options),
        deleteLeadList: (args, options) => client.call(app, routes.deleteLeadList, args, options),
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as InstantlyClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        createAccount: (args, options) => client.call(app, routes.createAccount, args, options),
        updateAccount: (args, options) => client.call(app, routes.updateAccount, args, options),
        deleteAccount: (args, options) => client.call(app, routes.deleteAccount, args, options),
        enableWarmup: (args, options) => client.call(app, routes.enableWarmup, args, options),
        disableWarmup: (args, options) => client.call(app, routes.disableWarmup, args, options),
        listEmails: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEmails, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEmails, args, options) }) as InstantlyClient["listEmails"],
        replyToEmail: (args, options) => client.call(app, routes.replyToEmail, args, options),
        forwardEmail: (args, options) => client.call(app, routes.forwardEmail, args, options),
        listBlockListEntries: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBlockListEntries, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBlockListEntries, args, options) }) as InstantlyClient["listBlockListEntries"],
        createBlockListEntry: (args, options) => client.call(app, routes.createBlockListEntry, args, options),
        deleteBlockListEntry: (args, options) => client.call(app, routes.deleteBlockListEntry, args, options),
        getCurrentWorkspace: (args, options) => client.call(app, routes.getCurrentWorkspace, args, options),
    };
}