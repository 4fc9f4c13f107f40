// Generated from providers/mailchimp.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailchimp.js';

/**
 * Mailchimp through the Switchboard gateway: Audiences and their members, tags and segments, email campaigns, templates, automations and campaign reports.
 */
export interface MailchimpClient {
    /**
     * List the account's audiences with their subscriber statistics.
     *
     * `GET /3.0/lists`
     */
    listAudiences: {
        (args?: Args<operations["listAudiences"]>, options?: CallOptions): Promise<Result<Data<operations["listAudiences"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAudiences"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAudiences"]>, void, undefined>;
    };
    /**
     * Read one audience with its settings and statistics.
     *
     * `GET /3.0/lists/{list_id}`
     */
    getAudience(args: Args<operations["getAudience"]>, options?: CallOptions): Promise<Result<Data<operations["getAudience"]>>>;
    /**
     * Create an audience with its sender defaults and postal contact details.
     *
     * `POST /3.0/lists`
     */
    createAudience(args: Args<operations["createAudience"]>, options?: CallOptions): Promise<Result<Data<operations["createAudience"]>>>;
    /**
     * List the members of an audience, filtered by status, dates or interests.
     *
     * `GET /3.0/lists/{list_id}/members`
     */
    listMembers: {
        (args: Args<operations["listMembers"]>, options?: CallOptions): Promise<Result<Data<operations["listMembers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listMembers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMembers"]>, void, undefined>;
    };
    /**
     * Add a new member to an audience.
     *
     * `POST /3.0/lists/{list_id}/members`
     */
    addMember(args: Args<operations["addMember"]>, options?: CallOptions): Promise<Result<Data<operations["addMember"]>>>;
    /**
     * Change some fields of an existing member.
     *
     * `PATCH /3.0/lists/{list_id}/members/{subscriber_hash}`
     */
    updateMember(args: Args<operations["updateMember"]>, options?: CallOptions): Promise<Result<Data<operations["updateMember"]>>>;
    /**
     * Add a member, or update it when the address is already in the audience.
     *
     * `PUT /3.0/lists/{list_id}/members/{subscriber_hash}`
     */
    upsertMember(args: Args<operations["upsertMember"]>, options?: CallOptions): Promise<Result<Data<operations["upsertMember"]>>>;
    /**
     * Archive a member so it no longer counts toward the audience; its history is kept.
     *
     * `DELETE /3.0/lists/{list_id}/members/{subscriber_hash}`
     */
    archiveMember(args: Args<operations["archiveMember"]>, options?: CallOptions): Promise<Result<Data<operations["archiveMember"]>>>;
    /**
     * Attach or detach tags on a member.
     *
     * `POST /3.0/lists/{list_id}/members/{subscriber_hash}/tags`
     */
    updateMemberTags(args: Args<operations["updateMemberTags"]>, options?: CallOptions): Promise<Result<Data<operations["updateMemberTags"]>>>;
    /**
     * List the saved segments and static tags of an audience.
     *
     * `GET /3.0/lists/{list_id}/segments`
     */
    listSegments: {
        (args: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * List campaigns, filtered by type, status, audience or send and create times.
     *
     * `GET /3.0/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Create a draft campaign for an audience or segment.
     *
     * `POST /3.0/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * Set a campaign's body from HTML, plain text, a URL or a template.
     *
     * `PUT /3.0/campaigns/{campaign_id}/content`
     */
    setCampaignContent(args: Args<operations["setCampaignContent"]>, options?: CallOptions): Promise<Result<Data<operations["setCampaignContent"]>>>;
    /**
     * Send a ready campaign right away.
     *
     * `POST /3.0/campaigns/{campaign_id}/actions/send`
     */
    sendCampaign(args: Args<operations["sendCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["sendCampaign"]>>>;
    /**
     * Schedule a campaign for delivery at a quarter-hour in UTC.
     *
     * `POST /3.0/campaigns/{campaign_id}/actions/schedule`
     */
    scheduleCampaign(args: Args<operations["scheduleCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["scheduleCampaign"]>>>;
    /**
     * List the email templates available to the account.
     *
     * `GET /3.0/templates`
     */
    listTemplates: {
        (args?: Args<operations["listTemplates"]>, options?: CallOptions): Promise<Result<Data<operations["listTemplates"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTemplates"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTemplates"]>, void, undefined>;
    };
    /**
     * List classic automation workflows with their status and statistics.
     *
     * `GET /3.0/automations`
     */
    listAutomations: {
        (args?: Args<operations["listAutomations"]>, options?: CallOptions): Promise<Result<Data<operations["listAutomations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAutomations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutomations"]>, void, undefined>;
    };
    /**
     * Start every email of an automation workflow.
     *
     * `POST /3.0/automations/{workflow_id}/actions/start-all-emails`
     */
    startAutomationEmails(args: Args<operations["startAutomationEmails"]>, options?: CallOptions): Promise<Result<Data<operations["startAutomationEmails"]>>>;
    /**
     * List the reports of sent campaigns.
     *
     * `GET /3.0/reports`
     */
    listReports: {
        (args?: Args<operations["listReports"]>, options?: CallOptions): Promise<Result<Data<operations["listReports"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listReports"]>, options?: CallOptions): AsyncGenerator<Data<operations["listReports"]>, void, undefined>;
    };
    /**
     * Read the delivery, open, click and bounce figures of one sent campaign.
     *
     * `GET /3.0/reports/{campaign_id}`
     */
    getCampaignReport(args: Args<operations["getCampaignReport"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaignReport"]>>>;
}

const routes = {
    listAudiences: {"method":"GET","path":"/3.0/lists","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"lists","total":"total_items"}},
    getAudience: {"method":"GET","path":"/3.0/lists/{list_id}"},
    createAudience: {"method":"POST","path":"/3.0/lists","body":"application/json"},
    listMembers: {"method":"GET","path":"/3.0/lists/{list_id}/members","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"members","total":"total_items"}},
    addMember: {"method":"POST","path":"/3.0/lists/{list_id}/members","body":"application/json"},
    updateMember: {"method":"PATCH","path":"/3.0/lists/{list_id}/members/{subscriber_hash}","body":"application/json"},
    upsertMember: {"method":"PUT","path":"/3.0/lists/{list_id}/members/{subscriber_hash}","body":"application/json"},
    archiveMember: {"method":"DELETE","path":"/3.0/lists/{list_id}/members/{subscriber_hash}"},
    updateMemberTags: {"method":"POST","path":"/3.0/lists/{list_id}/members/{subscriber_hash}/tags","body":"application/json"},
    listSegments: {"method":"GET","path":"/3.0/lists/{list_id}/segments","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"segments","total":"total_items"}},
    listCampaigns: {"method":"GET","path":"/3.0/campaigns","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"campaigns","total":"total_items"}},
    createCampaign: {"method":"POST","path":"/3.0/campaigns","body":"application/json"},
    setCampaignContent: {"method":"PUT","path":"/3.0/campaigns/{campaign_id}/content","body":"application/json"},
    sendCampaign: {"method":"POST","path":"/3.0/campaigns/{campaign_id}/actions/send"},
    scheduleCampaign: {"method":"POST","path":"/3.0/campaigns/{campaign_id}/actions/schedule","body":"application/json"},
    listTemplates: {"method":"GET","path":"/3.0/templates","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"templates","total":"total_items"}},
    listAutomations: {"method":"GET","path":"/3.0/automations","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"automations","total":"total_items"}},
    startAutomationEmails: {"method":"POST","path":"/3.0/automations/{workflow_id}/actions/start-all-emails"},
    listReports: {"method":"GET","path":"/3.0/reports","paging":{"style":"offset","offsetParam":"offset","limitParam":"count","items":"reports","total":"total_items"}},
    getCampaignReport: {"method":"GET","path":"/3.0/reports/{campaign_id}"},
} satisfies Record<string, Route>;

/**
 * The Mailchimp client: `const api = mailchimp(new Switchboard({ baseUrl, apiKey }))`.
 */
export function mailchimp(client: Switchboard): MailchimpClient {
    const app = "mailchimp";
    return {
        listAudiences: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAudiences, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAudiences, args, options) }) as MailchimpClient["listAudiences"],
        getAudience: (args, options) => client.call(app, routes.getAudience, args, options),
        createAudience: (args, options) => client.call(app, routes.createAudience, args, options),
        listMembers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMembers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMembers, args, options) }) as MailchimpClient["listMembers"],
        addMember: (args, options) => client.call(app, routes.addMember, args, options),
        updateMember: (args, options) => client.call(app, routes.updateMember, args, options),
        upsertMember: (args, options) => client.call(app, routes.upsertMember, args, options),
        archiveMember: (args, options) => client.call(app, routes.archiveMember, args, options),
        updateMemberTags: (args, options) => client.call(app, routes.updateMemberTags, args, options),
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as MailchimpClient["listSegments"],
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as MailchimpClient["listCampaigns"],
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        setCampaignContent: (args, options) => client.call(app, routes.setCampaignContent, args, options),
        sendCampaign: (args, options) => client.call(app, routes.sendCampaign, args, options),
        scheduleCampaign: (args, options) => client.call(app, routes.scheduleCampaign, args, options),
        listTemplates: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTemplates, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTemplates, args, options) }) as MailchimpClient["listTemplates"],
        listAutomations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutomations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutomations, args, options) }) as MailchimpClient["listAutomations"],
        startAutomationEmails: (args, options) => client.call(app, routes.startAutomationEmails, args, options),
        listReports: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listReports, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listReports, args, options) }) as MailchimpClient["listReports"],
        getCampaignReport: (args, options) => client.call(app, routes.getCampaignReport, args, options),
    };
}