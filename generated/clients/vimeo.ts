// Generated from providers/vimeo.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vimeo.js';

/**
 * Vimeo through the Switchboard gateway: Vimeo videos, folders, showcases, comments, likes, watch later, follows, channels and categories of the connected user.
 */
export interface VimeoClient {
    /**
     * Read the connected user's profile, account type and counts.
     *
     * `GET /me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Read another user's public profile.
     *
     * `GET /users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * List new videos from the people and channels the user follows.
     *
     * `GET /me/feed`
     */
    getMyFeed: {
        (args?: Args<operations["getMyFeed"]>, options?: CallOptions): Promise<Result<Data<operations["getMyFeed"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["getMyFeed"]>, options?: CallOptions): AsyncGenerator<Data<operations["getMyFeed"]>, void, undefined>;
    };
    /**
     * List the user's own videos, optionally searched, filtered and sorted.
     *
     * `GET /me/videos`
     */
    listMyVideos: {
        (args?: Args<operations["listMyVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listMyVideos"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listMyVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listMyVideos"]>, void, undefined>;
    };
    /**
     * Search all public videos on Vimeo.
     *
     * `GET /videos`
     */
    searchVideos: {
        (args: Args<operations["searchVideos"]>, options?: CallOptions): Promise<Result<Data<operations["searchVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchVideos"]>, void, undefined>;
    };
    /**
     * Read one video with its privacy settings, pictures and stats.
     *
     * `GET /videos/{video_id}`
     */
    getVideo(args: Args<operations["getVideo"]>, options?: CallOptions): Promise<Result<Data<operations["getVideo"]>>>;
    /**
     * Change a video's title, description, privacy, password, licence or other settings.
     *
     * `PATCH /videos/{video_id}`
     */
    updateVideo(args: Args<operations["updateVideo"]>, options?: CallOptions): Promise<Result<Data<operations["updateVideo"]>>>;
    /**
     * Delete a video for good.
     *
     * `DELETE /videos/{video_id}`
     */
    deleteVideo(args: Args<operations["deleteVideo"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVideo"]>>>;
    /**
     * List the user's folders.
     *
     * `GET /me/folders`
     */
    listFolders: {
        (args?: Args<operations["listFolders"]>, options?: CallOptions): Promise<Result<Data<operations["listFolders"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFolders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolders"]>, void, undefined>;
    };
    /**
     * Create a folder, optionally inside another one.
     *
     * `POST /me/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Rename a folder.
     *
     * `PATCH /me/projects/{project_id}`
     */
    updateFolder(args: Args<operations["updateFolder"]>, options?: CallOptions): Promise<Result<Data<operations["updateFolder"]>>>;
    /**
     * Delete a folder, and optionally the videos in it.
     *
     * `DELETE /me/projects/{project_id}`
     */
    deleteFolder(args: Args<operations["deleteFolder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFolder"]>>>;
    /**
     * List the videos in a folder.
     *
     * `GET /me/projects/{project_id}/videos`
     */
    listFolderVideos: {
        (args: Args<operations["listFolderVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderVideos"]>, void, undefined>;
    };
    /**
     * Put a video into a folder.
     *
     * `PUT /me/projects/{project_id}/videos/{video_id}`
     */
    addVideoToFolder(args: Args<operations["addVideoToFolder"]>, options?: CallOptions): Promise<Result<Data<operations["addVideoToFolder"]>>>;
    /**
     * Take a video out of a folder without deleting it.
     *
     * `DELETE /me/projects/{project_id}/videos/{video_id}`
     */
    removeVideoFromFolder(args: Args<operations["removeVideoFromFolder"]>, options?: CallOptions): Promise<Result<Data<operations["removeVideoFromFolder"]>>>;
    /**
     * List the user's showcases.
     *
     * `GET /me/albums`
     */
    listAlbums: {
        (args?: Args<operations["listAlbums"]>, options?: CallOptions): Promise<Result<Data<operations["listAlbums"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAlbums"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAlbums"]>, void, undefined>;
    };
    /**
     * Create a showcase.
     *
     * `POST /me/albums`
     */
    createAlbum(args: Args<operations["createAlbum"]>, options?: CallOptions): Promise<Result<Data<operations["createAlbum"]>>>;
    /**
     * Change a showcase's name, description, privacy or look.
     *
     * `PATCH /me/albums/{album_id}`
     */
    updateAlbum(args: Args<operations["updateAlbum"]>, options?: CallOptions): Promise<Result<Data<operations["updateAlbum"]>>>;
    /**
     * Delete a showcase (its videos stay).
     *
     * `DELETE /me/albums/{album_id}`
     */
    deleteAlbum(args: Args<operations["deleteAlbum"]>, options?: CallOptions): Promise<Result<Data<operations["deleteAlbum"]>>>;
    /**
     * List the videos in a showcase.
     *
     * `GET /me/albums/{album_id}/videos`
     */
    listAlbumVideos: {
        (args: Args<operations["listAlbumVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listAlbumVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAlbumVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAlbumVideos"]>, void, undefined>;
    };
    /**
     * Add a video to a showcase.
     *
     * `PUT /me/albums/{album_id}/videos/{video_id}`
     */
    addVideoToAlbum(args: Args<operations["addVideoToAlbum"]>, options?: CallOptions): Promise<Result<Data<operations["addVideoToAlbum"]>>>;
    /**
     * Remove a video from a showcase.
     *
     * `DELETE /me/albums/{album_id}/videos/{video_id}`
     */
    removeVideoFromAlbum(args: Args<operations["removeVideoFromAlbum"]>, options?: CallOptions): Promise<Result<Data<operations["removeVideoFromAlbum"]>>>;
    /**
     * List the comments on a video.
     *
     * `GET /videos/{video_id}/comments`
     */
    listVideoComments: {
        (args: Args<operations["listVideoComments"]>, options?: CallOptions): Promise<Result<Data<operations["listVideoComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listVideoComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVideoComments"]>, void, undefined>;
    };
    /**
     * Comment on a video.
     *
     * `POST /videos/{video_id}/comments`
     */
    createVideoComment(args: Args<operations["createVideoComment"]>, options?: CallOptions): Promise<Result<Data<operations["createVideoComment"]>>>;
    /**
     * Delete a comment from a video.
     *
     * `DELETE /videos/{video_id}/comments/{comment_id}`
     */
    deleteVideoComment(args: Args<operations["deleteVideoComment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteVideoComment"]>>>;
    /**
     * List the videos the user has liked.
     *
     * `GET /me/likes`
     */
    listLikes: {
        (args?: Args<operations["listLikes"]>, options?: CallOptions): Promise<Result<Data<operations["listLikes"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listLikes"]>, options?: CallOptions): AsyncGenerator<Data<operations["listLikes"]>, void, undefined>;
    };
    /**
     * Like a video.
     *
     * `PUT /me/likes/{video_id}`
     */
    likeVideo(args: Args<operations["likeVideo"]>, options?: CallOptions): Promise<Result<Data<operations["likeVideo"]>>>;
    /**
     * Take back a like.
     *
     * `DELETE /me/likes/{video_id}`
     */
    unlikeVideo(args: Args<operations["unlikeVideo"]>, options?: CallOptions): Promise<Result<Data<operations["unlikeVideo"]>>>;
    /**
     * List the videos on the user's Watch Later list.
     *
     * `GET /me/watchlater`
     */
    listWatchLater: {
        (args?: Args<operations["listWatchLater"]>, options?: CallOptions): Promise<Result<Data<operations["listWatchLater"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWatchLater"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWatchLater"]>, void, undefined>;
    };
    /**
     * Put a video on the Watch Later list.
     *
     * `PUT /me/watchlater/{video_id}`
     */
    addToWatchLater(args: Args<operations["addToWatchLater"]>, options?: CallOptions): Promise<Result<Data<operations["addToWatchLater"]>>>;
    /**
     * Take a video off the Watch Later list.
     *
     * `DELETE /me/watchlater/{video_id}`
     */
    removeFromWatchLater(args: Args<operations["removeFromWatchLater"]>, options?: CallOptions): Promise<Result<Data<operations["removeFromWatchLater"]>>>;
    /**
     * List the users who follow the connected user.
     *
     * `GET /me/followers`
     */
    listFollowers: {
        (args?: Args<operations["listFollowers"]>, options?: CallOptions): Promise<Result<Data<operations["listFollowers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFollowers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFollowers"]>, void, undefined>;
    };
    /**
     * List the users the connected user follows.
     *
     * `GET /me/following`
     */
    listFollowing: {
        (args?: Args<operations["listFollowing"]>, options?: CallOptions): Promise<Result<Data<operations["listFollowing"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFollowing"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFollowing"]>, void, undefined>;
    };
    /**
     * Follow a user.
     *
     * `PUT /me/following/{user_id}`
     */
    followUser(args: Args<operations["followUser"]>, options?: CallOptions): Promise<Result<Data<operations["followUser"]>>>;
    /**
     * Stop following a user.
     *
     * `DELETE /me/following/{user_id}`
     */
    unfollowUser(args: Args<operations["unfollowUser"]>, options?: CallOptions): Promise<Result<Data<operations["unfollowUser"]>>>;
    /**
     * List or search public Vimeo channels.
     *
     * `GET /channels`
     */
    listChannels: {
        (args?: Args<operations["listChannels"]>, options?: CallOptions): Promise<Result<Data<operations["listChannels"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listChannels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listChannels"]>, void, undefined>;
    };
    /**
     * Read one channel.
     *
     * `GET /channels/{channel_id}`
     */
    getChannel(args: Args<operations["getChannel"]>, options?: CallOptions): Promise<Result<Data<operations["getChannel"]>>>;
    /**
     * List Vimeo's top-level video categories with their subcategories.
     *
     * `GET /categories`
     */
    listCategories: {
        (args?: Args<operations["listCategories"]>, options?: CallOptions): Promise<Result<Data<operations["listCategories"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCategories"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCategories"]>, void, undefined>;
    };
    /**
     * List the videos in a category.
     *
     * `GET /categories/{category}/videos`
     */
    listCategoryVideos: {
        (args: Args<operations["listCategoryVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listCategoryVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCategoryVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCategoryVideos"]>, void, undefined>;
    };
}

const routes = {
    getMe: {"method":"GET","path":"/me"},
    getUser: {"method":"GET","path":"/users/{user_id}"},
    getMyFeed: {"method":"GET","path":"/me/feed","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listMyVideos: {"method":"GET","path":"/me/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    searchVideos: {"method":"GET","path":"/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getVideo: {"method":"GET","path":"/videos/{video_id}"},
    updateVideo: {"method":"PATCH","path":"/videos/{video_id}","body":"application/json"},
    deleteVideo: {"method":"DELETE","path":"/videos/{video_id}"},
    listFolders: {"method":"GET","path":"/me/folders","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    createFolder: {"method":"POST","path":"/me/folders","body":"application/json"},
    updateFolder: {"method":"PATCH","path":"/me/projects/{project_id}","body":"application/json"},
    deleteFolder: {"method":"DELETE","path":"/me/projects/{project_id}"},
    listFolderVideos: {"method":"GET","path":"/me/projects/{project_id}/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    addVideoToFolder: {"method":"PUT","path":"/me/projects/{project_id}/videos/{video_id}"},
    removeVideoFromFolder: {"method":"DELETE","path":"/me/projects/{project_id}/videos/{video_id}"},
    listAlbums: {"method":"GET","path":"/me/albums","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    createAlbum: {"method":"POST","path":"/me/albums","body":"application/json"},
    updateAlbum: {"method":"PATCH","path":"/me/albums/{album_id}","body":"application/json"},
    deleteAlbum: {"method":"DELETE","path":"/me/albums/{album_id}"},
    listAlbumVideos: {"method":"GET","path":"/me/albums/{album_id}/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    addVideoToAlbum: {"method":"PUT","path":"/me/albums/{album_id}/videos/{video_id}"},
    removeVideoFromAlbum: {"method":"DELETE","path":"/me/albums/{album_id}/videos/{video_id}"},
    listVideoComments: {"method":"GET","path":"/videos/{video_id}/comments","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    createVideoComment: {"method":"POST","path":"/videos/{video_id}/comments","body":"application/json"},
    deleteVideoComment: {"method":"DELETE","path":"/videos/{video_id}/comments/{comment_id}"},
    listLikes: {"method":"GET","path":"/me/likes","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    likeVideo: {"method":"PUT","path":"/me/likes/{video_id}"},
    unlikeVideo: {"method":"DELETE","path":"/me/likes/{video_id}"},
    listWatchLater: {"method":"GET","path":"/me/watchlater","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    addToWatchLater: {"method":"PUT","path":"/me/watchlater/{video_id}"},
    removeFromWatchLater: {"method":"DELETE","path":"/me/watchlater/{video_id}"},
    listFollowers: {"method":"GET","path":"/me/followers","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listFollowing: {"method":"GET","path":"/me/following","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    followUser: {"method":"PUT","path":"/me/following/{user_id}"},
    unfollowUser: {"method":"DELETE","path":"/me/following/{user_id}"},
    listChannels: {"method":"GET","path":"/channels","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getChannel: {"method":"GET","path":"/channels/{channel_id}"},
    listCategories: {"method":"GET","path":"/categories","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listCategoryVideos: {"method":"GET","path":"/categories/{category}/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
} satisfies Record<string, Route>;

/**
 * The Vimeo client: `const api = vimeo(new Switchboard({ baseUrl, apiKey }))`.
 */
export function vimeo(client: Switchboard): VimeoClient {
    const app = "vimeo";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        getMyFeed: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getMyFeed, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getMyFeed, args, options) }) as VimeoClient["getMyFeed"],
        listMyVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listMyVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listMyVideos, args, options) }) as VimeoClient["listMyVideos"],
        searchVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchVideos, args, options) }) as VimeoClient["searchVideos"],
        getVideo: (args, options) => client.call(app, routes.getVideo, args, options),
        updateVideo: (args, options) => client.call(app, routes.updateVideo, args, options),
        deleteVideo: (args, options) => client.call(app, routes.deleteVideo, args, options),
        listFolders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolders, args, options) }) as VimeoClient["listFolders"],
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        updateFolder: (args, options) => client.call(app, routes.updateFolder, args, options),
        deleteFolder: (args, options) => client.call(app, routes.deleteFolder, args, options),
        listFolderVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderVideos, args, options) }) as VimeoClient["listFolderVideos"],
        addVideoToFolder: (args, options) => client.call(app, routes.addVideoToFolder, args, options),
        removeVideoFromFolder: (args, options) => client.call(app, routes.removeVideoFromFolder, args, options),
        listAlbums: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAlbums, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAlbums, args, options) }) as VimeoClient["listAlbums"],
        createAlbum: (args, options) => client.call(app, routes.createAlbum, args, options),
        updateAlbum: (args, options) => client.call(app, routes.updateAlbum, args, options),
        deleteAlbum: (args, options) => client.call(app, routes.deleteAlbum, args, options),
        listAlbumVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAlbumVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAlbumVideos, args, options) }) as VimeoClient["listAlbumVideos"],
        addVideoToAlbum: (args, options) => client.call(app, routes.addVideoToAlbum, args, options),
        removeVideoFromAlbum: (args, options) => client.call(app, routes.removeVideoFromAlbum, args, options),
        listVideoComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVideoComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVideoComments, args, options) }) as VimeoClient["listVideoComments"],
        createVideoComment: (args, options) => client.call(app, routes.createVideoComment, args, options),
        deleteVideoComment: (args, options) => client.call(app, routes.deleteVideoComment, args, options),
        listLikes: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listLikes, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listLikes, args, options) }) as VimeoClient["listLikes"],
        likeVideo: (args, options) => client.call(app, routes.likeVideo, args, options),
        unlikeVideo: (args, options) => client.call(app, routes.unlikeVideo, args, options),
        listWatchLater: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWatchLater, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWatchLater, args, options) }) as VimeoClient["listWatchLater"],
        addToWatchLater: (args, options) => client.call(app, routes.addToWatchLater, args, options),
        removeFromWatchLater: (args, options) => client.call(app, routes.removeFromWatchLater, args, options),
        listFollowers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFollowers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFollowers, args, options) }) as VimeoClient["listFollowers"],
        listFollowing: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFollowing, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFollowing, args, options) }) as VimeoClient["listFollowing"],
        followUser: (args, options) => client.call(app, routes.followUser, args, options),
        unfollowUser: (args, options) => client.call(app, routes.unfollowUser, args, options),
        listChannels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listChannels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listChannels, args, options) }) as VimeoClient["listChannels"],
        getChannel: (args, options) => client.call(app, routes.getChannel, args, options),
        listCategories: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCategories, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCategories, args, options) }) as VimeoClient["listCategories"],
        listCategoryVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCategoryVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCategoryVideos, args, options) }) as VimeoClient["listCategoryVideos"],
    };
}