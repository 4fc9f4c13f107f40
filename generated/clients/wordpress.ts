// Generated from providers/wordpress.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/wordpress.js';

/**
 * WordPress.com through the Switchboard gateway: Sites, posts and pages, likes, site users, post types and account settings through the WordPress.com REST API v1.1.
 */
export interface WordpressClient {
    /**
     * Read a site's name, address, language, icon and options.
     *
     * `GET /rest/v1.1/sites/{site}`
     */
    getSite(args: Args<operations["getSite"]>, options?: CallOptions): Promise<Result<Data<operations["getSite"]>>>;
    /**
     * List the post types a site offers through the API.
     *
     * `GET /rest/v1.1/sites/{site}/post-types`
     */
    listPostTypes(args: Args<operations["listPostTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listPostTypes"]>>>;
    /**
     * Count a site's posts of one type by status, overall and for the current user.
     *
     * `GET /rest/v1.1/sites/{site}/post-counts/{post_type}`
     */
    getPostCounts(args: Args<operations["getPostCounts"]>, options?: CallOptions): Promise<Result<Data<operations["getPostCounts"]>>>;
    /**
     * List a site's users, optionally searched or filtered by role.
     *
     * `GET /rest/v1.1/sites/{site}/users`
     */
    listSiteUsers(args: Args<operations["listSiteUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteUsers"]>>>;
    /**
     * List a site's posts or pages, filtered by status, author, taxonomy, search text or date.
     *
     * `GET /rest/v1.1/sites/{site}/posts`
     */
    listPosts: {
        (args: Args<operations["listPosts"]>, options?: CallOptions): Promise<Result<Data<operations["listPosts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPosts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPosts"]>, void, undefined>;
    };
    /**
     * Read one post or page.
     *
     * `GET /rest/v1.1/sites/{site}/posts/{post_id}`
     */
    getPost(args: Args<operations["getPost"]>, options?: CallOptions): Promise<Result<Data<operations["getPost"]>>>;
    /**
     * Create a post or, with type=page, a page; it is published or saved as draft according to status.
     *
     * `POST /rest/v1.1/sites/{site}/posts/new`
     */
    createPost(args: Args<operations["createPost"]>, options?: CallOptions): Promise<Result<Data<operations["createPost"]>>>;
    /**
     * Change a post or page; fields left out keep their values.
     *
     * `POST /rest/v1.1/sites/{site}/posts/{post_id}`
     */
    updatePost(args: Args<operations["updatePost"]>, options?: CallOptions): Promise<Result<Data<operations["updatePost"]>>>;
    /**
     * Move a post or page to the trash, or delete it for good when it is already trashed.
     *
     * `POST /rest/v1.1/sites/{site}/posts/{post_id}/delete`
     */
    deletePost(args: Args<operations["deletePost"]>, options?: CallOptions): Promise<Result<Data<operations["deletePost"]>>>;
    /**
     * List who liked a post.
     *
     * `GET /rest/v1.1/sites/{site}/posts/{post_id}/likes`
     */
    listPostLikes(args: Args<operations["listPostLikes"]>, options?: CallOptions): Promise<Result<Data<operations["listPostLikes"]>>>;
    /**
     * Like a post as the connected user.
     *
     * `POST /rest/v1.1/sites/{site}/posts/{post_id}/likes/new`
     */
    likePost(args: Args<operations["likePost"]>, options?: CallOptions): Promise<Result<Data<operations["likePost"]>>>;
    /**
     * Read the connected user's account settings.
     *
     * `GET /rest/v1.1/me/settings`
     */
    getMySettings(args?: Args<operations["getMySettings"]>, options?: CallOptions): Promise<Result<Data<operations["getMySettings"]>>>;
    /**
     * Change some of the connected user's account settings.
     *
     * `POST /rest/v1.1/me/settings/`
     */
    updateMySettings(args: Args<operations["updateMySettings"]>, options?: CallOptions): Promise<Result<Data<operations["updateMySettings"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The WordPress.com client: `const api = wordpress(new Switchboard({ baseUrl, apiKey }))`.
 */
export function wordpress(client: Switchboard): WordpressClient {
    const app = "wordpress";
    return {
        getSite: (args, options) => client.call(app, routes.getSite, args, options),
        listPostTypes: (args, options) => client.call(app, routes.listPostTypes, args, options),
        getPostCounts: (args, options) => client.call(app, routes.getPostCounts, args, options),
        listSiteUsers: (args, options) => client.call(app, routes.listSiteUsers, args, options),
        listPosts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPosts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPosts, args, options) }) as WordpressClient["listPosts"],
        getPost: (args, options) => client.call(app, routes.getPost, args, options),
        createPost: (args, options) => client.call(app, routes.createPost, args, options),
        updatePost: (args, options) => client.call(app, routes.updatePost, args, options),
        deletePost: (args, options) => client.call(app, routes.deletePost, args, options),
        listPostLikes: (args, options) => client.call(app, routes.listPostLikes, args, options),
        likePost: (args, options) => client.call(app, routes.likePost, args, options),
        getMySettings: (args, options) => client.call(app, routes.getMySettings, args, options),
        updateMySettings: (args, options) => client.call(app, routes.updateMySettings, args, options),
    };
}