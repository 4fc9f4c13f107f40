// Generated from providers/youtube-analytics.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube-analytics.js';

/**
 * YouTube Analytics through the Switchboard gateway: Targeted YouTube Analytics queries (views, watch time, subscribers …) for a channel, plus groups of videos, playlists or channels to report on.
 */
export interface YoutubeAnalyticsClient {
    /**
     * Query channel or content-owner metrics for a date range, broken down by dimensions such as day, country or video.
     *
     * `GET /v2/reports`
     */
    queryReport: {
        (args: Args<operations["queryReport"]>, options?: CallOptions): Promise<Result<Data<operations["queryReport"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["queryReport"]>, options?: CallOptions): AsyncGenerator<Data<operations["queryReport"]>, void, undefined>;
    };
    /**
     * List the user's analytics groups, or read groups by id.
     *
     * `GET /v2/groups`
     */
    listGroups: {
        (args?: Args<operations["listGroups"]>, options?: CallOptions): Promise<Result<Data<operations["listGroups"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listGroups"]>, options?: CallOptions): AsyncGenerator<Data<operations["listGroups"]>, void, undefined>;
    };
    /**
     * Create an empty group that will hold one kind of item.
     *
     * `POST /v2/groups`
     */
    createGroup(args: Args<operations["createGroup"]>, options?: CallOptions): Promise<Result<Data<operations["createGroup"]>>>;
    /**
     * Rename a group (the title is the only field that can change).
     *
     * `PUT /v2/groups`
     */
    updateGroup(args: Args<operations["updateGroup"]>, options?: CallOptions): Promise<Result<Data<operations["updateGroup"]>>>;
    /**
     * Delete a group.
     *
     * `DELETE /v2/groups`
     */
    deleteGroup(args: Args<operations["deleteGroup"]>, options?: CallOptions): Promise<Result<Data<operations["deleteGroup"]>>>;
    /**
     * List the items that belong to a group.
     *
     * `GET /v2/groupItems`
     */
    listGroupItems(args: Args<operations["listGroupItems"]>, options?: CallOptions): Promise<Result<Data<operations["listGroupItems"]>>>;
    /**
     * Add a video, playlist, channel or asset to a group.
     *
     * `POST /v2/groupItems`
     */
    createGroupItem(args: Args<operations["createGroupItem"]>, options?: CallOptions): Promise<Result<Data<operations["createGroupItem"]>>>;
    /**
     * Take an item out of a group.
     *
     * `DELETE /v2/groupItems`
     */
    deleteGroupItem(args: Args<operations["deleteGroupItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteGroupItem"]>>>;
}

const routes = {
    queryReport: {"method":"GET","path":"/v2/reports","paging":{"style":"offset","offsetParam":"startIndex","limitParam":"maxResults","items":"rows","firstOffset":1}},
    listGroups: {"method":"GET","path":"/v2/groups","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createGroup: {"method":"POST","path":"/v2/groups","body":"application/json"},
    updateGroup: {"method":"PUT","path":"/v2/groups","body":"application/json"},
    deleteGroup: {"method":"DELETE","path":"/v2/groups"},
    listGroupItems: {"method":"GET","path":"/v2/groupItems"},
    createGroupItem: {"method":"POST","path":"/v2/groupItems","body":"application/json"},
    deleteGroupItem: {"method":"DELETE","path":"/v2/groupItems"},
} satisfies Record<string, Route>;

/**
 * The YouTube Analytics client: `const api = youtubeAnalytics(new Switchboard({ baseUrl, apiKey }))`.
 */
export function youtubeAnalytics(client: Switchboard): YoutubeAnalyticsClient {
    const app = "youtube-analytics";
    return {
        queryReport: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.queryReport, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.queryReport, args, options) }) as YoutubeAnalyticsClient["queryReport"],
        listGroups: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listGroups, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listGroups, args, options) }) as YoutubeAnalyticsClient["listGroups"],
        createGroup: (args, options) => client.call(app, routes.createGroup, args, options),
        updateGroup: (args, options) => client.call(app, routes.updateGroup, args, options),
        deleteGroup: (args, options) => client.call(app, routes.deleteGroup, args, options),
        listGroupItems: (args, options) => client.call(app, routes.listGroupItems, args, options),
        createGroupItem: (args, options) => client.call(app, routes.createGroupItem, args, options),
        deleteGroupItem: (args, options) => client.call(app, routes.deleteGroupItem, args, options),
    };
}