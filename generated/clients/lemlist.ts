// Generated from providers/lemlist.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/lemlist.js';

/**
 * lemlist through the Switchboard gateway: Outreach campaigns with their leads, sequences and sending schedules, plus activities, unsubscribes and team details.
 */
export interface LemlistClient {
    /**
     * Read the team the API key belongs to, with its members.
     *
     * `GET /api/team`
     */
    getTeam(args?: Args<operations["getTeam"]>, options?: CallOptions): Promise<Result<Data<operations["getTeam"]>>>;
    /**
     * Read the team's remaining enrichment credits by origin.
     *
     * `GET /api/team/credits`
     */
    getTeamCredits(args?: Args<operations["getTeamCredits"]>, options?: CallOptions): Promise<Result<Data<operations["getTeamCredits"]>>>;
    /**
     * List the team members who send, with the campaigns each one sends for.
     *
     * `GET /api/team/senders`
     */
    listTeamSenders(args?: Args<operations["listTeamSenders"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamSenders"]>>>;
    /**
     * List the team's campaigns, optionally by status.
     *
     * `GET /api/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Create a draft campaign with an empty sequence and the default schedule.
     *
     * `POST /api/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * Read one campaign with its status, sequence and schedules.
     *
     * `GET /api/campaigns/{campaignId}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * Rename a campaign or change its stop conditions and tracking settings.
     *
     * `PATCH /api/campaigns/{campaignId}`
     */
    updateCampaign(args: Args<operations["updateCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["updateCampaign"]>>>;
    /**
     * Pause a running campaign so no further steps are sent.
     *
     * `POST /api/campaigns/{campaignId}/pause`
     */
    pauseCampaign(args: Args<operations["pauseCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["pauseCampaign"]>>>;
    /**
     * Read a campaign's sequences and their steps.
     *
     * `GET /api/campaigns/{campaignId}/sequences`
     */
    listCampaignSequences(args: Args<operations["listCampaignSequences"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaignSequences"]>>>;
    /**
     * List the sending schedules attached to a campaign.
     *
     * `GET /api/campaigns/{campaignId}/schedules`
     */
    listCampaignSchedules(args: Args<operations["listCampaignSchedules"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaignSchedules"]>>>;
    /**
     * Add a lead to a campaign, optionally skipping duplicates and enriching it.
     *
     * `POST /api/campaigns/{campaignId}/leads`
     */
    addLeadToCampaign(args: Args<operations["addLeadToCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["addLeadToCampaign"]>>>;
    /**
     * Find a lead by email address across the team's campaigns.
     *
     * `GET /api/leads/{email}`
     */
    getLeadByEmail(args: Args<operations["getLeadByEmail"]>, options?: CallOptions): Promise<Result<Data<operations["getLeadByEmail"]>>>;
    /**
     * Change a lead's fields or custom variables within a campaign.
     *
     * `PATCH /api/campaigns/{campaignId}/leads/{email}`
     */
    updateLeadInCampaign(args: Args<operations["updateLeadInCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["updateLeadInCampaign"]>>>;
    /**
     * Unsubscribe a lead from a campaign, or delete it from the campaign with action=remove.
     *
     * `DELETE /api/campaigns/{campaignId}/leads/{email}`
     */
    deleteLeadFromCampaign(args: Args<operations["deleteLeadFromCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["deleteLeadFromCampaign"]>>>;
    /**
     * List recent activities (sends, opens, clicks, replies, LinkedIn steps) across campaigns.
     *
     * `GET /api/activities`
     */
    listActivities: {
        (args?: Args<operations["listActivities"]>, options?: CallOptions): Promise<Result<Data<operations["listActivities"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listActivities"]>, options?: CallOptions): AsyncGenerator<Data<operations["listActivities"]>, void, undefined>;
    };
    /**
     * List the team's sending schedules.
     *
     * `GET /api/schedules`
     */
    listSchedules: {
        (args?: Args<operations["listSchedules"]>, options?: CallOptions): Promise<Result<Data<operations["listSchedules"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSchedules"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSchedules"]>, void, undefined>;
    };
    /**
     * Create a sending schedule (days, hours, time zone and spacing between sends).
     *
     * `POST /api/schedules`
     */
    createSchedule(args: Args<operations["createSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["createSchedule"]>>>;
    /**
     * Read one sending schedule.
     *
     * `GET /api/schedules/{scheduleId}`
     */
    getSchedule(args: Args<operations["getSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["getSchedule"]>>>;
    /**
     * Change a sending schedule's days, hours, time zone or spacing.
     *
     * `PATCH /api/schedules/{scheduleId}`
     */
    updateSchedule(args: Args<operations["updateSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["updateSchedule"]>>>;
    /**
     * Delete a sending schedule.
     *
     * `DELETE /api/schedules/{scheduleId}`
     */
    deleteSchedule(args: Args<operations["deleteSchedule"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSchedule"]>>>;
    /**
     * List the companies stored in the team's lemlist CRM.
     *
     * `GET /api/companies`
     */
    listCompanies: {
        (args?: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * List the email addresses and domains on the team's unsubscribe list.
     *
     * `GET /api/unsubscribes`
     */
    listUnsubscribes: {
        (args?: Args<operations["listUnsubscribes"]>, options?: CallOptions): Promise<Result<Data<operations["listUnsubscribes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUnsubscribes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUnsubscribes"]>, void, undefined>;
    };
    /**
     * Put an email address or domain on the unsubscribe list.
     *
     * `POST /api/unsubscribes`
     */
    addUnsubscribe(args?: Args<operations["addUnsubscribe"]>, options?: CallOptions): Promise<Result<Data<operations["addUnsubscribe"]>>>;
    /**
     * Put one email address or domain, given in the path, on the unsubscribe list.
     *
     * `POST /api/unsubscribes/{value}`
     */
    addUnsubscribeValue(args: Args<operations["addUnsubscribeValue"]>, options?: CallOptions): Promise<Result<Data<operations["addUnsubscribeValue"]>>>;
    /**
     * List the labels available in the team's lemlist inbox.
     *
     * `GET /api/inbox/labels`
     */
    listInboxLabels(args?: Args<operations["listInboxLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listInboxLabels"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The lemlist client: `const api = lemlist(new Switchboard({ baseUrl, apiKey }))`.
 */
export function lemlist(client: Switchboard): LemlistClient {
    const app = "lemlist";
    return {
        getTeam: (args, options) => client.call(app, routes.getTeam, args, options),
        getTeamCredits: (args, options) => client.call(app, routes.getTeamCredits, args, options),
        listTeamSenders: (args, options) => client.call(app, routes.listTeamSenders, args, options),
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as LemlistClient["listCampaigns"],
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        updateCampaign: (args, options) => client.call(app, routes.updateCampaign, args, options),
        pauseCampaign: (args, options) => client.call(app, routes.pauseCampaign, args, options),
        listCampaignSequences: (args, options) => client.call(app, routes.listCampaignSequences, args, options),
        listCampaignSchedules: (args, options) => client.call(app, routes.listCampaignSchedules, args, options),
        addLeadToCampaign: (args, options) => client.call(app, routes.addLeadToCampaign, args, options),
        getLeadByEmail: (args, options) => client.call(app, routes.getLeadByEmail, args, options),
        updateLeadInCampaign: (args, options) => client.call(app, routes.updateLeadInCampaign, args, options),
        deleteLeadFromCampaign: (args, options) => client.call(app, routes.deleteLeadFromCampaign, args, options),
        listActivities: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listActivities, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listActivities, args, options) }) as LemlistClient["listActivities"],
        listSchedules: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSchedules, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSchedules, args, options) }) as LemlistClient["listSchedules"],
        createSchedule: (args, options) => client.call(app, routes.createSchedule, args, options),
        getSchedule: (args, options) => client.call(app, routes.getSchedule, args, options),
        updateSchedule: (args, options) => client.call(app, routes.updateSchedule, args, options),
        deleteSchedule: (args, options) => client.call(app, routes.deleteSchedule, args, options),
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as LemlistClient["listCompanies"],
        listUnsubscribes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUnsubscribes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUnsubscribes, args, options) }) as LemlistClient["listUnsubscribes"],
        addUnsubscribe: (args, options) => client.call(app, routes.addUnsubscribe, args, options),
        addUnsubscribeValue: (args, options) => client.call(app, routes.addUnsubscribeValue, args, options),
        listInboxLabels: (args, options) => client.call(app, routes.listInboxLabels, args, options),
    };
}