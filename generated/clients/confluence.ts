// Generated from providers/confluence.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/confluence.js';

/**
 * Confluence through the Switchboard gateway: Pages, spaces, blog posts, footer comments, attachments, labels and tasks of a Confluence Cloud site.
 */
export interface ConfluenceClient {
    /**
     * List the Atlassian sites the OAuth grant reaches, with the cloud id each call needs.
     *
     * `GET /oauth/token/accessible-resources`
     */
    listAccessibleResources(args?: Args<operations["listAccessibleResources"]>, options?: CallOptions): Promise<Result<Data<operations["listAccessibleResources"]>>>;
    /**
     * List pages across the site, filtered by id, space, status or title.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages`
     */
    listPages: {
        (args: Args<operations["listPages"]>, options?: CallOptions): Promise<Result<Data<operations["listPages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPages"]>, void, undefined>;
    };
    /**
     * Read one page, optionally with its body in a chosen representation.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * Create a page in a space, as a draft or published, optionally under a parent page.
     *
     * `POST /ex/confluence/{cloudId}/wiki/api/v2/pages`
     */
    createPage(args: Args<operations["createPage"]>, options?: CallOptions): Promise<Result<Data<operations["createPage"]>>>;
    /**
     * Replace a page's title, body, status or parent; the version number must go up by one.
     *
     * `PUT /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}`
     */
    updatePage(args: Args<operations["updatePage"]>, options?: CallOptions): Promise<Result<Data<operations["updatePage"]>>>;
    /**
     * Move a page to the trash, or purge it when it is already trashed.
     *
     * `DELETE /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}`
     */
    deletePage(args: Args<operations["deletePage"]>, options?: CallOptions): Promise<Result<Data<operations["deletePage"]>>>;
    /**
     * List the pages directly below a page.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/children`
     */
    listPageChildren: {
        (args: Args<operations["listPageChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listPageChildren"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageChildren"]>, void, undefined>;
    };
    /**
     * List the labels on a page.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/labels`
     */
    listPageLabels: {
        (args: Args<operations["listPageLabels"]>, options?: CallOptions): Promise<Result<Data<operations["listPageLabels"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageLabels"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageLabels"]>, void, undefined>;
    };
    /**
     * List the footer (page-level) comments of a page.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/footer-comments`
     */
    listPageFooterComments: {
        (args: Args<operations["listPageFooterComments"]>, options?: CallOptions): Promise<Result<Data<operations["listPageFooterComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageFooterComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageFooterComments"]>, void, undefined>;
    };
    /**
     * List the files attached to a page.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/attachments`
     */
    listPageAttachments: {
        (args: Args<operations["listPageAttachments"]>, options?: CallOptions): Promise<Result<Data<operations["listPageAttachments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listPageAttachments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listPageAttachments"]>, void, undefined>;
    };
    /**
     * List the spaces of the site, filtered by id, key, type, status or label.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces`
     */
    listSpaces: {
        (args: Args<operations["listSpaces"]>, options?: CallOptions): Promise<Result<Data<operations["listSpaces"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSpaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSpaces"]>, void, undefined>;
    };
    /**
     * Read one space by its numeric id.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}`
     */
    getSpace(args: Args<operations["getSpace"]>, options?: CallOptions): Promise<Result<Data<operations["getSpace"]>>>;
    /**
     * List the pages of one space, either all of them or only its top level.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}/pages`
     */
    listSpacePages: {
        (args: Args<operations["listSpacePages"]>, options?: CallOptions): Promise<Result<Data<operations["listSpacePages"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listSpacePages"]>, options?: CallOptions): AsyncGenerator<Data<operations["listSpacePages"]>, void, undefined>;
    };
    /**
     * List blog posts across the site, filtered by id, space, status or title.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/blogposts`
     */
    listBlogPosts: {
        (args: Args<operations["listBlogPosts"]>, options?: CallOptions): Promise<Result<Data<operations["listBlogPosts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listBlogPosts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBlogPosts"]>, void, undefined>;
    };
    /**
     * Publish a blog post in a space, or save it as a draft.
     *
     * `POST /ex/confluence/{cloudId}/wiki/api/v2/blogposts`
     */
    createBlogPost(args: Args<operations["createBlogPost"]>, options?: CallOptions): Promise<Result<Data<operations["createBlogPost"]>>>;
    /**
     * List footer comments across the whole site.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/footer-comments`
     */
    listFooterComments: {
        (args: Args<operations["listFooterComments"]>, options?: CallOptions): Promise<Result<Data<operations["listFooterComments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFooterComments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFooterComments"]>, void, undefined>;
    };
    /**
     * Comment on a page, blog post or attachment, or reply to another footer comment.
     *
     * `POST /ex/confluence/{cloudId}/wiki/api/v2/footer-comments`
     */
    createFooterComment(args: Args<operations["createFooterComment"]>, options?: CallOptions): Promise<Result<Data<operations["createFooterComment"]>>>;
    /**
     * List attachments across the whole site, filtered by type or file name.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/attachments`
     */
    listAttachments: {
        (args: Args<operations["listAttachments"]>, options?: CallOptions): Promise<Result<Data<operations["listAttachments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listAttachments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAttachments"]>, void, undefined>;
    };
    /**
     * List inline tasks, filtered by status, location, people involved or dates.
     *
     * `GET /ex/confluence/{cloudId}/wiki/api/v2/tasks`
     */
    listTasks: {
        (args: Args<operations["listTasks"]>, options?: CallOptions): Promise<Result<Data<operations["listTasks"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTasks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTasks"]>, void, undefined>;
    };
    /**
     * Read the profile of the account the connection acts as (v1 API).
     *
     * `GET /ex/confluence/{cloudId}/wiki/rest/api/user/current`
     */
    getCurrentUser(args: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Confluence client: `const api = confluence(new Switchboard({ baseUrl, apiKey }))`.
 */
export function confluence(client: Switchboard): ConfluenceClient {
    const app = "confluence";
    return {
        listAccessibleResources: (args, options) => client.call(app, routes.listAccessibleResources, args, options),
        listPages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPages, args, options) }) as ConfluenceClient["listPages"],
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        createPage: (args, options) => client.call(app, routes.createPage, args, options),
        updatePage: (args, options) => client.call(app, routes.updatePage, args, options),
        deletePage: (args, options) => client.call(app, routes.deletePage, args, options),
        listPageChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageChildren, args, options) }) as ConfluenceClient["listPageChildren"],
        listPageLabels: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageLabels, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageLabels, args, options) }) as ConfluenceClient["listPageLabels"],
        listPageFooterComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageFooterComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageFooterComments, args, options) }) as ConfluenceClient["listPageFooterComments"],
        listPageAttachments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listPageAttachments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listPageAttachments, args, options) }) as ConfluenceClient["listPageAttachments"],
        listSpaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSpaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSpaces, args, options) }) as ConfluenceClient["listSpaces"],
        getSpace: (args, options) => client.call(app, routes.getSpace, args, options),
        listSpacePages: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listSpacePages, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listSpacePages, args, options) }) as ConfluenceClient["listSpacePages"],
        listBlogPosts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBlogPosts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBlogPosts, args, options) }) as ConfluenceClient["listBlogPosts"],
        createBlogPost: (args, options) => client.call(app, routes.createBlogPost, args, options),
        listFooterComments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFooterComments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFooterComments, args, options) }) as ConfluenceClient["listFooterComments"],
        createFooterComment: (args, options) => client.call(app, routes.createFooterComment, args, options),
        listAttachments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAttachments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAttachments, args, options) }) as ConfluenceClient["listAttachments"],
        listTasks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTasks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTasks, args, options) }) as ConfluenceClient["listTasks"],
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
    };
}