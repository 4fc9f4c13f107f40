// Generated from providers/dropbox.yaml by `switchboard generate`. Do not edit.
import { bindClient, type Call, type Paged, type Routes, type Switchboard } from '@switchboard/sdk';
import type { operations } from '../types/dropbox.js';

/**
 * Dropbox through the Switchboard gateway: Files and folders of a Dropbox account, with uploads, downloads, search, revisions, tags and shared links through API v2.
 */
export interface DropboxClient {
    /** Read the profile of the account the connection belongs to (name, email, country, account type). `POST /2/users/get_current_account` */
    usersGetCurrentAccount: Call<operations["usersGetCurrentAccount"]>;
    /** Read how many bytes the account uses and how much space it is allotted. `POST /2/users/get_space_usage` */
    usersGetSpaceUsage: Call<operations["usersGetSpaceUsage"]>;
    /** List the entries of a folder (optionally its whole subtree), a page at a time. `POST /2/files/list_folder` */
    filesListFolder: Call<operations["filesListFolder"]>;
    /** Fetch the next page of a folder listing, or the changes since the cursor was issued. `POST /2/files/list_folder/continue` */
    filesListFolderContinue: Paged<operations["filesListFolderContinue"]>;
    /** Get a cursor for a folder's current state without listing it, to watch for later changes. `POST /2/files/list_folder/get_latest_cursor` */
    filesListFolderGetLatestCursor: Call<operations["filesListFolderGetLatestCursor"]>;
    /** Read the metadata of one file or folder by path or id. `POST /2/files/get_metadata` */
    filesGetMetadata: Call<operations["filesGetMetadata"]>;
    /** Create a folder at a path. `POST /2/files/create_folder_v2` */
    filesCreateFolderV2: Call<operations["filesCreateFolderV2"]>;
    /** Copy a file or folder to another path in the same account. `POST /2/files/copy_v2` */
    filesCopyV2: Call<operations["filesCopyV2"]>;
    /** Move or rename a file or folder. `POST /2/files/move_v2` */
    filesMoveV2: Call<operations["filesMoveV2"]>;
    /** Delete a file or folder (a folder with everything inside it). `POST /2/files/delete_v2` */
    filesDeleteV2: Call<operations["filesDeleteV2"]>;
    /** Get a direct download link for a file that stops working after four hours. `POST /2/files/get_temporary_link` */
    filesGetTemporaryLink: Call<operations["filesGetTemporaryLink"]>;
    /** Bring a file back to an earlier revision. `POST /2/files/restore` */
    filesRestore: Call<operations["filesRestore"]>;
    /** Search file and folder names (and, on some plans, contents) for a query. `POST /2/files/search_v2` */
    filesSearchV2: Call<operations["filesSearchV2"]>;
    /** Fetch the next page of search matches. `POST /2/files/search/continue_v2` */
    filesSearchContinueV2: Paged<operations["filesSearchContinueV2"]>;
    /** List the earlier revisions of a file, newest first. `POST /2/files/list_revisions` */
    filesListRevisions: Call<operations["filesListRevisions"]>;
    /** Read the tags on one or more files or folders. `POST /2/files/tags/get` */
    filesTagsGet: Call<operations["filesTagsGet"]>;
    /** Put a tag on a file or folder. `POST /2/files/tags/add` */
    filesTagsAdd: Call<operations["filesTagsAdd"]>;
    /** Take a tag off a file or folder. `POST /2/files/tags/remove` */
    filesTagsRemove: Call<operations["filesTagsRemove"]>;
    /** Create a shared link to a file or folder, optionally with audience, password or expiry. `POST /2/sharing/create_shared_link_with_settings` */
    sharingCreateSharedLinkWithSettings: Call<operations["sharingCreateSharedLinkWithSettings"]>;
    /** List the shared links of the account, or those of one path. `POST /2/sharing/list_shared_links` */
    sharingListSharedLinks: Paged<operations["sharingListSharedLinks"]>;
    /** Upload a file of up to 150 MB in one request, creating it or writing over it. `POST /2/files/upload` */
    filesUpload: Call<operations["filesUpload"]>;
    /** Open an upload session for a large file and send its first chunk. `POST /2/files/upload_session/start` */
    filesUploadSessionStart: Call<operations["filesUploadSessionStart"]>;
    /** Send the next chunk of an upload session at the given byte offset. `POST /2/files/upload_session/append_v2` */
    filesUploadSessionAppendV2: Call<operations["filesUploadSessionAppendV2"]>;
    /** Send the last chunk of an upload session and save the assembled file at a path. `POST /2/files/upload_session/finish` */
    filesUploadSessionFinish: Call<operations["filesUploadSessionFinish"]>;
    /** Commit several closed upload sessions at once; answers with an async job id to poll. `POST /2/files/upload_session/finish_batch` */
    filesUploadSessionFinishBatch: Call<operations["filesUploadSessionFinishBatch"]>;
    /** Poll a batch commit started by finish_batch; when complete, read each file's result. `POST /2/files/upload_session/finish_batch/check` */
    filesUploadSessionFinishBatchCheck: Call<operations["filesUploadSessionFinishBatchCheck"]>;
    /** Download a file's bytes; its metadata arrives in the Dropbox-API-Result header. `POST /2/files/download` */
    filesDownload: Call<operations["filesDownload"]>;
    /** Download a folder (up to 20 GB, 10,000 entries) as one zip archive. `POST /2/files/download_zip` */
    filesDownloadZip: Call<operations["filesDownloadZip"]>;
    /** Export a file that cannot be downloaded as is (Paper doc, Google Doc/Sheet/Slide) to a downloadable format. `POST /2/files/export` */
    filesExport: Call<operations["filesExport"]>;
    /** Get a PDF (documents) or HTML (spreadsheets) rendering of an office or text file. `POST /2/files/get_preview` */
    filesGetPreview: Call<operations["filesGetPreview"]>;
    /** Get a thumbnail of an image or video, from a path or a shared link. `POST /2/files/get_thumbnail_v2` */
    filesGetThumbnailV2: Call<operations["filesGetThumbnailV2"]>;
    /** Get thumbnails of up to 25 files in one call, returned base64-encoded in JSON. `POST /2/files/get_thumbnail_batch` */
    filesGetThumbnailBatch: Call<operations["filesGetThumbnailBatch"]>;
    /** Download the file behind a shared link (or a file inside a shared folder link). `POST /2/sharing/get_shared_link_file` */
    sharingGetSharedLinkFile: Call<operations["sharingGetSharedLinkFile"]>;
}

const routes: Routes<DropboxClient> = {
    usersGetCurrentAccount: {"method":"POST","path":"/2/users/get_current_account","body":"application/json"},
    usersGetSpaceUsage: {"method":"POST","path":"/2/users/get_space_usage","body":"application/json"},
    filesListFolder: {"method":"POST","path":"/2/files/list_folder","body":"application/json"},
    filesListFolderContinue: {"method":"POST","path":"/2/files/list_folder/continue","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    filesListFolderGetLatestCursor: {"method":"POST","path":"/2/files/list_folder/get_latest_cursor","body":"application/json"},
    filesGetMetadata: {"method":"POST","path":"/2/files/get_metadata","body":"application/json"},
    filesCreateFolderV2: {"method":"POST","path":"/2/files/create_folder_v2","body":"application/json"},
    filesCopyV2: {"method":"POST","path":"/2/files/copy_v2","body":"application/json"},
    filesMoveV2: {"method":"POST","path":"/2/files/move_v2","body":"application/json"},
    filesDeleteV2: {"method":"POST","path":"/2/files/delete_v2","body":"application/json"},
    filesGetTemporaryLink: {"method":"POST","path":"/2/files/get_temporary_link","body":"application/json"},
    filesRestore: {"method":"POST","path":"/2/files/restore","body":"application/json"},
    filesSearchV2: {"method":"POST","path":"/2/files/search_v2","body":"application/json"},
    filesSearchContinueV2: {"method":"POST","path":"/2/files/search/continue_v2","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    filesListRevisions: {"method":"POST","path":"/2/files/list_revisions","body":"application/json"},
    filesTagsGet: {"method":"POST","path":"/2/files/tags/get","body":"application/json"},
    filesTagsAdd: {"method":"POST","path":"/2/files/tags/add","body":"application/json"},
    filesTagsRemove: {"method":"POST","path":"/2/files/tags/remove","body":"application/json"},
    sharingCreateSharedLinkWithSettings: {"method":"POST","path":"/2/sharing/create_shared_link_with_settings","body":"application/json"},
    sharingListSharedLinks: {"method":"POST","path":"/2/sharing/list_shared_links","body":"application/json","paging":{"style":"cursor","cursorParam":"cursor","nextCursor":"cursor","in":"body"}},
    filesUpload: {"method":"POST","path":"/2/files/upload","body":"application/octet-stream"},
    filesUploadSessionStart: {"method":"POST","path":"/2/files/upload_session/start","body":"application/octet-stream"},
    filesUploadSessionAppendV2: {"method":"POST","path":"/2/files/upload_session/append_v2","body":"application/octet-stream"},
    filesUploadSessionFinish: {"method":"POST","path":"/2/files/upload_session/finish","body":"application/octet-stream"},
    filesUploadSessionFinishBatch: {"method":"POST","path":"/2/files/upload_session/finish_batch","body":"application/json"},
    filesUploadSessionFinishBatchCheck: {"method":"POST","path":"/2/files/upload_session/finish_batch/check","body":"application/json"},
    filesDownload: {"method":"POST","path":"/2/files/download","binary":true},
    filesDownloadZip: {"method":"POST","path":"/2/files/download_zip","binary":true},
    filesExport: {"method":"POST","path":"/2/files/export","binary":true},
    filesGetPreview: {"method":"POST","path":"/2/files/get_preview","binary":true},
    filesGetThumbnailV2: {"method":"POST","path":"/2/files/get_thumbnail_v2","binary":true},
    filesGetThumbnailBatch: {"method":"POST","path":"/2/files/get_thumbnail_batch","body":"application/json"},
    sharingGetSharedLinkFile: {"method":"POST","path":"/2/sharing/get_shared_link_file","binary":true},
};

/**
 * The Dropbox client: `const api = dropbox(new Switchboard({ baseUrl, apiKey }))`.
 */
export const dropbox = (sb: Switchboard): DropboxClient => bindClient<DropboxClient>(sb, "dropbox", routes);
