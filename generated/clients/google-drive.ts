// Generated from providers/google-drive.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-drive.js';

/**
 * Google Drive through the Switchboard gateway: Files and folders of Google Drive - search, metadata, uploads, downloads, exports, copies and sharing.
 */
export interface GoogleDriveClient {
    /** Search or list files and folders the user can reach, a page at a time. `GET /drive/v3/files` */
    listFiles: Paged<operations["listFiles"]>;
    /** Read a file's metadata, or with alt=media download its content. `GET /drive/v3/files/{fileId}` */
    getFile: Call<operations["getFile"]>;
    /** Convert a Google Docs, Sheets or Slides file to another format and download it. `GET /drive/v3/files/{fileId}/export` */
    exportFile: Call<operations["exportFile"]>;
    /** Create a file or folder from metadata alone (no content). `POST /drive/v3/files` */
    createFile: Call<operations["createFile"]>;
    /** Rename a file, change other metadata, or move it between folders. `PATCH /drive/v3/files/{fileId}` */
    updateFile: Call<operations["updateFile"]>;
    /** Permanently delete a file owned by the user, skipping the trash. `DELETE /drive/v3/files/{fileId}` */
    deleteFile: Call<operations["deleteFile"]>;
    /** Duplicate a file, optionally under a new name or in another folder. `POST /drive/v3/files/{fileId}/copy` */
    copyFile: Call<operations["copyFile"]>;
    /** Upload a new file's content - raw bytes, metadata plus bytes, or the start of a resumable session. `POST /upload/drive/v3/files` */
    uploadFile: Call<operations["uploadFile"]>;
    /** Replace the content of an existing file (its id and sharing stay the same). `PATCH /upload/drive/v3/files/{fileId}` */
    updateFileContent: Call<operations["updateFileContent"]>;
    /** Share a file or folder with a user, group, domain or anyone with the link. `POST /drive/v3/files/{fileId}/permissions` */
    createPermission: Call<operations["createPermission"]>;
}

const routes: Routes<GoogleDriveClient> = {
    listFiles: {"method":"GET","path":"/drive/v3/files","paging":{"style":"cursor","cursorParam":"pageToken","nextCursor":"nextPageToken"}},
    getFile: {"method":"GET","path":"/drive/v3/files/{fileId}"},
    exportFile: {"method":"GET","path":"/drive/v3/files/{fileId}/export","binary":true},
    createFile: {"method":"POST","path":"/drive/v3/files","body":"application/json"},
    updateFile: {"method":"PATCH","path":"/drive/v3/files/{fileId}","body":"application/json"},
    deleteFile: {"method":"DELETE","path":"/drive/v3/files/{fileId}"},
    copyFile: {"method":"POST","path":"/drive/v3/files/{fileId}/copy","body":"application/json"},
    uploadFile: {"method":"POST","path":"/upload/drive/v3/files","body":"application/octet-stream"},
    updateFileContent: {"method":"PATCH","path":"/upload/drive/v3/files/{fileId}","body":"application/octet-stream"},
    createPermission: {"method":"POST","path":"/drive/v3/files/{fileId}/permissions","body":"application/json"},
};

/**
 * The Google Drive client: `const api = googleDrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export const googleDrive = (sb: Switchboard): GoogleDriveClient => bindClient<GoogleDriveClient>(sb, "google-drive", routes);
