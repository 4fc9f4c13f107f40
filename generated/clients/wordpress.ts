// Generated from providers/wordpress.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wordpress.js';

/**
 * WordPress.com through the Switchboard gateway: Sites, posts and pages, likes, site users, post types and account settings through the WordPress.com REST API v1.1.
 */
export interface WordpressClient {
    /** Read a site's name, address, language, icon and options. `GET /rest/v1.1/sites/{site}` */
    getSite: Call<operations["getSite"]>;
    /** List the post types a site offers through the API. `GET /rest/v1.1/sites/{site}/post-types` */
    listPostTypes: Call<operations["listPostTypes"]>;
    /** Count a site's posts of one type by status, overall and for the current user. `GET /rest/v1.1/sites/{site}/post-counts/{post_type}` */
    getPostCounts: Call<operations["getPostCounts"]>;
    /** List a site's users, optionally searched or filtered by role. `GET /rest/v1.1/sites/{site}/users` */
    listSiteUsers: Call<operations["listSiteUsers"]>;
    /** List a site's posts or pages, filtered by status, author, taxonomy, search text or date. `GET /rest/v1.1/sites/{site}/posts` */
    listPosts: Paged<operations["listPosts"]>;
    /** Read one post or page. `GET /rest/v1.1/sites/{site}/posts/{post_id}` */
    getPost: Call<operations["getPost"]>;
    /** Create a post or, with type=page, a page; it is published or saved as draft according to status. `POST /rest/v1.1/sites/{site}/posts/new` */
    createPost: Call<operations["createPost"]>;
    /** Change a post or page; fields left out keep their values. `POST /rest/v1.1/sites/{site}/posts/{post_id}` */
    updatePost: Call<operations["updatePost"]>;
    /** Move a post or page to the trash, or delete it for good when it is already trashed. `POST /rest/v1.1/sites/{site}/posts/{post_id}/delete` */
    deletePost: Call<operations["deletePost"]>;
    /** List who liked a post. `GET /rest/v1.1/sites/{site}/posts/{post_id}/likes` */
    listPostLikes: Call<operations["listPostLikes"]>;
    /** Like a post as the connected user. `POST /rest/v1.1/sites/{site}/posts/{post_id}/likes/new` */
    likePost: Call<operations["likePost"]>;
    /** Read the connected user's account settings. `GET /rest/v1.1/me/settings` */
    getMySettings: Call<operations["getMySettings"]>;
    /** Change some of the connected user's account settings. `POST /rest/v1.1/me/settings/` */
    updateMySettings: Call<operations["updateMySettings"]>;
}

const routes: Routes<WordpressClient> = {
    getSite: {"method":"GET","path":"/rest/v1.1/sites/{site}"},
    listPostTypes: {"method":"GET","path":"/rest/v1.1/sites/{site}/post-types"},
    getPostCounts: {"method":"GET","path":"/rest/v1.1/sites/{site}/post-counts/{post_type}"},
    listSiteUsers: {"method":"GET","path":"/rest/v1.1/sites/{site}/users"},
    listPosts: {"method":"GET","path":"/rest/v1.1/sites/{site}/posts","paging":{"style":"cursor","cursorParam":"page_handle","nextCursor":"meta.next_page"}},
    getPost: {"method":"GET","path":"/rest/v1.1/sites/{site}/posts/{post_id}"},
    createPost: {"method":"POST","path":"/rest/v1.1/sites/{site}/posts/new","body":"application/json"},
    updatePost: {"method":"POST","path":"/rest/v1.1/sites/{site}/posts/{post_id}","body":"application/json"},
    deletePost: {"method":"POST","path":"/rest/v1.1/sites/{site}/posts/{post_id}/delete"},
    listPostLikes: {"method":"GET","path":"/rest/v1.1/sites/{site}/posts/{post_id}/likes"},
    likePost: {"method":"POST","path":"/rest/v1.1/sites/{site}/posts/{post_id}/likes/new"},
    getMySettings: {"method":"GET","path":"/rest/v1.1/me/settings"},
    updateMySettings: {"method":"POST","path":"/rest/v1.1/me/settings/","body":"application/json"},
};

/**
 * The WordPress.com client: `const api = wordpress(new Switchboard({ baseUrl, apiKey }))`.
 */
export const wordpress = (sb: Switchboard): WordpressClient => bindClient<WordpressClient>(sb, "wordpress", routes);
