// Generated from providers/notion.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/notion.js';

/**
 * Notion through the Switchboard gateway: Pages, databases and data sources, blocks, users and search in a Notion workspace, over the REST API or Notion's hosted MCP server.
 */
export interface NotionClient {
    /** Find pages and data sources shared with the integration by title. `POST /v1/search` */
    search: Paged<operations["search"]>;
    /** Read a data source with its title and property schema. `GET /v1/data_sources/{dataSourceId}` */
    getDataSource: Call<operations["getDataSource"]>;
    /** List the pages (rows) of a data source, filtered and sorted. `POST /v1/data_sources/{dataSourceId}/query` */
    queryDataSource: Paged<operations["queryDataSource"]>;
    /** Rename a data source or add, change and remove its properties. `PATCH /v1/data_sources/{dataSourceId}` */
    updateDataSource: Call<operations["updateDataSource"]>;
    /** Read a database container, mainly to learn the ids of its data sources. `GET /v1/databases/{databaseId}` */
    getDatabase: Call<operations["getDatabase"]>;
    /** Create a database under a page, together with its first data source. `POST /v1/databases` */
    createDatabase: Call<operations["createDatabase"]>;
    /** Read a page's properties (not its content, which is its block children). `GET /v1/pages/{pageId}` */
    getPage: Call<operations["getPage"]>;
    /** Create a page under another page or as a new row of a data source. `POST /v1/pages` */
    createPage: Call<operations["createPage"]>;
    /** Change a page's property values, icon or cover, or move it to or from the trash. `PATCH /v1/pages/{pageId}` */
    updatePage: Call<operations["updatePage"]>;
    /** Read one block. `GET /v1/blocks/{blockId}` */
    getBlock: Call<operations["getBlock"]>;
    /** List the child blocks of a block or page, one level deep. `GET /v1/blocks/{blockId}/children` */
    listBlockChildren: Paged<operations["listBlockChildren"]>;
    /** Add up to 100 blocks at the end of a block or page, or after a given child. `PATCH /v1/blocks/{blockId}/children` */
    appendBlockChildren: Call<operations["appendBlockChildren"]>;
    /** Change the content of a block; the body key names the block's type. `PATCH /v1/blocks/{blockId}` */
    updateBlock: Call<operations["updateBlock"]>;
    /** Move a block (or a page, by its id) to the trash. `DELETE /v1/blocks/{blockId}` */
    deleteBlock: Call<operations["deleteBlock"]>;
    /** List the members, guests and bots of the workspace. `GET /v1/users` */
    listUsers: Paged<operations["listUsers"]>;
    /** Read one user by id. `GET /v1/users/{userId}` */
    getUser: Call<operations["getUser"]>;
    /** Read the bot user behind the connection's token, with its owner and workspace. `GET /v1/users/me` */
    getBotUser: Call<operations["getBotUser"]>;
    /** Search the workspace and connected sources, or look users up, with optional scope and date filters. MCP tool `notion-search` */
    notionSearch: Call<operations["notionSearch"]>;
    /** Read one Notion entity, given its URL or id, rendered as Notion-flavoured Markdown with its properties. MCP tool `notion-fetch` */
    notionFetch: Call<operations["notionFetch"]>;
    /** Create one or more pages with properties and Markdown content, under a page, a data source or the workspace. MCP tool `notion-create-pages` */
    notionCreatePages: Call<operations["notionCreatePages"]>;
    /** Change a page's properties or content, apply a template, or set its verification, chosen by command. MCP tool `notion-update-page` */
    notionUpdatePage: Call<operations["notionUpdatePage"]>;
    /** Move pages or databases under a new parent page, database, data source or the workspace. MCP tool `notion-move-pages` */
    notionMovePages: Call<operations["notionMovePages"]>;
    /** Copy a page within the workspace; the copy is filled in asynchronously. MCP tool `notion-duplicate-page` */
    notionDuplicatePage: Call<operations["notionDuplicatePage"]>;
    /** Create a database whose columns are given as a SQL-style CREATE TABLE statement. MCP tool `notion-create-database` */
    notionCreateDatabase: Call<operations["notionCreateDatabase"]>;
    /** Rename a data source, change its columns with DDL statements, or trash it. MCP tool `notion-update-data-source` */
    notionUpdateDataSource: Call<operations["notionUpdateDataSource"]>;
    /** Comment on a page, on a passage of it, or reply in an existing discussion. MCP tool `notion-create-comment` */
    notionCreateComment: Call<operations["notionCreateComment"]>;
    /** Read the discussions on a page, optionally with resolved threads and block-level comments. MCP tool `notion-get-comments` */
    notionGetComments: Call<operations["notionGetComments"]>;
    /** List the teamspaces of the workspace, optionally filtered by name. MCP tool `notion-get-teams` */
    notionGetTeams: Call<operations["notionGetTeams"]>;
    /** List or look up the people and bots of the workspace, a page at a time. MCP tool `notion-get-users` */
    notionGetUsers: Call<operations["notionGetUsers"]>;
}

const routes: Routes<NotionClient> = {
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
};

/**
 * The Notion client: `const api = notion(new Switchboard({ baseUrl, apiKey }))`.
 */
export const notion = (sb: Switchboard): NotionClient => bindClient<NotionClient>(sb, "notion", routes);
