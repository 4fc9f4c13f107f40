// Generated from providers/sharepoint.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sharepoint.js';

/**
 * SharePoint through the Switchboard gateway: SharePoint sites, lists and list items, document libraries with their files, folders, versions and sharing, through Microsoft Graph.
 */
export interface SharepointClient {
    /**
     * Read the tenant's root SharePoint site.
     *
     * `GET /v1.0/sites/root`
     */
    getRootSite(args?: Args<operations["getRootSite"]>, options?: CallOptions): Promise<Result<Data<operations["getRootSite"]>>>;
    /**
     * Read one site by id.
     *
     * `GET /v1.0/sites/{siteId}`
     */
    getSite(args: Args<operations["getSite"]>, options?: CallOptions): Promise<Result<Data<operations["getSite"]>>>;
    /**
     * Read the root site of a SharePoint host.
     *
     * `GET /v1.0/sites/{hostname}:/`
     */
    getSiteByHostname(args: Args<operations["getSiteByHostname"]>, options?: CallOptions): Promise<Result<Data<operations["getSiteByHostname"]>>>;
    /**
     * Read a site from its host name and server-relative path.
     *
     * `GET /v1.0/sites/{hostname}:/{sitePath}`
     */
    getSiteByPath(args: Args<operations["getSiteByPath"]>, options?: CallOptions): Promise<Result<Data<operations["getSiteByPath"]>>>;
    /**
     * Read a site under a managed path such as /sites/marketing or /teams/sales.
     *
     * `GET /v1.0/sites/{hostname}:/{managedPath}/{siteName}`
     */
    getSiteByManagedPath(args: Args<operations["getSiteByManagedPath"]>, options?: CallOptions): Promise<Result<Data<operations["getSiteByManagedPath"]>>>;
    /**
     * Search the tenant's sites by keyword.
     *
     * `GET /v1.0/sites`
     */
    searchSites(args: Args<operations["searchSites"]>, options?: CallOptions): Promise<Result<Data<operations["searchSites"]>>>;
    /**
     * List the subsites directly under a site.
     *
     * `GET /v1.0/sites/{siteId}/sites`
     */
    listSubsites(args: Args<operations["listSubsites"]>, options?: CallOptions): Promise<Result<Data<operations["listSubsites"]>>>;
    /**
     * List the column definitions a site offers to its lists.
     *
     * `GET /v1.0/sites/{siteId}/columns`
     */
    listSiteColumns(args: Args<operations["listSiteColumns"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteColumns"]>>>;
    /**
     * List the sites the signed-in user follows.
     *
     * `GET /v1.0/me/followedSites`
     */
    listFollowedSites(args?: Args<operations["listFollowedSites"]>, options?: CallOptions): Promise<Result<Data<operations["listFollowedSites"]>>>;
    /**
     * List the lists and document libraries of a site.
     *
     * `GET /v1.0/sites/{siteId}/lists`
     */
    listLists(args: Args<operations["listLists"]>, options?: CallOptions): Promise<Result<Data<operations["listLists"]>>>;
    /**
     * Read one list with its template and settings.
     *
     * `GET /v1.0/sites/{siteId}/lists/{listId}`
     */
    getList(args: Args<operations["getList"]>, options?: CallOptions): Promise<Result<Data<operations["getList"]>>>;
    /**
     * List the columns of a list with their types.
     *
     * `GET /v1.0/sites/{siteId}/lists/{listId}/columns`
     */
    listListColumns(args: Args<operations["listListColumns"]>, options?: CallOptions): Promise<Result<Data<operations["listListColumns"]>>>;
    /**
     * List the content types enabled on a list.
     *
     * `GET /v1.0/sites/{siteId}/lists/{listId}/contentTypes`
     */
    listListContentTypes(args: Args<operations["listListContentTypes"]>, options?: CallOptions): Promise<Result<Data<operations["listListContentTypes"]>>>;
    /**
     * List the items of a list, with their column values when fields is expanded.
     *
     * `GET /v1.0/sites/{siteId}/lists/{listId}/items`
     */
    listListItems: {
        (args: Args<operations["listListItems"]>, options?: CallOptions): Promise<Result<Data<operations["listListItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listListItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listListItems"]>, void, undefined>;
    };
    /**
     * Add an item to a list with the given column values.
     *
     * `POST /v1.0/sites/{siteId}/lists/{listId}/items`
     */
    createListItem(args: Args<operations["createListItem"]>, options?: CallOptions): Promise<Result<Data<operations["createListItem"]>>>;
    /**
     * Change some column values of a list item.
     *
     * `PATCH /v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}/fields`
     */
    updateListItemFields(args: Args<operations["updateListItemFields"]>, options?: CallOptions): Promise<Result<Data<operations["updateListItemFields"]>>>;
    /**
     * Delete a list item (it goes to the recycle bin).
     *
     * `DELETE /v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}`
     */
    deleteListItem(args: Args<operations["deleteListItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteListItem"]>>>;
    /**
     * List the document libraries of a site.
     *
     * `GET /v1.0/sites/{siteId}/drives`
     */
    listSiteDrives(args: Args<operations["listSiteDrives"]>, options?: CallOptions): Promise<Result<Data<operations["listSiteDrives"]>>>;
    /**
     * Read a site's default document library (Documents).
     *
     * `GET /v1.0/sites/{siteId}/drive`
     */
    getSiteDrive(args: Args<operations["getSiteDrive"]>, options?: CallOptions): Promise<Result<Data<operations["getSiteDrive"]>>>;
    /**
     * Read one document library by id.
     *
     * `GET /v1.0/drives/{driveId}`
     */
    getDrive(args: Args<operations["getDrive"]>, options?: CallOptions): Promise<Result<Data<operations["getDrive"]>>>;
    /**
     * List the files and folders at the top of a document library.
     *
     * `GET /v1.0/drives/{driveId}/root/children`
     */
    listRootChildren: {
        (args: Args<operations["listRootChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listRootChildren"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listRootChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRootChildren"]>, void, undefined>;
    };
    /**
     * Read a file or folder by id.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Read a file or folder from its path in the library.
     *
     * `GET /v1.0/drives/{driveId}/root:/{itemPath}`
     */
    getItemByPath(args: Args<operations["getItemByPath"]>, options?: CallOptions): Promise<Result<Data<operations["getItemByPath"]>>>;
    /**
     * List the contents of a folder given its id.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/children`
     */
    listFolderChildren: {
        (args: Args<operations["listFolderChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderChildren"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderChildren"]>, void, undefined>;
    };
    /**
     * Download a file's content by item id.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/content`
     */
    downloadItem(args: Args<operations["downloadItem"]>, options?: CallOptions): Promise<Result<Data<operations["downloadItem"]>>>;
    /**
     * Download a file's content by its path in the library.
     *
     * `GET /v1.0/drives/{driveId}/root:/{itemPath}:/content`
     */
    downloadItemByPath(args: Args<operations["downloadItemByPath"]>, options?: CallOptions): Promise<Result<Data<operations["downloadItemByPath"]>>>;
    /**
     * Upload a file of up to 4 MB to a path in the library, creating it or replacing its content.
     *
     * `PUT /v1.0/drives/{driveId}/root:/{itemPath}:/content`
     */
    uploadFile(args: Args<operations["uploadFile"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFile"]>>>;
    /**
     * Create a folder at the top of a document library.
     *
     * `POST /v1.0/drives/{driveId}/root/children`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Rename a file or folder, or move it by giving a new parent.
     *
     * `PATCH /v1.0/drives/{driveId}/items/{itemId}`
     */
    updateItem(args: Args<operations["updateItem"]>, options?: CallOptions): Promise<Result<Data<operations["updateItem"]>>>;
    /**
     * Start copying a file or folder, optionally to another folder or under a new name.
     *
     * `POST /v1.0/drives/{driveId}/items/{itemId}/copy`
     */
    copyItem(args: Args<operations["copyItem"]>, options?: CallOptions): Promise<Result<Data<operations["copyItem"]>>>;
    /**
     * Move a file or folder to the site's recycle bin.
     *
     * `DELETE /v1.0/drives/{driveId}/items/{itemId}`
     */
    deleteItem(args: Args<operations["deleteItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteItem"]>>>;
    /**
     * Search a document library by file name, metadata and content.
     *
     * `GET /v1.0/drives/{driveId}/root/search(q='{q}')`
     */
    searchDrive: {
        (args: Args<operations["searchDrive"]>, options?: CallOptions): Promise<Result<Data<operations["searchDrive"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchDrive"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDrive"]>, void, undefined>;
    };
    /**
     * Track changes in a library; the last page holds a delta link to ask for later changes.
     *
     * `GET /v1.0/drives/{driveId}/root/delta`
     */
    getDelta: {
        (args: Args<operations["getDelta"]>, options?: CallOptions): Promise<Result<Data<operations["getDelta"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["getDelta"]>, options?: CallOptions): AsyncGenerator<Data<operations["getDelta"]>, void, undefined>;
    };
    /**
     * List who can reach a file or folder, through direct grants and sharing links.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/permissions`
     */
    listPermissions(args: Args<operations["listPermissions"]>, options?: CallOptions): Promise<Result<Data<operations["listPermissions"]>>>;
    /**
     * Make (or reuse) a sharing link to a file or folder with a chosen access type and audience.
     *
     * `POST /v1.0/drives/{driveId}/items/{itemId}/createLink`
     */
    createSharingLink(args: Args<operations["createSharingLink"]>, options?: CallOptions): Promise<Result<Data<operations["createSharingLink"]>>>;
    /**
     * List the saved versions of a file, newest first.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/versions`
     */
    listVersions(args: Args<operations["listVersions"]>, options?: CallOptions): Promise<Result<Data<operations["listVersions"]>>>;
    /**
     * Read one version of a file.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}`
     */
    getVersion(args: Args<operations["getVersion"]>, options?: CallOptions): Promise<Result<Data<operations["getVersion"]>>>;
    /**
     * Download the content of one version of a file.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}/content`
     */
    downloadVersion(args: Args<operations["downloadVersion"]>, options?: CallOptions): Promise<Result<Data<operations["downloadVersion"]>>>;
    /**
     * List the preview images of a file in small, medium and large sizes.
     *
     * `GET /v1.0/drives/{driveId}/items/{itemId}/thumbnails`
     */
    listThumbnails(args: Args<operations["listThumbnails"]>, options?: CallOptions): Promise<Result<Data<operations["listThumbnails"]>>>;
}

const routes = {
    getRootSite: {"method":"GET","path":"/v1.0/sites/root"},
    getSite: {"method":"GET","path":"/v1.0/sites/{siteId}"},
    getSiteByHostname: {"method":"GET","path":"/v1.0/sites/{hostname}:/"},
    getSiteByPath: {"method":"GET","path":"/v1.0/sites/{hostname}:/{sitePath}"},
    getSiteByManagedPath: {"method":"GET","path":"/v1.0/sites/{hostname}:/{managedPath}/{siteName}"},
    searchSites: {"method":"GET","path":"/v1.0/sites"},
    listSubsites: {"method":"GET","path":"/v1.0/sites/{siteId}/sites"},
    listSiteColumns: {"method":"GET","path":"/v1.0/sites/{siteId}/columns"},
    listFollowedSites: {"method":"GET","path":"/v1.0/me/followedSites"},
    listLists: {"method":"GET","path":"/v1.0/sites/{siteId}/lists"},
    getList: {"method":"GET","path":"/v1.0/sites/{siteId}/lists/{listId}"},
    listListColumns: {"method":"GET","path":"/v1.0/sites/{siteId}/lists/{listId}/columns"},
    listListContentTypes: {"method":"GET","path":"/v1.0/sites/{siteId}/lists/{listId}/contentTypes"},
    listListItems: {"method":"GET","path":"/v1.0/sites/{siteId}/lists/{listId}/items","paging":{"style":"link"}},
    createListItem: {"method":"POST","path":"/v1.0/sites/{siteId}/lists/{listId}/items","body":"application/json"},
    updateListItemFields: {"method":"PATCH","path":"/v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}/fields","body":"application/json"},
    deleteListItem: {"method":"DELETE","path":"/v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}"},
    listSiteDrives: {"method":"GET","path":"/v1.0/sites/{siteId}/drives"},
    getSiteDrive: {"method":"GET","path":"/v1.0/sites/{siteId}/drive"},
    getDrive: {"method":"GET","path":"/v1.0/drives/{driveId}"},
    listRootChildren: {"method":"GET","path":"/v1.0/drives/{driveId}/root/children","paging":{"style":"link"}},
    getItem: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}"},
    getItemByPath: {"method":"GET","path":"/v1.0/drives/{driveId}/root:/{itemPath}"},
    listFolderChildren: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/children","paging":{"style":"link"}},
    downloadItem: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/content"},
    downloadItemByPath: {"method":"GET","path":"/v1.0/drives/{driveId}/root:/{itemPath}:/content"},
    uploadFile: {"method":"PUT","path":"/v1.0/drives/{driveId}/root:/{itemPath}:/content","body":"application/octet-stream"},
    createFolder: {"method":"POST","path":"/v1.0/drives/{driveId}/root/children","body":"application/json"},
    updateItem: {"method":"PATCH","path":"/v1.0/drives/{driveId}/items/{itemId}","body":"application/json"},
    copyItem: {"method":"POST","path":"/v1.0/drives/{driveId}/items/{itemId}/copy","body":"application/json"},
    deleteItem: {"method":"DELETE","path":"/v1.0/drives/{driveId}/items/{itemId}"},
    searchDrive: {"method":"GET","path":"/v1.0/drives/{driveId}/root/search(q='{q}')","paging":{"style":"link"}},
    getDelta: {"method":"GET","path":"/v1.0/drives/{driveId}/root/delta","paging":{"style":"link"}},
    listPermissions: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/permissions"},
    createSharingLink: {"method":"POST","path":"/v1.0/drives/{driveId}/items/{itemId}/createLink","body":"application/json"},
    listVersions: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/versions"},
    getVersion: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}"},
    downloadVersion: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}/content"},
    listThumbnails: {"method":"GET","path":"/v1.0/drives/{driveId}/items/{itemId}/thumbnails"},
} satisfies Record<string, Route>;

/**
 * The SharePoint client: `const api = sharepoint(new Switchboard({ baseUrl, apiKey }))`.
 */
export function sharepoint(client: Switchboard): SharepointClient {
    const app = "sharepoint";
    return {
        getRootSite: (args, options) => client.call(app, routes.getRootSite, args, options),
        getSite: (args, options) => client.call(app, routes.getSite, args, options),
        getSiteByHostname: (args, options) => client.call(app, routes.getSiteByHostname, args, options),
        getSiteByPath: (args, options) => client.call(app, routes.getSiteByPath, args, options),
        getSiteByManagedPath: (args, options) => client.call(app, routes.getSiteByManagedPath, args, options),
        searchSites: (args, options) => client.call(app, routes.searchSites, args, options),
        listSubsites: (args, options) => client.call(app, routes.listSubsites, args, options),
        listSiteColumns: (args, options) => client.call(app, routes.listSiteColumns, args, options),
        listFollowedSites: (args, options) => client.call(app, routes.listFollowedSites, args, options),
        listLists: (args, options) => client.call(app, routes.listLists, args, options),
        getList: (args, options) => client.call(app, routes.getList, args, options),
        listListColumns: (args, options) => client.call(app, routes.listListColumns, args, options),
        listListContentTypes: (args, options) => client.call(app, routes.listListContentTypes, args, options),
        listListItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listListItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listListItems, args, options) }) as SharepointClient["listListItems"],
        createListItem: (args, options) => client.call(app, routes.createListItem, args, options),
        updateListItemFields: (args, options) => client.call(app, routes.updateListItemFields, args, options),
        deleteListItem: (args, options) => client.call(app, routes.deleteListItem, args, options),
        listSiteDrives: (args, options) => client.call(app, routes.listSiteDrives, args, options),
        getSiteDrive: (args, options) => client.call(app, routes.getSiteDrive, args, options),
        getDrive: (args, options) => client.call(app, routes.getDrive, args, options),
        listRootChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRootChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRootChildren, args, options) }) as SharepointClient["listRootChildren"],
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        getItemByPath: (args, options) => client.call(app, routes.getItemByPath, args, options),
        listFolderChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderChildren, args, options) }) as SharepointClient["listFolderChildren"],
        downloadItem: (args, options) => client.call(app, routes.downloadItem, args, options),
        downloadItemByPath: (args, options) => client.call(app, routes.downloadItemByPath, args, options),
        uploadFile: (args, options) => client.call(app, routes.uploadFile, args, options),
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        updateItem: (args, options) => client.call(app, routes.updateItem, args, options),
        copyItem: (args, options) => client.call(app, routes.copyItem, args, options),
        deleteItem: (args, options) => client.call(app, routes.deleteItem, args, options),
        searchDrive: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDrive, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDrive, args, options) }) as SharepointClient["searchDrive"],
        getDelta: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.getDelta, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.getDelta, args, options) }) as SharepointClient["getDelta"],
        listPermissions: (args, options) => client.call(app, routes.listPermissions, args, options),
        createSharingLink: (args, options) => client.call(app, routes.createSharingLink, args, options),
        listVersions: (args, options) => client.call(app, routes.listVersions, args, options),
        getVersion: (args, options) => client.call(app, routes.getVersion, args, options),
        downloadVersion: (args, options) => client.call(app, routes.downloadVersion, args, options),
        listThumbnails: (args, options) => client.call(app, routes.listThumbnails, args, options),
    };
}