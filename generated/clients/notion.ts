// Generated from providers/notion.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/notion.js';

/**
 * Notion through the Switchboard gateway: Pages, databases and data sources, blocks, users and search in a Notion workspace, over the REST API or Notion's hosted MCP server.
 */
export interface NotionClient {
    /**
     * Find pages and data sources shared with the integration by title.
     *
     * `POST /v1/search`
     */
    search: {
        (args?: Args<operations["search"]>, options?: CallOptions): Promise<Result<Data<operations["search"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["search"]>, options?: CallOptions): AsyncGenerator<Data<operations["search"]>, void, undefined>;
    };
    /**
     * Read a data source with its title and property schema.
     *
     * `GET /v1/data_sources/{dataSourceId}`
     */
    getDataSource(args: Args<operations["getDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["getDataSource"]>>>;
    /**
     * List the pages (rows) of a data source, filtered and sorted.
     *
     * `POST /v1/data_sources/{dataSourceId}/query`
     */
    queryDataSource: {
        (args: Args<operations["queryDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["queryDataSource"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["queryDataSource"]>, options?: CallOptions): AsyncGenerator<Data<operations["queryDataSource"]>, void, undefined>;
    };
    /**
     * Rename a data source or add, change and remove its properties.
     *
     * `PATCH /v1/data_sources/{dataSourceId}`
     */
    updateDataSource(args: Args<operations["updateDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["updateDataSource"]>>>;
    /**
     * Read a database container, mainly to learn the ids of its data sources.
     *
     * `GET /v1/databases/{databaseId}`
     */
    getDatabase(args: Args<operations["getDatabase"]>, options?: CallOptions): Promise<Result<Data<operations["getDatabase"]>>>;
    /**
     * Create a database under a page, together with its first data source.
     *
     * `POST /v1/databases`
     */
    createDatabase(args: Args<operations["createDatabase"]>, options?: CallOptions): Promise<Result<Data<operations["createDatabase"]>>>;
    /**
     * Read a page's properties (not its content, which is its block children).
     *
     * `GET /v1/pages/{pageId}`
     */
    getPage(args: Args<operations["getPage"]>, options?: CallOptions): Promise<Result<Data<operations["getPage"]>>>;
    /**
     * Create a page under another page or as a new row of a data source.
     *
     * `POST /v1/pages`
     */
    createPage(args: Args<operations["createPage"]>, options?: CallOptions): Promise<Result<Data<operations["createPage"]>>>;
    /**
     * Change a page's property values, icon or cover, or move it to or from the trash.
     *
     * `PATCH /v1/pages/{pageId}`
     */
    updatePage(args: Args<operations["updatePage"]>, options?: CallOptions): Promise<Result<Data<operations["updatePage"]>>>;
    /**
     * Read one block.
     *
     * `GET /v1/blocks/{blockId}`
     */
    getBlock(args: Args<operations["getBlock"]>, options?: CallOptions): Promise<Result<Data<operations["getBlock"]>>>;
    /**
     * List the child blocks of a block or page, one level deep.
     *
     * `GET /v1/blocks/{blockId}/children`
     */
    listBlockChildren: {
        (args: Args<operations["listBlockChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listBlockChildren"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listBlockChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listBlockChildren"]>, void, undefined>;
    };
    /**
     * Add up to 100 blocks at the end of a block or page, or after a given child.
     *
     * `PATCH /v1/blocks/{blockId}/children`
     */
    appendBlockChildren(args: Args<operations["appendBlockChildren"]>, options?: CallOptions): Promise<Result<Data<operations["appendBlockChildren"]>>>;
    /**
     * Change the content of a block; the body key names the block's type.
     *
     * `PATCH /v1/blocks/{blockId}`
     */
    updateBlock(args: Args<operations["updateBlock"]>, options?: CallOptions): Promise<Result<Data<operations["updateBlock"]>>>;
    /**
     * Move a block (or a page, by its id) to the trash.
     *
     * `DELETE /v1/blocks/{blockId}`
     */
    deleteBlock(args: Args<operations["deleteBlock"]>, options?: CallOptions): Promise<Result<Data<operations["deleteBlock"]>>>;
    /**
     * List the members, guests and bots of the workspace.
     *
     * `GET /v1/users`
     */
    listUsers: {
        (args?: Args<operations["listUsers"]>, options?: CallOptions): Promise<Result<Data<operations["listUsers"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listUsers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUsers"]>, void, undefined>;
    };
    /**
     * Read one user by id.
     *
     * `GET /v1/users/{userId}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Read the bot user behind the connection's token, with its owner and workspace.
     *
     * `GET /v1/users/me`
     */
    getBotUser(args?: Args<operations["getBotUser"]>, options?: CallOptions): Promise<Result<Data<operations["getBotUser"]>>>;
    /**
     * Search the workspace and connected sources, or look users up, with optional scope and date filters.
     *
     * MCP tool `notion-search`
     */
    notionSearch(args: Args<operations["notionSearch"]>, options?: CallOptions): Promise<Result<Data<operations["notionSearch"]>>>;
    /**
     * Read one Notion entity, given its URL or id, rendered as Notion-flavoured Markdown with its properties.
     *
     * MCP tool `notion-fetch`
     */
    notionFetch(args: Args<operations["notionFetch"]>, options?: CallOptions): Promise<Result<Data<operations["notionFetch"]>>>;
    /**
     * Create one or more pages with properties and Markdown content, under a page, a data source or the workspace.
     *
     * MCP tool `notion-create-pages`
     */
    notionCreatePages(args: Args<operations["notionCreatePages"]>, options?: CallOptions): Promise<Result<Data<operations["notionCreatePages"]>>>;
    /**
     * Change a page's properties or content, apply a template, or set its verification, chosen by command.
     *
     * MCP tool `notion-update-page`
     */
    notionUpdatePage(args: Args<operations["notionUpdatePage"]>, options?: CallOptions): Promise<Result<Data<operations["notionUpdatePage"]>>>;
    /**
     * Move pages or databases under a new parent page, database, data source or the workspace.
     *
     * MCP tool `notion-move-pages`
     */
    notionMovePages(args: Args<operations["notionMovePages"]>, options?: CallOptions): Promise<Result<Data<operations["notionMovePages"]>>>;
    /**
     * Copy a page within the workspace; the copy is filled in asynchronously.
     *
     * MCP tool `notion-duplicate-page`
     */
    notionDuplicatePage(args: Args<operations["notionDuplicatePage"]>, options?: CallOptions): Promise<Result<Data<operations["notionDuplicatePage"]>>>;
    /**
     * Create a database whose columns are given as a SQL-style CREATE TABLE statement.
     *
     * MCP tool `notion-create-database`
     */
    notionCreateDatabase(args: Args<operations["notionCreateDatabase"]>, options?: CallOptions): Promise<Result<Data<operations["notionCreateDatabase"]>>>;
    /**
     * Rename a data source, change its columns with DDL statements, or trash it.
     *
     * MCP tool `notion-update-data-source`
     */
    notionUpdateDataSource(args: Args<operations["notionUpdateDataSource"]>, options?: CallOptions): Promise<Result<Data<operations["notionUpdateDataSource"]>>>;
    /**
     * Comment on a page, on a passage of it, or reply in an existing discussion.
     *
     * MCP tool `notion-create-comment`
     */
    notionCreateComment(args: Args<operations["notionCreateComment"]>, options?: CallOptions): Promise<Result<Data<operations["notionCreateComment"]>>>;
    /**
     * Read the discussions on a page, optionally with resolved threads and block-level comments.
     *
     * MCP tool `notion-get-comments`
     */
    notionGetComments(args: Args<operations["notionGetComments"]>, options?: CallOptions): Promise<Result<Data<operations["notionGetComments"]>>>;
    /**
     * List the teamspaces of the workspace, optionally filtered by name.
     *
     * MCP tool `notion-get-teams`
     */
    notionGetTeams(args: Args<operations["notionGetTeams"]>, options?: CallOptions): Promise<Result<Data<operations["notionGetTeams"]>>>;
    /**
     * List or look up the people and bots of the workspace, a page at a time.
     *
     * MCP tool `notion-get-users`
     */
    notionGetUsers(args: Args<operations["notionGetUsers"]>, options?: CallOptions): Promise<Result<Data<operations["notionGetUsers"]>>>;
}

const routes = {
    search: {"method":"POST","path":"/v1/search","body":"application/json","paging":{"style":"cursor","cursorParam":"start_cursor","nextCursor":"next_cursor","in":"body"}},
    getDataSource: {"method":"GET","path":"/v1/data_sources/{dataSourceId}"},
    queryDataSource: {"method":"POST","path":"/v1/data_sources/{dataSourceId}/query","body":"application/json","paging":{"style":"cursor","cursorParam":"start_cursor","nextCursor":"next_cursor","in":"body"}},
    updateDataSource: {"method":"PATCH","path":"/v1/data_sources/{dataSourceId}","body":"application/json"},
    getDatabase: {"method":"GET","path":"/v1/databases/{databaseId}"},
    createDatabase: {"method":"POST","path":"/v1/databases","body":"application/json"},
    getPage: {"method":"GET","path":"/v1/pages/{pageId}"},
    createPage: {"method":"POST","path":"/v1/pages","body":"application/json"},
    updatePage: {"method":"PATCH","path":"/v1/pages/{pageId}","body":"application/json"},
    getBlock: {"method":"GET","path":"/v1/blocks/{blockId}"},
    listBlockChildren: {"method":"GET","path":"/v1/blocks/{blockId}/children","paging":{"style":"cursor","cursorParam":"start_cursor","nextCursor":"next_cursor"}},
    appendBlockChildren: {"method":"PATCH","path":"/v1/blocks/{blockId}/children","body":"application/json"},
    updateBlock: {"method":"PATCH","path":"/v1/blocks/{blockId}","body":"application/json"},
    deleteBlock: {"method":"DELETE","path":"/v1/blocks/{blockId}"},
    listUsers: {"method":"GET","path":"/v1/users","paging":{"style":"cursor","cursorParam":"start_cursor","nextCursor":"next_cursor"}},
    getUser: {"method":"GET","path":"/v1/users/{userId}"},
    getBotUser: {"method":"GET","path":"/v1/users/me"},
    notionSearch: {"method":"POST","path":"/notion-search","body":"application/json"},
    notionFetch: {"method":"POST","path":"/notion-fetch","body":"application/json"},
    notionCreatePages: {"method":"POST","path":"/notion-create-pages","body":"application/json"},
    notionUpdatePage: {"method":"POST","path":"/notion-update-page","body":"application/json"},
    notionMovePages: {"method":"POST","path":"/notion-move-pages","body":"application/json"},
    notionDuplicatePage: {"method":"POST","path":"/notion-duplicate-page","body":"application/json"},
    notionCreateDatabase: {"method":"POST","path":"/notion-create-database","body":"application/json"},
    notionUpdateDataSource: {"method":"POST","path":"/notion-update-data-source","body":"application/json"},
    notionCreateComment: {"method":"POST","path":"/notion-create-comment","body":"application/json"},
    notionGetComments: {"method":"POST","path":"/notion-get-comments","body":"application/json"},
    notionGetTeams: {"method":"POST","path":"/notion-get-teams","body":"application/json"},
    notionGetUsers: {"method":"POST","path":"/notion-get-users","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The Notion client: `const api = notion(new Switchboard({ baseUrl, apiKey }))`.
 */
export function notion(client: Switchboard): NotionClient {
    const app = "notion";
    return {
        search: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.search, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.search, args, options) }) as NotionClient["search"],
        getDataSource: (args, options) => client.call(app, routes.getDataSource, args, options),
        queryDataSource: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.queryDataSource, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.queryDataSource, args, options) }) as NotionClient["queryDataSource"],
        updateDataSource: (args, options) => client.call(app, routes.updateDataSource, args, options),
        getDatabase: (args, options) => client.call(app, routes.getDatabase, args, options),
        createDatabase: (args, options) => client.call(app, routes.createDatabase, args, options),
        getPage: (args, options) => client.call(app, routes.getPage, args, options),
        createPage: (args, options) => client.call(app, routes.createPage, args, options),
        updatePage: (args, options) => client.call(app, routes.updatePage, args, options),
        getBlock: (args, options) => client.call(app, routes.getBlock, args, options),
        listBlockChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listBlockChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listBlockChildren, args, options) }) as NotionClient["listBlockChildren"],
        appendBlockChildren: (args, options) => client.call(app, routes.appendBlockChildren, args, options),
        updateBlock: (args, options) => client.call(app, routes.updateBlock, args, options),
        deleteBlock: (args, options) => client.call(app, routes.deleteBlock, args, options),
        listUsers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUsers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUsers, args, options) }) as NotionClient["listUsers"],
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        getBotUser: (args, options) => client.call(app, routes.getBotUser, args, options),
        notionSearch: (args, options) => client.call(app, routes.notionSearch, args, options),
        notionFetch: (args, options) => client.call(app, routes.notionFetch, args, options),
        notionCreatePages: (args, options) => client.call(app, routes.notionCreatePages, args, options),
        notionUpdatePage: (args, options) => client.call(app, routes.notionUpdatePage, args, options),
        notionMovePages: (args, options) => client.call(app, routes.notionMovePages, args, options),
        notionDuplicatePage: (args, options) => client.call(app, routes.notionDuplicatePage, args, options),
        notionCreateDatabase: (args, options) => client.call(app, routes.notionCreateDatabase, args, options),
        notionUpdateDataSource: (args, options) => client.call(app, routes.notionUpdateDataSource, args, options),
        notionCreateComment: (args, options) => client.call(app, routes.notionCreateComment, args, options),
        notionGetComments: (args, options) => client.call(app, routes.notionGetComments, args, options),
        notionGetTeams: (args, options) => client.call(app, routes.notionGetTeams, args, options),
        notionGetUsers: (args, options) => client.call(app, routes.notionGetUsers, args, options),
    };
}