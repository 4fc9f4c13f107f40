// Generated from providers/sharepoint.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/sharepoint.js';

/**
 * SharePoint through the Switchboard gateway: SharePoint sites, lists and list items, document libraries with their files, folders, versions and sharing, through Microsoft Graph.
 */
export interface SharepointClient {
    /** Read the tenant's root SharePoint site. `GET /v1.0/sites/root` */
    getRootSite: Call<operations["getRootSite"]>;
    /** Read one site by id. `GET /v1.0/sites/{siteId}` */
    getSite: Call<operations["getSite"]>;
    /** Read the root site of a SharePoint host. `GET /v1.0/sites/{hostname}:/` */
    getSiteByHostname: Call<operations["getSiteByHostname"]>;
    /** Read a site from its host name and server-relative path. `GET /v1.0/sites/{hostname}:/{sitePath}` */
    getSiteByPath: Call<operations["getSiteByPath"]>;
    /** Read a site under a managed path such as /sites/marketing or /teams/sales. `GET /v1.0/sites/{hostname}:/{managedPath}/{siteName}` */
    getSiteByManagedPath: Call<operations["getSiteByManagedPath"]>;
    /** Search the tenant's sites by keyword. `GET /v1.0/sites` */
    searchSites: Call<operations["searchSites"]>;
    /** List the subsites directly under a site. `GET /v1.0/sites/{siteId}/sites` */
    listSubsites: Call<operations["listSubsites"]>;
    /** List the column definitions a site offers to its lists. `GET /v1.0/sites/{siteId}/columns` */
    listSiteColumns: Call<operations["listSiteColumns"]>;
    /** List the sites the signed-in user follows. `GET /v1.0/me/followedSites` */
    listFollowedSites: Call<operations["listFollowedSites"]>;
    /** List the lists and document libraries of a site. `GET /v1.0/sites/{siteId}/lists` */
    listLists: Call<operations["listLists"]>;
    /** Read one list with its template and settings. `GET /v1.0/sites/{siteId}/lists/{listId}` */
    getList: Call<operations["getList"]>;
    /** List the columns of a list with their types. `GET /v1.0/sites/{siteId}/lists/{listId}/columns` */
    listListColumns: Call<operations["listListColumns"]>;
    /** List the content types enabled on a list. `GET /v1.0/sites/{siteId}/lists/{listId}/contentTypes` */
    listListContentTypes: Call<operations["listListContentTypes"]>;
    /** List the items of a list, with their column values when fields is expanded. `GET /v1.0/sites/{siteId}/lists/{listId}/items` */
    listListItems: Paged<operations["listListItems"]>;
    /** Add an item to a list with the given column values. `POST /v1.0/sites/{siteId}/lists/{listId}/items` */
    createListItem: Call<operations["createListItem"]>;
    /** Change some column values of a list item. `PATCH /v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}/fields` */
    updateListItemFields: Call<operations["updateListItemFields"]>;
    /** Delete a list item (it goes to the recycle bin). `DELETE /v1.0/sites/{siteId}/lists/{listId}/items/{listItemId}` */
    deleteListItem: Call<operations["deleteListItem"]>;
    /** List the document libraries of a site. `GET /v1.0/sites/{siteId}/drives` */
    listSiteDrives: Call<operations["listSiteDrives"]>;
    /** Read a site's default document library (Documents). `GET /v1.0/sites/{siteId}/drive` */
    getSiteDrive: Call<operations["getSiteDrive"]>;
    /** Read one document library by id. `GET /v1.0/drives/{driveId}` */
    getDrive: Call<operations["getDrive"]>;
    /** List the files and folders at the top of a document library. `GET /v1.0/drives/{driveId}/root/children` */
    listRootChildren: Paged<operations["listRootChildren"]>;
    /** Read a file or folder by id. `GET /v1.0/drives/{driveId}/items/{itemId}` */
    getItem: Call<operations["getItem"]>;
    /** Read a file or folder from its path in the library. `GET /v1.0/drives/{driveId}/root:/{itemPath}` */
    getItemByPath: Call<operations["getItemByPath"]>;
    /** List the contents of a folder given its id. `GET /v1.0/drives/{driveId}/items/{itemId}/children` */
    listFolderChildren: Paged<operations["listFolderChildren"]>;
    /** Download a file's content by item id. `GET /v1.0/drives/{driveId}/items/{itemId}/content` */
    downloadItem: Call<operations["downloadItem"]>;
    /** Download a file's content by its path in the library. `GET /v1.0/drives/{driveId}/root:/{itemPath}:/content` */
    downloadItemByPath: Call<operations["downloadItemByPath"]>;
    /** Upload a file of up to 4 MB to a path in the library, creating it or replacing its content. `PUT /v1.0/drives/{driveId}/root:/{itemPath}:/content` */
    uploadFile: Call<operations["uploadFile"]>;
    /** Create a folder at the top of a document library. `POST /v1.0/drives/{driveId}/root/children` */
    createFolder: Call<operations["createFolder"]>;
    /** Rename a file or folder, or move it by giving a new parent. `PATCH /v1.0/drives/{driveId}/items/{itemId}` */
    updateItem: Call<operations["updateItem"]>;
    /** Start copying a file or folder, optionally to another folder or under a new name. `POST /v1.0/drives/{driveId}/items/{itemId}/copy` */
    copyItem: Call<operations["copyItem"]>;
    /** Move a file or folder to the site's recycle bin. `DELETE /v1.0/drives/{driveId}/items/{itemId}` */
    deleteItem: Call<operations["deleteItem"]>;
    /** Search a document library by file name, metadata and content. `GET /v1.0/drives/{driveId}/root/search(q='{q}')` */
    searchDrive: Paged<operations["searchDrive"]>;
    /** Track changes in a library; the last page holds a delta link to ask for later changes. `GET /v1.0/drives/{driveId}/root/delta` */
    getDelta: Paged<operations["getDelta"]>;
    /** List who can reach a file or folder, through direct grants and sharing links. `GET /v1.0/drives/{driveId}/items/{itemId}/permissions` */
    listPermissions: Call<operations["listPermissions"]>;
    /** Make (or reuse) a sharing link to a file or folder with a chosen access type and audience. `POST /v1.0/drives/{driveId}/items/{itemId}/createLink` */
    createSharingLink: Call<operations["createSharingLink"]>;
    /** List the saved versions of a file, newest first. `GET /v1.0/drives/{driveId}/items/{itemId}/versions` */
    listVersions: Call<operations["listVersions"]>;
    /** Read one version of a file. `GET /v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}` */
    getVersion: Call<operations["getVersion"]>;
    /** Download the content of one version of a file. `GET /v1.0/drives/{driveId}/items/{itemId}/versions/{versionId}/content` */
    downloadVersion: Call<operations["downloadVersion"]>;
    /** List the preview images of a file in small, medium and large sizes. `GET /v1.0/drives/{driveId}/items/{itemId}/thumbnails` */
    listThumbnails: Call<operations["listThumbnails"]>;
}

const routes: Routes<SharepointClient> = {
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
};

/**
 * The SharePoint client: `const api = sharepoint(new Switchboard({ baseUrl, apiKey }))`.
 */
export const sharepoint = (sb: Switchboard): SharepointClient => bindClient<SharepointClient>(sb, "sharepoint", routes);
