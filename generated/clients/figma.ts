// Generated from providers/figma.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/figma.js';

/**
 * Figma through the Switchboard gateway: The Figma REST API (v1) for files and nodes, image renders, versions, comments and reactions, published components and styles, and dev resources.
 */
export interface FigmaClient {
    /** Read the user the token belongs to. `GET /v1/me` */
    getMe: Call<operations["getMe"]>;
    /** Read a file's document tree with its components and styles. `GET /v1/files/{file_key}` */
    getFile: Call<operations["getFile"]>;
    /** Read chosen nodes of a file, each with the components and styles it uses. `GET /v1/files/{file_key}/nodes` */
    getFileNodes: Call<operations["getFileNodes"]>;
    /** Read a file's metadata (name, folder, creator, last edit, link access) without its content. `GET /v1/files/{file_key}/meta` */
    getFileMeta: Call<operations["getFileMeta"]>;
    /** List a file's saved versions, newest first. `GET /v1/files/{file_key}/versions` */
    getFileVersions: Paged<operations["getFileVersions"]>;
    /** Render nodes of a file as images and get temporary download URLs. `GET /v1/images/{file_key}` */
    renderImages: Call<operations["renderImages"]>;
    /** Get download URLs for every image used as a fill in a file. `GET /v1/files/{file_key}/images` */
    getImageFills: Call<operations["getImageFills"]>;
    /** List the comments on a file. `GET /v1/files/{file_key}/comments` */
    listComments: Call<operations["listComments"]>;
    /** Post a comment on a file, optionally pinned to a spot or as a reply. `POST /v1/files/{file_key}/comments` */
    postComment: Call<operations["postComment"]>;
    /** Delete one of your own comments. `DELETE /v1/files/{file_key}/comments/{comment_id}` */
    deleteComment: Call<operations["deleteComment"]>;
    /** List the emoji reactions on a comment. `GET /v1/files/{file_key}/comments/{comment_id}/reactions` */
    listCommentReactions: Paged<operations["listCommentReactions"]>;
    /** React to a comment with an emoji. `POST /v1/files/{file_key}/comments/{comment_id}/reactions` */
    addCommentReaction: Call<operations["addCommentReaction"]>;
    /** Remove your emoji reaction from a comment. `DELETE /v1/files/{file_key}/comments/{comment_id}/reactions` */
    deleteCommentReaction: Call<operations["deleteCommentReaction"]>;
    /** List the published components of a library file. `GET /v1/files/{file_key}/components` */
    listFileComponents: Call<operations["listFileComponents"]>;
    /** List the published component sets of a library file. `GET /v1/files/{file_key}/component_sets` */
    listFileComponentSets: Call<operations["listFileComponentSets"]>;
    /** List the published styles of a library file. `GET /v1/files/{file_key}/styles` */
    listFileStyles: Call<operations["listFileStyles"]>;
    /** List the components a team has published, a page at a time. `GET /v1/teams/{team_id}/components` */
    listTeamComponents: Paged<operations["listTeamComponents"]>;
    /** List the component sets a team has published, a page at a time. `GET /v1/teams/{team_id}/component_sets` */
    listTeamComponentSets: Paged<operations["listTeamComponentSets"]>;
    /** List the styles a team has published, a page at a time. `GET /v1/teams/{team_id}/styles` */
    listTeamStyles: Paged<operations["listTeamStyles"]>;
    /** Read a published component by its key. `GET /v1/components/{key}` */
    getComponent: Call<operations["getComponent"]>;
    /** Read a published component set by its key. `GET /v1/component_sets/{key}` */
    getComponentSet: Call<operations["getComponentSet"]>;
    /** Read a published style by its key. `GET /v1/styles/{key}` */
    getStyle: Call<operations["getStyle"]>;
    /** List the dev resource links attached to nodes of a file (Dev Mode plans). `GET /v1/files/{file_key}/dev_resources` */
    listDevResources: Call<operations["listDevResources"]>;
    /** Attach dev resource links to nodes, possibly across files. `POST /v1/dev_resources` */
    createDevResources: Call<operations["createDevResources"]>;
    /** Rename or re-point existing dev resource links. `PUT /v1/dev_resources` */
    updateDevResources: Call<operations["updateDevResources"]>;
    /** Remove a dev resource link from a file. `DELETE /v1/files/{file_key}/dev_resources/{dev_resource_id}` */
    deleteDevResource: Call<operations["deleteDevResource"]>;
}

const routes: Routes<FigmaClient> = {
    getMe: {"method":"GET","path":"/v1/me"},
    getFile: {"method":"GET","path":"/v1/files/{file_key}"},
    getFileNodes: {"method":"GET","path":"/v1/files/{file_key}/nodes"},
    getFileMeta: {"method":"GET","path":"/v1/files/{file_key}/meta"},
    getFileVersions: {"method":"GET","path":"/v1/files/{file_key}/versions","paging":{"style":"url","nextUrl":"pagination.next_page"}},
    renderImages: {"method":"GET","path":"/v1/images/{file_key}"},
    getImageFills: {"method":"GET","path":"/v1/files/{file_key}/images"},
    listComments: {"method":"GET","path":"/v1/files/{file_key}/comments"},
    postComment: {"method":"POST","path":"/v1/files/{file_key}/comments","body":"application/json"},
    deleteComment: {"method":"DELETE","path":"/v1/files/{file_key}/comments/{comment_id}"},
    listCommentReactions: {"method":"GET","path":"/v1/files/{file_key}/comments/{comment_id}/reactions","paging":{"style":"url","nextUrl":"pagination.next_page"}},
    addCommentReaction: {"method":"POST","path":"/v1/files/{file_key}/comments/{comment_id}/reactions","body":"application/json"},
    deleteCommentReaction: {"method":"DELETE","path":"/v1/files/{file_key}/comments/{comment_id}/reactions"},
    listFileComponents: {"method":"GET","path":"/v1/files/{file_key}/components"},
    listFileComponentSets: {"method":"GET","path":"/v1/files/{file_key}/component_sets"},
    listFileStyles: {"method":"GET","path":"/v1/files/{file_key}/styles"},
    listTeamComponents: {"method":"GET","path":"/v1/teams/{team_id}/components","paging":{"style":"cursor","cursorParam":"after","nextCursor":"meta.cursor.after"}},
    listTeamComponentSets: {"method":"GET","path":"/v1/teams/{team_id}/component_sets","paging":{"style":"cursor","cursorParam":"after","nextCursor":"meta.cursor.after"}},
    listTeamStyles: {"method":"GET","path":"/v1/teams/{team_id}/styles","paging":{"style":"cursor","cursorParam":"after","nextCursor":"meta.cursor.after"}},
    getComponent: {"method":"GET","path":"/v1/components/{key}"},
    getComponentSet: {"method":"GET","path":"/v1/component_sets/{key}"},
    getStyle: {"method":"GET","path":"/v1/styles/{key}"},
    listDevResources: {"method":"GET","path":"/v1/files/{file_key}/dev_resources"},
    createDevResources: {"method":"POST","path":"/v1/dev_resources","body":"application/json"},
    updateDevResources: {"method":"PUT","path":"/v1/dev_resources","body":"application/json"},
    deleteDevResource: {"method":"DELETE","path":"/v1/files/{file_key}/dev_resources/{dev_resource_id}"},
};

/**
 * The Figma client: `const api = figma(new Switchboard({ baseUrl, apiKey }))`.
 */
export const figma = (sb: Switchboard): FigmaClient => bindClient<FigmaClient>(sb, "figma", routes);
