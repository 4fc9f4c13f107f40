// Generated from providers/one-drive.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/one-drive.js';

/**
 * OneDrive through the Switchboard gateway: Files and folders of the signed-in user's OneDrive, with search, uploads, sharing links, recent and shared items, through Microsoft Graph.
 */
export interface OneDriveClient {
    /** Read the signed-in user's default drive with its owner and storage quota. `GET /v1.0/me/drive` */
    getMyDrive: Call<operations["getMyDrive"]>;
    /** List the drives the signed-in user can reach. `GET /v1.0/me/drives` */
    listDrives: Call<operations["listDrives"]>;
    /** List the files the user opened or changed recently. `GET /v1.0/me/drive/recent` */
    listRecentItems: Call<operations["listRecentItems"]>;
    /** List the files and folders other people have shared with the user. `GET /v1.0/me/drive/sharedWithMe` */
    listSharedWithMe: Call<operations["listSharedWithMe"]>;
    /** Read one of the drive's well-known folders, such as Documents or Photos, by name. `GET /v1.0/me/drive/special/{folderName}` */
    getSpecialFolder: Call<operations["getSpecialFolder"]>;
    /** Read the drive's root folder. `GET /v1.0/me/drive/root` */
    getRoot: Call<operations["getRoot"]>;
    /** List the files and folders at the top of the drive. `GET /v1.0/me/drive/root/children` */
    listRootChildren: Paged<operations["listRootChildren"]>;
    /** Read a file or folder by id. `GET /v1.0/me/drive/items/{itemId}` */
    getItem: Call<operations["getItem"]>;
    /** Read a file or folder at the top of the drive by its name. `GET /v1.0/me/drive/root:/{itemPath}` */
    getItemByPath: Call<operations["getItemByPath"]>;
    /** Read a file or folder inside a folder by its path from the drive root. `GET /v1.0/me/drive/root:/{folderPath}/{fileName}` */
    getItemInFolderByPath: Call<operations["getItemInFolderByPath"]>;
    /** List the contents of a folder given its path from the drive root. `GET /v1.0/me/drive/root:/{folderPath}:/children` */
    listFolderChildrenByPath: Paged<operations["listFolderChildrenByPath"]>;
    /** Create a folder at the top of the drive. `POST /v1.0/me/drive/root/children` */
    createFolder: Call<operations["createFolder"]>;
    /** Upload a file of up to 4 MB to a path in the drive, creating it or replacing its content. `PUT /v1.0/me/drive/root:/{itemPath}:/content` */
    uploadFile: Call<operations["uploadFile"]>;
    /** Move a file or folder to the recycle bin. `DELETE /v1.0/me/drive/items/{itemId}` */
    deleteItem: Call<operations["deleteItem"]>;
    /** Search the drive by file name, metadata and content. `GET /v1.0/me/drive/root/search(q='{q}')` */
    searchDrive: Paged<operations["searchDrive"]>;
    /** Make (or reuse) a sharing link to a file or folder with a chosen access type and audience. `POST /v1.0/me/drive/items/{itemId}/createLink` */
    createSharingLink: Call<operations["createSharingLink"]>;
}

const routes: Routes<OneDriveClient> = {
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
};

/**
 * The OneDrive client: `const api = oneDrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export const oneDrive = (sb: Switchboard): OneDriveClient => bindClient<OneDriveClient>(sb, "one-drive", routes);
