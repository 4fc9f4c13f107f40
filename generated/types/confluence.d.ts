// Generated from providers/confluence.yaml by `switchboard generate`. Do not edit.
export interface paths {
    "/ex/confluence/{cloudId}/wiki/api/v2/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List attachments across the whole site, filtered by type or file name. */
        get: operations["listAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/blogposts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List blog posts across the site, filtered by id, space, status or title. */
        get: operations["listBlogPosts"];
        put?: never;
        /** Publish a blog post in a space, or save it as a draft. */
        post: operations["createBlogPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/footer-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List footer comments across the whole site. */
        get: operations["listFooterComments"];
        put?: never;
        /**
         * Comment on a page, blog post or attachment, or reply to another footer comment.
         * @description Give exactly one of pageId, blogPostId, attachmentId, customContentId or parentCommentId.
         */
        post: operations["createFooterComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pages across the site, filtered by id, space, status or title. */
        get: operations["listPages"];
        put?: never;
        /** Create a page in a space, as a draft or published, optionally under a parent page. */
        post: operations["createPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one page, optionally with its body in a chosen representation. */
        get: operations["getPage"];
        /** Replace a page's title, body, status or parent; the version number must go up by one. */
        put: operations["updatePage"];
        post?: never;
        /** Move a page to the trash, or purge it when it is already trashed. */
        delete: operations["deletePage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the files attached to a page. */
        get: operations["listPageAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages directly below a page. */
        get: operations["listPageChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/footer-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the footer (page-level) comments of a page. */
        get: operations["listPageFooterComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/pages/{pageId}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the labels on a page. */
        get: operations["listPageLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the spaces of the site, filtered by id, key, type, status or label. */
        get: operations["listSpaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one space by its numeric id. */
        get: operations["getSpace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/spaces/{spaceId}/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the pages of one space, either all of them or only its top level. */
        get: operations["listSpacePages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/api/v2/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inline tasks, filtered by status, location, people involved or dates. */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ex/confluence/{cloudId}/wiki/rest/api/user/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the profile of the account the connection acts as (v1 API). */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token/accessible-resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the Atlassian sites the OAuth grant reaches, with the cloud id each call needs. */
        get: operations["listAccessibleResources"];
        put?: never;
        post?: never;
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
        CreateBlogPostRequest: {
            /** @description Numeric id of the space to post in. */
            spaceId: string;
            /**
             * @default current
             * @enum {string}
             */
            status?: "current" | "draft";
            title?: string;
            body?: components["schemas"]["CreatePageRequestBody"];
            /**
             * Format: date-time
             * @description Backdate the post to this time.
             */
            createdAt?: string;
        };
        CreateBlogPostResponse: components["schemas"]["ListBlogPostsResponseBlogPost"];
        CreateFooterCommentRequest: {
            /** @description Page to comment on. */
            pageId?: string;
            /** @description Blog post to comment on. */
            blogPostId?: string;
            /** @description Attachment to comment on. */
            attachmentId?: string;
            /** @description Custom content to comment on. */
            customContentId?: string;
            /** @description Comment to reply to. */
            parentCommentId?: string;
            body: components["schemas"]["CreatePageRequestBody"];
        };
        CreateFooterCommentResponse: components["schemas"]["ListPageFooterCommentsResponseComment"];
        CreatePageRequest: {
            /** @description Numeric id of the space to create the page in. */
            spaceId: string;
            /**
             * @description current publishes the page right away.
             * @default current
             * @enum {string}
             */
            status?: "current" | "draft";
            title?: string;
            /** @description Page to nest the new page under. */
            parentId?: string;
            /**
             * @description Create a live document instead of a classic page.
             * @enum {string}
             */
            subtype?: "live";
            body?: components["schemas"]["CreatePageRequestBody"];
        };
        CreatePageRequestBody: {
            /**
             * @description Format of value.
             * @enum {string}
             */
            representation: "storage" | "atlas_doc_format" | "wiki";
            /** @description The content in that format. */
            value: string;
        };
        CreatePageResponse: components["schemas"]["ListPagesResponsePage"];
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
        GetCurrentUserResponse: {
            type?: string;
            accountId?: string;
            accountType?: string;
            email?: string;
            publicName?: string;
            displayName?: string;
            timeZone?: string;
            profilePicture?: {
                path?: string;
                width?: number;
                height?: number;
                isDefault?: boolean;
            };
        };
        GetPageResponse: components["schemas"]["ListPagesResponsePage"];
        GetSpaceResponse: components["schemas"]["ListSpacesResponseSpace"];
        ListAccessibleResourcesResponse: {
            /** @description Cloud id of the site. */
            id?: string;
            /** @description Browser URL of the site. */
            url?: string;
            name?: string;
            scopes?: string[];
            avatarUrl?: string;
        }[];
        ListAttachmentsResponse: components["schemas"]["ListPageAttachmentsResponse"];
        ListBlogPostsResponse: {
            results?: components["schemas"]["ListBlogPostsResponseBlogPost"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListBlogPostsResponseBlogPost: {
            id?: string;
            status?: string;
            title?: string;
            spaceId?: string;
            authorId?: string;
            /** Format: date-time */
            createdAt?: string;
            version?: components["schemas"]["ListPagesResponsePageVersion"];
            body?: components["schemas"]["ListPagesResponsePageBody"];
            _links?: {
                webui?: string;
                editui?: string;
                tinyui?: string;
            };
        };
        ListFooterCommentsResponse: {
            results?: components["schemas"]["ListPageFooterCommentsResponseComment"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPageAttachmentsResponse: {
            results?: {
                id?: string;
                status?: string;
                title?: string;
                /** Format: date-time */
                createdAt?: string;
                pageId?: string;
                blogPostId?: string;
                mediaType?: string;
                mediaTypeDescription?: string;
                comment?: string;
                fileId?: string;
                fileSize?: number;
                webuiLink?: string;
                downloadLink?: string;
                version?: components["schemas"]["ListPagesResponsePageVersion"];
            }[];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPageChildrenResponse: {
            results?: {
                id?: string;
                status?: string;
                title?: string;
                spaceId?: string;
                childPosition?: number;
            }[];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPageFooterCommentsResponse: {
            results?: components["schemas"]["ListPageFooterCommentsResponseComment"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPageFooterCommentsResponseComment: {
            id?: string;
            status?: string;
            title?: string;
            pageId?: string;
            blogPostId?: string;
            parentCommentId?: string;
            version?: components["schemas"]["ListPagesResponsePageVersion"];
            body?: components["schemas"]["ListPagesResponsePageBody"];
            _links?: {
                webui?: string;
            };
        };
        ListPageLabelsResponse: {
            results?: {
                id?: string;
                name?: string;
                prefix?: string;
            }[];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPagesResponse: {
            results?: components["schemas"]["ListPagesResponsePage"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListPagesResponsePage: {
            id?: string;
            /** @enum {string} */
            status?: "current" | "draft" | "archived" | "historical" | "trashed" | "deleted";
            title?: string;
            spaceId?: string;
            parentId?: string;
            parentType?: string;
            position?: number;
            authorId?: string;
            ownerId?: string;
            /** Format: date-time */
            createdAt?: string;
            version?: components["schemas"]["ListPagesResponsePageVersion"];
            body?: components["schemas"]["ListPagesResponsePageBody"];
            _links?: {
                webui?: string;
                editui?: string;
                tinyui?: string;
            };
        };
        /** @description Present when body-format is given; keyed by representation. */
        ListPagesResponsePageBody: {
            storage?: {
                representation?: string;
                value?: string;
            };
            atlas_doc_format?: {
                representation?: string;
                value?: string;
            };
        };
        ListPagesResponsePageVersion: {
            number?: number;
            message?: string;
            minorEdit?: boolean;
            authorId?: string;
            /** Format: date-time */
            createdAt?: string;
        };
        ListSpacePagesResponse: {
            results?: components["schemas"]["ListPagesResponsePage"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListSpacesResponse: {
            results?: components["schemas"]["ListSpacesResponseSpace"][];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        ListSpacesResponseSpace: {
            id?: string;
            key?: string;
            name?: string;
            type?: string;
            status?: string;
            authorId?: string;
            /** Format: date-time */
            createdAt?: string;
            homepageId?: string;
            description?: Record<string, unknown>;
            icon?: Record<string, unknown>;
            _links?: {
                webui?: string;
            };
        };
        ListTasksResponse: {
            results?: {
                id?: string;
                localId?: string;
                spaceId?: string;
                pageId?: string;
                blogPostId?: string;
                /** @enum {string} */
                status?: "complete" | "incomplete";
                body?: components["schemas"]["ListPagesResponsePageBody"];
                createdBy?: string;
                assignedTo?: string;
                completedBy?: string;
                /** Format: date-time */
                createdAt?: string;
                /** Format: date-time */
                updatedAt?: string;
                /** Format: date-time */
                dueAt?: string;
                /** Format: date-time */
                completedAt?: string;
            }[];
            _links?: {
                next?: string;
                base?: string;
            };
        };
        UpdatePageRequest: {
            /** @description Must match the page id in the path. */
            id: string;
            /** @enum {string} */
            status: "current" | "draft";
            title: string;
            /** @description Move the page to another space. */
            spaceId?: string;
            /** @description Move the page under another parent. */
            parentId?: string;
            /** @description Account id of the new owner. */
            ownerId?: string;
            body: components["schemas"]["CreatePageRequestBody"];
            version: {
                /** @description The current version number plus one. */
                number: number;
                /** @description Change note shown in the page history. */
                message?: string;
            };
        };
        UpdatePageResponse: components["schemas"]["ListPagesResponsePage"];
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
        /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
        MatonConnection: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAttachments: {
        parameters: {
            query?: {
                /** @description Order of the attachments. */
                sort?: "created-date" | "-created-date" | "modified-date" | "-modified-date";
                /** @description Only attachments in these states. */
                status?: ("current" | "archived" | "trashed")[];
                /** @description Only attachments of this MIME type. */
                mediaType?: string;
                /** @description Only attachments with this file name. */
                filename?: string;
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAttachmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listBlogPosts: {
        parameters: {
            query?: {
                /** @description Only these blog post ids. */
                id?: number[];
                /** @description Only posts in these spaces. */
                "space-id"?: number[];
                /** @description Order of the posts. */
                sort?: "id" | "-id" | "created-date" | "-created-date" | "modified-date" | "-modified-date";
                /** @description Only posts in these states. */
                status?: ("current" | "deleted" | "trashed")[];
                /** @description Only posts with exactly this title. */
                title?: string;
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListBlogPostsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBlogPost: {
        parameters: {
            query?: {
                /** @description Restrict the new post to its creator. */
                private?: boolean;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "spaceId": "98306",
                 *       "title": "Blog Post Title",
                 *       "body": {
                 *         "representation": "storage",
                 *         "value": "<p>Blog content</p>"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateBlogPostRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBlogPostResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listFooterComments: {
        parameters: {
            query?: {
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Order of the comments. */
                sort?: "created-date" | "-created-date" | "modified-date" | "-modified-date";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFooterCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createFooterComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pageId": "98391",
                 *       "body": {
                 *         "representation": "storage",
                 *         "value": "<p>Comment text</p>"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateFooterCommentRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFooterCommentResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPages: {
        parameters: {
            query?: {
                /** @description Only these page ids. */
                id?: number[];
                /** @description Only pages in these spaces. */
                "space-id"?: number[];
                /** @description Order of the results; a leading minus reverses it. */
                sort?: "id" | "-id" | "created-date" | "-created-date" | "modified-date" | "-modified-date" | "title" | "-title";
                /** @description Only pages in these states (current and archived when omitted). */
                status?: ("current" | "archived" | "deleted" | "trashed" | "draft")[];
                /** @description Only pages with exactly this title. */
                title?: string;
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createPage: {
        parameters: {
            query?: {
                /** @description Create the page as embedded content. */
                embedded?: boolean;
                /** @description Restrict the new page to its creator. */
                private?: boolean;
                /** @description Place the page at the space's top level instead of under the homepage. */
                "root-level"?: boolean;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "spaceId": "98306",
                 *       "status": "current",
                 *       "title": "Page Title",
                 *       "body": {
                 *         "representation": "storage",
                 *         "value": "<p>Page content</p>"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getPage: {
        parameters: {
            query?: {
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format" | "view" | "export_view" | "anonymous_export_view" | "styled_view" | "editor";
                /** @description Return the draft instead of the published page. */
                "get-draft"?: boolean;
                /** @description Accept the page only in these states. */
                status?: ("current" | "archived" | "trashed" | "deleted" | "historical" | "draft")[];
                /** @description Read this historical version. */
                version?: number;
                /** @description Embed the page's labels. */
                "include-labels"?: boolean;
                /** @description Embed the content properties. */
                "include-properties"?: boolean;
                /** @description Embed what the caller may do with the page. */
                "include-operations"?: boolean;
                /** @description Embed the version history. */
                "include-versions"?: boolean;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    updatePage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "98391",
                 *       "status": "current",
                 *       "title": "Updated Title",
                 *       "body": {
                 *         "representation": "storage",
                 *         "value": "<p>Updated content</p>"
                 *       },
                 *       "version": {
                 *         "number": 2
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdatePageRequest"];
            };
        };
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePageResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deletePage: {
        parameters: {
            query?: {
                /** @description Remove an already trashed page permanently. */
                purge?: boolean;
                /** @description Delete the page's draft instead of the page. */
                draft?: boolean;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageAttachments: {
        parameters: {
            query?: {
                /** @description Order of the attachments. */
                sort?: "created-date" | "-created-date" | "modified-date" | "-modified-date";
                /** @description Only attachments in these states. */
                status?: ("current" | "archived" | "trashed")[];
                /** @description Only attachments of this MIME type such as image/png. */
                mediaType?: string;
                /** @description Only attachments with this file name. */
                filename?: string;
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPageAttachmentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageChildren: {
        parameters: {
            query?: {
                /** @description Order of the results; a leading minus reverses it. */
                sort?: "id" | "-id" | "created-date" | "-created-date" | "modified-date" | "-modified-date" | "title" | "-title";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPageChildrenResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageFooterComments: {
        parameters: {
            query?: {
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Only comments in these states. */
                status?: ("current" | "archived" | "trashed" | "deleted" | "historical" | "draft")[];
                /** @description Order of the comments. */
                sort?: "created-date" | "-created-date" | "modified-date" | "-modified-date";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPageFooterCommentsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listPageLabels: {
        parameters: {
            query?: {
                /** @description Only labels with this prefix. */
                prefix?: "my" | "team" | "global" | "system";
                /** @description Order of the labels. */
                sort?: "id" | "-id" | "name" | "-name" | "created-date" | "-created-date";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the page. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPageLabelsResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /** @description Only these space ids. */
                ids?: number[];
                /** @description Only these space keys. */
                keys?: string[];
                /** @description Only spaces of this type. */
                type?: "global" | "collaboration" | "knowledge_base" | "personal";
                /** @description Only spaces in this state. */
                status?: "current" | "archived";
                /** @description Only spaces carrying these labels. */
                labels?: string[];
                /** @description Only spaces this account id has starred. */
                "favorited-by"?: string;
                /** @description Order of the spaces. */
                sort?: "id" | "-id" | "key" | "-key" | "name" | "-name";
                /** @description Include the description in this format. */
                "description-format"?: "plain" | "view";
                /** @description Include the space icon. */
                "include-icon"?: boolean;
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpacesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSpace: {
        parameters: {
            query?: {
                /** @description Include the description in this format. */
                "description-format"?: "plain" | "view";
                /** @description Include the space icon. */
                "include-icon"?: boolean;
                /** @description Embed what the caller may do in the space. */
                "include-operations"?: boolean;
                /** @description Embed the space properties. */
                "include-properties"?: boolean;
                /** @description Embed the space permissions. */
                "include-permissions"?: boolean;
                /** @description Embed the space labels. */
                "include-labels"?: boolean;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the space (not its key). */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSpaceResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listSpacePages: {
        parameters: {
            query?: {
                /** @description root returns only top-level pages. */
                depth?: "all" | "root";
                /** @description Order of the results; a leading minus reverses it. */
                sort?: "id" | "-id" | "created-date" | "-created-date" | "modified-date" | "-modified-date" | "title" | "-title";
                /** @description Only pages in these states (current and archived when omitted). */
                status?: ("current" | "archived" | "deleted" | "trashed" | "draft")[];
                /** @description Only pages with exactly this title. */
                title?: string;
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
                /** @description Numeric id of the space (not its key). */
                spaceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSpacePagesResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Include the body in this representation. */
                "body-format"?: "storage" | "atlas_doc_format";
                /** @description Also return tasks with no text. */
                "include-blank-tasks"?: boolean;
                /** @description Only tasks in this state. */
                status?: "complete" | "incomplete";
                /** @description Only these task ids. */
                "task-id"?: number[];
                /** @description Only tasks in these spaces. */
                "space-id"?: number[];
                /** @description Only tasks on these pages. */
                "page-id"?: number[];
                /** @description Only tasks in these blog posts. */
                "blogpost-id"?: number[];
                /** @description Only tasks created by these account ids. */
                "created-by"?: string[];
                /** @description Only tasks assigned to these account ids. */
                "assigned-to"?: string[];
                /** @description Only tasks completed by these account ids. */
                "completed-by"?: string[];
                /** @description Earliest creation time (epoch milliseconds). */
                "created-at-from"?: number;
                /** @description Latest creation time (epoch milliseconds). */
                "created-at-to"?: number;
                /** @description Earliest due time (epoch milliseconds). */
                "due-at-from"?: number;
                /** @description Latest due time (epoch milliseconds). */
                "due-at-to"?: number;
                /** @description Earliest completion time (epoch milliseconds). */
                "completed-at-from"?: number;
                /** @description Latest completion time (epoch milliseconds). */
                "completed-at-to"?: number;
                /** @description Opaque cursor taken from the previous page's next link. */
                cursor?: string;
                /** @description Results per page. */
                limit?: number;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTasksResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: {
                /** @description Comma-separated extra fields, e.g. operations or personalSpace. */
                expand?: string;
            };
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path: {
                /**
                 * @description Id of the Confluence Cloud site, from GET /oauth/token/accessible-resources.
                 * @example 62909843-b784-4c35-b770-e4e2a26f024b
                 */
                cloudId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCurrentUserResponse"];
                };
            };
            400: components["responses"]["GatewayBadRequest"];
            401: components["responses"]["GatewayUnauthorized"];
            429: components["responses"]["GatewayRateLimited"];
            502: components["responses"]["GatewayUnreachable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    listAccessibleResources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Id of the Confluence connection to use; without it the account's oldest active connection serves the request. */
                "Maton-Connection"?: components["parameters"]["MatonConnection"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upstream's answer, passed through unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "62909843-b784-4c35-b770-e4e2a26f024b",
                     *         "url": "https://yoursite.atlassian.net",
                     *         "name": "yoursite",
                     *         "scopes": [
                     *           "read:confluence-content.all",
                     *           "write:confluence-content"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ListAccessibleResourcesResponse"];
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
