// Generated from providers/one-drive.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/one-drive.js';

/**
 * OneDrive through the Switchboard gateway: Files and folders of the signed-in user's OneDrive, with search, uploads, sharing links, recent and shared items, through Microsoft Graph.
 */
export interface OneDriveClient {
    /**
     * Read the signed-in user's default drive with its owner and storage quota.
     *
     * `GET /v1.0/me/drive`
     */
    getMyDrive(args?: Args<operations["getMyDrive"]>, options?: CallOptions): Promise<Result<Data<operations["getMyDrive"]>>>;
    /**
     * List the drives the signed-in user can reach.
     *
     * `GET /v1.0/me/drives`
     */
    listDrives(args?: Args<operations["listDrives"]>, options?: CallOptions): Promise<Result<Data<operations["listDrives"]>>>;
    /**
     * List the files the user opened or changed recently.
     *
     * `GET /v1.0/me/drive/recent`
     */
    listRecentItems(args?: Args<operations["listRecentItems"]>, options?: CallOptions): Promise<Result<Data<operations["listRecentItems"]>>>;
    /**
     * List the files and folders other people have shared with the user.
     *
     * `GET /v1.0/me/drive/sharedWithMe`
     */
    listSharedWithMe(args?: Args<operations["listSharedWithMe"]>, options?: CallOptions): Promise<Result<Data<operations["listSharedWithMe"]>>>;
    /**
     * Read one of the drive's well-known folders, such as Documents or Photos, by name.
     *
     * `GET /v1.0/me/drive/special/{folderName}`
     */
    getSpecialFolder(args: Args<operations["getSpecialFolder"]>, options?: CallOptions): Promise<Result<Data<operations["getSpecialFolder"]>>>;
    /**
     * Read the drive's root folder.
     *
     * `GET /v1.0/me/drive/root`
     */
    getRoot(args?: Args<operations["getRoot"]>, options?: CallOptions): Promise<Result<Data<operations["getRoot"]>>>;
    /**
     * List the files and folders at the top of the drive.
     *
     * `GET /v1.0/me/drive/root/children`
     */
    listRootChildren: {
        (args?: Args<operations["listRootChildren"]>, options?: CallOptions): Promise<Result<Data<operations["listRootChildren"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRootChildren"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRootChildren"]>, void, undefined>;
    };
    /**
     * Read a file or folder by id.
     *
     * `GET /v1.0/me/drive/items/{itemId}`
     */
    getItem(args: Args<operations["getItem"]>, options?: CallOptions): Promise<Result<Data<operations["getItem"]>>>;
    /**
     * Read a file or folder at the top of the drive by its name.
     *
     * `GET /v1.0/me/drive/root:/{itemPath}`
     */
    getItemByPath(args: Args<operations["getItemByPath"]>, options?: CallOptions): Promise<Result<Data<operations["getItemByPath"]>>>;
    /**
     * Read a file or folder inside a folder by its path from the drive root.
     *
     * `GET /v1.0/me/drive/root:/{folderPath}/{fileName}`
     */
    getItemInFolderByPath(args: Args<operations["getItemInFolderByPath"]>, options?: CallOptions): Promise<Result<Data<operations["getItemInFolderByPath"]>>>;
    /**
     * List the contents of a folder given its path from the drive root.
     *
     * `GET /v1.0/me/drive/root:/{folderPath}:/children`
     */
    listFolderChildrenByPath: {
        (args: Args<operations["listFolderChildrenByPath"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderChildrenByPath"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderChildrenByPath"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderChildrenByPath"]>, void, undefined>;
    };
    /**
     * Create a folder at the top of the drive.
     *
     * `POST /v1.0/me/drive/root/children`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Upload a file of up to 4 MB to a path in the drive, creating it or replacing its content.
     *
     * `PUT /v1.0/me/drive/root:/{itemPath}:/content`
     */
    uploadFile(args: Args<operations["uploadFile"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFile"]>>>;
    /**
     * Move a file or folder to the recycle bin.
     *
     * `DELETE /v1.0/me/drive/items/{itemId}`
     */
    deleteItem(args: Args<operations["deleteItem"]>, options?: CallOptions): Promise<Result<Data<operations["deleteItem"]>>>;
    /**
     * Search the drive by file name, metadata and content.
     *
     * `GET /v1.0/me/drive/root/search(q='{q}')`
     */
    searchDrive: {
        (args: Args<operations["searchDrive"]>, options?: CallOptions): Promise<Result<Data<operations["searchDrive"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["searchDrive"]>, options?: CallOptions): AsyncGenerator<Data<operations["searchDrive"]>, void, undefined>;
    };
    /**
     * Make (or reuse) a sharing link to a file or folder with a chosen access type and audience.
     *
     * `POST /v1.0/me/drive/items/{itemId}/createLink`
     */
    createSharingLink(args: Args<operations["createSharingLink"]>, options?: CallOptions): Promise<Result<Data<operations["createSharingLink"]>>>;
}

const routes = {
    getMyDrive: {"method":"GET","path":"/v1.0/me/drive"},
    listDrives: {"method":"GET","path":"/v1.0/me/drives"},
    listRecentItems: {"method":"GET","path":"/v1.0/me/drive/recent"},
    listSharedWithMe: {"method":"GET","path":"/v1.0/me/drive/sharedWithMe"},
    getSpecialFolder: {"method":"GET","path":"/v1.0/me/drive/special/{folderName}"},
    getRoot: {"method":"GET","path":"/v1.0/me/drive/root"},
    listRootChildren: {"method":"GET","path":"/v1.0/me/drive/root/children","paging":{"style":"link"}},
    getItem: {"method":"GET","path":"/v1.0/me/drive/items/{itemId}"},
    getItemByPath: {"method":"GET","path":"/v1.0/me/drive/root:/{itemPath}"},
    getItemInFolderByPath: {"method":"GET","path":"/v1.0/me/drive/root:/{folderPath}/{fileName}"},
    listFolderChildrenByPath: {"method":"GET","path":"/v1.0/me/drive/root:/{folderPath}:/children","paging":{"style":"link"}},
    createFolder: {"method":"POST","path":"/v1.0/me/drive/root/children","body":"application/json"},
    uploadFile: {"method":"PUT","path":"/v1.0/me/drive/root:/{itemPath}:/content","body":"application/octet-stream"},
    deleteItem: {"method":"DELETE","path":"/v1.0/me/drive/items/{itemId}"},
    searchDrive: {"method":"GET","path":"/v1.0/me/drive/root/search(q='{q}')","paging":{"style":"link"}},
    createSharingLink: {"method":"POST","path":"/v1.0/me/drive/items/{itemId}/createLink","body":"application/json"},
} satisfies Record<string, Route>;

/**
 * The OneDrive client: `const api = oneDrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export function oneDrive(client: Switchboard): OneDriveClient {
    const app = "one-drive";
    return {
        getMyDrive: (args, options) => client.call(app, routes.getMyDrive, args, options),
        listDrives: (args, options) => client.call(app, routes.listDrives, args, options),
        listRecentItems: (args, options) => client.call(app, routes.listRecentItems, args, options),
        listSharedWithMe: (args, options) => client.call(app, routes.listSharedWithMe, args, options),
        getSpecialFolder: (args, options) => client.call(app, routes.getSpecialFolder, args, options),
        getRoot: (args, options) => client.call(app, routes.getRoot, args, options),
        listRootChildren: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRootChildren, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRootChildren, args, options) }) as OneDriveClient["listRootChildren"],
        getItem: (args, options) => client.call(app, routes.getItem, args, options),
        getItemByPath: (args, options) => client.call(app, routes.getItemByPath, args, options),
        getItemInFolderByPath: (args, options) => client.call(app, routes.getItemInFolderByPath, args, options),
        listFolderChildrenByPath: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderChildrenByPath, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderChildrenByPath, args, options) }) as OneDriveClient["listFolderChildrenByPath"],
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        uploadFile: (args, options) => client.call(app, routes.uploadFile, args, options),
        deleteItem: (args, options) => client.call(app, routes.deleteItem, args, options),
        searchDrive: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.searchDrive, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.searchDrive, args, options) }) as OneDriveClient["searchDrive"],
        createSharingLink: (args, options) => client.call(app, routes.createSharingLink, args, options),
    };
}