// Generated from providers/confluence.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/confluence.js';

/**
 * Confluence through the Switchboard gateway: Pages, spaces, blog posts, footer comments, attachments, labels and tasks of a Confluence Cloud site.
 */
export interface ConfluenceClient {
    /** List the Atlassian sites the OAuth grant reaches, with the cloud id each call needs. `GET /oauth/token/accessible-resources` */
    listAccessibleResources: Call<operations["listAccessibleResources"]>;
    /** List pages across the site, filtered by id, space, status or title. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages` */
    listPages: Paged<operations["listPages"]>;
    /** Read one page, optionally with its body in a chosen representation. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}` */
    getPage: Call<operations["getPage"]>;
    /** Create a page in a space, as a draft or published, optionally under a parent page. `POST /ex/confluence/{cloudId}/wiki/api/v2/pages` */
    createPage: Call<operations["createPage"]>;
    /** Replace a page's title, body, status or parent; the version number must go up by one. `PUT /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}` */
    updatePage: Call<operations["updatePage"]>;
    /** Move a page to the trash, or purge it when it is already trashed. `DELETE /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}` */
    deletePage: Call<operations["deletePage"]>;
    /** List the pages directly below a page. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/children` */
    listPageChildren: Paged<operations["listPageChildren"]>;
    /** List the labels on a page. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/labels` */
    listPageLabels: Paged<operations["listPageLabels"]>;
    /** List the footer (page-level) comments of a page. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/footer-comments` */
    listPageFooterComments: Paged<operations["listPageFooterComments"]>;
    /** List the files attached to a page. `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/attachments` */
    listPageAttachments: Paged<operations["listPageAttachments"]>;
    /** List the spaces of the site, filtered by id, key, type, status or label. `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces` */
    listSpaces: Paged<operations["listSpaces"]>;
    /** Read one space by its numeric id. `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}` */
    getSpace: Call<operations["getSpace"]>;
    /** List the pages of one space, either all of them or only its top level. `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}/pages` */
    listSpacePages: Paged<operations["listSpacePages"]>;
    /** List blog posts across the site, filtered by id, space, status or title. `GET /ex/confluence/{cloudId}/wiki/api/v2/blogposts` */
    listBlogPosts: Paged<operations["listBlogPosts"]>;
    /** Publish a blog post in a space, or save it as a draft. `POST /ex/confluence/{cloudId}/wiki/api/v2/blogposts` */
    createBlogPost: Call<operations["createBlogPost"]>;
    /** List footer comments across the whole site. `GET /ex/confluence/{cloudId}/wiki/api/v2/footer-comments` */
    listFooterComments: Paged<operations["listFooterComments"]>;
    /** Comment on a page, blog post or attachment, or reply to another footer comment. `POST /ex/confluence/{cloudId}/wiki/api/v2/footer-comments` */
    createFooterComment: Call<operations["createFooterComment"]>;
    /** List attachments across the whole site, filtered by type or file name. `GET /ex/confluence/{cloudId}/wiki/api/v2/attachments` */
    listAttachments: Paged<operations["listAttachments"]>;
    /** List inline tasks, filtered by status, location, people involved or dates. `GET /ex/confluence/{cloudId}/wiki/api/v2/tasks` */
    listTasks: Paged<operations["listTasks"]>;
    /** Read the profile of the account the connection acts as (v1 API). `GET /ex/confluence/{cloudId}/wiki/rest/api/user/current` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
}

const routes: Routes<ConfluenceClient> = {
    listAccessibleResources: {"method":"GET","path":"/oauth/token/accessible-resources"},
    listPages: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages","comma":["id","space-id","status"],"paging":{"style":"link"}},
    getPage: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}","comma":["status"]},
    createPage: {"method":"POST","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages","body":"application/json"},
    updatePage: {"method":"PUT","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}","body":"application/json"},
    deletePage: {"method":"DELETE","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}"},
    listPageChildren: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/children","paging":{"style":"link"}},
    listPageLabels: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/labels","paging":{"style":"link"}},
    listPageFooterComments: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/footer-comments","comma":["status"],"paging":{"style":"link"}},
    listPageAttachments: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/attachments","comma":["status"],"paging":{"style":"link"}},
    listSpaces: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/spaces","comma":["ids","keys","labels"],"paging":{"style":"link"}},
    getSpace: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}"},
    listSpacePages: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}/pages","comma":["status"],"paging":{"style":"link"}},
    listBlogPosts: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/blogposts","comma":["id","space-id","status"],"paging":{"style":"link"}},
    createBlogPost: {"method":"POST","path":"/ex/confluence/{cloudId}/wiki/api/v2/blogposts","body":"application/json"},
    listFooterComments: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/footer-comments","paging":{"style":"link"}},
    createFooterComment: {"method":"POST","path":"/ex/confluence/{cloudId}/wiki/api/v2/footer-comments","body":"application/json"},
    listAttachments: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/attachments","comma":["status"],"paging":{"style":"link"}},
    listTasks: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/api/v2/tasks","comma":["task-id","space-id","page-id","blogpost-id","created-by","assigned-to","completed-by"],"paging":{"style":"link"}},
    getCurrentUser: {"method":"GET","path":"/ex/confluence/{cloudId}/wiki/rest/api/user/current"},
};

/**
 * The Confluence client: `const api = confluence(new Switchboard({ baseUrl, apiKey }))`.
 */
export const confluence = (sb: Switchboard): ConfluenceClient => bindClient<ConfluenceClient>(sb, "confluence", routes);
