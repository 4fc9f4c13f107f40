// Generated from providers/box.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/box.js';

/**
 * Box through the Switchboard gateway: Files, folders, uploads, collaborations, search, events, collections and webhooks in a Box account.
 */
export interface BoxClient {
    /** Read the profile of the user the connection acts for. `GET /2.0/users/me` */
    getCurrentUser: Call<operations["getCurrentUser"]>;
    /** Read another user of the enterprise by id. `GET /2.0/users/{user_id}` */
    getUser: Call<operations["getUser"]>;
    /** Read a folder's details, including the first page of its items. `GET /2.0/folders/{folder_id}` */
    getFolder: Call<operations["getFolder"]>;
    /** List the files, folders and web links inside a folder, a page at a time. `GET /2.0/folders/{folder_id}/items` */
    listFolderItems: Paged<operations["listFolderItems"]>;
    /** Create a folder inside a parent folder. `POST /2.0/folders` */
    createFolder: Call<operations["createFolder"]>;
    /** Rename, describe, move or share a folder; a shared_link object creates or changes its shared link. `PUT /2.0/folders/{folder_id}` */
    updateFolder: Call<operations["updateFolder"]>;
    /** Copy a folder and its contents into another folder. `POST /2.0/folders/{folder_id}/copy` */
    copyFolder: Call<operations["copyFolder"]>;
    /** Move a folder to the trash; recursive=true is needed when it is not empty. `DELETE /2.0/folders/{folder_id}` */
    deleteFolder: Call<operations["deleteFolder"]>;
    /** List who has been given access to a folder and in which role. `GET /2.0/folders/{folder_id}/collaborations` */
    listFolderCollaborations: Paged<operations["listFolderCollaborations"]>;
    /** Give a user or group ongoing access to a file or folder in a chosen role. `POST /2.0/collaborations` */
    createCollaboration: Call<operations["createCollaboration"]>;
    /** Read a file's details such as name, size, owner and parent folder. `GET /2.0/files/{file_id}` */
    getFile: Call<operations["getFile"]>;
    /** Download a file's bytes. `GET /2.0/files/{file_id}/content` */
    downloadFile: Call<operations["downloadFile"]>;
    /** Rename, describe, move, lock or share a file. `PUT /2.0/files/{file_id}` */
    updateFile: Call<operations["updateFile"]>;
    /** Copy a file into another folder, optionally under a new name. `POST /2.0/files/{file_id}/copy` */
    copyFile: Call<operations["copyFile"]>;
    /** Move a file to the trash. `DELETE /2.0/files/{file_id}` */
    deleteFile: Call<operations["deleteFile"]>;
    /** Upload a new file of up to 50 MB into a folder. `POST /api/2.0/files/content` */
    uploadFile: Call<operations["uploadFile"]>;
    /** Replace a file's content with a new version of up to 50 MB. `POST /api/2.0/files/{file_id}/content` */
    uploadFileVersion: Call<operations["uploadFileVersion"]>;
    /** Start a chunked upload of a new file (20 MB or more) into a folder. `POST /api/2.0/files/upload_sessions` */
    createUploadSession: Call<operations["createUploadSession"]>;
    /** Start a chunked upload that becomes a new version of an existing file. `POST /api/2.0/files/{file_id}/upload_sessions` */
    createFileVersionUploadSession: Call<operations["createFileVersionUploadSession"]>;
    /** Read the state of a chunked upload session. `GET /api/2.0/files/upload_sessions/{session_id}` */
    getUploadSession: Call<operations["getUploadSession"]>;
    /** Send one part of a chunked upload. `PUT /api/2.0/files/upload_sessions/{session_id}` */
    uploadPart: Call<operations["uploadPart"]>;
    /** List the parts received so far in a chunked upload session. `GET /api/2.0/files/upload_sessions/{session_id}/parts` */
    listUploadSessionParts: Paged<operations["listUploadSessionParts"]>;
    /** Finish a chunked upload by listing its parts, which creates the file or version. `POST /api/2.0/files/upload_sessions/{session_id}/commit` */
    commitUploadSession: Call<operations["commitUploadSession"]>;
    /** Cancel a chunked upload and discard the parts sent. `DELETE /api/2.0/files/upload_sessions/{session_id}` */
    abortUploadSession: Call<operations["abortUploadSession"]>;
    /** Full-text search over names, descriptions, tags and content of files, folders and web links. `GET /2.0/search` */
    search: Paged<operations["search"]>;
    /** Read the event stream of the user, or the enterprise's admin log. `GET /2.0/events` */
    listEvents: Paged<operations["listEvents"]>;
    /** List the files, folders and web links currently in the trash. `GET /2.0/folders/trash/items` */
    listTrashedItems: Paged<operations["listTrashedItems"]>;
    /** Permanently delete a file that is in the trash. `DELETE /2.0/files/{file_id}/trash` */
    deleteTrashedFile: Call<operations["deleteTrashedFile"]>;
    /** Permanently delete a folder that is in the trash. `DELETE /2.0/folders/{folder_id}/trash` */
    deleteTrashedFolder: Call<operations["deleteTrashedFolder"]>;
    /** List the user's collections, such as Favorites. `GET /2.0/collections` */
    listCollections: Paged<operations["listCollections"]>;
    /** List the files, folders and web links in a collection. `GET /2.0/collections/{collection_id}/items` */
    listCollectionItems: Paged<operations["listCollectionItems"]>;
    /** List items the user opened or changed in the last 90 days, newest first. `GET /2.0/recent_items` */
    listRecentItems: Paged<operations["listRecentItems"]>;
    /** List the webhooks the application has registered. `GET /2.0/webhooks` */
    listWebhooks: Paged<operations["listWebhooks"]>;
    /** Register an HTTPS address to be notified of chosen events on a file or folder. `POST /2.0/webhooks` */
    createWebhook: Call<operations["createWebhook"]>;
    /** Remove a webhook so its address stops receiving notifications. `DELETE /2.0/webhooks/{webhook_id}` */
    deleteWebhook: Call<operations["deleteWebhook"]>;
}

const routes: Routes<BoxClient> = {
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
};

/**
 * The Box client: `const api = box(new Switchboard({ baseUrl, apiKey }))`.
 */
export const box = (sb: Switchboard): BoxClient => bindClient<BoxClient>(sb, "box", routes);
