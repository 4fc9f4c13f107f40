// Generated from providers/dropbox.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/2/files/copy_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a file or folder to another path in the same account. */
        post: operations["filesCopyV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/create_folder_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a folder at a path. */
        post: operations["filesCreateFolderV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/delete_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a file or folder (a folder with everything inside it). */
        post: operations["filesDeleteV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download a file's bytes; its metadata arrives in the Dropbox-API-Result header. */
        post: operations["filesDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/download_zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download a folder (up to 20 GB, 10,000 entries) as one zip archive. */
        post: operations["filesDownloadZip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export a file that cannot be downloaded as is (Paper doc, Google Doc/Sheet/Slide) to a downloadable format. */
        post: operations["filesExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/get_metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the metadata of one file or folder by path or id. */
        post: operations["filesGetMetadata"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/get_preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a PDF (documents) or HTML (spreadsheets) rendering of an office or text file. */
        post: operations["filesGetPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/get_temporary_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a direct download link for a file that stops working after four hours. */
        post: operations["filesGetTemporaryLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/get_thumbnail_batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get thumbnails of up to 25 files in one call, returned base64-encoded in JSON. */
        post: operations["filesGetThumbnailBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/get_thumbnail_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a thumbnail of an image or video, from a path or a shared link. */
        post: operations["filesGetThumbnailV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/list_folder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the entries of a folder (optionally its whole subtree), a page at a time. */
        post: operations["filesListFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/list_folder/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the next page of a folder listing, or the changes since the cursor was issued. */
        post: operations["filesListFolderContinue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/list_folder/get_latest_cursor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a cursor for a folder's current state without listing it, to watch for later changes. */
        post: operations["filesListFolderGetLatestCursor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/list_revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the earlier revisions of a file, newest first. */
        post: operations["filesListRevisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/move_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move or rename a file or folder. */
        post: operations["filesMoveV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a file back to an earlier revision. */
        post: operations["filesRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/search/continue_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the next page of search matches. */
        post: operations["filesSearchContinueV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/search_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search file and folder names (and, on some plans, contents) for a query. */
        post: operations["filesSearchV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/tags/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a tag on a file or folder. */
        post: operations["filesTagsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/tags/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the tags on one or more files or folders. */
        post: operations["filesTagsGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/tags/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a tag off a file or folder. */
        post: operations["filesTagsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file of up to 150 MB in one request, creating it or writing over it. */
        post: operations["filesUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload_session/append_v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the next chunk of an upload session at the given byte offset. */
        post: operations["filesUploadSessionAppendV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload_session/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the last chunk of an upload session and save the assembled file at a path. */
        post: operations["filesUploadSessionFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload_session/finish_batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit several closed upload sessions at once; answers with an async job id to poll. */
        post: operations["filesUploadSessionFinishBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload_session/finish_batch/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Poll a batch commit started by finish_batch; when complete, read each file's result. */
        post: operations["filesUploadSessionFinishBatchCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/files/upload_session/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an upload session for a large file and send its first chunk. */
        post: operations["filesUploadSessionStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/sharing/create_shared_link_with_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a shared link to a file or folder, optionally with audience, password or expiry. */
        post: operations["sharingCreateSharedLinkWithSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/sharing/get_shared_link_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download the file behind a shared link (or a file inside a shared folder link). */
        post: operations["sharingGetSharedLinkFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/sharing/list_shared_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List the shared links of the account, or those of one path. */
        post: operations["sharingListSharedLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/users/get_current_account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the profile of the account the connection belongs to (name, email, country, account type). */
        post: operations["usersGetCurrentAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/2/users/get_space_usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read how many bytes the account uses and how much space it is allotted. */
        post: operations["usersGetSpaceUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FilesCopyV2Request: {
            from_path: string;
            to_path: string;
            /** @default false */
            autorename?: boolean;
            /** @default false */
            allow_ownership_transfer?: boolean;
        };
        FilesCopyV2Response: components["schemas"]["FilesCreateFolderV2Response"];
        FilesCreateFolderV2Request: {
            path: string;
            /**
             * @description On a name clash pick a free name instead of failing.
             * @default false
             */
            autorename?: boolean;
        };
        FilesCreateFolderV2Response: {
            metadata?: components["schemas"]["FilesListFolderResponseMetadata"];
        };
        FilesDeleteV2Request: {
            path: string;
            /** @description Only delete while the file is still at this revision. */
            parent_rev?: string;
        };
        FilesDeleteV2Response: components["schemas"]["FilesCreateFolderV2Response"];
        FilesDownloadResponse: string;
        FilesDownloadZipResponse: string;
        FilesExportResponse: string;
        FilesGetMetadataRequest: {
            /** @description Path, id:… or rev:… of the item (not the root). */
            path: string;
            /** @default false */
            include_media_info?: boolean;
            /**
             * @description Answer with deleted metadata instead of a not_found error.
             * @default false
             */
            include_deleted?: boolean;
            /** @default false */
            include_has_explicit_shared_members?: boolean;
        };
        FilesGetMetadataResponse: components["schemas"]["FilesListFolderResponseMetadata"];
        FilesGetPreviewResponse: string;
        FilesGetTemporaryLinkRequest: {
            path: string;
        };
        FilesGetTemporaryLinkResponse: {
            metadata?: components["schemas"]["FilesListFolderResponseMetadata"];
            link?: string;
        };
        FilesGetThumbnailBatchRequest: {
            entries: {
                path: string;
                /** @enum {string} */
                format?: "jpeg" | "png" | "webp";
                /** @enum {string} */
                size?: "w32h32" | "w64h64" | "w128h128" | "w256h256" | "w480h320" | "w640h480" | "w960h640" | "w1024h768" | "w2048h1536";
                /** @enum {string} */
                mode?: "strict" | "bestfit" | "fitone_bestfit";
            }[];
        };
        FilesGetThumbnailBatchResponse: {
            entries?: {
                /** @enum {string} */
                ".tag"?: "success" | "failure";
                metadata?: components["schemas"]["FilesListFolderResponseMetadata"];
                /** @description Base64 image data. */
                thumbnail?: string;
            }[];
        };
        FilesGetThumbnailV2Response: string;
        FilesListFolderContinueRequest: {
            /** @description Cursor from the previous answer. */
            cursor: string;
        };
        FilesListFolderContinueResponse: {
            entries?: components["schemas"]["FilesListFolderResponseMetadata"][];
            /** @description Pass to list_folder/continue for the next page or later changes. */
            cursor?: string;
            has_more?: boolean;
        };
        FilesListFolderGetLatestCursorRequest: {
            path: string;
            recursive?: boolean;
            include_deleted?: boolean;
        };
        FilesListFolderGetLatestCursorResponse: {
            cursor?: string;
        };
        FilesListFolderRequest: {
            /** @description Folder path, id:… or ns:…; "" for the root. */
            path: string;
            /**
             * @description Also list everything below sub-folders.
             * @default false
             */
            recursive?: boolean;
            /** @default false */
            include_deleted?: boolean;
            /** @default false */
            include_has_explicit_shared_members?: boolean;
            /** @default true */
            include_mounted_folders?: boolean;
            /** @default true */
            include_non_downloadable_files?: boolean;
            /** @description Rough upper bound on entries per answer. */
            limit?: number;
            /** @description List a folder reached through a shared link instead; path is then relative to it. */
            shared_link?: {
                url?: string;
                password?: string;
            };
        };
        FilesListFolderResponse: {
            entries?: components["schemas"]["FilesListFolderResponseMetadata"][];
            /** @description Pass to list_folder/continue for the next page or later changes. */
            cursor?: string;
            has_more?: boolean;
        };
        FilesListFolderResponseMetadata: {
            /** @enum {string} */
            ".tag"?: "file" | "folder" | "deleted";
            name?: string;
            id?: string;
            path_lower?: string;
            path_display?: string;
            /** Format: date-time */
            client_modified?: string;
            /** Format: date-time */
            server_modified?: string;
            rev?: string;
            size?: number;
            content_hash?: string;
            is_downloadable?: boolean;
            sharing_info?: Record<string, unknown>;
            has_explicit_shared_members?: boolean;
        };
        FilesListRevisionsRequest: {
            path: string;
            /**
             * @description path follows the file's path history; id follows the file wherever it moved.
             * @default path
             * @enum {string}
             */
            mode?: "path" | "id";
            /** @default 10 */
            limit?: number;
        };
        FilesListRevisionsResponse: {
            is_deleted?: boolean;
            entries?: components["schemas"]["FilesListFolderResponseMetadata"][];
            /** Format: date-time */
            server_deleted?: string;
        };
        FilesMoveV2Request: components["schemas"]["FilesCopyV2Request"];
        FilesMoveV2Response: components["schemas"]["FilesCreateFolderV2Response"];
        FilesRestoreRequest: {
            path: string;
            /** @description Revision to restore, from list_revisions. */
            rev: string;
        };
        FilesRestoreResponse: components["schemas"]["FilesListFolderResponseMetadata"];
        FilesSearchContinueV2Request: components["schemas"]["FilesListFolderContinueRequest"];
        FilesSearchContinueV2Response: components["schemas"]["FilesSearchV2Response"];
        FilesSearchV2Request: {
            query: string;
            options?: {
                /** @description Limit the search to this folder. */
                path?: string;
                /** @default 100 */
                max_results?: number;
                order_by?: {
                    /** @enum {string} */
                    ".tag"?: "relevance" | "last_modified_time";
                };
                file_status?: {
                    /** @enum {string} */
                    ".tag"?: "active" | "deleted";
                };
                /** @default false */
                filename_only?: boolean;
                file_extensions?: string[];
                file_categories?: {
                    /** @enum {string} */
                    ".tag"?: "image" | "document" | "pdf" | "spreadsheet" | "presentation" | "audio" | "video" | "folder" | "paper" | "others";
                }[];
            };
            match_field_options?: {
                include_highlights?: boolean;
            };
        };
        FilesSearchV2Response: {
            matches?: {
                metadata?: {
                    ".tag"?: string;
                    metadata?: components["schemas"]["FilesListFolderResponseMetadata"];
                };
                match_type?: {
                    ".tag"?: string;
                };
            }[];
            has_more?: boolean;
            cursor?: string;
        };
        FilesTagsAddRequest: {
            path: string;
            /** @description Letters, digits and underscores only. */
            tag_text: string;
        };
        FilesTagsAddResponse: null;
        FilesTagsGetRequest: {
            paths: string[];
        };
        FilesTagsGetResponse: {
            paths_to_tags?: {
                path?: string;
                tags?: {
                    ".tag"?: string;
                    tag_text?: string;
                }[];
            }[];
        };
        FilesTagsRemoveRequest: components["schemas"]["FilesTagsAddRequest"];
        FilesTagsRemoveResponse: null;
        /**
         * Format: binary
         * @description The file content.
         */
        FilesUploadRequest: string;
        FilesUploadResponse: components["schemas"]["FilesListFolderResponseMetadata"];
        /**
         * Format: binary
         * @description The next chunk.
         */
        FilesUploadSessionAppendV2Request: string;
        FilesUploadSessionAppendV2Response: null;
        FilesUploadSessionFinishBatchCheckRequest: {
            async_job_id: string;
        };
        FilesUploadSessionFinishBatchCheckResponse: {
            /** @enum {string} */
            ".tag"?: "in_progress" | "complete" | "failed";
            entries?: {
                /** @enum {string} */
                ".tag"?: "success" | "failure";
                name?: string;
                id?: string;
                path_display?: string;
                size?: number;
            }[];
        };
        FilesUploadSessionFinishBatchRequest: {
            entries: {
                cursor: {
                    session_id: string;
                    offset: number;
                };
                commit: {
                    path: string;
                    /** @enum {string} */
                    mode?: "add" | "overwrite";
                    autorename?: boolean;
                    mute?: boolean;
                    /** Format: date-time */
                    client_modified?: string;
                };
            }[];
        };
        FilesUploadSessionFinishBatchResponse: {
            /** @enum {string} */
            ".tag"?: "async_job_id" | "complete" | "other";
            async_job_id?: string;
        };
        /**
         * Format: binary
         * @description The final chunk (may be empty).
         */
        FilesUploadSessionFinishRequest: string;
        FilesUploadSessionFinishResponse: components["schemas"]["FilesListFolderResponseMetadata"];
        /**
         * Format: binary
         * @description The first chunk (may be empty).
         */
        FilesUploadSessionStartRequest: string;
        FilesUploadSessionStartResponse: {
            session_id?: string;
        };
        /** @description The envelope of every error the gateway answers itself (upstream errors pass through unchanged). */
        GatewayError: {
            error: {
                /**
                 * @description Stable error code; match on it.
                 * @enum {string}
                 */
                code: "GW_ERR_BAD_PATH" | "GW_ERR_BAD_REQUEST" | "GW_ERR_BAD_TARGET" | "GW_ERR_BAD_VARIABLE" | "GW_ERR_CONNECTION_NOT_ACTIVE" | "GW_ERR_CONNECTION_NOT_FOUND" | "GW_ERR_NO_CONNECTION" | "GW_ERR_CREDENTIAL_EXPIRED" | "GW_ERR_UNAUTHORIZED" | "GW_ERR_CONNECTION_LIMIT" | "GW_ERR_FORBIDDEN" | "GW_ERR_KEY_LIMIT" | "GW_ERR_POLICY_DENIED" | "GW_ERR_NOT_FOUND" | "GW_ERR_UNKNOWN_APP" | "GW_ERR_METHOD_NOT_ALLOWED" | "GW_ERR_REQUEST_TIMEOUT" | "GW_ERR_PAYLOAD_TOO_LARGE" | "GW_ERR_URI_TOO_LONG" | "GW_ERR_UNSUPPORTED_MEDIA_TYPE" | "GW_ERR_RATE_LIMITED" | "GW_ERR_TOO_MANY_INFLIGHT" | "GW_ERR_HEADERS_TOO_LARGE" | "GW_ERR_INTERNAL" | "GW_ERR_NOT_IMPLEMENTED" | "GW_ERR_UPSTREAM_PROTOCOL" | "GW_ERR_UPSTREAM_UNREACHABLE" | "GW_ERR_OAUTH_NOT_CONFIGURED" | "GW_ERR_REFRESH_UNAVAILABLE" | "GW_ERR_UPSTREAM_TIMEOUT";
                status: number;
                message: string;
                /** @description How to solve it. */
                hint: string;
                /** @description The request field at fault, when there is one. */
                field?: string;
            };
        };
        SharingCreateSharedLinkWithSettingsRequest: {
            path: string;
            settings?: {
                audience?: {
                    /** @enum {string} */
                    ".tag"?: "public" | "team" | "no_one";
                };
                access?: {
                    /** @enum {string} */
                    ".tag"?: "viewer" | "editor";
                };
                requested_visibility?: {
                    /** @enum {string} */
                    ".tag"?: "public" | "team_only" | "password";
                };
                link_password?: string;
                /** Format: date-time */
                expires?: string;
                allow_download?: boolean;
            };
        };
        SharingCreateSharedLinkWithSettingsResponse: {
            /** @enum {string} */
            ".tag"?: "file" | "folder";
            url?: string;
            name?: string;
            id?: string;
            path_lower?: string;
            /** Format: date-time */
            expires?: string;
            link_permissions?: Record<string, unknown>;
        };
        SharingGetSharedLinkFileResponse: string;
        SharingListSharedLinksRequest: {
            path?: string;
            /** @description Cursor from the previous answer, for the next page. */
            cursor?: string;
            direct_only?: boolean;
        };
        SharingListSharedLinksResponse: {
            links?: components["schemas"]["SharingCreateSharedLinkWithSettingsResponse"][];
            has_more?: boolean;
            cursor?: string;
        };
        /** @description Takes no arguments; send null or nothing. */
        UsersGetCurrentAccountRequest: null;
        UsersGetCurrentAccountResponse: {
            account_id?: string;
            name?: {
                given_name?: string;
                surname?: string;
                familiar_name?: string;
                display_name?: string;
                abbreviated_name?: string;
            };
            email?: string;
            email_verified?: boolean;
            disabled?: boolean;
            country?: string;
            locale?: string;
            referral_link?: string;
            is_paired?: boolean;
            account_type?: {
                /** @enum {string} */
                ".tag"?: "basic" | "pro" | "business";
            };
            root_info?: {
                /** @enum {string} */
                ".tag"?: "user" | "team";
                root_namespace_id?: string;
                home_namespace_id?: string;
            };
            profile_photo_url?: string;
            team?: {
                id?: string;
                name?: string;
            };
            team_member_id?: string;
        };
        /** @description Takes no arguments; send null or nothing. */
        UsersGetSpaceUsageRequest: null;
        UsersGetSpaceUsageResponse: {
            /** @description Bytes in use. */
            used?: number;
            allocation?: {
                /** @enum {string} */
                ".tag"?: "individual" | "team" | "other";
                /** @description Bytes allotted (individual) or to the whole team (team). */
                allocated?: number;
                /** @description Bytes the whole team uses (team allocation only). */
                used?: number;
                user_within_team_space_allocated?: number;
            };
        };
    };
    responses: {
        /** @description The gateway refused the request (no connection for the app, bad path), or the upstream answered 400 with its own body. */
        GatewayBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Missing or invalid Switchboard API key, or an expired connection credential. */
        GatewayUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Over the account's request limit, or the upstream's own 429. */
        GatewayRateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream could not be reached. */
        GatewayUnreachable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The upstream did not answer in time. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    filesCopyV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_path": "/source/file.pdf",
                 *       "to_path": "/destination/file.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesCopyV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesCopyV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesCreateFolderV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/New Folder",
                 *       "autorename": false
                 *     }
                 */
                "application/json": components["schemas"]["FilesCreateFolderV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesCreateFolderV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesDeleteV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/file-to-delete.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesDeleteV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesDeleteV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesDownload: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with path (path, id:… or rev:…) and optionally rev.
                 * @example {"path": "/document.pdf"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Byte range to fetch, e.g. bytes=0-1023. */
                Range?: string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["FilesDownloadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesDownloadZip: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with the folder's path.
                 * @example {"path": "/folder"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The zipped folder. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["FilesDownloadZipResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesExport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with path and optionally export_format (one of the file's export_info.export_options, e.g. markdown or html for Paper).
                 * @example {"path": "/document.paper"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exported content; Dropbox-API-Result carries export_metadata and file_metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["FilesExportResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetMetadata: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesGetMetadataRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesGetMetadataResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetPreview: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with path and optionally rev.
                 * @example {"path": "/document.docx"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF or HTML preview of the file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["FilesGetPreviewResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetTemporaryLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesGetTemporaryLinkRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesGetTemporaryLinkResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetThumbnailBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entries": [
                 *         {
                 *           "path": "/photo.jpg",
                 *           "format": "jpeg",
                 *           "size": "w64h64"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FilesGetThumbnailBatchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesGetThumbnailBatchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesGetThumbnailV2: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with resource ({".tag":"path","path":…} or {".tag":"link","url":…}), format (jpeg, png, webp), size (w32h32 … w2048h1536) and mode (strict, bestfit, fitone_bestfit).
                 * @example {"resource": {".tag": "path", "path": "/photo.jpg"}, "format": "jpeg", "size": "w128h128"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail image (JPEG, PNG or WebP as requested). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": components["schemas"]["FilesGetThumbnailV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesListFolder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": ""
                 *     }
                 */
                "application/json": components["schemas"]["FilesListFolderRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesListFolderResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesListFolderContinue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "AAGvR5Rz4kLkzN7J1n4sEqWp"
                 *     }
                 */
                "application/json": components["schemas"]["FilesListFolderContinueRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesListFolderContinueResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesListFolderGetLatestCursor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/Projects",
                 *       "recursive": true
                 *     }
                 */
                "application/json": components["schemas"]["FilesListFolderGetLatestCursorRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesListFolderGetLatestCursorResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesListRevisions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesListRevisionsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesListRevisionsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesMoveV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_path": "/old/file.pdf",
                 *       "to_path": "/new/file.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["FilesMoveV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesMoveV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesRestore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf",
                 *       "rev": "a1c10ce0dd78"
                 *     }
                 */
                "application/json": components["schemas"]["FilesRestoreRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesRestoreResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesSearchContinueV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cursor": "ZtkX9_EHj3x7PMkVuFIhwKYXEpwpLwyxp9vMKomUhllil9q7eWiAu"
                 *     }
                 */
                "application/json": components["schemas"]["FilesSearchContinueV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesSearchContinueV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesSearchV2: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "document"
                 *     }
                 */
                "application/json": components["schemas"]["FilesSearchV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesSearchV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesTagsAdd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf",
                 *       "tag_text": "important"
                 *     }
                 */
                "application/json": components["schemas"]["FilesTagsAddRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesTagsAddResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesTagsGet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paths": [
                 *         "/document.pdf"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FilesTagsGetRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesTagsGetResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesTagsRemove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf",
                 *       "tag_text": "important"
                 *     }
                 */
                "application/json": components["schemas"]["FilesTagsRemoveRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesTagsRemoveResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUpload: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with path (required), mode (add, overwrite or {".tag":"update","update":rev}), autorename, mute, strict_conflict and client_modified.
                 * @example {"path": "/test.txt", "mode": "add", "autorename": true}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FilesUploadRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUploadSessionAppendV2: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with cursor { session_id, offset } (offset = bytes sent so far) and close.
                 * @example {"cursor": {"session_id": "1234faaf0678bcde", "offset": 10000000}, "close": false}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FilesUploadSessionAppendV2Request"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadSessionAppendV2Response"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUploadSessionFinish: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with cursor { session_id, offset } and commit { path, mode, autorename, mute, client_modified }.
                 * @example {"cursor": {"session_id": "1234faaf0678bcde", "offset": 50000000}, "commit": {"path": "/file.zip", "mode": "add"}}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/octet-stream": components["schemas"]["FilesUploadSessionFinishRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadSessionFinishResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUploadSessionFinishBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entries": [
                 *         {
                 *           "cursor": {
                 *             "session_id": "1234faaf0678bcde",
                 *             "offset": 50000000
                 *           },
                 *           "commit": {
                 *             "path": "/file1.zip",
                 *             "mode": "add"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FilesUploadSessionFinishBatchRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadSessionFinishBatchResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUploadSessionFinishBatchCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "async_job_id": "dbjid:AABBCCDDEEFF"
                 *     }
                 */
                "application/json": components["schemas"]["FilesUploadSessionFinishBatchCheckRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadSessionFinishBatchCheckResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    filesUploadSessionStart: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with close (true when this is the last chunk) and optionally session_type (sequential or concurrent).
                 * @example {"close": false}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FilesUploadSessionStartRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUploadSessionStartResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sharingCreateSharedLinkWithSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf",
                 *       "settings": {
                 *         "audience": {
                 *           ".tag": "public"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SharingCreateSharedLinkWithSettingsRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingCreateSharedLinkWithSettingsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sharingGetSharedLinkFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description JSON with url and optionally path (inside a folder link) and link_password.
                 * @example {"url": "https://www.dropbox.com/s/abc123/file.pdf?dl=0"}
                 */
                "Dropbox-API-Arg": string;
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file content; Dropbox-API-Result carries the shared link metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["SharingGetSharedLinkFileResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sharingListSharedLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "path": "/document.pdf",
                 *       "direct_only": true
                 *     }
                 */
                "application/json": components["schemas"]["SharingListSharedLinksRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharingListSharedLinksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersGetCurrentAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example null */
                "application/json": components["schemas"]["UsersGetCurrentAccountRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersGetCurrentAccountResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    usersGetSpaceUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Dropbox connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example null */
                "application/json": components["schemas"]["UsersGetSpaceUsageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersGetSpaceUsageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
