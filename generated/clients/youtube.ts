// Generated from providers/youtube.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/youtube.js';

/**
 * YouTube through the Switchboard gateway: YouTube Data API - search, videos, ratings, channels, playlists and their items, subscriptions and comment threads.
 */
export interface YoutubeClient {
    /** Search YouTube for videos, channels or playlists by keywords and filters. `GET /youtube/v3/search` */
    searchResources: Paged<operations["searchResources"]>;
    /** Read videos by id, list the most popular videos of a region, or the videos the user rated. `GET /youtube/v3/videos` */
    listVideos: Paged<operations["listVideos"]>;
    /** Like or dislike a video as the user, or take the rating back. `POST /youtube/v3/videos/rate` */
    rateVideo: Call<operations["rateVideo"]>;
    /** Read channels by id or handle, or the connected user's own channel. `GET /youtube/v3/channels` */
    listChannels: Paged<operations["listChannels"]>;
    /** List the user's playlists, a channel's playlists, or playlists by id. `GET /youtube/v3/playlists` */
    listPlaylists: Paged<operations["listPlaylists"]>;
    /** Create a playlist on the user's channel. `POST /youtube/v3/playlists` */
    createPlaylist: Call<operations["createPlaylist"]>;
    /** Delete one of the user's playlists. `DELETE /youtube/v3/playlists` */
    deletePlaylist: Call<operations["deletePlaylist"]>;
    /** List the videos in a playlist in playlist order. `GET /youtube/v3/playlistItems` */
    listPlaylistItems: Paged<operations["listPlaylistItems"]>;
    /** Add a video to a playlist, optionally at a given position. `POST /youtube/v3/playlistItems` */
    createPlaylistItem: Call<operations["createPlaylistItem"]>;
    /** List the channels the user (or a channel) subscribes to, or the user's subscribers. `GET /youtube/v3/subscriptions` */
    listSubscriptions: Paged<operations["listSubscriptions"]>;
    /** Subscribe the user to a channel. `POST /youtube/v3/subscriptions` */
    createSubscription: Call<operations["createSubscription"]>;
    /** List the top-level comments of a video or channel, with some of their replies. `GET /youtube/v3/commentThreads` */
    listCommentThreads: Paged<operations["listCommentThreads"]>;
    /** Post a new top-level comment on a video. `POST /youtube/v3/commentThreads` */
    createCommentThread: Call<operations["createCommentThread"]>;
}

const routes: Routes<YoutubeClient> = {
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
};

/**
 * The YouTube client: `const api = youtube(new Switchboard({ baseUrl, apiKey }))`.
 */
export const youtube = (sb: Switchboard): YoutubeClient => bindClient<YoutubeClient>(sb, "youtube", routes);
