// Generated from providers/google-drive.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/google-drive.js';

/**
 * Google Drive through the Switchboard gateway: Files and folders of Google Drive - search, metadata, uploads, downloads, exports, copies and sharing.
 */
export interface GoogleDriveClient {
    /**
     * Search or list files and folders the user can reach, a page at a time.
     *
     * `GET /drive/v3/files`
     */
    listFiles: {
        (args?: Args<operations["listFiles"]>, options?: CallOptions): Promise<Result<Data<operations["listFiles"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listFiles"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFiles"]>, void, undefined>;
    };
    /**
     * Read a file's metadata, or with alt=media download its content.
     *
     * `GET /drive/v3/files/{fileId}`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
    /**
     * Convert a Google Docs, Sheets or Slides file to another format and download it.
     *
     * `GET /drive/v3/files/{fileId}/export`
     */
    exportFile(args: Args<operations["exportFile"]>, options?: CallOptions): Promise<Result<Data<operations["exportFile"]>>>;
    /**
     * Create a file or folder from metadata alone (no content).
     *
     * `POST /drive/v3/files`
     */
    createFile(args: Args<operations["createFile"]>, options?: CallOptions): Promise<Result<Data<operations["createFile"]>>>;
    /**
     * Rename a file, change other metadata, or move it between folders.
     *
     * `PATCH /drive/v3/files/{fileId}`
     */
    updateFile(args: Args<operations["updateFile"]>, options?: CallOptions): Promise<Result<Data<operations["updateFile"]>>>;
    /**
     * Permanently delete a file owned by the user, skipping the trash.
     *
     * `DELETE /drive/v3/files/{fileId}`
     */
    deleteFile(args: Args<operations["deleteFile"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFile"]>>>;
    /**
     * Duplicate a file, optionally under a new name or in another folder.
     *
     * `POST /drive/v3/files/{fileId}/copy`
     */
    copyFile(args: Args<operations["copyFile"]>, options?: CallOptions): Promise<Result<Data<operations["copyFile"]>>>;
    /**
     * Upload a new file's content - raw bytes, metadata plus bytes, or the start of a resumable session.
     *
     * `POST /upload/drive/v3/files`
     */
    uploadFile(args: Args<operations["uploadFile"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFile"]>>>;
    /**
     * Replace the content of an existing file (its id and sharing stay the same).
     *
     * `PATCH /upload/drive/v3/files/{fileId}`
     */
    updateFileContent(args: Args<operations["updateFileContent"]>, options?: CallOptions): Promise<Result<Data<operations["updateFileContent"]>>>;
    /**
     * Share a file or folder with a user, group, domain or anyone with the link.
     *
     * `POST /drive/v3/files/{fileId}/permissions`
     */
    createPermission(args: Args<operations["createPermission"]>, options?: CallOptions): Promise<Result<Data<operations["createPermission"]>>>;
}

const routes = {
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
} satisfies Record<string, Route>;

/**
 * The Google Drive client: `const api = googleDrive(new Switchboard({ baseUrl, apiKey }))`.
 */
export function googleDrive(client: Switchboard): GoogleDriveClient {
    const app = "google-drive";
    return {
        listFiles: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFiles, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFiles, args, options) }) as GoogleDriveClient["listFiles"],
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
        exportFile: (args, options) => client.call(app, routes.exportFile, args, options),
        createFile: (args, options) => client.call(app, routes.createFile, args, options),
        updateFile: (args, options) => client.call(app, routes.updateFile, args, options),
        deleteFile: (args, options) => client.call(app, routes.deleteFile, args, options),
        copyFile: (args, options) => client.call(app, routes.copyFile, args, options),
        uploadFile: (args, options) => client.call(app, routes.uploadFile, args, options),
        updateFileContent: (args, options) => client.call(app, routes.updateFileContent, args, options),
        createPermission: (args, options) => client.call(app, routes.createPermission, args, options),
    };
}