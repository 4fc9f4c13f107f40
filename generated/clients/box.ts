// Generated from providers/box.yaml by `switchboard generate`. Do not edit.
import type { Args, CallArgs, CallOptions, Data, Result, Route, Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/box.js';

/**
 * Box through the Switchboard gateway: Files, folders, uploads, collaborations, search, events, collections and webhooks in a Box account.
 */
export interface BoxClient {
    /**
     * Read the profile of the user the connection acts for.
     *
     * `GET /2.0/users/me`
     */
    getCurrentUser(args?: Args<operations["getCurrentUser"]>, options?: CallOptions): Promise<Result<Data<operations["getCurrentUser"]>>>;
    /**
     * Read another user of the enterprise by id.
     *
     * `GET /2.0/users/{user_id}`
     */
    getUser(args: Args<operations["getUser"]>, options?: CallOptions): Promise<Result<Data<operations["getUser"]>>>;
    /**
     * Read a folder's details, including the first page of its items.
     *
     * `GET /2.0/folders/{folder_id}`
     */
    getFolder(args: Args<operations["getFolder"]>, options?: CallOptions): Promise<Result<Data<operations["getFolder"]>>>;
    /**
     * List the files, folders and web links inside a folder, a page at a time.
     *
     * `GET /2.0/folders/{folder_id}/items`
     */
    listFolderItems: {
        (args: Args<operations["listFolderItems"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderItems"]>, void, undefined>;
    };
    /**
     * Create a folder inside a parent folder.
     *
     * `POST /2.0/folders`
     */
    createFolder(args: Args<operations["createFolder"]>, options?: CallOptions): Promise<Result<Data<operations["createFolder"]>>>;
    /**
     * Rename, describe, move or share a folder; a shared_link object creates or changes its shared link.
     *
     * `PUT /2.0/folders/{folder_id}`
     */
    updateFolder(args: Args<operations["updateFolder"]>, options?: CallOptions): Promise<Result<Data<operations["updateFolder"]>>>;
    /**
     * Copy a folder and its contents into another folder.
     *
     * `POST /2.0/folders/{folder_id}/copy`
     */
    copyFolder(args: Args<operations["copyFolder"]>, options?: CallOptions): Promise<Result<Data<operations["copyFolder"]>>>;
    /**
     * Move a folder to the trash; recursive=true is needed when it is not empty.
     *
     * `DELETE /2.0/folders/{folder_id}`
     */
    deleteFolder(args: Args<operations["deleteFolder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFolder"]>>>;
    /**
     * List who has been given access to a folder and in which role.
     *
     * `GET /2.0/folders/{folder_id}/collaborations`
     */
    listFolderCollaborations: {
        (args: Args<operations["listFolderCollaborations"]>, options?: CallOptions): Promise<Result<Data<operations["listFolderCollaborations"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listFolderCollaborations"]>, options?: CallOptions): AsyncGenerator<Data<operations["listFolderCollaborations"]>, void, undefined>;
    };
    /**
     * Give a user or group ongoing access to a file or folder in a chosen role.
     *
     * `POST /2.0/collaborations`
     */
    createCollaboration(args: Args<operations["createCollaboration"]>, options?: CallOptions): Promise<Result<Data<operations["createCollaboration"]>>>;
    /**
     * Read a file's details such as name, size, owner and parent folder.
     *
     * `GET /2.0/files/{file_id}`
     */
    getFile(args: Args<operations["getFile"]>, options?: CallOptions): Promise<Result<Data<operations["getFile"]>>>;
    /**
     * Download a file's bytes.
     *
     * `GET /2.0/files/{file_id}/content`
     */
    downloadFile(args: Args<operations["downloadFile"]>, options?: CallOptions): Promise<Result<Data<operations["downloadFile"]>>>;
    /**
     * Rename, describe, move, lock or share a file.
     *
     * `PUT /2.0/files/{file_id}`
     */
    updateFile(args: Args<operations["updateFile"]>, options?: CallOptions): Promise<Result<Data<operations["updateFile"]>>>;
    /**
     * Copy a file into another folder, optionally under a new name.
     *
     * `POST /2.0/files/{file_id}/copy`
     */
    copyFile(args: Args<operations["copyFile"]>, options?: CallOptions): Promise<Result<Data<operations["copyFile"]>>>;
    /**
     * Move a file to the trash.
     *
     * `DELETE /2.0/files/{file_id}`
     */
    deleteFile(args: Args<operations["deleteFile"]>, options?: CallOptions): Promise<Result<Data<operations["deleteFile"]>>>;
    /**
     * Upload a new file of up to 50 MB into a folder.
     *
     * `POST /api/2.0/files/content`
     */
    uploadFile(args: Args<operations["uploadFile"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFile"]>>>;
    /**
     * Replace a file's content with a new version of up to 50 MB.
     *
     * `POST /api/2.0/files/{file_id}/content`
     */
    uploadFileVersion(args: Args<operations["uploadFileVersion"]>, options?: CallOptions): Promise<Result<Data<operations["uploadFileVersion"]>>>;
    /**
     * Start a chunked upload of a new file (20 MB or more) into a folder.
     *
     * `POST /api/2.0/files/upload_sessions`
     */
    createUploadSession(args: Args<operations["createUploadSession"]>, options?: CallOptions): Promise<Result<Data<operations["createUploadSession"]>>>;
    /**
     * Start a chunked upload that becomes a new version of an existing file.
     *
     * `POST /api/2.0/files/{file_id}/upload_sessions`
     */
    createFileVersionUploadSession(args: Args<operations["createFileVersionUploadSession"]>, options?: CallOptions): Promise<Result<Data<operations["createFileVersionUploadSession"]>>>;
    /**
     * Read the state of a chunked upload session.
     *
     * `GET /api/2.0/files/upload_sessions/{session_id}`
     */
    getUploadSession(args: Args<operations["getUploadSession"]>, options?: CallOptions): Promise<Result<Data<operations["getUploadSession"]>>>;
    /**
     * Send one part of a chunked upload.
     *
     * `PUT /api/2.0/files/upload_sessions/{session_id}`
     */
    uploadPart(args: Args<operations["uploadPart"]>, options?: CallOptions): Promise<Result<Data<operations["uploadPart"]>>>;
    /**
     * List the parts received so far in a chunked upload session.
     *
     * `GET /api/2.0/files/upload_sessions/{session_id}/parts`
     */
    listUploadSessionParts: {
        (args: Args<operations["listUploadSessionParts"]>, options?: CallOptions): Promise<Result<Data<operations["listUploadSessionParts"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listUploadSessionParts"]>, options?: CallOptions): AsyncGenerator<Data<operations["listUploadSessionParts"]>, void, undefined>;
    };
    /**
     * Finish a chunked upload by listing its parts, which creates the file or version.
     *
     * `POST /api/2.0/files/upload_sessions/{session_id}/commit`
     */
    commitUploadSession(args: Args<operations["commitUploadSession"]>, options?: CallOptions): Promise<Result<Data<operations["commitUploadSession"]>>>;
    /**
     * Cancel a chunked upload and discard the parts sent.
     *
     * `DELETE /api/2.0/files/upload_sessions/{session_id}`
     */
    abortUploadSession(args: Args<operations["abortUploadSession"]>, options?: CallOptions): Promise<Result<Data<operations["abortUploadSession"]>>>;
    /**
     * Full-text search over names, descriptions, tags and content of files, folders and web links.
     *
     * `GET /2.0/search`
     */
    search: {
        (args?: Args<operations["search"]>, options?: CallOptions): Promise<Result<Data<operations["search"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["search"]>, options?: CallOptions): AsyncGenerator<Data<operations["search"]>, void, undefined>;
    };
    /**
     * Read the event stream of the user, or the enterprise's admin log.
     *
     * `GET /2.0/events`
     */
    listEvents: {
        (args?: Args<operations["listEvents"]>, options?: CallOptions): Promise<Result<Data<operations["listEvents"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listEvents"]>, options?: CallOptions): AsyncGenerator<Data<operations["listEvents"]>, void, undefined>;
    };
    /**
     * List the files, folders and web links currently in the trash.
     *
     * `GET /2.0/folders/trash/items`
     */
    listTrashedItems: {
        (args?: Args<operations["listTrashedItems"]>, options?: CallOptions): Promise<Result<Data<operations["listTrashedItems"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listTrashedItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listTrashedItems"]>, void, undefined>;
    };
    /**
     * Permanently delete a file that is in the trash.
     *
     * `DELETE /2.0/files/{file_id}/trash`
     */
    deleteTrashedFile(args: Args<operations["deleteTrashedFile"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTrashedFile"]>>>;
    /**
     * Permanently delete a folder that is in the trash.
     *
     * `DELETE /2.0/folders/{folder_id}/trash`
     */
    deleteTrashedFolder(args: Args<operations["deleteTrashedFolder"]>, options?: CallOptions): Promise<Result<Data<operations["deleteTrashedFolder"]>>>;
    /**
     * List the user's collections, such as Favorites.
     *
     * `GET /2.0/collections`
     */
    listCollections: {
        (args?: Args<operations["listCollections"]>, options?: CallOptions): Promise<Result<Data<operations["listCollections"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listCollections"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCollections"]>, void, undefined>;
    };
    /**
     * List the files, folders and web links in a collection.
     *
     * `GET /2.0/collections/{collection_id}/items`
     */
    listCollectionItems: {
        (args: Args<operations["listCollectionItems"]>, options?: CallOptions): Promise<Result<Data<operations["listCollectionItems"]>>>;
        /** Every page, one after the other. */
        pages(args: Args<operations["listCollectionItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listCollectionItems"]>, void, undefined>;
    };
    /**
     * List items the user opened or changed in the last 90 days, newest first.
     *
     * `GET /2.0/recent_items`
     */
    listRecentItems: {
        (args?: Args<operations["listRecentItems"]>, options?: CallOptions): Promise<Result<Data<operations["listRecentItems"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listRecentItems"]>, options?: CallOptions): AsyncGenerator<Data<operations["listRecentItems"]>, void, undefined>;
    };
    /**
     * List the webhooks the application has registered.
     *
     * `GET /2.0/webhooks`
     */
    listWebhooks: {
        (args?: Args<operations["listWebhooks"]>, options?: CallOptions): Promise<Result<Data<operations["listWebhooks"]>>>;
        /** Every page, one after the other. */
        pages(args?: Args<operations["listWebhooks"]>, options?: CallOptions): AsyncGenerator<Data<operations["listWebhooks"]>, void, undefined>;
    };
    /**
     * Register an HTTPS address to be notified of chosen events on a file or folder.
     *
     * `POST /2.0/webhooks`
     */
    createWebhook(args: Args<operations["createWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["createWebhook"]>>>;
    /**
     * Remove a webhook so its address stops receiving notifications.
     *
     * `DELETE /2.0/webhooks/{webhook_id}`
     */
    deleteWebhook(args: Args<operations["deleteWebhook"]>, options?: CallOptions): Promise<Result<Data<operations["deleteWebhook"]>>>;
}

const routes = {
    getCurrentUser: {"method":"GET","path":"/2.0/users/me"},
    getUser: {"method":"GET","path":"/2.0/users/{user_id}"},
    getFolder: {"method":"GET","path":"/2.0/folders/{folder_id}"},
    listFolderItems: {"method":"GET","path":"/2.0/folders/{folder_id}/items","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    createFolder: {"method":"POST","path":"/2.0/folders","body":"application/json"},
    updateFolder: {"method":"PUT","path":"/2.0/folders/{folder_id}","body":"application/json"},
    copyFolder: {"method":"POST","path":"/2.0/folders/{folder_id}/copy","body":"application/json"},
    deleteFolder: {"method":"DELETE","path":"/2.0/folders/{folder_id}"},
    listFolderCollaborations: {"method":"GET","path":"/2.0/folders/{folder_id}/collaborations","paging":{"style":"cursor","cursorParam":"marker","nextCursor":"next_marker"}},
    createCollaboration: {"method":"POST","path":"/2.0/collaborations","body":"application/json"},
    getFile: {"method":"GET","path":"/2.0/files/{file_id}"},
    downloadFile: {"method":"GET","path":"/2.0/files/{file_id}/content","binary":true},
    updateFile: {"method":"PUT","path":"/2.0/files/{file_id}","body":"application/json"},
    copyFile: {"method":"POST","path":"/2.0/files/{file_id}/copy","body":"application/json"},
    deleteFile: {"method":"DELETE","path":"/2.0/files/{file_id}"},
    uploadFile: {"method":"POST","path":"/api/2.0/files/content","body":"multipart/form-data"},
    uploadFileVersion: {"method":"POST","path":"/api/2.0/files/{file_id}/content","body":"multipart/form-data"},
    createUploadSession: {"method":"POST","path":"/api/2.0/files/upload_sessions","body":"application/json"},
    createFileVersionUploadSession: {"method":"POST","path":"/api/2.0/files/{file_id}/upload_sessions","body":"application/json"},
    getUploadSession: {"method":"GET","path":"/api/2.0/files/upload_sessions/{session_id}"},
    uploadPart: {"method":"PUT","path":"/api/2.0/files/upload_sessions/{session_id}","body":"application/octet-stream"},
    listUploadSessionParts: {"method":"GET","path":"/api/2.0/files/upload_sessions/{session_id}/parts","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    commitUploadSession: {"method":"POST","path":"/api/2.0/files/upload_sessions/{session_id}/commit","body":"application/json"},
    abortUploadSession: {"method":"DELETE","path":"/api/2.0/files/upload_sessions/{session_id}"},
    search: {"method":"GET","path":"/2.0/search","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    listEvents: {"method":"GET","path":"/2.0/events","paging":{"style":"cursor","cursorParam":"stream_position","nextCursor":"next_stream_position"}},
    listTrashedItems: {"method":"GET","path":"/2.0/folders/trash/items","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    deleteTrashedFile: {"method":"DELETE","path":"/2.0/files/{file_id}/trash"},
    deleteTrashedFolder: {"method":"DELETE","path":"/2.0/folders/{folder_id}/trash"},
    listCollections: {"method":"GET","path":"/2.0/collections","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    listCollectionItems: {"method":"GET","path":"/2.0/collections/{collection_id}/items","paging":{"style":"offset","offsetParam":"offset","limitParam":"limit","items":"entries","total":"total_count"}},
    listRecentItems: {"method":"GET","path":"/2.0/recent_items","paging":{"style":"cursor","cursorParam":"marker","nextCursor":"next_marker"}},
    listWebhooks: {"method":"GET","path":"/2.0/webhooks","paging":{"style":"cursor","cursorParam":"marker","nextCursor":"next_marker"}},
    createWebhook: {"method":"POST","path":"/2.0/webhooks","body":"application/json"},
    deleteWebhook: {"method":"DELETE","path":"/2.0/webhooks/{webhook_id}"},
} satisfies Record<string, Route>;

/**
 * The Box client: `const api = box(new Switchboard({ baseUrl, apiKey }))`.
 */
export function box(client: Switchboard): BoxClient {
    const app = "box";
    return {
        getCurrentUser: (args, options) => client.call(app, routes.getCurrentUser, args, options),
        getUser: (args, options) => client.call(app, routes.getUser, args, options),
        getFolder: (args, options) => client.call(app, routes.getFolder, args, options),
        listFolderItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderItems, args, options) }) as BoxClient["listFolderItems"],
        createFolder: (args, options) => client.call(app, routes.createFolder, args, options),
        updateFolder: (args, options) => client.call(app, routes.updateFolder, args, options),
        copyFolder: (args, options) => client.call(app, routes.copyFolder, args, options),
        deleteFolder: (args, options) => client.call(app, routes.deleteFolder, args, options),
        listFolderCollaborations: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listFolderCollaborations, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listFolderCollaborations, args, options) }) as BoxClient["listFolderCollaborations"],
        createCollaboration: (args, options) => client.call(app, routes.createCollaboration, args, options),
        getFile: (args, options) => client.call(app, routes.getFile, args, options),
        downloadFile: (args, options) => client.call(app, routes.downloadFile, args, options),
        updateFile: (args, options) => client.call(app, routes.updateFile, args, options),
        copyFile: (args, options) => client.call(app, routes.copyFile, args, options),
        deleteFile: (args, options) => client.call(app, routes.deleteFile, args, options),
        uploadFile: (args, options) => client.call(app, routes.uploadFile, args, options),
        uploadFileVersion: (args, options) => client.call(app, routes.uploadFileVersion, args, options),
        createUploadSession: (args, options) => client.call(app, routes.createUploadSession, args, options),
        createFileVersionUploadSession: (args, options) => client.call(app, routes.createFileVersionUploadSession, args, options),
        getUploadSession: (args, options) => client.call(app, routes.getUploadSession, args, options),
        uploadPart: (args, options) => client.call(app, routes.uploadPart, args, options),
        listUploadSessionParts: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listUploadSessionParts, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listUploadSessionParts, args, options) }) as BoxClient["listUploadSessionParts"],
        commitUploadSession: (args, options) => client.call(app, routes.commitUploadSession, args, options),
        abortUploadSession: (args, options) => client.call(app, routes.abortUploadSession, args, options),
        search: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.search, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.search, args, options) }) as BoxClient["search"],
        listEvents: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listEvents, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listEvents, args, options) }) as BoxClient["listEvents"],
        listTrashedItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listTrashedItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listTrashedItems, args, options) }) as BoxClient["listTrashedItems"],
        deleteTrashedFile: (args, options) => client.call(app, routes.deleteTrashedFile, args, options),
        deleteTrashedFolder: (args, options) => client.call(app, routes.deleteTrashedFolder, args, options),
        listCollections: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCollections, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCollections, args, options) }) as BoxClient["listCollections"],
        listCollectionItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listCollectionItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listCollectionItems, args, options) }) as BoxClient["listCollectionItems"],
        listRecentItems: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listRecentItems, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listRecentItems, args, options) }) as BoxClient["listRecentItems"],
        listWebhooks: Object.assign((args?: CallArgs, options?: CallOptions) => client.call(app, routes.listWebhooks, args, options), { pages: (args?: CallArgs, options?: CallOptions) => client.pages(app, routes.listWebhooks, args, options) }) as BoxClient["listWebhooks"],
        createWebhook: (args, options) => client.call(app, routes.createWebhook, args, options),
        deleteWebhook: (args, options) => client.call(app, routes.deleteWebhook, args, options),
    };
}