// Generated from providers/figma.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/figma.js';

/**
 * Figma through the Switchboard gateway: The Figma REST API (v1) for files and nodes, image renders, versions, comments and reactions, published components and styles, and dev resources.
 */
export interface FigmaClient {
    /**
     * Read the user the token belongs to.
     *
     * `GET /v1/me`
     */
    getMe(args?: Args<operations["getMe"]>, options?: CallOptions): Promise<Result<Data<operations["getMe"]>>>;
    /**
     * Read a file's document tree with its components and styles.
     *
     * `GET /v1/files/{file_key}`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
    /**
     * Read chosen nodes of a file, each with the components and styles it uses.
     *
     * `GET /v1/files/{file_key}/nodes`
     */
    getFileNodes(args: Args<operations["getFileNodes"]>, options?: CallOptions): Promise<Result<Data<operations["getFileNodes"]>>>;
    /**
     * Read a file's metadata (name, folder, creator, last edit, link access) without its content.
     *
     * `GET /v1/files/{file_key}/meta`
     */
    getFileMeta(args: Args<operations["getFileMeta"]>, options?: CallOptions): Promise<Result<Data<operations["getFileMeta"]>>>;
    /**
     * List a file's saved versions, newest first.
     *
     * `GET /v1/files/{file_key}/versions`
     */
    getFileVersions: {
        (args: Args<operations["getFileVersions"]>, options?: CallOptions): Promise<Result<Data<operations["getFileVersions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getFileVersions"]>, options?: CallOptions): AsyncGenerator<Data<operations["getFileVersions"]>, void, undefined>;
    };
    /**
     * Render nodes of a file as images and get temporary download URLs.
     *
     * `GET /v1/images/{file_key}`
     */
    renderImages(args: Args<operations["renderImages"]>, options?: CallOptions): Promise<Result<Data<operations["renderImages"]>>>;
    /**
     * Get download URLs for every image used as a fill in a file.
     *
     * `GET /v1/files/{file_key}/images`
     */
    getImageFills(args: Args<operations["getImageFills"]>, options?: CallOptions): Promise<Result<Data<operations["getImageFills"]>>>;
    /**
     * List the comments on a file.
     *
     * `GET /v1/files/{file_key}/comments`
     */
    listComments(args: Args<operations["listComments"]>, options?: CallOptions): Promise<Result<Data<operations["listComments"]>>>;
    /**
     * Post a comment on a file, optionally pinned to a spot or as a reply.
     *
     * `POST /v1/files/{file_key}/comments`
     */
    postComment(args: Args<operations["postComment"]>, options?: CallOptions): Promise<Result<Data<operations["postComment"]>>>;
    /**
     * Delete one of your own comments.
     *
     * `DELETE /v1/files/{file_key}/comments/{comment_id}`
     */
    deleteComment(args: Args<operations["deleteComment"]>, options?: CallOptions): Promise<Result<Data<operations["deleteComment"]>>>;
    /**
     * List the emoji reactions on a comment.
     *
     * `GET /v1/files/{file_key}/comments/{comment_id}/reactions`
     */
    listCommentReactions: {
        (args: Args<operations["listCommentReactions"]>, options?: CallOptions): Promise<Result<Data<operations["listCommentReactions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCommentReactions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCommentReactions"]>, void, undefined>;
    };
    /**
     * React to a comment with an emoji.
     *
     * `POST /v1/files/{file_key}/comments/{comment_id}/reactions`
     */
    addCommentReaction(args: Args<operations["addCommentReaction"]>, options?: CallOptions): Promise<Result<Data<operations["addCommentReaction"]>>>;
    /**
     * Remove your emoji reaction from a comment.
     *
     * `DELETE /v1/files/{file_key}/comments/{comment_id}/reactions`
     */
    deleteCommentReaction(args: Args<operations["deleteCommentReaction"]>, options?: CallOptions): Promise<Result<Data<operations["deleteCommentReaction"]>>>;
    /**
     * List the published components of a library file.
     *
     * `GET /v1/files/{file_key}/components`
     */
    listFileComponents(args: Args<operations["listFileComponents"]>, options?: CallOptions): Promise<Result<Data<operations["listFileComponents"]>>>;
    /**
     * List the published component sets of a library file.
     *
     * `GET /v1/files/{file_key}/component_sets`
     */
    listFileComponentSets(args: Args<operations["listFileComponentSets"]>, options?: CallOptions): Promise<Result<Data<operations["listFileComponentSets"]>>>;
    /**
     * List the published styles of a library file.
     *
     * `GET /v1/files/{file_key}/styles`
     */
    listFileStyles(args: Args<operations["listFileStyles"]>, options?: CallOptions): Promise<Result<Data<operations["listFileStyles"]>>>;
    /**
     * List the components a team has published, a page at a time.
     *
     * `GET /v1/teams/{team_id}/components`
     */
    listTeamComponents: {
        (args: Args<operations["listTeamComponents"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamComponents"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeamComponents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeamComponents"]>, void, undefined>;
    };
    /**
     * List the component sets a team has published, a page at a time.
     *
     * `GET /v1/teams/{team_id}/component_sets`
     */
    listTeamComponentSets: {
        (args: Args<operations["listTeamComponentSets"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamComponentSets"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeamComponentSets"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeamComponentSets"]>, void, undefined>;
    };
    /**
     * List the styles a team has published, a page at a time.
     *
     * `GET /v1/teams/{team_id}/styles`
     */
    listTeamStyles: {
        (args: Args<operations["listTeamStyles"]>, options?: CallOptions): Promise<Result<Data<operations["listTeamStyles"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTeamStyles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTeamStyles"]>, void, undefined>;
    };
    /**
     * Read a published component by its key.
     *
     * `GET /v1/components/{key}`
     */
    getComponent(args: Args<operations["getComponent"]>, options?: CallOptions): Promise<Result<Data<operations["getComponent"]>>>;
    /**
     * Read a published component set by its key.
     *
     * `GET /v1/component_sets/{key}`
     */
    getComponentSet(args: Args<operations["getComponentSet"]>, options?: CallOptions): Promise<Result<Data<operations["getComponentSet"]>>>;
    /**
     * Read a published style by its key.
     *
     * `GET /v1/styles/{key}`
     */
    getStyle(args: Args<operations["getStyle"]>, options?: CallOptions): Promise<Result<Data<operations["getStyle"]>>>;
    /**
     * List the dev resource links attached to nodes of a file (Dev Mode plans).
     *
     * `GET /v1/files/{file_key}/dev_resources`
     */
    listDevResources(args: Args<operations["listDevResources"]>, options?: CallOptions): Promise<Result<Data<operations["listDevResources"]>>>;
    /**
     * Attach dev resource links to nodes, possibly across files.
     *
     * `POST /v1/dev_resources`
     */
    createDevResources(args: Args<operations["createDevResources"]>, options?: CallOptions): Promise<Result<Data<operations["createDevResources"]>>>;
    /**
     * Rename or re-point existing dev resource links.
     *
     * `PUT /v1/dev_resources`
     */
    updateDevResources(args: Args<operations["updateDevResources"]>, options?: CallOptions): Promise<Result<Data<operations["updateDevResources"]>>>;
    /**
     * Remove a dev resource link from a file.
     *
     * `DELETE /v1/files/{file_key}/dev_resources/{dev_resource_id}`
     */
    deleteDevResource(args: Args<operations["deleteDevResource"]>, options?: CallOptions): Promise<Result<Data<operations["deleteDevResource"]>>>;
}

const routes = {
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
    listCommentReactions: {"method":"GET","path":"/v1/files/{file_key}/comments/{comment_id}/reactions","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"pagination.cursor"}},
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
} satisfies Record<string, Route>;

/**
 * The Figma client: `const api = figma(new Switchboard({ baseUrl, apiKey }))`.
 */
export function figma(client: Switchboard): FigmaClient {
    const app = "figma";
    return {
        getMe: (args, options) => client.call(app, routes.getMe, args, options),
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
        getFileNodes: (args, options) => client.call(app, routes.getFileNodes, args, options),
        getFileMeta: (args, options) => client.call(app, routes.getFileMeta, args, options),
        getFileVersions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getFileVersions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getFileVersions, args, options) }) as FigmaClient["getFileVersions"],
        renderImages: (args, options) => client.call(app, routes.renderImages, args, options),
        getImageFills: (args, options) => client.call(app, routes.getImageFills, args, options),
        listComments: (args, options) => client.call(app, routes.listComments, args, options),
        postComment: (args, options) => client.call(app, routes.postComment, args, options),
        deleteComment: (args, options) => client.call(app, routes.deleteComment, args, options),
        listCommentReactions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCommentReactions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCommentReactions, args, options) }) as FigmaClient["listCommentReactions"],
        addCommentReaction: (args, options) => client.call(app, routes.addCommentReaction, args, options),
        deleteCommentReaction: (args, options) => client.call(app, routes.deleteCommentReaction, args, options),
        listFileComponents: (args, options) => client.call(app, routes.listFileComponents, args, options),
        listFileComponentSets: (args, options) => client.call(app, routes.listFileComponentSets, args, options),
        listFileStyles: (args, options) => client.call(app, routes.listFileStyles, args, options),
        listTeamComponents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeamComponents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeamComponents, args, options) }) as FigmaClient["listTeamComponents"],
        listTeamComponentSets: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeamComponentSets, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeamComponentSets, args, options) }) as FigmaClient["listTeamComponentSets"],
        listTeamStyles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTeamStyles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTeamStyles, args, options) }) as FigmaClient["listTeamStyles"],
        getComponent: (args, options) => client.call(app, routes.getComponent, args, options),
        getComponentSet: (args, options) => client.call(app, routes.getComponentSet, args, options),
        getStyle: (args, options) => client.call(app, routes.getStyle, args, options),
        listDevResources: (args, options) => client.call(app, routes.listDevResources, args, options),
        createDevResources: (args, options) => client.call(app, routes.createDevResources, args, options),
        updateDevResources: (args, options) => client.call(app, routes.updateDevResources, args, options),
        deleteDevResource: (args, options) => client.call(app, routes.deleteDevResource, args, options),
    };
}