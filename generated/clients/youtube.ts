// Generated from providers/youtube.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube.js';

/**
 * YouTube through the Switchboard gateway: YouTube Data API - search, videos, ratings, channels, playlists and their items, subscriptions and comment threads.
 */
export interface YoutubeClient {
    /**
     * Search YouTube for videos, channels or playlists by keywords and filters.
     *
     * `GET /youtube/v3/search`
     */
    searchResources: {
        (args: Args<operations["searchResources"]>, options?: CallOptions): Promise<Result<Data<operations["searchResources"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchResources"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchResources"]>, void, undefined>;
    };
    /**
     * Read videos by id, list the most popular videos of a region, or the videos the user rated.
     *
     * `GET /youtube/v3/videos`
     */
    listVideos: {
        (args: Args<operations["listVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVideos"]>, void, undefined>;
    };
    /**
     * Like or dislike a video as the user, or take the rating back.
     *
     * `POST /youtube/v3/videos/rate`
     */
    rateVideo(args: Args<operations["rateVideo"]>, options?: CallOptions): Promise<Result<Data<operations["rateVideo"]>>>;
    /**
     * Read channels by id or handle, or the connected user's own channel.
     *
     * `GET /youtube/v3/channels`
     */
    listChannels: {
        (args: Args<operations["listChannels"]>, options?: CallOptions): Promise<Result<Data<operations["listChannels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listChannels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChannels"]>, void, undefined>;
    };
    /**
     * List the user's playlists, a channel's playlists, or playlists by id.
     *
     * `GET /youtube/v3/playlists`
     */
    listPlaylists: {
        (args: Args<operations["listPlaylists"]>, options?: CallOptions): Promise<Result<Data<operations["listPlaylists"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPlaylists"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPlaylists"]>, void, undefined>;
    };
    /**
     * Create a playlist on the user's channel.
     *
     * `POST /youtube/v3/playlists`
     */
    createPlaylist(args: Args<operations["createPlaylist"]>, options?: CallOptions): Promise<Result<Data<operations["createPlaylist"]>>>;
    /**
     * Delete one of the user's playlists.
     *
     * `DELETE /youtube/v3/playlists`
     */
    deletePlaylist(args: Args<operations["deletePlaylist"]>, options?: CallOptions): Promise<Result<Data<operations["deletePlaylist"]>>>;
    /**
     * List the videos in a playlist in playlist order.
     *
     * `GET /youtube/v3/playlistItems`
     */
    listPlaylistItems: {
        (args: Args<operations["listPlaylistItems"]>, options?: CallOptions): Promise<Result<Data<operations["listPlaylistItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPlaylistItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPlaylistItems"]>, void, undefined>;
    };
    /**
     * Add a video to a playlist, optionally at a given position.
     *
     * `POST /youtube/v3/playlistItems`
     */
    createPlaylistItem(args: Args<operations["createPlaylistItem"]>, options?: CallOptions): Promise<Result<Data<operations["createPlaylistItem"]>>>;
    /**
     * List the channels the user (or a channel) subscribes to, or the user's subscribers.
     *
     * `GET /youtube/v3/subscriptions`
     */
    listSubscriptions: {
        (args: Args<operations["listSubscriptions"]>, options?: CallOptions): Promise<Result<Data<operations["listSubscriptions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSubscriptions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSubscriptions"]>, void, undefined>;
    };
    /**
     * Subscribe the user to a channel.
     *
     * `POST /youtube/v3/subscriptions`
     */
    createSubscription(args: Args<operations["createSubscription"]>, options?: CallOptions): Promise<Result<Data<operations["createSubscription"]>>>;
    /**
     * List the top-level comments of a video or channel, with some of their replies.
     *
     * `GET /youtube/v3/commentThreads`
     */
    listCommentThreads: {
        (args: Args<operations["listCommentThreads"]>, options?: CallOptions): Promise<Result<Data<operations["listCommentThreads"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCommentThreads"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCommentThreads"]>, void, undefined>;
    };
    /**
     * Post a new top-level comment on a video.
     *
     * `POST /youtube/v3/commentThreads`
     */
    createCommentThread(args: Args<operations["createCommentThread"]>, options?: CallOptions): Promise<Result<Data<operations["createCommentThread"]>>>;
}

const routes = {
    searchResources: {"method":"GET","path":"/youtube/v3/search","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listVideos: {"method":"GET","path":"/youtube/v3/videos","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    rateVideo: {"method":"POST","path":"/youtube/v3/videos/rate"},
    listChannels: {"method":"GET","path":"/youtube/v3/channels","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listPlaylists: {"method":"GET","path":"/youtube/v3/playlists","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createPlaylist: {"method":"POST","path":"/youtube/v3/playlists","body":"application/json"},
    deletePlaylist: {"method":"DELETE","path":"/youtube/v3/playlists"},
    listPlaylistItems: {"method":"GET","path":"/youtube/v3/playlistItems","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createPlaylistItem: {"method":"POST","path":"/youtube/v3/playlistItems","body":"application/json"},
    listSubscriptions: {"method":"GET","path":"/youtube/v3/subscriptions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createSubscription: {"method":"POST","path":"/youtube/v3/subscriptions","body":"application/json"},
    listCommentThreads: {"method":"GET","path":"/youtube/v3/commentThreads","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createCommentThread: {"method":"POST","path":"/youtube/v3/commentThreads","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The YouTube client: `const api = youtube(new Switchboard({ baseUrl, apiKey }))`.
 */
export function youtube(client: Switchboard): YoutubeClient {
    const app = "youtube";
    return {
        searchResources: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchResources, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchResources, args, options) }) as YoutubeClient["searchResources"],
        listVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVideos, args, options) }) as YoutubeClient["listVideos"],
        rateVideo: (args, options) => client.call(app, routes.rateVideo, args, options),
        listChannels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChannels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChannels, args, options) }) as YoutubeClient["listChannels"],
        listPlaylists: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPlaylists, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPlaylists, args, options) }) as YoutubeClient["listPlaylists"],
        createPlaylist: (args, options) => client.call(app, routes.createPlaylist, args, options),
        deletePlaylist: (args, options) => client.call(app, routes.deletePlaylist, args, options),
        listPlaylistItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPlaylistItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPlaylistItems, args, options) }) as YoutubeClient["listPlaylistItems"],
        createPlaylistItem: (args, options) => client.call(app, routes.createPlaylistItem, args, options),
        listSubscriptions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSubscriptions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSubscriptions, args, options) }) as YoutubeClient["listSubscriptions"],
        createSubscription: (args, options) => client.call(app, routes.createSubscription, args, options),
        listCommentThreads: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCommentThreads, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCommentThreads, args, options) }) as YoutubeClient["listCommentThreads"],
        createCommentThread: (args, options) => client.call(app, routes.createCommentThread, args, options),
    };
}