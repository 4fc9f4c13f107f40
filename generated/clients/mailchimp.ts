// Generated from providers/mailchimp.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailchimp.js';

/**
 * Mailchimp through the Switchboard gateway: Audiences and their members, tags and segments, email campaigns, templates, automations and campaign reports.
 */
export interface MailchimpClient {
    /** List the account's audiences with their subscriber statistics. `GET /3.0/lists` */
    listAudiences: Paged<operations["listAudiences"]>;
    /** Read one audience with its settings and statistics. `GET /3.0/lists/{list_id}` */
    getAudience: Call<operations["getAudience"]>;
    /** Create an audience with its sender defaults and postal contact details. `POST /3.0/lists` */
    createAudience: Call<operations["createAudience"]>;
    /** List the members of an audience, filtered by status, dates or interests. `GET /3.0/lists/{list_id}/members` */
    listMembers: Paged<operations["listMembers"]>;
    /** Add a new member to an audience. `POST /3.0/lists/{list_id}/members` */
    addMember: Call<operations["addMember"]>;
    /** Change some fields of an existing member. `PATCH /3.0/lists/{list_id}/members/{subscriber_hash}` */
    updateMember: Call<operations["updateMember"]>;
    /** Add a member, or update it when the address is already in the audience. `PUT /3.0/lists/{list_id}/members/{subscriber_hash}` */
    upsertMember: Call<operations["upsertMember"]>;
    /** Archive a member so it no longer counts toward the audience; its history is kept. `DELETE /3.0/lists/{list_id}/members/{subscriber_hash}` */
    archiveMember: Call<operations["archiveMember"]>;
    /** Attach or detach tags on a member. `POST /3.0/lists/{list_id}/members/{subscriber_hash}/tags` */
    updateMemberTags: Call<operations["updateMemberTags"]>;
    /** List the saved segments and static tags of an audience. `GET /3.0/lists/{list_id}/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** List campaigns, filtered by type, status, audience or send and create times. `GET /3.0/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Create a draft campaign for an audience or segment. `POST /3.0/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** Set a campaign's body from HTML, plain text, a URL or a template. `PUT /3.0/campaigns/{campaign_id}/content` */
    setCampaignContent: Call<operations["setCampaignContent"]>;
    /** Send a ready campaign right away. `POST /3.0/campaigns/{campaign_id}/actions/send` */
    sendCampaign: Call<operations["sendCampaign"]>;
    /** Schedule a campaign for delivery at a quarter-hour in UTC. `POST /3.0/campaigns/{campaign_id}/actions/schedule` */
    scheduleCampaign: Call<operations["scheduleCampaign"]>;
    /** List the email templates available to the account. `GET /3.0/templates` */
    listTemplates: Paged<operations["listTemplates"]>;
    /** List classic automation workflows with their status and statistics. `GET /3.0/automations` */
    listAutomations: Paged<operations["listAutomations"]>;
    /** Start every email of an automation workflow. `POST /3.0/automations/{workflow_id}/actions/start-all-emails` */
    startAutomationEmails: Call<operations["startAutomationEmails"]>;
    /** List the reports of sent campaigns. `GET /3.0/reports` */
    listReports: Paged<operations["listReports"]>;
    /** Read the delivery, open, click and bounce figures of one sent campaign. `GET /3.0/reports/{campaign_id}` */
    getCampaignReport: Call<operations["getCampaignReport"]>;
}

const routes: Routes<MailchimpClient> = {
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
};

/**
 * The Mailchimp client: `const api = mailchimp(new Switchboard({ baseUrl, apiKey }))`.
 */
export const mailchimp = (sb: Switchboard): MailchimpClient => bindClient<MailchimpClient>(sb, "mailchimp", routes);
