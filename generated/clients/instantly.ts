// Generated from providers/instantly.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/instantly.js';

/**
 * Instantly through the Switchboard gateway: Cold email campaigns, leads and lead lists, sending accounts with warmup, the unified inbox and the block list (API v2).
 */
export interface InstantlyClient {
    /** List campaigns, optionally searched by name or filtered by tag or status. `GET /api/v2/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Read one campaign with its schedule, sequences and settings. `GET /api/v2/campaigns/{campaign_id}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** Create a campaign with its sending schedule, email sequence and sending accounts. `POST /api/v2/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** Start or resume sending a campaign. `POST /api/v2/campaigns/{campaign_id}/activate` */
    activateCampaign: Call<operations["activateCampaign"]>;
    /** Stop a campaign from sending until it is activated again. `POST /api/v2/campaigns/{campaign_id}/pause` */
    pauseCampaign: Call<operations["pauseCampaign"]>;
    /** Delete a campaign; the answer is the deleted campaign. `DELETE /api/v2/campaigns/{campaign_id}` */
    deleteCampaign: Call<operations["deleteCampaign"]>;
    /** Sending, open, reply, click and opportunity totals for one, several or all campaigns. `GET /api/v2/campaigns/analytics` */
    getCampaignAnalytics: Call<operations["getCampaignAnalytics"]>;
    /** Add a lead to a campaign or a lead list, with its personalisation variables. `POST /api/v2/leads` */
    createLead: Call<operations["createLead"]>;
    /** List leads matching filters sent in the body (campaign, list, ids, search, status filters). `POST /api/v2/leads/list` */
    listLeads: Paged<operations["listLeads"]>;
    /** Read one lead. `GET /api/v2/leads/{lead_id}` */
    getLead: Call<operations["getLead"]>;
    /** Delete a lead; the answer is the deleted lead. `DELETE /api/v2/leads/{lead_id}` */
    deleteLead: Call<operations["deleteLead"]>;
    /** List lead lists, optionally searched by name. `GET /api/v2/lead-lists` */
    listLeadLists: Paged<operations["listLeadLists"]>;
    /** Create a lead list. `POST /api/v2/lead-lists` */
    createLeadList: Call<operations["createLeadList"]>;
    /** Read one lead list. `GET /api/v2/lead-lists/{list_id}` */
    getLeadList: Call<operations["getLeadList"]>;
    /** Rename a lead list or change its owner or enrichment setting. `PATCH /api/v2/lead-lists/{list_id}` */
    updateLeadList: Call<operations["updateLeadList"]>;
    /** Delete a lead list; the answer is the deleted list. `DELETE /api/v2/lead-lists/{list_id}` */
    deleteLeadList: Call<operations["deleteLeadList"]>;
    /** List the workspace's sending email accounts, filtered by status, provider or tag. `GET /api/v2/accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read one sending account by its address. `GET /api/v2/accounts/{email}` */
    getAccount: Call<operations["getAccount"]>;
    /** Connect a sending account through its IMAP and SMTP settings. `POST /api/v2/accounts` */
    createAccount: Call<operations["createAccount"]>;
    /** Change a sending account's name, limits, warmup or tracking settings. `PATCH /api/v2/accounts/{email}` */
    updateAccount: Call<operations["updateAccount"]>;
    /** Remove a sending account from the workspace; the answer is the removed account. `DELETE /api/v2/accounts/{email}` */
    deleteAccount: Call<operations["deleteAccount"]>;
    /** Start a background job that turns warmup on for chosen accounts or all of them. `POST /api/v2/accounts/warmup/enable` */
    enableWarmup: Call<operations["enableWarmup"]>;
    /** Start a background job that turns warmup off for chosen accounts or all of them. `POST /api/v2/accounts/warmup/disable` */
    disableWarmup: Call<operations["disableWarmup"]>;
    /** List emails of the unified inbox, filtered by campaign, account, lead, read state or type. `GET /api/v2/emails` */
    listEmails: Paged<operations["listEmails"]>;
    /** Reply to an inbox email from one of the workspace's sending accounts. `POST /api/v2/emails/reply` */
    replyToEmail: Call<operations["replyToEmail"]>;
    /** Forward an inbox email to other addresses from a sending account. `POST /api/v2/emails/forward` */
    forwardEmail: Call<operations["forwardEmail"]>;
    /** List the addresses and domains the workspace never emails. `GET /api/v2/block-lists-entries` */
    listBlockListEntries: Paged<operations["listBlockListEntries"]>;
    /** Block an email address or a whole domain. `POST /api/v2/block-lists-entries` */
    createBlockListEntry: Call<operations["createBlockListEntry"]>;
    /** Remove an entry from the block list; the answer is the removed entry. `DELETE /api/v2/block-lists-entries/{entry_id}` */
    deleteBlockListEntry: Call<operations["deleteBlockListEntry"]>;
    /** Read the workspace the API key belongs to. `GET /api/v2/workspaces/current` */
    getCurrentWorkspace: Call<operations["getCurrentWorkspace"]>;
}

const routes: Routes<InstantlyClient> = {
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
};

/**
 * The Instantly client: `const api = instantly(new Switchboard({ baseUrl, apiKey }))`.
 */
export const instantly = (sb: Switchboard): InstantlyClient => bindClient<InstantlyClient>(sb, "instantly", routes);
