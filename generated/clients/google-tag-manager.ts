// Generated from providers/google-tag-manager.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-tag-manager.js';

/**
 * Google Tag Manager through the Switchboard gateway: Tag Manager accounts, containers, workspaces, tags, triggers, variables, environments, versions and user permissions.
 */
export interface GoogleTagManagerClient {
    /**
     * List the Tag Manager accounts the user can reach.
     *
     * `GET /tagmanager/v2/accounts`
     */
    listAccounts: {
        (args?: Args<operations["listAccounts"]>, options?: CallOptions): Promise<Result<Data<operations["listAccounts"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listAccounts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listAccounts"]>, void, undefined>;
    };
    /**
     * Read one Tag Manager account.
     *
     * `GET /tagmanager/v2/accounts/{accountId}`
     */
    getAccount(args: Args<operations["getAccount"]>, options?: CallOptions): Promise<Result<Data<operations["getAccount"]>>>;
    /**
     * List who has access to an account and its containers, and at what level.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/user_permissions`
     */
    listUserPermissions: {
        (args: Args<operations["listUserPermissions"]>, options?: CallOptions): Promise<Result<Data<operations["listUserPermissions"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUserPermissions"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUserPermissions"]>, void, undefined>;
    };
    /**
     * List the containers of an account.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers`
     */
    listContainers: {
        (args: Args<operations["listContainers"]>, options?: CallOptions): Promise<Result<Data<operations["listContainers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listContainers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listContainers"]>, void, undefined>;
    };
    /**
     * List a container's environments (live, latest and custom ones such as staging).
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/environments`
     */
    listEnvironments: {
        (args: Args<operations["listEnvironments"]>, options?: CallOptions): Promise<Result<Data<operations["listEnvironments"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listEnvironments"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEnvironments"]>, void, undefined>;
    };
    /**
     * List short summaries of a container's versions, with tag, trigger and variable counts.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/version_headers`
     */
    listVersionHeaders: {
        (args: Args<operations["listVersionHeaders"]>, options?: CallOptions): Promise<Result<Data<operations["listVersionHeaders"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listVersionHeaders"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVersionHeaders"]>, void, undefined>;
    };
    /**
     * Make a container version the live one.
     *
     * `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/versions/{versionId}:publish`
     */
    publishVersion(args: Args<operations["publishVersion"]>, options?: CallOptions): Promise<Result<Data<operations["publishVersion"]>>>;
    /**
     * List the workspaces of a container.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces`
     */
    listWorkspaces: {
        (args: Args<operations["listWorkspaces"]>, options?: CallOptions): Promise<Result<Data<operations["listWorkspaces"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listWorkspaces"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWorkspaces"]>, void, undefined>;
    };
    /**
     * List the tags in a workspace.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags`
     */
    listTags: {
        (args: Args<operations["listTags"]>, options?: CallOptions): Promise<Result<Data<operations["listTags"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTags"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTags"]>, void, undefined>;
    };
    /**
     * Add a tag to a workspace, such as a custom HTML or GA4 event tag.
     *
     * `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags`
     */
    createTag(args: Args<operations["createTag"]>, options?: CallOptions): Promise<Result<Data<operations["createTag"]>>>;
    /**
     * Replace a tag with the full resource sent.
     *
     * `PUT /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}`
     */
    updateTag(args: Args<operations["updateTag"]>, options?: CallOptions): Promise<Result<Data<operations["updateTag"]>>>;
    /**
     * Delete a tag from a workspace.
     *
     * `DELETE /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}`
     */
    deleteTag(args: Args<operations["deleteTag"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTag"]>>>;
    /**
     * List the triggers in a workspace.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers`
     */
    listTriggers: {
        (args: Args<operations["listTriggers"]>, options?: CallOptions): Promise<Result<Data<operations["listTriggers"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listTriggers"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTriggers"]>, void, undefined>;
    };
    /**
     * Add a trigger to a workspace, such as a page view or custom event.
     *
     * `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers`
     */
    createTrigger(args: Args<operations["createTrigger"]>, options?: CallOptions): Promise<Result<Data<operations["createTrigger"]>>>;
    /**
     * List the user-defined variables in a workspace.
     *
     * `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/variables`
     */
    listVariables: {
        (args: Args<operations["listVariables"]>, options?: CallOptions): Promise<Result<Data<operations["listVariables"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listVariables"]>, options?: CallOptions): AsyncGenerator<Data<operations["listVariables"]>, void, undefined>;
    };
}

const routes = {
    listAccounts: {"method":"GET","path":"/tagmanager/v2/accounts","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getAccount: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}"},
    listUserPermissions: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/user_permissions","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listContainers: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listEnvironments: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/environments","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listVersionHeaders: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/version_headers","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    publishVersion: {"method":"POST","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/versions/{versionId}:publish"},
    listWorkspaces: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    listTags: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createTag: {"method":"POST","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags","body":"application/json"},
    updateTag: {"method":"PUT","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}","body":"application/json"},
    deleteTag: {"method":"DELETE","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}"},
    listTriggers: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    createTrigger: {"method":"POST","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers","body":"application/json"},
    listVariables: {"method":"GET","path":"/tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/variables","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
} satisfies Record<string, Route>;

/**
 * The Google Tag Manager client: `const api = googleTagManager(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleTagManager(client: Switchboard): GoogleTagManagerClient {
    const app = "google-tag-manager";
    return {
        listAccounts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listAccounts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listAccounts, args, options) }) as GoogleTagManagerClient["listAccounts"],
        getAccount: (args, options) => client.call(app, routes.getAccount, args, options),
        listUserPermissions: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUserPermissions, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUserPermissions, args, options) }) as GoogleTagManagerClient["listUserPermissions"],
        listContainers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listContainers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listContainers, args, options) }) as GoogleTagManagerClient["listContainers"],
        listEnvironments: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEnvironments, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEnvironments, args, options) }) as GoogleTagManagerClient["listEnvironments"],
        listVersionHeaders: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVersionHeaders, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVersionHeaders, args, options) }) as GoogleTagManagerClient["listVersionHeaders"],
        publishVersion: (args, options) => client.call(app, routes.publishVersion, args, options),
        listWorkspaces: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWorkspaces, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWorkspaces, args, options) }) as GoogleTagManagerClient["listWorkspaces"],
        listTags: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTags, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTags, args, options) }) as GoogleTagManagerClient["listTags"],
        createTag: (args, options) => client.call(app, routes.createTag, args, options),
        updateTag: (args, options) => client.call(app, routes.updateTag, args, options),
        deleteTag: (args, options) => client.call(app, routes.deleteTag, args, options),
        listTriggers: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTriggers, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTriggers, args, options) }) as GoogleTagManagerClient["listTriggers"],
        createTrigger: (args, options) => client.call(app, routes.createTrigger, args, options),
        listVariables: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listVariables, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listVariables, args, options) }) as GoogleTagManagerClient["listVariables"],
    };
}