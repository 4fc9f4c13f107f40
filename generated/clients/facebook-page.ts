// Generated from providers/facebook-page.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/facebook-page.js';

/**
 * Facebook Page through the Switchboard gateway: Facebook Pages the user manages, with their posts, comments, insights, photos, videos and product catalogs, through the Graph API.
 */
export interface FacebookPageClient {
    /**
     * List the Pages the connected user can manage, optionally with each page's access token.
     *
     * `GET /v25.0/me/accounts`
     */
    listPages: {
        (args?: Args<operations["listPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPages"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPages"]>, void, undefined>;
    };
    /**
     * Read a page's profile fields such as name, category, about text and follower counts.
     *
     * `GET /v25.0/{node_id}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * List posts on the page's feed, including posts by visitors and tagged posts.
     *
     * `GET /v25.0/{page_id}/feed`
     */
    getPageFeed: {
        (args: Args<operations["getPageFeed"]>, options?: CallOptions): Promise<Result<Data<operations["getPageFeed"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getPageFeed"]>, options?: CallOptions): AsyncGenerator<Data<operations["getPageFeed"]>, void, undefined>;
    };
    /**
     * List only the posts the page itself has published.
     *
     * `GET /v25.0/{page_id}/published_posts`
     */
    listPublishedPosts: {
        (args: Args<operations["listPublishedPosts"]>, options?: CallOptions): Promise<Result<Data<operations["listPublishedPosts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPublishedPosts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPublishedPosts"]>, void, undefined>;
    };
    /**
     * Publish a post to the page, or schedule it for later.
     *
     * `POST /v25.0/{page_id}/feed`
     */
    createPagePost(args: Args<operations["createPagePost"]>, options?: CallOptions): Promise<Result<Data<operations["createPagePost"]>>>;
    /**
     * Change the text of a page post.
     *
     * `POST /v25.0/{node_id}`
     */
    updatePagePost(args: Args<operations["updatePagePost"]>, options?: CallOptions): Promise<Result<Data<operations["updatePagePost"]>>>;
    /**
     * Delete a page post.
     *
     * `DELETE /v25.0/{node_id}`
     */
    deletePagePost(args: Args<operations["deletePagePost"]>, options?: CallOptions): Promise<Result<Data<operations["deletePagePost"]>>>;
    /**
     * List the comments on a post.
     *
     * `GET /v25.0/{post_id}/comments`
     */
    listPostComments: {
        (args: Args<operations["listPostComments"]>, options?: CallOptions): Promise<Result<Data<operations["listPostComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPostComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPostComments"]>, void, undefined>;
    };
    /**
     * Comment on a post as the page.
     *
     * `POST /v25.0/{post_id}/comments`
     */
    createPostComment(args: Args<operations["createPostComment"]>, options?: CallOptions): Promise<Result<Data<operations["createPostComment"]>>>;
    /**
     * Read page metrics such as views and post impressions per day, week or 28 days.
     *
     * `GET /v25.0/{page_id}/insights`
     */
    getPageInsights(args: Args<operations["getPageInsights"]>, options?: CallOptions): Promise<Result<Data<operations["getPageInsights"]>>>;
    /**
     * List photos on the page.
     *
     * `GET /v25.0/{page_id}/photos`
     */
    listPagePhotos: {
        (args: Args<operations["listPagePhotos"]>, options?: CallOptions): Promise<Result<Data<operations["listPagePhotos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPagePhotos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPagePhotos"]>, void, undefined>;
    };
    /**
     * List videos on the page.
     *
     * `GET /v25.0/{page_id}/videos`
     */
    listPageVideos: {
        (args: Args<operations["listPageVideos"]>, options?: CallOptions): Promise<Result<Data<operations["listPageVideos"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageVideos"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageVideos"]>, void, undefined>;
    };
    /**
     * List the product catalogs connected to the page.
     *
     * `GET /v25.0/{page_id}/product_catalogs`
     */
    listProductCatalogs: {
        (args: Args<operations["listProductCatalogs"]>, options?: CallOptions): Promise<Result<Data<operations["listProductCatalogs"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listProductCatalogs"]>, options?: CallOptions): AsyncGenerator<Data<operations["listProductCatalogs"]>, void, undefined>;
    };
    /**
     * List the products in a catalog.
     *
     * `GET /v25.0/{catalog_id}/products`
     */
    listCatalogProducts: {
        (args: Args<operations["listCatalogProducts"]>, options?: CallOptions): Promise<Result<Data<operations["listCatalogProducts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCatalogProducts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCatalogProducts"]>, void, undefined>;
    };
}

const routes = {
    listPages: {"method":"GET","path":"/v25.0/me/accounts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    getPage: {"method":"GET","path":"/v25.0/{node_id}"},
    getPageFeed: {"method":"GET","path":"/v25.0/{page_id}/feed","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    listPublishedPosts: {"method":"GET","path":"/v25.0/{page_id}/published_posts","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    createPagePost: {"method":"POST","path":"/v25.0/{page_id}/feed","body":"application/json"},
    updatePagePost: {"method":"POST","path":"/v25.0/{node_id}","body":"application/json"},
    deletePagePost: {"method":"DELETE","path":"/v25.0/{node_id}"},
    listPostComments: {"method":"GET","path":"/v25.0/{post_id}/comments","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    createPostComment: {"method":"POST","path":"/v25.0/{post_id}/comments","body":"application/json"},
    getPageInsights: {"method":"GET","path":"/v25.0/{page_id}/insights"},
    listPagePhotos: {"method":"GET","path":"/v25.0/{page_id}/photos","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    listPageVideos: {"method":"GET","path":"/v25.0/{page_id}/videos","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    listProductCatalogs: {"method":"GET","path":"/v25.0/{page_id}/product_catalogs","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
    listCatalogProducts: {"method":"GET","path":"/v25.0/{catalog_id}/products","paging":{"style":"cursor","cursorParam":"after","nextCursor":"paging.cursors.after"}},
} satisfies Record<string, Route>;

/**
 * The Facebook Page client: `const api = facebookPage(new Switchboard({ baseUrl, apiKey }))`.
 */
export function facebookPage(client: Switchboard): FacebookPageClient {
    const app = "facebook-page";
    return {
        listPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPages, args, options) }) as FacebookPageClient["listPages"],
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        getPageFeed: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getPageFeed, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getPageFeed, args, options) }) as FacebookPageClient["getPageFeed"],
        listPublishedPosts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPublishedPosts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPublishedPosts, args, options) }) as FacebookPageClient["listPublishedPosts"],
        createPagePost: (args, options) => client.call(app, routes.createPagePost, args, options),
        updatePagePost: (args, options) => client.call(app, routes.updatePagePost, args, options),
        deletePagePost: (args, options) => client.call(app, routes.deletePagePost, args, options),
        listPostComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPostComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPostComments, args, options) }) as FacebookPageClient["listPostComments"],
        createPostComment: (args, options) => client.call(app, routes.createPostComment, args, options),
        getPageInsights: (args, options) => client.call(app, routes.getPageInsights, args, options),
        listPagePhotos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPagePhotos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPagePhotos, args, options) }) as FacebookPageClient["listPagePhotos"],
        listPageVideos: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageVideos, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageVideos, args, options) }) as FacebookPageClient["listPageVideos"],
        listProductCatalogs: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listProductCatalogs, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listProductCatalogs, args, options) }) as FacebookPageClient["listProductCatalogs"],
        listCatalogProducts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCatalogProducts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCatalogProducts, args, options) }) as FacebookPageClient["listCatalogProducts"],
    };
}