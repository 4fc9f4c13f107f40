// Generated from providers/google-tag-manager.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-tag-manager.js';

/**
 * Google Tag Manager through the Switchboard gateway: Tag Manager accounts, containers, workspaces, tags, triggers, variables, environments, versions and user permissions.
 */
export interface GoogleTagManagerClient {
    /** List the Tag Manager accounts the user can reach. `GET /tagmanager/v2/accounts` */
    listAccounts: Paged<operations["listAccounts"]>;
    /** Read one Tag Manager account. `GET /tagmanager/v2/accounts/{accountId}` */
    getAccount: Call<operations["getAccount"]>;
    /** List who has access to an account and its containers, and at what level. `GET /tagmanager/v2/accounts/{accountId}/user_permissions` */
    listUserPermissions: Paged<operations["listUserPermissions"]>;
    /** List the containers of an account. `GET /tagmanager/v2/accounts/{accountId}/containers` */
    listContainers: Paged<operations["listContainers"]>;
    /** List a container's environments (live, latest and custom ones such as staging). `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/environments` */
    listEnvironments: Paged<operations["listEnvironments"]>;
    /** List short summaries of a container's versions, with tag, trigger and variable counts. `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/version_headers` */
    listVersionHeaders: Paged<operations["listVersionHeaders"]>;
    /** Make a container version the live one. `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/versions/{versionId}:publish` */
    publishVersion: Call<operations["publishVersion"]>;
    /** List the workspaces of a container. `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces` */
    listWorkspaces: Paged<operations["listWorkspaces"]>;
    /** List the tags in a workspace. `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags` */
    listTags: Paged<operations["listTags"]>;
    /** Add a tag to a workspace, such as a custom HTML or GA4 event tag. `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags` */
    createTag: Call<operations["createTag"]>;
    /** Replace a tag with the full resource sent. `PUT /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}` */
    updateTag: Call<operations["updateTag"]>;
    /** Delete a tag from a workspace. `DELETE /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/tags/{tagId}` */
    deleteTag: Call<operations["deleteTag"]>;
    /** List the triggers in a workspace. `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers` */
    listTriggers: Paged<operations["listTriggers"]>;
    /** Add a trigger to a workspace, such as a page view or custom event. `POST /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/triggers` */
    createTrigger: Call<operations["createTrigger"]>;
    /** List the user-defined variables in a workspace. `GET /tagmanager/v2/accounts/{accountId}/containers/{containerId}/workspaces/{workspaceId}/variables` */
    listVariables: Paged<operations["listVariables"]>;
}

const routes: Routes<GoogleTagManagerClient> = {
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
};

/**
 * The Google Tag Manager client: `const api = googleTagManager(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleTagManager = (sb: Switchboard): GoogleTagManagerClient => bindClient<GoogleTagManagerClient>(sb, "google-tag-manager", routes);
