// Generated from providers/vimeo.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/vimeo.js';

/**
 * Vimeo through the Switchboard gateway: Vimeo videos, folders, showcases, comments, likes, watch later, follows, channels and categories of the connected user.
 */
export interface VimeoClient {
    /** Read the connected user's profile, account type and counts. `GET /me` */
    getMe: Call<operations["getMe"]>;
    /** Read another user's public profile. `GET /users/{user_id}` */
    getUser: Call<operations["getUser"]>;
    /** List new videos from the people and channels the user follows. `GET /me/feed` */
    getMyFeed: Paged<operations["getMyFeed"]>;
    /** List the user's own videos, optionally searched, filtered and sorted. `GET /me/videos` */
    listMyVideos: Paged<operations["listMyVideos"]>;
    /** Search all public videos on Vimeo. `GET /videos` */
    searchVideos: Paged<operations["searchVideos"]>;
    /** Read one video with its privacy settings, pictures and stats. `GET /videos/{video_id}` */
    getVideo: Call<operations["getVideo"]>;
    /** Change a video's title, description, privacy, password, licence or other settings. `PATCH /videos/{video_id}` */
    updateVideo: Call<operations["updateVideo"]>;
    /** Delete a video for good. `DELETE /videos/{video_id}` */
    deleteVideo: Call<operations["deleteVideo"]>;
    /** List the user's folders. `GET /me/projects` */
    listFolders: Paged<operations["listFolders"]>;
    /** Create a folder, optionally inside another one. `POST /me/projects` */
    createFolder: Call<operations["createFolder"]>;
    /** Rename a folder. `PATCH /me/projects/{project_id}` */
    updateFolder: Call<operations["updateFolder"]>;
    /** Delete a folder, and optionally the videos in it. `DELETE /me/projects/{project_id}` */
    deleteFolder: Call<operations["deleteFolder"]>;
    /** List the videos in a folder. `GET /me/projects/{project_id}/videos` */
    listFolderVideos: Paged<operations["listFolderVideos"]>;
    /** Put a video into a folder. `PUT /me/projects/{project_id}/videos/{video_id}` */
    addVideoToFolder: Call<operations["addVideoToFolder"]>;
    /** Take a video out of a folder without deleting it. `DELETE /me/projects/{project_id}/videos/{video_id}` */
    removeVideoFromFolder: Call<operations["removeVideoFromFolder"]>;
    /** List the user's showcases. `GET /me/albums` */
    listAlbums: Paged<operations["listAlbums"]>;
    /** Create a showcase. `POST /me/albums` */
    createAlbum: Call<operations["createAlbum"]>;
    /** Change a showcase's name, description, privacy or look. `PATCH /me/albums/{album_id}` */
    updateAlbum: Call<operations["updateAlbum"]>;
    /** Delete a showcase (its videos stay). `DELETE /me/albums/{album_id}` */
    deleteAlbum: Call<operations["deleteAlbum"]>;
    /** List the videos in a showcase. `GET /me/albums/{album_id}/videos` */
    listAlbumVideos: Paged<operations["listAlbumVideos"]>;
    /** Add a video to a showcase. `PUT /me/albums/{album_id}/videos/{video_id}` */
    addVideoToAlbum: Call<operations["addVideoToAlbum"]>;
    /** Remove a video from a showcase. `DELETE /me/albums/{album_id}/videos/{video_id}` */
    removeVideoFromAlbum: Call<operations["removeVideoFromAlbum"]>;
    /** List the comments on a video. `GET /videos/{video_id}/comments` */
    listVideoComments: Paged<operations["listVideoComments"]>;
    /** Comment on a video. `POST /videos/{video_id}/comments` */
    createVideoComment: Call<operations["createVideoComment"]>;
    /** Delete a comment from a video. `DELETE /videos/{video_id}/comments/{comment_id}` */
    deleteVideoComment: Call<operations["deleteVideoComment"]>;
    /** List the videos the user has liked. `GET /me/likes` */
    listLikes: Paged<operations["listLikes"]>;
    /** Like a video. `PUT /me/likes/{video_id}` */
    likeVideo: Call<operations["likeVideo"]>;
    /** Take back a like. `DELETE /me/likes/{video_id}` */
    unlikeVideo: Call<operations["unlikeVideo"]>;
    /** List the videos on the user's Watch Later list. `GET /me/watchlater` */
    listWatchLater: Paged<operations["listWatchLater"]>;
    /** Put a video on the Watch Later list. `PUT /me/watchlater/{video_id}` */
    addToWatchLater: Call<operations["addToWatchLater"]>;
    /** Take a video off the Watch Later list. `DELETE /me/watchlater/{video_id}` */
    removeFromWatchLater: Call<operations["removeFromWatchLater"]>;
    /** List the users who follow the connected user. `GET /me/followers` */
    listFollowers: Paged<operations["listFollowers"]>;
    /** List the users the connected user follows. `GET /me/following` */
    listFollowing: Paged<operations["listFollowing"]>;
    /** Follow a user. `PUT /me/following/{user_id}` */
    followUser: Call<operations["followUser"]>;
    /** Stop following a user. `DELETE /me/following/{user_id}` */
    unfollowUser: Call<operations["unfollowUser"]>;
    /** List or search public Vimeo channels. `GET /channels` */
    listChannels: Paged<operations["listChannels"]>;
    /** Read one channel. `GET /channels/{channel_id}` */
    getChannel: Call<operations["getChannel"]>;
    /** List Vimeo's top-level video categories with their subcategories. `GET /categories` */
    listCategories: Paged<operations["listCategories"]>;
    /** List the videos in a category. `GET /categories/{category}/videos` */
    listCategoryVideos: Paged<operations["listCategoryVideos"]>;
}

const routes: Routes<VimeoClient> = {
    getMe: {"method":"GET","path":"/me"},
    getUser: {"method":"GET","path":"/users/{user_id}"},
    getMyFeed: {"method":"GET","path":"/me/feed","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    listMyVideos: {"method":"GET","path":"/me/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    searchVideos: {"method":"GET","path":"/videos","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    getVideo: {"method":"GET","path":"/videos/{video_id}"},
    updateVideo: {"method":"PATCH","path":"/videos/{video_id}","body":"application/json"},
    deleteVideo: {"method":"DELETE","path":"/videos/{video_id}"},
    listFolders: {"method":"GET","path":"/me/projects","paging":{"style":"page","pageParam":"page","firstPage":1,"items":"data"}},
    createFolder: {"method":"POST","path":"/me/projects","body":"application/json"},
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
};

/**
 * The Vimeo client: `const api = vimeo(new Switchboard({ baseUrl, apiKey }))`.
 */
export const vimeo = (sb: Switchboard): VimeoClient => bindClient<VimeoClient>(sb, "vimeo", routes);
