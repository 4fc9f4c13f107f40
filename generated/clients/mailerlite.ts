// Generated from providers/mailerlite.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailerlite.js';

/**
 * MailerLite through the Switchboard gateway: Subscribers, groups, segments, custom fields, campaigns, automations, forms and webhooks of a MailerLite account.
 */
export interface MailerliteClient {
    /** List subscribers a page at a time, optionally by status. `GET /api/subscribers` */
    listSubscribers: Paged<operations["listSubscribers"]>;
    /** Read one subscriber by id or email address. `GET /api/subscribers/{subscriber_id}` */
    getSubscriber: Call<operations["getSubscriber"]>;
    /** Create a subscriber, or update the one with the same email address. `POST /api/subscribers` */
    upsertSubscriber: Call<operations["upsertSubscriber"]>;
    /** Change a subscriber's fields, groups or status. `PUT /api/subscribers/{subscriber_id}` */
    updateSubscriber: Call<operations["updateSubscriber"]>;
    /** Delete a subscriber (the address may subscribe again later). `DELETE /api/subscribers/{subscriber_id}` */
    deleteSubscriber: Call<operations["deleteSubscriber"]>;
    /** List subscriber groups with their counts and rates. `GET /api/groups` */
    listGroups: Paged<operations["listGroups"]>;
    /** Create a subscriber group. `POST /api/groups` */
    createGroup: Call<operations["createGroup"]>;
    /** Rename a subscriber group. `PUT /api/groups/{group_id}` */
    updateGroup: Call<operations["updateGroup"]>;
    /** Delete a group (its subscribers stay in the account). `DELETE /api/groups/{group_id}` */
    deleteGroup: Call<operations["deleteGroup"]>;
    /** List the subscribers of a group, optionally by status. `GET /api/groups/{group_id}/subscribers` */
    listGroupSubscribers: Paged<operations["listGroupSubscribers"]>;
    /** List segments with their subscriber totals and rates. `GET /api/segments` */
    listSegments: Paged<operations["listSegments"]>;
    /** List the subscribers matching a segment, optionally by status. `GET /api/segments/{segment_id}/subscribers` */
    listSegmentSubscribers: Paged<operations["listSegmentSubscribers"]>;
    /** List the subscriber fields, built-in and custom. `GET /api/fields` */
    listFields: Paged<operations["listFields"]>;
    /** Create a custom subscriber field of type text, number or date. `POST /api/fields` */
    createField: Call<operations["createField"]>;
    /** List campaigns, filtered by status and type. `GET /api/campaigns` */
    listCampaigns: Paged<operations["listCampaigns"]>;
    /** Read a campaign with its emails, settings and statistics. `GET /api/campaigns/{campaign_id}` */
    getCampaign: Call<operations["getCampaign"]>;
    /** Create a draft campaign with its email and the groups or segments it goes to. `POST /api/campaigns` */
    createCampaign: Call<operations["createCampaign"]>;
    /** Send a draft campaign now, at a set time, or in each subscriber's time zone. `POST /api/campaigns/{campaign_id}/schedule` */
    scheduleCampaign: Call<operations["scheduleCampaign"]>;
    /** Delete a campaign. `DELETE /api/campaigns/{campaign_id}` */
    deleteCampaign: Call<operations["deleteCampaign"]>;
    /** List automations, filtered by state, name or trigger group. `GET /api/automations` */
    listAutomations: Paged<operations["listAutomations"]>;
    /** Read an automation with its trigger, steps and statistics. `GET /api/automations/{automation_id}` */
    getAutomation: Call<operations["getAutomation"]>;
    /** Delete an automation. `DELETE /api/automations/{automation_id}` */
    deleteAutomation: Call<operations["deleteAutomation"]>;
    /** List the forms of one kind (pop-up, embedded or promotion). `GET /api/forms/{type}` */
    listForms: Paged<operations["listForms"]>;
    /** List the subscribers who signed up through a form. `GET /api/forms/{form_id}/subscribers` */
    listFormSubscribers: Paged<operations["listFormSubscribers"]>;
    /** List the account's webhooks. `GET /api/webhooks` */
    listWebhooks: Call<operations["listWebhooks"]>;
    /** Register a URL to be called when chosen subscriber or campaign events happen. `POST /api/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
}

const routes: Routes<MailerliteClient> = {
    listSubscribers: {"method":"GET","path":"/api/subscribers","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.next_cursor"}},
    getSubscriber: {"method":"GET","path":"/api/subscribers/{subscriber_id}"},
    upsertSubscriber: {"method":"POST","path":"/api/subscribers","body":"application/json"},
    updateSubscriber: {"method":"PUT","path":"/api/subscribers/{subscriber_id}","body":"application/json"},
    deleteSubscriber: {"method":"DELETE","path":"/api/subscribers/{subscriber_id}"},
    listGroups: {"method":"GET","path":"/api/groups","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    createGroup: {"method":"POST","path":"/api/groups","body":"application/json"},
    updateGroup: {"method":"PUT","path":"/api/groups/{group_id}","body":"application/json"},
    deleteGroup: {"method":"DELETE","path":"/api/groups/{group_id}"},
    listGroupSubscribers: {"method":"GET","path":"/api/groups/{group_id}/subscribers","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.next_cursor"}},
    listSegments: {"method":"GET","path":"/api/segments","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    listSegmentSubscribers: {"method":"GET","path":"/api/segments/{segment_id}/subscribers","paging":{"style":"cursor","cursorParam":"after","nextCursor":"meta.last"}},
    listFields: {"method":"GET","path":"/api/fields","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    createField: {"method":"POST","path":"/api/fields","body":"application/json"},
    listCampaigns: {"method":"GET","path":"/api/campaigns","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    getCampaign: {"method":"GET","path":"/api/campaigns/{campaign_id}"},
    createCampaign: {"method":"POST","path":"/api/campaigns","body":"application/json"},
    scheduleCampaign: {"method":"POST","path":"/api/campaigns/{campaign_id}/schedule","body":"application/json"},
    deleteCampaign: {"method":"DELETE","path":"/api/campaigns/{campaign_id}"},
    listAutomations: {"method":"GET","path":"/api/automations","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    getAutomation: {"method":"GET","path":"/api/automations/{automation_id}"},
    deleteAutomation: {"method":"DELETE","path":"/api/automations/{automation_id}"},
    listForms: {"method":"GET","path":"/api/forms/{type}","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data","totalPages":"meta.last_page"}},
    listFormSubscribers: {"method":"GET","path":"/api/forms/{form_id}/subscribers","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"meta.next_cursor"}},
    listWebhooks: {"method":"GET","path":"/api/webhooks"},
    createWebhook: {"method":"POST","path":"/api/webhooks","body":"application/json"},
};

/**
 * The MailerLite client: `const api = mailerlite(new Switchboard({ baseUrl, apiKey }))`.
 */
export const mailerlite = (sb: Switchboard): MailerliteClient => bindClient<MailerliteClient>(sb, "mailerlite", routes);
