// Generated from providers/lemlist.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/lemlist.js';

/**
 * lemlist through the Switchboard gateway: Outreach campaigns with their leads, sequences and sending schedules, plus activities, unsubscribes and team details.
 */
export interface LemlistClient {
    /** Read the team the API key belongs to, with its members. `GET /api/team` */
    getTeam: Call<operations["getTeam"]>;
    /** Read the team's remaining enrichment credits by origin. `GET /api/team/credits` */
    getTeamCredits: Call<operations["getTeamCredits"]>;
    /** List the team members who send, with the campaigns each one sends for. `GET /api/team/senders` */
    listTeamSenders: Call<operations["listTeamSenders"]>;
    /** List the team's campaigns, optionally by status. `GET /api/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Create a draft campaign with an empty sequence and the default schedule. `POST /api/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** Read one campaign with its status, sequence and schedules. `GET /api/campaigns/{campaignId}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** Rename a campaign or change its stop conditions and tracking settings. `PATCH /api/campaigns/{campaignId}` */
    updateCampaign: Call<operations["updateCampaign"]>;
    /** Pause a running campaign so no further steps are sent. `POST /api/campaigns/{campaignId}/pause` */
    pauseCampaign: Call<operations["pauseCampaign"]>;
    /** Read a campaign's sequences and their steps. `GET /api/campaigns/{campaignId}/sequences` */
    listCampaignSequences: Call<operations["listCampaignSequences"]>;
    /** List the sending schedules attached to a campaign. `GET /api/campaigns/{campaignId}/schedules` */
    listCampaignSchedules: Call<operations["listCampaignSchedules"]>;
    /** Add a lead to a campaign, optionally skipping duplicates and enriching it. `POST /api/campaigns/{campaignId}/leads` */
    addLeadToCampaign: Call<operations["addLeadToCampaign"]>;
    /** Find a lead by email address across the team's campaigns. `GET /api/leads/{email}` */
    getLeadByEmail: Call<operations["getLeadByEmail"]>;
    /** Change a lead's fields or custom variables within a campaign. `PATCH /api/campaigns/{campaignId}/leads/{email}` */
    updateLeadInCampaign: Call<operations["updateLeadInCampaign"]>;
    /** Unsubscribe a lead from a campaign, or delete it from the campaign with action=remove. `DELETE /api/campaigns/{campaignId}/leads/{email}` */
    deleteLeadFromCampaign: Call<operations["deleteLeadFromCampaign"]>;
    /** List recent activities (sends, opens, clicks, replies, LinkedIn steps) across campaigns. `GET /api/activities` */
    listActivities: Paged<operations["listActivities"]>;
    /** List the team's sending schedules. `GET /api/schedules` */
    listSchedules: Paged<operations["listSchedules"]>;
    /** Create a sending schedule (days, hours, time zone and spacing between sends). `POST /api/schedules` */
    createSchedule: Call<operations["createSchedule"]>;
    /** Read one sending schedule. `GET /api/schedules/{scheduleId}` */
    getSchedule: Call<operations["getSchedule"]>;
    /** Change a sending schedule's days, hours, time zone or spacing. `PATCH /api/schedules/{scheduleId}` */
    updateSchedule: Call<operations["updateSchedule"]>;
    /** Delete a sending schedule. `DELETE /api/schedules/{scheduleId}` */
    deleteSchedule: Call<operations["deleteSchedule"]>;
    /** List the companies stored in the team's lemlist CRM. `GET /api/companies` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** List the email addresses and domains on the team's unsubscribe list. `GET /api/unsubscribes` */
    listUnsubscribes: Paged<operations["listUnsubscribes"]>;
    /** Put an email address or domain on the unsubscribe list. `POST /api/unsubscribes` */
    addUnsubscribe: Call<operations["addUnsubscribe"]>;
    /** Put one email address or domain, given in the path, on the unsubscribe list. `POST /api/unsubscribes/{value}` */
    addUnsubscribeValue: Call<operations["addUnsubscribeValue"]>;
    /** List the labels available in the team's lemlist inbox. `GET /api/inbox/labels` */
    listInboxLabels: Call<operations["listInboxLabels"]>;
}

const routes: Routes<LemlistClient> = {
    getTeam: {"method":"GET","path":"/api/team"},
    getTeamCredits: {"method":"GET","path":"/api/team/credits"},
    listTeamSenders: {"method":"GET","path":"/api/team/senders"},
    listCampaigns: {"method":"GET","path":"/api/campaigns","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"campaigns"}},
    createCampaign: {"method":"POST","path":"/api/campaigns","body":"application/json"},
    getCampaign: {"method":"GET","path":"/api/campaigns/{campaignId}"},
    updateCampaign: {"method":"PATCH","path":"/api/campaigns/{campaignId}","body":"application/json"},
    pauseCampaign: {"method":"POST","path":"/api/campaigns/{campaignId}/pause"},
    listCampaignSequences: {"method":"GET","path":"/api/campaigns/{campaignId}/sequences"},
    listCampaignSchedules: {"method":"GET","path":"/api/campaigns/{campaignId}/schedules"},
    addLeadToCampaign: {"method":"POST","path":"/api/campaigns/{campaignId}/leads","body":"application/json"},
    getLeadByEmail: {"method":"GET","path":"/api/leads/{email}"},
    updateLeadInCampaign: {"method":"PATCH","path":"/api/campaigns/{campaignId}/leads/{email}","body":"application/json"},
    deleteLeadFromCampaign: {"method":"DELETE","path":"/api/campaigns/{campaignId}/leads/{email}"},
    listActivities: {"method":"GET","path":"/api/activities","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listSchedules: {"method":"GET","path":"/api/schedules","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"schedules"}},
    createSchedule: {"method":"POST","path":"/api/schedules","body":"application/json"},
    getSchedule: {"method":"GET","path":"/api/schedules/{scheduleId}"},
    updateSchedule: {"method":"PATCH","path":"/api/schedules/{scheduleId}","body":"application/json"},
    deleteSchedule: {"method":"DELETE","path":"/api/schedules/{scheduleId}"},
    listCompanies: {"method":"GET","path":"/api/companies","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    listUnsubscribes: {"method":"GET","path":"/api/unsubscribes","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit"}},
    addUnsubscribe: {"method":"POST","path":"/api/unsubscribes","body":"application/json"},
    addUnsubscribeValue: {"method":"POST","path":"/api/unsubscribes/{value}"},
    listInboxLabels: {"method":"GET","path":"/api/inbox/labels"},
};

/**
 * The lemlist client: `const api = lemlist(new Switchboard({ baseUrl, apiKey }))`.
 */
export const lemlist = (sb: Switchboard): LemlistClient => bindClient<LemlistClient>(sb, "lemlist", routes);
