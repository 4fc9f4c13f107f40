// Generated from providers/facebook-page.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/facebook-page.js';

/**
 * Facebook Page through the Switchboard gateway: Facebook Pages the user manages, with their posts, comments, insights, photos, videos and product catalogs, through the Graph API.
 */
export interface FacebookPageClient {
    /** List the Pages the connected user can manage, optionally with each page's access token. `GET /v25.0/me/accounts` */
    listPages: Paged<operations["listPages"]>;
    /** Read a page's profile fields such as name, category, about text and follower counts. `GET /v25.0/{node_id}` */
    getPage: Call<operations["getPage"]>;
    /** List posts on the page's feed, including posts by visitors and tagged posts. `GET /v25.0/{page_id}/feed` */
    getPageFeed: Paged<operations["getPageFeed"]>;
    /** List only the posts the page itself has published. `GET /v25.0/{page_id}/published_posts` */
    listPublishedPosts: Paged<operations["listPublishedPosts"]>;
    /** Publish a post to the page, or schedule it for later. `POST /v25.0/{page_id}/feed` */
    createPagePost: Call<operations["createPagePost"]>;
    /** Change the text of a page post. `POST /v25.0/{node_id}` */
    updatePagePost: Call<operations["updatePagePost"]>;
    /** Delete a page post. `DELETE /v25.0/{node_id}` */
    deletePagePost: Call<operations["deletePagePost"]>;
    /** List the comments on a post. `GET /v25.0/{post_id}/comments` */
    listPostComments: Paged<operations["listPostComments"]>;
    /** Comment on a post as the page. `POST /v25.0/{post_id}/comments` */
    createPostComment: Call<operations["createPostComment"]>;
    /** Read page metrics such as views and post impressions per day, week or 28 days. `GET /v25.0/{page_id}/insights` */
    getPageInsights: Call<operations["getPageInsights"]>;
    /** List photos on the page. `GET /v25.0/{page_id}/photos` */
    listPagePhotos: Paged<operations["listPagePhotos"]>;
    /** List videos on the page. `GET /v25.0/{page_id}/videos` */
    listPageVideos: Paged<operations["listPageVideos"]>;
    /** List the product catalogs connected to the page. `GET /v25.0/{page_id}/product_catalogs` */
    listProductCatalogs: Paged<operations["listProductCatalogs"]>;
    /** List the products in a catalog. `GET /v25.0/{catalog_id}/products` */
    listCatalogProducts: Paged<operations["listCatalogProducts"]>;
}

const routes: Routes<FacebookPageClient> = {
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
};

/**
 * The Facebook Page client: `const api = facebookPage(new Switchboard({ baseUrl, apiKey }))`.
 */
export const facebookPage = (sb: Switchboard): FacebookPageClient => bindClient<FacebookPageClient>(sb, "facebook-page", routes);
