// Generated from providers/mailerlite.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/mailerlite.js';

/**
 * MailerLite through the Switchboard gateway: Subscribers, groups, segments, custom fields, campaigns, automations, forms and webhooks of a MailerLite account.
 */
export interface MailerliteClient {
    /**
     * List subscribers a page at a time, optionally by status.
     *
     * `GET /api/subscribers`
     */
    listSubscribers: {
        (args?: Args<operations["listSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscribers"]>, void, undefined>;
    };
    /**
     * Read one subscriber by id or email address.
     *
     * `GET /api/subscribers/{subscriber_id}`
     */
    getSubscriber(args: Args<operations["getSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["getSubscriber"]>>>;
    /**
     * Create a subscriber, or update the one with the same email address.
     *
     * `POST /api/subscribers`
     */
    upsertSubscriber(args: Args<operations["upsertSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["upsertSubscriber"]>>>;
    /**
     * Change a subscriber's fields, groups or status.
     *
     * `PUT /api/subscribers/{subscriber_id}`
     */
    updateSubscriber(args: Args<operations["updateSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["updateSubscriber"]>>>;
    /**
     * Delete a subscriber (the address may subscribe again later).
     *
     * `DELETE /api/subscribers/{subscriber_id}`
     */
    deleteSubscriber(args: Args<operations["deleteSubscriber"]>, options?: CallOptions): Promise<Result<Data<operations["deleteSubscriber"]>>>;
    /**
     * List subscriber groups with their counts and rates.
     *
     * `GET /api/groups`
     */
    listGroups: {
        (args?: Args<operations["listGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroups"]>, void, undefined>;
    };
    /**
     * Create a subscriber group.
     *
     * `POST /api/groups`
     */
    createGroup(args: Args<operations["createGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createGroup"]>>>;
    /**
     * Rename a subscriber group.
     *
     * `PUT /api/groups/{group_id}`
     */
    updateGroup(args: Args<operations["updateGroup"]>, options?: CallOptions): Promise<Result<Data<operations["updateGroup"]>>>;
    /**
     * Delete a group (its subscribers stay in the account).
     *
     * `DELETE /api/groups/{group_id}`
     */
    deleteGroup(args: Args<operations["deleteGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteGroup"]>>>;
    /**
     * List the subscribers of a group, optionally by status.
     *
     * `GET /api/groups/{group_id}/subscribers`
     */
    listGroupSubscribers: {
        (args: Args<operations["listGroupSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listGroupSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listGroupSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroupSubscribers"]>, void, undefined>;
    };
    /**
     * List segments with their subscriber totals and rates.
     *
     * `GET /api/segments`
     */
    listSegments: {
        (args?: Args<operations["listSegments"]>, options?: CallOptions): Promise<Result<Data<operations["listSegments"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listSegments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegments"]>, void, undefined>;
    };
    /**
     * List the subscribers matching a segment, optionally by status.
     *
     * `GET /api/segments/{segment_id}/subscribers`
     */
    listSegmentSubscribers: {
        (args: Args<operations["listSegmentSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listSegmentSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSegmentSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSegmentSubscribers"]>, void, undefined>;
    };
    /**
     * List the subscriber fields, built-in and custom.
     *
     * `GET /api/fields`
     */
    listFields: {
        (args?: Args<operations["listFields"]>, options?: CallOptions): Promise<Result<Data<operations["listFields"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFields"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFields"]>, void, undefined>;
    };
    /**
     * Create a custom subscriber field of type text, number or date.
     *
     * `POST /api/fields`
     */
    createField(args: Args<operations["createField"]>, options?: CallOptions): Promise<Result<Data<operations["createField"]>>>;
    /**
     * List campaigns, filtered by status and type.
     *
     * `GET /api/campaigns`
     */
    listCampaigns: {
        (args?: Args<operations["listCampaigns"]>, options?: CallOptions): Promise<Result<Data<operations["listCampaigns"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCampaigns"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCampaigns"]>, void, undefined>;
    };
    /**
     * Read a campaign with its emails, settings and statistics.
     *
     * `GET /api/campaigns/{campaign_id}`
     */
    getCampaign(args: Args<operations["getCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["getCampaign"]>>>;
    /**
     * Create a draft campaign with its email and the groups or segments it goes to.
     *
     * `POST /api/campaigns`
     */
    createCampaign(args: Args<operations["createCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["createCampaign"]>>>;
    /**
     * Send a draft campaign now, at a set time, or in each subscriber's time zone.
     *
     * `POST /api/campaigns/{campaign_id}/schedule`
     */
    scheduleCampaign(args: Args<operations["scheduleCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["scheduleCampaign"]>>>;
    /**
     * Delete a campaign.
     *
     * `DELETE /api/campaigns/{campaign_id}`
     */
    deleteCampaign(args: Args<operations["deleteCampaign"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCampaign"]>>>;
    /**
     * List automations, filtered by state, name or trigger group.
     *
     * `GET /api/automations`
     */
    listAutomations: {
        (args?: Args<operations["listAutomations"]>, options?: CallOptions): Promise<Result<Data<operations["listAutomations"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAutomations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAutomations"]>, void, undefined>;
    };
    /**
     * Read an automation with its trigger, steps and statistics.
     *
     * `GET /api/automations/{automation_id}`
     */
    getAutomation(args: Args<operations["getAutomation"]>, options?: CallOptions): Promise<Result<Data<operations["getAutomation"]>>>;
    /**
     * Delete an automation.
     *
     * `DELETE /api/automations/{automation_id}`
     */
    deleteAutomation(args: Args<operations["deleteAutomation"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAutomation"]>>>;
    /**
     * List the forms of one kind (pop-up, embedded or promotion).
     *
     * `GET /api/forms/{type}`
     */
    listForms: {
        (args: Args<operations["listForms"]>, options?: CallOptions): Promise<Result<Data<operations["listForms"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listForms"]>, options?: CallOptions): AsyncGenerator<Data<operations["listForms"]>, void, undefined>;
    };
    /**
     * List the subscribers who signed up through a form.
     *
     * `GET /api/forms/{form_id}/subscribers`
     */
    listFormSubscribers: {
        (args: Args<operations["listFormSubscribers"]>, options?: CallOptions): Promise<Result<Data<operations["listFormSubscribers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFormSubscribers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFormSubscribers"]>, void, undefined>;
    };
    /**
     * List the account's webhooks.
     *
     * `GET /api/webhooks`
     */
    listWebhooks(args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
    /**
     * Register a URL to be called when chosen subscriber or campaign events happen.
     *
     * `POST /api/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The MailerLite client: `const api = mailerlite(new Switchboard({ baseUrl, apiKey }))`.
 */
export function mailerlite(client: Switchboard): MailerliteClient {
    const app = "mailerlite";
    return {
        listSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscribers, args, options) }) as MailerliteClient["listSubscribers"],
        getSubscriber: (args, options) => client.call(app, routes.getSubscriber, args, options),
        upsertSubscriber: (args, options) => client.call(app, routes.upsertSubscriber, args, options),
        updateSubscriber: (args, options) => client.call(app, routes.updateSubscriber, args, options),
        deleteSubscriber: (args, options) => client.call(app, routes.deleteSubscriber, args, options),
        listGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroups, args, options) }) as MailerliteClient["listGroups"],
        createGroup: (args, options) => client.call(app, routes.createGroup, args, options),
        updateGroup: (args, options) => client.call(app, routes.updateGroup, args, options),
        deleteGroup: (args, options) => client.call(app, routes.deleteGroup, args, options),
        listGroupSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroupSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroupSubscribers, args, options) }) as MailerliteClient["listGroupSubscribers"],
        listSegments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegments, args, options) }) as MailerliteClient["listSegments"],
        listSegmentSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSegmentSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSegmentSubscribers, args, options) }) as MailerliteClient["listSegmentSubscribers"],
        listFields: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFields, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFields, args, options) }) as MailerliteClient["listFields"],
        createField: (args, options) => client.call(app, routes.createField, args, options),
        listCampaigns: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCampaigns, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCampaigns, args, options) }) as MailerliteClient["listCampaigns"],
        getCampaign: (args, options) => client.call(app, routes.getCampaign, args, options),
        createCampaign: (args, options) => client.call(app, routes.createCampaign, args, options),
        scheduleCampaign: (args, options) => client.call(app, routes.scheduleCampaign, args, options),
        deleteCampaign: (args, options) => client.call(app, routes.deleteCampaign, args, options),
        listAutomations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAutomations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAutomations, args, options) }) as MailerliteClient["listAutomations"],
        getAutomation: (args, options) => client.call(app, routes.getAutomation, args, options),
        deleteAutomation: (args, options) => client.call(app, routes.deleteAutomation, args, options),
        listForms: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listForms, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listForms, args, options) }) as MailerliteClient["listForms"],
        listFormSubscribers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFormSubscribers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFormSubscribers, args, options) }) as MailerliteClient["listFormSubscribers"],
        listWebhooks: (args, options) => client.call(app, routes.listWebhooks, args, options),
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
    };
}