// Generated from providers/youtube-analytics.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube-analytics.js';

/**
 * YouTube Analytics through the Switchboard gateway: Targeted YouTube Analytics queries (views, watch time, subscribers …) for a channel, plus groups of videos, playlists or channels to report on.
 */
export interface YoutubeAnalyticsClient {
    /** Query channel or content-owner metrics for a date range, broken down by dimensions such as day, country or video. `GET /v2/reports` */
    queryReport: Paged<operations["queryReport"]>;
    /** List the user's analytics groups, or read groups by id. `GET /v2/groups` */
    listGroups: Paged<operations["listGroups"]>;
    /** Create an empty group that will hold one kind of item. `POST /v2/groups` */
    createGroup: Call<operations["createGroup"]>;
    /** Rename a group (the title is the only field that can change). `PUT /v2/groups` */
    updateGroup: Call<operations["updateGroup"]>;
    /** Delete a group. `DELETE /v2/groups` */
    deleteGroup: Call<operations["deleteGroup"]>;
    /** List the items that belong to a group. `GET /v2/groupItems` */
    listGroupItems: Call<operations["listGroupItems"]>;
    /** Add a video, playlist, channel or asset to a group. `POST /v2/groupItems` */
    createGroupItem: Call<operations["createGroupItem"]>;
    /** Take an item out of a group. `DELETE /v2/groupItems` */
    deleteGroupItem: Call<operations["deleteGroupItem"]>;
}

const routes: Routes<YoutubeAnalyticsClient> = {
    queryReport: {"method":"GET","path":"/v2/reports","paging":{"style":"offset","offsetParam":"startIndex","limitParam":"maxResults","items":"rows","firstOffset":1}},
    listGroups: {"method":"GET","path":"/v2/groups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createGroup: {"method":"POST","path":"/v2/groups","body":"application/json"},
    updateGroup: {"method":"PUT","path":"/v2/groups","body":"application/json"},
    deleteGroup: {"method":"DELETE","path":"/v2/groups"},
    listGroupItems: {"method":"GET","path":"/v2/groupItems"},
    createGroupItem: {"method":"POST","path":"/v2/groupItems","body":"application/json"},
    deleteGroupItem: {"method":"DELETE","path":"/v2/groupItems"},
};

/**
 * The YouTube Analytics client: `const api = youtubeAnalytics(new Switchboard({ baseUrl, apiKey }))`.
 */
export const youtubeAnalytics = (sb: Switchboard): YoutubeAnalyticsClient => bindClient<YoutubeAnalyticsClient>(sb, "youtube-analytics", routes);
