// Generated from providers/callrail.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/callrail.js';

/**
 * CallRail through the Switchboard gateway: Call tracking data of CallRail accounts - calls with summaries and time series, companies, trackers, tags, users, integrations and notifications.
 */
export interface CallrailClient {
    /** List the accounts the API key has access to. `GET /v3/a.json` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read one account. `GET /v3/a/{account_id}.json` */
    getAccount: Call<operations["getAccount"]>;
    /** List the companies in an account. `GET /v3/a/{account_id}/companies.json` */
    listCompanies: Paged<operations["listCompanies"]>;
    /** Read one company. `GET /v3/a/{account_id}/companies/{company_id}.json` */
    getCompany: Call<operations["getCompany"]>;
    /** List calls, filtered by date range, company, tracker, status or search text. `GET /v3/a/{account_id}/calls.json` */
    listCalls: Paged<operations["listCalls"]>;
    /** Read one call. `GET /v3/a/{account_id}/calls/{call_id}.json` */
    getCall: Call<operations["getCall"]>;
    /** Set a call's customer name, note, tags, lead status or value. `PUT /v3/a/{account_id}/calls/{call_id}.json` */
    updateCall: Call<operations["updateCall"]>;
    /** Totals of calls for a period, optionally grouped by source, campaign, keyword or other dimension. `GET /v3/a/{account_id}/calls/summary.json` */
    getCallSummary: Call<operations["getCallSummary"]>;
    /** Call counts per day, week or month over a period. `GET /v3/a/{account_id}/calls/timeseries.json` */
    getCallTimeseries: Call<operations["getCallTimeseries"]>;
    /** List the tracking numbers (source and session trackers) of an account. `GET /v3/a/{account_id}/trackers.json` */
    listTrackers: Paged<operations["listTrackers"]>;
    /** Read one tracker. `GET /v3/a/{account_id}/trackers/{tracker_id}.json` */
    getTracker: Call<operations["getTracker"]>;
    /** List the tags available for calls and texts. `GET /v3/a/{account_id}/tags.json` */
    listTags: Paged<operations["listTags"]>;
    /** Create a tag for the whole account or for one company. `POST /v3/a/{account_id}/tags.json` */
    createTag: Call<operations["createTag"]>;
    /** Rename, recolour or disable a tag. `PUT /v3/a/{account_id}/tags/{tag_id}.json` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag. `DELETE /v3/a/{account_id}/tags/{tag_id}.json` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the users of an account. `GET /v3/a/{account_id}/users.json` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user. `GET /v3/a/{account_id}/users/{user_id}.json` */
    getUser: Call<operations["getUser"]>;
    /** List a company's integrations, such as webhooks and analytics connections. `GET /v3/a/{account_id}/integrations.json` */
    listIntegrations: Paged<operations["listIntegrations"]>;
    /** List the email and push notification rules set up in an account. `GET /v3/a/{account_id}/notifications.json` */
    listNotifications: Paged<operations["listNotifications"]>;
}

const routes: Routes<CallrailClient> = {
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
};

/**
 * The CallRail client: `const api = callrail(new Switchboard({ baseUrl, apiKey }))`.
 */
export const callrail = (sb: Switchboard): CallrailClient => bindClient<CallrailClient>(sb, "callrail", routes);
