// Generated from providers/callrail.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/callrail.js';

/**
 * CallRail through the Switchboard gateway: Call tracking data of CallRail accounts - calls with summaries and time series, companies, trackers, tags, users, integrations and notifications.
 */
export interface CallrailClient {
    /**
     * List the accounts the API key has access to.
     *
     * `GET /v3/a.json`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read one account.
     *
     * `GET /v3/a/{account_id}.json`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List the companies in an account.
     *
     * `GET /v3/a/{account_id}/companies.json`
     */
    listCompanies: {
        (args: Args<operations["listCompanies"]>, options?: CallOptions): Promise<Result<Data<operations["listCompanies"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCompanies"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCompanies"]>, void, undefined>;
    };
    /**
     * Read one company.
     *
     * `GET /v3/a/{account_id}/companies/{company_id}.json`
     */
    getCompany(args: Args<operations["getCompany"]>, options?: CallOptions): Promise<Result<Data<operations["getCompany"]>>>;
    /**
     * List calls, filtered by date range, company, tracker, status or search text.
     *
     * `GET /v3/a/{account_id}/calls.json`
     */
    listCalls: {
        (args: Args<operations["listCalls"]>, options?: CallOptions): Promise<Result<Data<operations["listCalls"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCalls"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCalls"]>, void, undefined>;
    };
    /**
     * Read one call.
     *
     * `GET /v3/a/{account_id}/calls/{call_id}.json`
     */
    getCall(args: Args<operations["getCall"]>, options?: CallOptions): Promise<Result<Data<operations["getCall"]>>>;
    /**
     * Set a call's customer name, note, tags, lead status or value.
     *
     * `PUT /v3/a/{account_id}/calls/{call_id}.json`
     */
    updateCall(args: Args<operations["updateCall"]>, options?: CallOptions): Promise<Result<Data<operations["updateCall"]>>>;
    /**
     * Totals of calls for a period, optionally grouped by source, campaign, keyword or other dimension.
     *
     * `GET /v3/a/{account_id}/calls/summary.json`
     */
    getCallSummary(args: Args<operations["getCallSummary"]>, options?: CallOptions): Promise<Result<Data<operations["getCallSummary"]>>>;
    /**
     * Call counts per day, week or month over a period.
     *
     * `GET /v3/a/{account_id}/calls/timeseries.json`
     */
    getCallTimeseries(args: Args<operations["getCallTimeseries"]>, options?: CallOptions): Promise<Result<Data<operations["getCallTimeseries"]>>>;
    /**
     * List the tracking numbers (source and session trackers) of an account.
     *
     * `GET /v3/a/{account_id}/trackers.json`
     */
    listTrackers: {
        (args: Args<operations["listTrackers"]>, options?: CallOptions): Promise<Result<Data<operations["listTrackers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTrackers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTrackers"]>, void, undefined>;
    };
    /**
     * Read one tracker.
     *
     * `GET /v3/a/{account_id}/trackers/{tracker_id}.json`
     */
    getTracker(args: Args<operations["getTracker"]>, options?: CallOptions): Promise<Result<Data<operations["getTracker"]>>>;
    /**
     * List the tags available for calls and texts.
     *
     * `GET /v3/a/{account_id}/tags.json`
     */
    listTags: {
        (args: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Create a tag for the whole account or for one company.
     *
     * `POST /v3/a/{account_id}/tags.json`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Rename, recolour or disable a tag.
     *
     * `PUT /v3/a/{account_id}/tags/{tag_id}.json`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag.
     *
     * `DELETE /v3/a/{account_id}/tags/{tag_id}.json`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the users of an account.
     *
     * `GET /v3/a/{account_id}/users.json`
     */
    listUsers: {
        (args: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user.
     *
     * `GET /v3/a/{account_id}/users/{user_id}.json`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List a company's integrations, such as webhooks and analytics connections.
     *
     * `GET /v3/a/{account_id}/integrations.json`
     */
    listIntegrations: {
        (args: Args<operations["listIntegrations"]>, options?: CallOptions): Promise<Result<Data<operations["listIntegrations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listIntegrations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listIntegrations"]>, void, undefined>;
    };
    /**
     * List the email and push notification rules set up in an account.
     *
     * `GET /v3/a/{account_id}/notifications.json`
     */
    listNotifications: {
        (args: Args<operations["listNotifications"]>, options?: CallOptions): Promise<Result<Data<operations["listNotifications"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listNotifications"]>, options?: CallOptions): AsyncGenerator<Data<operations["listNotifications"]>, void, undefined>;
    };
}

const routes = {
    listAccounts: {"method":"GET","path":"/v3/a.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"accounts","totalPages":"total_pages"}},
    getAccount: {"method":"GET","path":"/v3/a/{account_id}.json"},
    listCompanies: {"method":"GET","path":"/v3/a/{account_id}/companies.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"companies","totalPages":"total_pages"}},
    getCompany: {"method":"GET","path":"/v3/a/{account_id}/companies/{company_id}.json"},
    listCalls: {"method":"GET","path":"/v3/a/{account_id}/calls.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"calls","totalPages":"total_pages"}},
    getCall: {"method":"GET","path":"/v3/a/{account_id}/calls/{call_id}.json"},
    updateCall: {"method":"PUT","path":"/v3/a/{account_id}/calls/{call_id}.json","body":"application/json"},
    getCallSummary: {"method":"GET","path":"/v3/a/{account_id}/calls/summary.json"},
    getCallTimeseries: {"method":"GET","path":"/v3/a/{account_id}/calls/timeseries.json"},
    listTrackers: {"method":"GET","path":"/v3/a/{account_id}/trackers.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"trackers","totalPages":"total_pages"}},
    getTracker: {"method":"GET","path":"/v3/a/{account_id}/trackers/{tracker_id}.json"},
    listTags: {"method":"GET","path":"/v3/a/{account_id}/tags.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"tags","totalPages":"total_pages"}},
    createTag: {"method":"POST","path":"/v3/a/{account_id}/tags.json","body":"application/json"},
    updateTag: {"method":"PUT","path":"/v3/a/{account_id}/tags/{tag_id}.json","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/v3/a/{account_id}/tags/{tag_id}.json"},
    listUsers: {"method":"GET","path":"/v3/a/{account_id}/users.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"users","totalPages":"total_pages"}},
    getUser: {"method":"GET","path":"/v3/a/{account_id}/users/{user_id}.json"},
    listIntegrations: {"method":"GET","path":"/v3/a/{account_id}/integrations.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"integrations","totalPages":"total_pages"}},
    listNotifications: {"method":"GET","path":"/v3/a/{account_id}/notifications.json","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"notifications","totalPages":"total_pages"}},
} satisfies Record<string, Route>;

/**
 * The CallRail client: `const api = callrail(new Switchboard({ baseUrl, apiKey }))`.
 */
export function callrail(client: Switchboard): CallrailClient {
    const app = "callrail";
    return {
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as CallrailClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listCompanies: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCompanies, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCompanies, args, options) }) as CallrailClient["listCompanies"],
        getCompany: (args, options) => client.call(app, routes.getCompany, args, options),
        listCalls: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCalls, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCalls, args, options) }) as CallrailClient["listCalls"],
        getCall: (args, options) => client.call(app, routes.getCall, args, options),
        updateCall: (args, options) => client.call(app, routes.updateCall, args, options),
        getCallSummary: (args, options) => client.call(app, routes.getCallSummary, args, options),
        getCallTimeseries: (args, options) => client.call(app, routes.getCallTimeseries, args, options),
        listTrackers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTrackers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTrackers, args, options) }) as CallrailClient["listTrackers"],
        getTracker: (args, options) => client.call(app, routes.getTracker, args, options),
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as CallrailClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as CallrailClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        listIntegrations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listIntegrations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listIntegrations, args, options) }) as CallrailClient["listIntegrations"],
        listNotifications: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listNotifications, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listNotifications, args, options) }) as CallrailClient["listNotifications"],
    };
}